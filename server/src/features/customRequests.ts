import type { Connection } from 'vscode-languageserver';
import { CardRequest, CatalogRequest, HandlerInsertionRequest, OccurrenceRequest } from '../../../shared/src/protocol';
import { renderCard } from '../core/hover/card';
import type { DocumentStore } from '../documents';
import { HandlerInsertions } from './handlerInsertions';

/** The requests of shared/src/protocol.ts: the catalog, a card, the code at a position, a handler's edit. */
export function registerCustomRequests(connection: Connection, store: DocumentStore): void {
  connection.onRequest(CatalogRequest, () => store.catalog.entries);

  connection.onRequest(CardRequest, ({ entryId }) => {
    const { catalog } = store;
    const entry = catalog.entry(entryId);
    return entry ? { markdown: renderCard(catalog.entriesForCode(entry.code), entry) } : null;
  });

  connection.onRequest(OccurrenceRequest, ({ textDocument, position }) => {
    const occurrence = store.get(textDocument.uri)?.index.at(position);
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

  connection.onRequest(HandlerInsertionRequest, async ({ textDocument, position, entryId }) => {
    const entry = store.catalog.entry(entryId);
    const analysed = store.get(textDocument.uri);
    if (!entry || !analysed) return null;
    return HandlerInsertions.for(analysed, await store.treeOf(analysed), store.treeTextOf(analysed))?.at(position, entry) ?? null;
  });
}
