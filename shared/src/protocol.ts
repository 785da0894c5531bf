/**
 * What the client and the server say to each other beyond standard LSP: each custom request once,
 * typed (parameters and result, `null` where there can be none). Both sides use these objects,
 * never the method names; other editors can send the same requests.
 */
import { RequestType, RequestType0, type Position, type TextDocumentIdentifier, type TextEdit } from 'vscode-languageserver-protocol';
import type { CatalogEntry } from './catalogTypes';

/** Every catalog entry the server knows (all sources), for the look-up quick pick. */
export const CatalogRequest = new RequestType0<readonly CatalogEntry[], void>('cequens/catalog');

/** The card of one entry, as Markdown; null for an unknown entry id. */
export const CardRequest = new RequestType<CardParams, CardResult | null, void>('cequens/card');
export interface CardParams {
  readonly entryId: string;
}
export interface CardResult {
  readonly markdown: string;
}

/** The error code occurrence at a position of an open document; null when there is none. */
export const OccurrenceRequest = new RequestType<DocumentPositionParams, OccurrenceResult | null, void>('cequens/occurrenceAt');
export interface DocumentPositionParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly position: Position;
}
export interface OccurrenceResult {
  readonly code: number;
  readonly stringCode?: string;
  /** Every entry the code can mean. */
  readonly entryIds: readonly string[];
  /** The entry the context picks, when it can. */
  readonly pickedEntryId?: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

/**
 * The edits that insert an entry's handler (first) and the imports it needs for a position of an open document, placed as the
 * quick fix places it: for the code at the position when there is one, else for the statement or
 * blank line at the position. Null when the language has no handler templates, the document is
 * not open or no statement can go there.
 */
export const HandlerInsertionRequest = new RequestType<HandlerInsertionParams, TextEdit[] | null, void>('cequens/handlerInsertion');
export interface HandlerInsertionParams extends DocumentPositionParams {
  readonly entryId: string;
}

/**
 * `initializationOptions` of a client that runs the extension's commands (VS Code): the cards then
 * end with links to them ("Open in catalog", "Insert handler"). Other editors get plain cards.
 */
export interface CommandLinksOption {
  readonly commandLinks?: boolean;
}
