import type { LanguageClient } from 'vscode-languageclient/node';
import type { CardView } from '../ui/cardView';
import type { SummaryView } from '../ui/summaryView';

/** What every command needs: the language client (for the requests of shared/src/protocol.ts), the card and summary views. */
export interface CommandContext {
  readonly client: LanguageClient;
  readonly cards: CardView;
  readonly summaries: SummaryView;
}

/**
 * Commands are also invoked with arguments they did not ask for (an editor context menu passes the
 * document's Uri): take an argument object only when it is a plain object.
 */
export function argsObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
    ? (value as Record<string, unknown>)
    : {};
}
