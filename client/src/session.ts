import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION, type CommandName } from '../../shared/src/contributions';
import { WorkspaceTrustedNotification } from '../../shared/src/protocol';
import { commandsOf, type Command } from './commands';
import { createLanguageClient } from './languageClient';
import { BigFileOffer } from './ui/bigFileOffer';
import { CardView } from './ui/cardView';
import { SummaryView } from './ui/summaryView';

/** How long a failed first start may take to be made good by a restart before `started` rejects. */
const RESTART_GRACE_MS = 30_000;

/** What runs once the extension has activated: the language client, and the commands that use it. */
export interface Session {
  readonly client: LanguageClient;
  /** Resolves when a server runs (after restarts, if the first failed); rejects when none does. */
  readonly started: Promise<void>;
  readonly commands: Readonly<Record<CommandName, Command>>;
}

export function startSession(context: vscode.ExtensionContext): Session {
  const client = createLanguageClient(context.asAbsolutePath('dist/server.js'));
  const cards = new CardView();
  const summaries = new SummaryView();
  context.subscriptions.push(cards, summaries, new BigFileOffer());
  const started = client.start().catch((error: unknown) => runningSoon(client, error));
  // The server builds its catalog once, from its initialization options: other catalogs need a new server.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${CONFIGURATION_SECTION}.catalogs`) && client.state === State.Running) void client.restart();
    }),
  );
  // Restricted Mode ended: the server reads the team catalogs now.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => client.state === State.Running && void client.sendNotification(WorkspaceTrustedNotification)));
  return { client, started, commands: commandsOf({ client, cards, summaries }) };
}

/** A first start that failed, unless the library's restart brings a server up soon. */
function runningSoon(client: LanguageClient, error: unknown): Promise<void> {
  if (client.state === State.Running) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (subscription.dispose(), reject(error)), RESTART_GRACE_MS);
    const subscription = client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}
