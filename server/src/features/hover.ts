import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { renderCard } from '../core/hover/card';
import type { DocumentStore } from '../documents';

/** The card of the code under the cursor; null elsewhere. */
export function hover(store: DocumentStore, { textDocument, position }: HoverParams): Hover | null {
  const analysed = store.get(textDocument.uri);
  if (!analysed) return null;
  const { document, occurrences } = analysed;
  const occurrence = occurrences.at(document.offsetAt(position));
  if (!occurrence) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: renderCard(occurrence.entries, occurrence.picked) },
    range: { start: document.positionAt(occurrence.start), end: document.positionAt(occurrence.end) },
  };
}
