import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { renderCard } from '../core/hover/card';
import type { DocumentStore } from '../documents';

/** The card of the code under the cursor; null elsewhere. */
export function hover(store: DocumentStore, { textDocument, position }: HoverParams): Hover | null {
  const occurrence = store.get(textDocument.uri)?.index.at(position);
  if (!occurrence) return null;
  const { line, start, end } = occurrence;
  return {
    contents: { kind: MarkupKind.Markdown, value: renderCard(occurrence.entries, occurrence.picked) },
    range: { start: { line, character: start }, end: { line, character: end } },
  };
}
