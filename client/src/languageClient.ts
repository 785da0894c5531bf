import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from '../../shared/src/contributions';
import { isEnabledFor } from './enablement';
import { DOCUMENT_SELECTOR } from './languages';

const NAME = 'CEQUENS WhatsApp Error Codes';

/**
 * The language client of the bundled server, over IPC. Restarts after a crash, the output channel
 * and `cequens.trace.server` (the client's id names the setting) are the library's.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  // An inspector on the server only when asked for (CEQUENS_SERVER_INSPECT=6009): a listening
  // port makes code-server offer to forward it, and debugging the extension host is not a request.
  const inspect = process.env.CEQUENS_SERVER_INSPECT;
  const serverOptions: ServerOptions = {
    module: context.asAbsolutePath('dist/server.js'),
    transport: TransportKind.ipc,
    ...(inspect ? { options: { execArgv: ['--nolazy', `--inspect=${inspect}`] } } : {}),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    outputChannelName: NAME,
    // `cequens.enable: false` for a language silences cards and quick fixes; the commands still work.
    middleware: {
      provideHover: (document, position, token, next) => (isEnabledFor(document) ? next(document, position, token) : null),
      provideCodeActions: (document, range, context, token, next) =>
        isEnabledFor(document) ? next(document, range, context, token) : [],
    },
  };
  return new LanguageClient(CONFIGURATION_SECTION, NAME, serverOptions, clientOptions);
}
