import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from '../../shared/src/protocol';
import { enablementMiddleware } from './enablement';
import { DOCUMENT_SELECTOR } from './languages';

/** The id also names the trace setting: `cequens.trace.server`. */
const CLIENT_ID = 'cequens';
const CLIENT_NAME = 'CEQUENS WhatsApp Error Codes';

/** A language client for the bundled server (dist/server.js) over IPC; not yet started. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    middleware: enablementMiddleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
