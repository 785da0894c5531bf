/**
 * The language server: wires the connection to the document store and the features. Runs under
 * VS Code over IPC, or alone for any LSP editor: `node dist/server.js --stdio`.
 */
import {
  CodeActionKind,
  createConnection,
  MarkupKind,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver/node';
import { join } from 'node:path';
import { catalogOf } from '../../shared/src/catalogSources';
import { SERVER_COMMANDS, type InitializationOptions } from '../../shared/src/protocol';
import { Grammars } from './core/syntax/grammars';
import { DocumentStore } from './documents';
import { CatalogFile } from './features/catalogFile';
import { codeActions } from './features/codeActions';
import { registerCommands, type CommandClient } from './features/commands';
import { completion, completionClientOf, COMPLETION_TRIGGERS, resolveCompletion, type CompletionClient } from './features/completion';
import { registerCustomRequests } from './features/customRequests';
import { Diagnostics } from './features/diagnostics';
import { registerFileSummaryRequest } from './features/fileSummary';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { Settings } from './features/settings';
import { registerSummaryRequest } from './features/summary';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { AddToTeamCatalog } from './features/addToTeamCatalog';
import { TeamCatalogFiles } from './features/teamCatalogFiles';

const connection = connect();
// The grammars esbuild.mjs copies beside the bundle.
const store = new DocumentStore(catalogOf(), new Grammars(join(__dirname, 'grammars')));
const settings = new Settings(connection);
const diagnostics = new Diagnostics(connection, store, settings);
const teamCatalogs = new TeamCatalogFiles(connection, store, diagnostics, settings);
let clientCapabilities: ClientCapabilities = {};
const addToTeamCatalog = new AddToTeamCatalog(connection, store, teamCatalogs, () => clientCapabilities);

let commandLinks = false;
/** `markdown`: the client reads Markdown in hovers; one that asks for plain text only (eglot without markdown-mode) gets text. */
let client: CommandClient = { markdown: true, applyEdit: false, showDocument: false };
let completionClient: CompletionClient = { labelDetails: false, resolvesDocumentation: false };
connection.onInitialize((params) => {
  const { initializationOptions, capabilities } = params;
  const options = (initializationOptions ?? {}) as InitializationOptions;
  clientCapabilities = capabilities;
  settings.initialize(capabilities, initializationOptions);
  commandLinks = options.commandLinks === true;
  const formats = capabilities.textDocument?.hover?.contentFormat;
  client = {
    markdown: !formats || formats.includes(MarkupKind.Markdown),
    applyEdit: capabilities.workspace?.applyEdit === true,
    showDocument: capabilities.window?.showDocument?.support === true,
  };
  completionClient = completionClientOf(capabilities);
  if (capabilities.workspace?.inlayHint?.refreshSupport) settings.onDidChange(() => void connection.languages.inlayHint.refresh());
  if (Array.isArray(options.catalogs)) store.useCatalog(catalogOf(options.catalogs.filter((s): s is string => typeof s === 'string')));
  teamCatalogs.initialize(params, options);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
      // VS Code runs them through a command of its own (RUN_SERVER_COMMAND): it would register the server's for each client of it.
      ...(commandLinks ? {} : { executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) } }),
      // VS Code has the look-up quick pick: its symbol search (Ctrl+T) stays the code's own.
      workspaceSymbolProvider: !commandLinks,
      inlayHintProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
      // Each folder's team catalog is read: a folder added after start too.
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'CEQUENS WhatsApp error codes' },
  };
});

// The connection keeps one handler of `initialized`: each feature that waits for it is called from here.
connection.onInitialized(() => {
  settings.initialized();
  teamCatalogs.initialized();
});
store.listen(connection);
store.onDidChange((uri) => diagnostics.documentChanged(uri));
settings.onDidChange(() => teamCatalogs.settingsChanged());
connection.onHover((params) => hover(store, params, { commandLinks, markdown: client.markdown }));
connection.onCompletion((params) => completion(store, params, completionClient));
connection.onCompletionResolve((item) => resolveCompletion(store.catalog, item));
connection.languages.inlayHint.on((params) => inlayHints(store, settings, params));
connection.onCodeAction(async (params, token) => [...(await codeActions(store, params, token, { commandLinks })), ...addToTeamCatalog.actions(params, commandLinks)]);
registerCustomRequests(connection, store);
registerSummaryRequest(connection, store);
registerFileSummaryRequest(connection, () => store.catalog, settings);
const catalogFile = new CatalogFile(__dirname);
// An entry a team adds or changes is found in its team catalog, where its text is; the others on their card in the catalog file.
const locateEntry = (entryId: string) => teamCatalogs.locationOf(entryId) ?? catalogFile.locationOf(entryId);
registerWorkspaceSymbols(connection, store, locateEntry);
registerCommands(connection, store, locateEntry, () => client, addToTeamCatalog);
connection.listen();

/**
 * Over stdio, a frame the reader cannot make sense of (no, a negative or a wrong Content-Length)
 * leaves it unable to find the next message: the server says why and exits with an error, so that
 * the editor sees a dead server it can restart instead of one that hangs. Over IPC (VS Code)
 * messages arrive whole.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`cequens language server: cannot read the message stream (${error.message}); exiting\n`);
    process.exit(2);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}
