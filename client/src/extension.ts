import { loadStarted } from './loadClock'; // first: the clock starts before the other modules load
import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from '../../shared/src/protocol';
import { registerCommands } from './commands';
import { isEnabledFor } from './enablement';
import { DOCUMENT_SELECTOR } from './languages';
import { LanguageClient } from './lsp/languageClient';
import { registerProviders } from './lsp/providers';
import { CequensServer } from './server';
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
}

/** This module body runs once every module it imports has: loading ends here. */
const loadMs = performance.now() - loadStarted;

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CequensExtensionApi {
  const activateStarted = performance.now();
  client = new LanguageClient({
    name: 'CEQUENS WhatsApp Error Codes',
    serverModule: context.asAbsolutePath('dist/server.js'),
    execArgv: context.extensionMode === vscode.ExtensionMode.Development ? ['--nolazy', '--inspect=6009'] : [],
    traceSetting: { section: CONFIGURATION_SECTION, key: 'trace.server' },
    selects: (document) => vscode.languages.match(DOCUMENT_SELECTOR, document) > 0,
  });
  const ready = client.start();
  // The client reports a failed start in its output channel; awaiters of `ready` still see the rejection.
  ready.catch(() => undefined);
  const cards = new CardView();
  context.subscriptions.push(
    client,
    cards,
    ...registerProviders(client, DOCUMENT_SELECTOR, isEnabledFor),
    ...registerCommands({ server: new CequensServer(client), cards }),
  );
  return { ready, activationMs: loadMs + performance.now() - activateStarted };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
