import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { headingOf } from '../core/hover/card';
import { handlerInsertion } from '../core/snippets/placement';
import type { DocumentStore } from '../documents';

/**
 * "Insert handler for 470 Re-engagement message" on each code in the requested range: one
 * action per meaning of the code (the picked one preferred). Plain text edits that only
 * insert, so that they work in every editor.
 */
export function codeActions(store: DocumentStore, params: CodeActionParams): CodeAction[] {
  const analysed = store.get(params.textDocument.uri);
  if (!analysed) return [];
  const { document, occurrences } = analysed;
  const text = document.getText();
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const occurrence of occurrences.inRange(start, Math.max(end, start + 1))) {
    const meanings = occurrence.picked ? [occurrence.picked] : occurrence.entries;
    for (const entry of meanings) {
      const insertion = handlerInsertion(text, document.languageId, occurrence, entry);
      if (!insertion) continue;
      const position = document.positionAt(insertion.offset);
      actions.push({
        title: `Insert handler for ${headingOf(entry)}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: meanings.length === 1,
        edit: { changes: { [document.uri]: [{ range: { start: position, end: position }, newText: insertion.text }] } },
      });
    }
  }
  return actions;
}
