import { loadStarted } from './loadClock'; // first: the clock starts before the other modules load
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, RUN_SERVER_COMMAND, type CommandName } from '../../shared/src/contributions';
import type { Session } from './session';

/** What activate() returns: tests await `ready` instead of sleeping. */
export interface CequensExtensionApi {
  /** Resolves when the language client is running; rejects if the server fails to start. */
  readonly ready: Promise<void>;
  /**
   * Milliseconds of loading (the bundle's modules running) plus activate() itself: what VS Code
   * counts as activation, without the time VS Code spends in between.
   */
  readonly activationMs: number;
  /** The language client, for the integration tests (its trace channel, its state). */
  readonly client: Promise<LanguageClient>;
}

/** This module body runs once every module it imports has: loading ends here. */
const loadMs = performance.now() - loadStarted;

let session: Promise<Session> | undefined;

export function activate(context: vscode.ExtensionContext): CequensExtensionApi {
  const activateStarted = performance.now();
  // The language client library and the protocol are loaded and started on a later turn (their
  // modules take ~30 ms to run, starting forks the server): activate() holds up the extension host.
  const started = new Promise((resolve) => setImmediate(resolve))
    .then(() => import('./session'))
    .then(({ startSession }) => startSession(context));
  session = started;
  for (const [name, id] of Object.entries(COMMANDS) as [CommandName, string][]) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (args?: unknown) => (await started).commands[name](args)));
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(RUN_SERVER_COMMAND, async (command: string, ...args: unknown[]) =>
      (await started).client.sendRequest('workspace/executeCommand', { command, arguments: args }),
    ),
  );
  const ready = started.then((s) => s.started);
  // The library reports a failed start itself; awaiters of `ready` still see the rejection.
  ready.catch(() => undefined);
  return { ready, client: started.then((s) => s.client), activationMs: loadMs + performance.now() - activateStarted };
}

export async function deactivate(): Promise<void> {
  const running = await session?.catch(() => undefined);
  session = undefined;
  if (running?.client.needsStop()) await running.client.stop();
}
