import { ErrorCodes, MarkupKind, MessageType, ResponseError, ShowMessageNotification, type Connection, type MarkupContent, type TextEdit } from 'vscode-languageserver';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { headingOf } from '../../../shared/src/entryNames';
import {
  SERVER_COMMANDS,
  type AddToTeamCatalogArgs,
  type DocumentPositionParams,
  type ExplainArgs,
  type InsertHandlerArgs,
  type LookUpArgs,
  type LookUpMatch,
  type SummaryResult,
} from '../../../shared/src/protocol';
import { searchCatalog } from '../core/catalogFile/catalogSearch';
import { renderCard } from '../core/hover/card';
import { MARKDOWN_STYLE, PLAIN_TEXT_STYLE, printable } from '../core/hover/cardStyle';
import type { DocumentStore } from '../documents';
import type { EntryLocator } from './catalogFile';
import { HandlerInsertions } from './handlerInsertions';
import type { AddToTeamCatalog } from './addToTeamCatalog';
import { summarizeDocument } from './summary';

/** What the client said it can do, in `initialize`. */
export interface CommandClient {
  /** It reads Markdown (its hover `contentFormat`); else results are plain text. */
  readonly markdown: boolean;
  readonly applyEdit: boolean;
  readonly showDocument: boolean;
}

/**
 * The server's commands (SERVER_COMMANDS), for editors whose only way to the features beyond
 * hovers and code actions is `workspace/executeCommand` (`vim.lsp.buf.execute_command`,
 * eglot-execute-command, Helix's :lsp-workspace-command). Each answers with its result and also
 * shows it (a message, the catalog file, an applied edit), since most editors drop a command's result.
 */
export function registerCommands(connection: Connection, store: DocumentStore, locate: EntryLocator, client: () => CommandClient, teamCatalog: AddToTeamCatalog): void {
  // A notification: the library's showInformationMessage is a request, which clients answer with a choice.
  const show = (text: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text });

  const explain = (args: ExplainArgs): MarkupContent | null => {
    const { catalog } = store;
    const found = 'query' in args ? searchCatalog(catalog, String(args.query))[0] : undefined;
    const occurrence = 'query' in args ? undefined : store.get(args.textDocument.uri)?.index.at(args.position);
    const [entries, picked] = found ? [catalog.entriesForCode(found.code), found] : occurrence ? [occurrence.entries, occurrence.picked] : [[], undefined];
    if (entries.length === 0) {
      show('query' in args ? `Nothing in the catalog matches "${printable(String(args.query))}".` : 'No CEQUENS/WhatsApp error code there.');
      return null;
    }
    show(renderCard(entries, picked, PLAIN_TEXT_STYLE));
    const markdown = client().markdown;
    return { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: renderCard(entries, picked, markdown ? MARKDOWN_STYLE : PLAIN_TEXT_STYLE) };
  };

  const insertHandler = async (args: InsertHandlerArgs): Promise<TextEdit[] | null> => {
    const analysed = store.get(args.textDocument.uri);
    if (!analysed) throw new ResponseError(ErrorCodes.InvalidParams, `${args.textDocument.uri} is not open`);
    const entry = args.entryId === undefined ? entryAt(store, args) : store.catalog.entry(String(args.entryId));
    if (args.entryId !== undefined && !entry) throw new ResponseError(ErrorCodes.InvalidParams, `no catalog entry has the id ${String(args.entryId)}`);
    const edits = entry && HandlerInsertions.for(analysed, await store.treeOf(analysed), store.treeTextOf(analysed))?.at(args.position, entry);
    if (!entry || !edits) {
      show(entry ? `No handler for ${headingOf(entry)} fits here.` : `${whyNoEntry(store, args)}: pass the entryId of the handler to insert.`);
      return null;
    }
    if (client().applyEdit) {
      const label = `Insert handler for ${headingOf(entry)}`;
      // The user may decline (eglot asks first): the edits are still the answer.
      const { applied } = await connection.workspace.applyEdit({ label, edit: { changes: { [analysed.uri]: edits } } }).catch(() => ({ applied: false }));
      if (!applied) show(`${label}: the editor did not apply the edit.`);
    }
    return edits;
  };

  const lookUp = async ({ query }: LookUpArgs): Promise<LookUpMatch[]> => {
    const matches = searchCatalog(store.catalog, String(query ?? '')).flatMap((entry) => {
      const location = locate(entry.id);
      return location ? [{ entryId: entry.id, heading: headingOf(entry), location }] : [];
    });
    const best = matches[0];
    if (!best) show(`Nothing in the catalog matches "${printable(String(query))}".`);
    else if (client().showDocument) await connection.window.showDocument({ uri: best.location.uri, selection: best.location.range, takeFocus: true });
    else show(renderCard([store.catalog.entry(best.entryId)!], undefined, PLAIN_TEXT_STYLE));
    return matches;
  };

  const summarize = async ({ textDocument }: Pick<DocumentPositionParams, 'textDocument'>): Promise<SummaryResult | null> => {
    for (;;) {
      const document = store.get(textDocument.uri);
      if (!document) return null;
      const summary = await summarizeDocument(document, undefined, () => store.get(document.uri) !== document, undefined);
      if (!summary) continue; // edited meanwhile: summarized again, as it is now
      show(summaryMessage(summary));
      return summary;
    }
  };

  const run: Record<string, (args: never) => unknown> = {
    [SERVER_COMMANDS.explain]: explain,
    [SERVER_COMMANDS.insertHandler]: insertHandler,
    [SERVER_COMMANDS.lookUp]: lookUp,
    [SERVER_COMMANDS.summarize]: summarize,
    [SERVER_COMMANDS.addToTeamCatalog]: (args: AddToTeamCatalogArgs) => teamCatalog.add(args),
  };
  connection.onExecuteCommand(({ command, arguments: args }) => {
    const argument: unknown = args?.[0];
    if (!run[command]) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${command}`);
    const named = (field: string) => typeof argument === 'object' && argument !== null && field in argument;
    const ofDocument = named('textDocument') && typeof (argument as DocumentPositionParams).textDocument?.uri === 'string';
    const wanted = command === SERVER_COMMANDS.lookUp ? named('query') : command === SERVER_COMMANDS.explain ? named('query') || (ofDocument && named('position')) : ofDocument;
    if (!wanted) throw new ResponseError(ErrorCodes.InvalidParams, `${command} takes one argument object: ${ARGUMENTS[command]}`);
    return run[command](argument as never);
  });
}

/** What each command takes, for the message that says it was given something else. */
const ARGUMENTS: Readonly<Record<string, string>> = {
  [SERVER_COMMANDS.explain]: '{ textDocument: { uri }, position } or { query }',
  [SERVER_COMMANDS.insertHandler]: '{ textDocument: { uri }, position, entryId? }',
  [SERVER_COMMANDS.lookUp]: '{ query }',
  [SERVER_COMMANDS.summarize]: '{ textDocument: { uri } }',
  [SERVER_COMMANDS.addToTeamCatalog]: '{ textDocument: { uri }, code }',
};

/** The entry of the code at the position: its one meaning, or the one its context picks. */
function entryAt(store: DocumentStore, { textDocument, position }: DocumentPositionParams): CatalogEntry | undefined {
  const occurrence = store.get(textDocument.uri)?.index.at(position);
  return occurrence?.picked ?? (occurrence?.entries.length === 1 ? occurrence.entries[0] : undefined);
}

/** Why the position names no one entry: no code there, or a code of several meanings (their ids). */
function whyNoEntry(store: DocumentStore, { textDocument, position }: DocumentPositionParams): string {
  const occurrence = store.get(textDocument.uri)?.index.at(position);
  if (!occurrence) return 'No CEQUENS/WhatsApp error code there';
  return `${occurrence.code} has ${occurrence.entries.length} meanings here (${occurrence.entries.map((e) => e.id).join(', ')})`;
}

/** "3 WhatsApp error codes:" then a line per code: count, code and title, lines, what to do. */
function summaryMessage({ total, rows }: SummaryResult): string {
  if (total === 0) return 'No CEQUENS/WhatsApp error codes in this file.';
  const lines = rows.map((r) => {
    const where = r.firstLine === r.lastLine ? `line ${r.firstLine + 1}` : `lines ${r.firstLine + 1}–${r.lastLine + 1}`;
    return `${r.count} × ${r.code} ${printable(r.title)} (${where}): ${printable(r.remedy)}`;
  });
  return [`${total} CEQUENS/WhatsApp error code${total === 1 ? '' : 's'}:`, ...lines].join('\n');
}
