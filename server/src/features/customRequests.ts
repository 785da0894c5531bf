import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import {
  CARD_REQUEST,
  CATALOG_REQUEST,
  HANDLER_REQUEST,
  OCCURRENCE_REQUEST,
  type CardParams,
  type CardResult,
  type CatalogResult,
  type HandlerParams,
  type HandlerResult,
  type OccurrenceParams,
  type OccurrenceResult,
} from '../../../shared/src/protocol';
import { renderCard } from '../core/hover/card';
import { languageFor } from '../core/language';
import { handlerInsertionAtCursor } from '../core/snippets/placement';
import type { DocumentStore } from '../documents';

/** The requests the client's commands make: the catalog, a card, a handler, the code at a position. */
export function registerCustomRequests(connection: Connection, catalog: Catalog, store: DocumentStore): void {
  connection.onRequest(CATALOG_REQUEST, (): CatalogResult => catalog.entries);

  connection.onRequest(CARD_REQUEST, ({ entryId }: CardParams): CardResult | null => {
    const entry = catalog.entry(entryId);
    return entry ? { markdown: renderCard(catalog.entriesForCode(entry.code), entry) } : null;
  });

  // The handler as the quick fix would place it at the cursor `at`; no text without a document.
  connection.onRequest(HANDLER_REQUEST, ({ entryId, languageId, at }: HandlerParams): HandlerResult | null => {
    const entry = catalog.entry(entryId);
    if (!entry) return null;
    // A language without templates: its text (perhaps a 50 MB log) is not read for nothing.
    const index = at && languageFor(languageId).snippets ? store.get(at.uri)?.index : undefined;
    if (!at || !index) return {};
    const offset = index.text.offsetOfLine(at.position.line) + at.position.character;
    const insertion = handlerInsertionAtCursor(index.text.text(), languageId, offset, entry);
    return insertion ? { text: insertion.text } : {};
  });

  connection.onRequest(OCCURRENCE_REQUEST, ({ uri, position }: OccurrenceParams): OccurrenceResult | null => {
    const occurrence = store.get(uri)?.index.at(position);
    if (!occurrence) return null;
    const { line, start, end } = occurrence;
    return {
      code: occurrence.code,
      ...(occurrence.stringCode ? { stringCode: occurrence.stringCode } : {}),
      entryIds: occurrence.entries.map((e) => e.id),
      ...(occurrence.picked ? { pickedEntryId: occurrence.picked.id } : {}),
      range: { start: { line, character: start }, end: { line, character: end } },
    };
  });
}
