/**
 * What the client and the server say to each other beyond standard LSP: each custom request once,
 * typed (parameters and result, `null` where there can be none). Both sides use these objects,
 * never the method names; other editors can send the same requests.
 */
import { NotificationType0, ProtocolRequestType, RequestType, RequestType0, type Location, type PartialResultParams, type Position, type Range, type TextDocumentIdentifier, type TextEdit } from 'vscode-languageserver-protocol';
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
 * The error codes of an open document (or of a range of it), for the summary view: one row per
 * meaning (a code whose meaning the context leaves open is one row), and counts per minute of
 * the lines that carry an ISO-8601 timestamp. Null for a document that is not open.
 *
 * Asked with a `partialResultToken`, the server also reports, while it reads a big document, the
 * summary of the lines read so far ($/progress, at the first pause and then a few times a second),
 * so that a view can show counts at once. Each report is the whole summary up to then, `reading`
 * set, and replaces the one before: unlike the chunks of LSP's list results, reports are not
 * appended. The answer is the summary of every line, whether reports were sent or not.
 */
export const SummaryRequest = new ProtocolRequestType<SummaryParams, SummaryResult | null, SummaryResult, void, void>('cequens/summary');
export interface SummaryParams extends PartialResultParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly range?: Range;
}
export interface SummaryResult {
  /** Every occurrence counted. */
  readonly total: number;
  /** Set on a report sent while reading: how far the summary has got. */
  readonly reading?: SummaryReading;
  /** Most frequent first. */
  readonly rows: readonly SummaryRow[];
  /** In time order; minutes without a code are left out. */
  readonly perMinute: readonly MinuteCount[];
}
export interface SummaryReading {
  /** Lines of the document (of the range) counted so far; with `unit` "bytes", bytes of the file. */
  readonly linesRead: number;
  /** Lines of the document (of the range) in all; with `unit` "bytes", bytes of the file. */
  readonly lines: number;
  /** Set for a file read from disk (`cequens/summarizeFile`), whose lines are not known before the end. */
  readonly unit?: 'bytes';
}
export interface SummaryRow {
  readonly code: number;
  /** The title, or the textual codes and titles of every meaning the code can have. */
  readonly title: string;
  readonly category: string;
  /** True when every meaning is worth a retry. */
  readonly transient: boolean;
  readonly count: number;
  /** Zero-based lines of the first and last occurrence. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly remedy: string;
}
/**
 * The error codes of a file on disk (a `file:` URI), read from the disk a chunk at a time, for a log
 * that is not open because it is too big (VS Code hands extensions no document over 50 MB): the
 * summary `cequens/summary` gives, reported while it reads in the same way (`reading` in bytes), and
 * the file's codes published as its diagnostics. Null when the file cannot be read.
 */
export const FileSummaryRequest = new ProtocolRequestType<FileSummaryParams, SummaryResult | null, SummaryResult, void, void>('cequens/summarizeFile');
export interface FileSummaryParams extends PartialResultParams {
  readonly uri: string;
}

export interface MinuteCount {
  /** "2025-03-14T09:00": the minute, as the log writes it, without seconds or zone. */
  readonly minute: string;
  readonly count: number;
}

/**
 * Reads the team catalogs again (`.cequens/catalog.json` of each workspace folder, the files of
 * `cequens.teamCatalogs`), from the open editors where they are open, else from disk: the files read,
 * with how many problems each has. Open documents are read again with the new catalog.
 */
export const ReloadCatalogsRequest = new RequestType0<TeamCatalogFileState[], void>('cequens/reloadCatalogs');
export interface TeamCatalogFileState {
  readonly uri: string;
  /** False: there is no such file. */
  readonly exists: boolean;
  readonly problems: number;
  /** A good reading of it is in use (the last one, while it has problems). */
  readonly inUse: boolean;
}

/** The user trusts the workspace now (VS Code's Restricted Mode ended): the server reads its team catalogs. */
export const WorkspaceTrustedNotification = new NotificationType0('cequens/workspaceTrusted');

/**
 * The commands the server runs (`workspace/executeCommand`, listed in `executeCommandProvider`), so
 * that every editor can do what the VS Code client's commands do. Ids apart from the client's
 * (package.json): vscode-languageclient registers these itself. Each takes one argument object.
 */
export const SERVER_COMMANDS = {
  /** `ExplainArgs` → the card(s), in the client's hover format, also shown as a message; null when there is no code. */
  explain: 'cequens.server.explain',
  /** `InsertHandlerArgs` → the edits, applied through `workspace/applyEdit`; null when no handler fits. */
  insertHandler: 'cequens.server.insertHandler',
  /** `LookUpArgs` → the entries found, best first; the best shown in the catalog file (`window/showDocument`) or as a message. */
  lookUp: 'cequens.server.lookUp',
  /** `{ textDocument }` → the document's `SummaryResult`, also shown as a message; null for a document not open. */
  summarize: 'cequens.server.summarize',
  /** `AddToTeamCatalogArgs` → nothing: an entry to fill in for the code, in `.cequens/catalog.json` of the document's folder (`workspace/applyEdit`, then `window/showDocument`). The "Add 9001 to the team catalog" code action runs it. */
  addToTeamCatalog: 'cequens.server.addToTeamCatalog',
} as const;

export interface AddToTeamCatalogArgs {
  /** The document the code is in: the catalog of its workspace folder gets it. */
  readonly textDocument: TextDocumentIdentifier;
  readonly code: number;
}

/** A position of an open document (`vim.lsp.util.make_position_params()`), or a code to explain. */
export type ExplainArgs = DocumentPositionParams | { readonly query: string };
export interface InsertHandlerArgs extends DocumentPositionParams {
  /** The entry whose handler to insert; without it, the code's at the position (one meaning, or the one its context picks). */
  readonly entryId?: string;
}
export interface LookUpArgs {
  /** What workspace/symbol takes: a code (131047), a textual code, words of the title or description. */
  readonly query: string;
}
export interface LookUpMatch {
  readonly entryId: string;
  readonly heading: string;
  /** The entry's card in the catalog file the package ships (dist/catalog.txt). */
  readonly location: Location;
}

/** What a client may say in `initializationOptions`, the `cequens` settings section (every field optional) and two of its own. */
export interface InitializationOptions {
  /**
   * The client runs the extension's commands (VS Code): the cards then end with links to them
   * ("Open in catalog", "Insert handler"), and the "Insert handler" quick fix runs the command (a
   * snippet with tab stops) instead of carrying a text edit. Other editors get plain cards and edits.
   */
  readonly commandLinks?: boolean;
  /** The catalogs to recognise (`cequens.catalogs`): "CEQUENS", "Cloud API"; default both. */
  readonly catalogs?: readonly string[];
  /**
   * False in VS Code's Restricted Mode: no team catalog is read until WorkspaceTrustedNotification.
   * Editors without workspace trust leave it out (trusted).
   */
  readonly workspaceTrusted?: boolean;
  /** `cequens.teamCatalogs`, for a client that cannot answer `workspace/configuration`: files relative to each workspace folder, or absolute. */
  readonly teamCatalogs?: readonly string[];
  /** `cequens.diagnostics.*`, for a client that cannot answer `workspace/configuration`. */
  readonly diagnostics?: object;
}
