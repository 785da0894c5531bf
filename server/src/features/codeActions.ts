import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { headingOf } from '../core/hover/card';
import { languageFor } from '../core/language';
import { handlerInsertion } from '../core/snippets/placement';
import type { DocumentStore } from '../documents';

/**
 * "Insert handler for 470 Re-engagement message" on each code in the requested range: one
 * action per meaning of the code (the picked one preferred). Plain text edits that only
 * insert, so that they work in every editor.
 */
export function codeActions(store: DocumentStore, params: CodeActionParams, token: CancellationToken): CodeAction[] {
  const analysed = store.get(params.textDocument.uri);
  if (!analysed || !languageFor(analysed.index.languageId).snippets) return [];
  const { index } = analysed;
  const found = index.inLines(params.range.start.line, params.range.end.line).filter((o) => touches(o, params.range));
  // Placing a handler reads the whole document: not for a request the client no longer wants.
  if (found.length === 0 || token.isCancellationRequested) return [];
  const document = TextDocument.create(analysed.uri, index.languageId, analysed.version, index.text.text());
  const text = document.getText();
  const actions: CodeAction[] = [];
  for (const placed of found) {
    const lineStart = document.offsetAt({ line: placed.line, character: 0 });
    const occurrence = { ...placed, start: lineStart + placed.start, end: lineStart + placed.end };
    const meanings = occurrence.picked ? [occurrence.picked] : occurrence.entries;
    for (const entry of meanings) {
      const insertion = handlerInsertion(text, index.languageId, occurrence, entry);
      if (!insertion) continue;
      const position = document.positionAt(insertion.offset);
      actions.push({
        title: `Insert handler for ${headingOf(entry)}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: meanings.length === 1,
        edit: { changes: { [analysed.uri]: [{ range: { start: position, end: position }, newText: insertion.text }] } },
      });
    }
  }
  return actions;
}

/** The occurrence lies within the range, or the range (a cursor) touches it. */
function touches(o: { line: number; start: number; end: number }, range: CodeActionParams['range']): boolean {
  const afterStart = o.line > range.start.line || o.end >= range.start.character;
  const beforeEnd = o.line < range.end.line || o.start <= range.end.character;
  return afterStart && beforeEnd;
}
