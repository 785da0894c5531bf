import { loadStarted } from './loadClock'; // first: the clock starts before the other modules load
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from '../../shared/src/protocol';
import { registerCommands } from './commands';
import { isEnabledFor } from './enablement';
import { DOCUMENT_SELECTOR } from './languages';
import { CardView } from './ui/cardView';

/** What activate() returns: tests await `ready` instead of sleeping. */
export interface CequensExtensionApi {
  /** Resolves when the language client is running; rejects if the server fails to start. */
  readonly ready: Promise<void>;
  /**
   * Milliseconds of loading (the bundle's modules running) plus activate() itself: what VS Code
   * counts as activation, without the time VS Code spends in between.
   */
  readonly activationMs: number;
  /** The running client, for the integration tests (its trace channel, its state). */
  readonly client: LanguageClient;
}

/** This module body runs once every module it imports has: loading ends here. */
const loadMs = performance.now() - loadStarted;

const NAME = 'CEQUENS WhatsApp Error Codes';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CequensExtensionApi {
  const activateStarted = performance.now();
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
  // The id makes `cequens.trace.server` the library's trace setting.
  const languageClient = new LanguageClient(CONFIGURATION_SECTION, NAME, serverOptions, clientOptions);
  client = languageClient;
  // Started on a later turn: starting forks the server, and activate() holds up the extension host.
  const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(() => languageClient.start());
  // The library reports a failed start itself; awaiters of `ready` still see the rejection.
  ready.catch(() => undefined);
  const cards = new CardView();
  context.subscriptions.push(cards, ...registerCommands({ client: languageClient, cards }));
  return { ready, client: languageClient, activationMs: loadMs + performance.now() - activateStarted };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.needsStop()) await running.stop();
}
