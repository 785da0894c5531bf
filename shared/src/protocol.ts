/**
 * What the client and the server say to each other beyond standard LSP: custom request names,
 * their parameters and results, and command ids. Both sides import this file.
 */
import type { CatalogEntry } from './catalogTypes';

/** Every catalog entry the server knows (all sources), for the lookup quick pick. */
export const CATALOG_REQUEST = 'cequens/catalog';
export type CatalogResult = readonly CatalogEntry[];

/** The hover card of one entry, as Markdown. */
export const CARD_REQUEST = 'cequens/card';
export interface CardParams {
  readonly entryId: string;
}
export interface CardResult {
  readonly markdown: string;
}

/** The handler of one entry as the quick fix's rule places it at a cursor in an open document. */
export const HANDLER_REQUEST = 'cequens/handler';
export interface HandlerParams {
  readonly entryId: string;
  readonly languageId: string;
  /** Not read by the server any more: the placement rule indents the handler. */
  readonly indent: string;
  /** The cursor, in an open document: the handler awaits only inside an async function. */
  readonly at?: { readonly uri: string; readonly position: { readonly line: number; readonly character: number } };
}
export interface HandlerResult {
  /** The text to insert (it may start with a line break); undefined without `at`, without templates, or where no statement can go. */
  readonly text?: string;
}

/** The error code occurrence at a position, if any. */
export const OCCURRENCE_REQUEST = 'cequens/occurrenceAt';
export interface OccurrenceParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}
export interface OccurrenceResult {
  readonly code: number;
  readonly stringCode?: string;
  readonly entryIds: readonly string[];
  readonly pickedEntryId?: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Command ids contributed by the client (package.json "contributes.commands"). */
export const COMMANDS = {
  lookUp: 'cequens.lookUpErrorCode',
  explainAtCursor: 'cequens.explainErrorCodeAtCursor',
  insertHandler: 'cequens.insertHandler',
} as const;

/** The configuration section; `cequens.enable` can be set per language ("[log]": {...}). */
export const CONFIGURATION_SECTION = 'cequens';
