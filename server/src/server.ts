/**
 * The language server: wires the connection to the document store and the features. Runs under
 * VS Code over IPC, or alone for any LSP editor: `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { loadCatalog } from './catalogSource';
import { DocumentStore } from './documents';
import { codeActions } from './features/codeActions';
import { registerCustomRequests } from './features/customRequests';
import { hover } from './features/hover';

const connection = createConnection(ProposedFeatures.all);
const catalog = loadCatalog();
const store = new DocumentStore(catalog);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
  },
  serverInfo: { name: 'CEQUENS WhatsApp error codes' },
}));

store.listen(connection);
connection.onHover((params) => hover(store, params));
connection.onCodeAction((params, token) => codeActions(store, params, token));
registerCustomRequests(connection, catalog, store);
connection.listen();
