import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { headingOf } from '../core/hover/card';
import type { DocumentStore } from '../documents';
import { HandlerInsertions } from './handlerInsertions';

/**
 * "Insert handler for 470 Re-engagement message" on each code in the requested range: one
 * action per meaning of the code (the picked one preferred). Plain text edits that only
 * insert, so that they work in every editor.
 */
export function codeActions(store: DocumentStore, params: CodeActionParams, token: CancellationToken): CodeAction[] {
  const analysed = store.get(params.textDocument.uri);
  if (!analysed) return [];
  const found = analysed.index.inLines(params.range.start.line, params.range.end.line).filter((o) => touches(o, params.range));
  // Placing a handler reads the whole document: not for a request the client no longer wants.
  const insertions = found.length === 0 || token.isCancellationRequested ? undefined : HandlerInsertions.for(analysed);
  if (!insertions) return [];
  const actions: CodeAction[] = [];
  for (const placed of found) {
    const meanings = placed.picked ? [placed.picked] : placed.entries;
    for (const entry of meanings) {
      const edits = insertions.forOccurrence(placed, entry);
      if (!edits) continue;
      actions.push({
        title: `Insert handler for ${headingOf(entry)}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: meanings.length === 1,
        edit: { changes: { [analysed.uri]: edits } },
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
