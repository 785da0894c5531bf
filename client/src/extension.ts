import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { CequensServer } from './server';
import { CardView } from './ui/cardView';

/** What activate() returns: tests await `ready` instead of sleeping. */
export interface CequensExtensionApi {
  /** Resolves when the language client is running; rejects if the server fails to start. */
  readonly ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CequensExtensionApi {
  client = createLanguageClient(context);
  const ready = client.start();
  // The client reports a failed start in its output channel; awaiters of `ready` still see the rejection.
  ready.catch(() => undefined);
  const cards = new CardView();
  context.subscriptions.push(cards, ...registerCommands({ server: new CequensServer(client, ready), cards }));
  return { ready };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop().catch(() => undefined);
}
