import { fork } from 'node:child_process';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  IPCMessageReader,
  IPCMessageWriter,
  LanguageClient,
  State,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, CONFIGURATION_SECTION } from '../../shared/src/contributions';
import type { InitializationOptions } from '../../shared/src/protocol';
import { isEnabledFor } from './enablement';
import { DOCUMENT_SELECTOR } from './languages';

const NAME = 'CEQUENS WhatsApp Error Codes';
/** A server that has not answered `initialize` by then is taken for hung: it is ended and started again. */
const START_DEADLINE_MS = 20_000;
/** Restarts allowed within RESTART_WINDOW_MS (the library's policy) before the client gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export interface ClientSettings {
  readonly name?: string;
  readonly startDeadlineMs?: number;
  /** Shows the give-up message; resolves to the action chosen. */
  readonly notify?: (message: string, ...actions: string[]) => Thenable<string | undefined>;
}

/**
 * The language client of the bundled server (`serverModule`), over IPC. The library restarts a
 * server that exits, re-sends the open documents, keeps the output channel and traces by
 * `cequens.trace.server` (the client's id names the setting). On top of it: a server that hangs
 * during start-up is ended (and so restarted), and giving up says so with a way to restart.
 */
export function createLanguageClient(serverModule: string, settings: ClientSettings = {}): LanguageClient {
  const name = settings.name ?? NAME;
  // An inspector on the server only when asked for (CEQUENS_SERVER_INSPECT=6009): a listening
  // port makes code-server offer to forward it, and debugging the extension host is not a request.
  const inspect = process.env.CEQUENS_SERVER_INSPECT;
  const execArgv = inspect ? ['--nolazy', `--inspect=${inspect}`] : [];
  let client: LanguageClient;
  const serverOptions: ServerOptions = async () => {
    const child = fork(serverModule, ['--node-ipc', `--clientProcessId=${process.pid}`], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr?.on('data', (chunk: Buffer) => client.outputChannel.append(chunk.toString()));
    const deadline = setTimeout(() => {
      client.warn(`The language server did not start within ${(settings.startDeadlineMs ?? START_DEADLINE_MS) / 1000} s: ending it.`);
      child.kill();
    }, settings.startDeadlineMs ?? START_DEADLINE_MS);
    const running = client.onDidChangeState(({ newState }) => newState === State.Running && settled());
    const settled = () => {
      clearTimeout(deadline);
      running.dispose();
    };
    child.once('exit', settled);
    return { reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child) };
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    outputChannelName: name,
    // Cards end with links to these two commands; the Markdown may run them and nothing else.
    // Read at every start: a change of `cequens.catalogs` restarts the server (see session.ts).
    initializationOptions: (): InitializationOptions => ({ commandLinks: true, catalogs: chosenCatalogs(), workspaceTrusted: vscode.workspace.isTrusted }),
    markdown: { isTrusted: { enabledCommands: [COMMANDS.lookUp, COMMANDS.insertHandler] } },
    errorHandler: restartPolicy(() => client, name, settings.notify ?? ((message, ...actions) => vscode.window.showErrorMessage(message, ...actions))),
    // A start that failed is already reported and, when the server's process ended, restarted.
    initializationFailedHandler: () => false,
    // `cequens.enable: false` for a language silences cards, quick fixes and problems; the commands still work.
    middleware: {
      provideHover: (document, position, token, next) => (isEnabledFor(document) ? next(document, position, token) : null),
      provideCodeActions: (document, range, context, token, next) =>
        isEnabledFor(document) ? next(document, range, context, token) : [],
      handleDiagnostics: (uri, diagnostics, next) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        next(uri, document && !isEnabledFor(document) ? [] : diagnostics);
      },
    },
  };
  client = new LanguageClient(CONFIGURATION_SECTION, name, serverOptions, clientOptions);
  return client;
}

/** The `cequens.catalogs` setting, as the server takes it. */
export function chosenCatalogs(): string[] {
  return vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<string[]>('catalogs') ?? [];
}

/** The library's policy (restart, unless 5 exits within 3 minutes), giving up with "Restart" and "Show Output". */
function restartPolicy(client: () => LanguageClient, name: string, notify: NonNullable<ClientSettings['notify']>): ErrorHandler {
  let exits: number[] = [];
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      exits = [...exits.filter((at) => now - at < RESTART_WINDOW_MS), now];
      if (exits.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
      const message = `${name}: the language server stopped ${exits.length} times in ${RESTART_WINDOW_MS / 60_000} minutes and is not restarted.`;
      void notify(message, 'Restart', 'Show Output').then((choice) => {
        if (choice === 'Restart') {
          exits = [];
          void client().start();
        }
        if (choice === 'Show Output') client().outputChannel.show();
      });
      return { action: CloseAction.DoNotRestart, message, handled: true };
    },
  };
}
