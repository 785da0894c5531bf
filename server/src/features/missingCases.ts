import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Catalog } from '../../../shared/src/catalog';
import { profileFor } from '../../../shared/src/languages';
import { missingCasesActions } from '../core/writing/missingCases';
import type { AnalysedDocument } from '../documents';

/**
 * "Add the missing transient codes of this family" and "Add all missing codes of the families
 * handled here" on the switch, match or map of codes around the cursor: a code action (not only a
 * lens, which Helix and Emacs do not show), of kind refactor.rewrite, never applied by "fix all".
 */
export function missingCasesCodeActions(analysed: AnalysedDocument, tree: Tree, catalog: Catalog, range: Range): CodeAction[] {
  const grammar = profileFor(analysed.index.languageId)?.grammar;
  if (!grammar) return [];
  const { text } = analysed.index;
  const offset = text.offsetOfLine(range.start.line) + range.start.character;
  const isCode = (line: number, start: number) => analysed.index.onLine(line).some((o) => o.start === start);
  return missingCasesActions({ tree, grammar }, catalog, offset, (row) => text.line(row), isCode).map((action) => ({
    title: action.title,
    kind: CodeActionKind.RefactorRewrite,
    edit: {
      changes: {
        [analysed.uri]: action.insertions.map((i) => ({ range: { start: { line: i.line, character: i.character }, end: { line: i.line, character: i.character } }, newText: i.text })),
      },
    },
  }));
}
