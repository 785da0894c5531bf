import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CommandName } from '../../shared/src/contributions';
import { commandsOf, type Command } from './commands';
import { createLanguageClient } from './languageClient';
import { CardView } from './ui/cardView';

/** What runs once the extension has activated: the language client, and the commands that use it. */
export interface Session {
  readonly client: LanguageClient;
  /** Resolves when the server has started; rejects when it cannot start. */
  readonly started: Promise<void>;
  readonly commands: Readonly<Record<CommandName, Command>>;
}

export function startSession(context: vscode.ExtensionContext): Session {
  const client = createLanguageClient(context);
  const cards = new CardView();
  context.subscriptions.push(cards);
  return { client, started: client.start(), commands: commandsOf({ client, cards }) };
}
