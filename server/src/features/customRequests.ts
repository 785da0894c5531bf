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
import { handlerText } from '../core/snippets/handlerText';
import type { DocumentStore } from '../documents';

/** The requests the client's commands make: the catalog, a card, a handler, the code at a position. */
export function registerCustomRequests(connection: Connection, catalog: Catalog, store: DocumentStore): void {
  connection.onRequest(CATALOG_REQUEST, (): CatalogResult => catalog.entries);

  connection.onRequest(CARD_REQUEST, ({ entryId }: CardParams): CardResult | null => {
    const entry = catalog.entry(entryId);
    return entry ? { markdown: renderCard(catalog.entriesForCode(entry.code), entry) } : null;
  });

  connection.onRequest(HANDLER_REQUEST, ({ entryId, languageId, indent, at }: HandlerParams): HandlerResult | null => {
    const entry = catalog.entry(entryId);
    if (!entry) return null;
    const text = handlerText(entry, languageId, indent, at && (() => placeIn(store, at)));
    return text === undefined ? {} : { text };
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

/** The open document's text and the offset of a position in it, for a handler to fit its function. */
function placeIn(store: DocumentStore, { uri, position }: NonNullable<HandlerParams['at']>) {
  const index = store.get(uri)?.index;
  if (!index) return undefined;
  return { text: index.text.text(), offset: index.text.offsetOfLine(position.line) };
}
