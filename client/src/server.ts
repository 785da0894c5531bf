import type { LanguageClient } from './lsp/languageClient';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import {
  CARD_REQUEST,
  CATALOG_REQUEST,
  HANDLER_REQUEST,
  OCCURRENCE_REQUEST,
  type CardParams,
  type CardResult,
  type CatalogResult,
  type HandlerParams,
  type HandlerResult,
  type OccurrenceParams,
  type OccurrenceResult,
} from '../../shared/src/protocol';

/**
 * The custom requests of shared/src/protocol.ts, typed; each waits until the server runs. The
 * catalog lives in the server only: the client asks for it every time it needs it.
 */
export class CequensServer {
  constructor(private readonly client: LanguageClient) {}

  async catalog(): Promise<readonly CatalogEntry[]> {
    return this.send<CatalogResult>(CATALOG_REQUEST, {});
  }

  async card(entryId: string): Promise<string> {
    const params: CardParams = { entryId };
    return (await this.send<CardResult>(CARD_REQUEST, params)).markdown;
  }

  /** The handler's text indented with `indent`, or undefined when the language has no templates. */
  async handler(entryId: string, languageId: string, indent: string, at?: HandlerParams['at']): Promise<string | undefined> {
    const params: HandlerParams = { entryId, languageId, indent, ...(at ? { at } : {}) };
    return (await this.send<HandlerResult>(HANDLER_REQUEST, params)).text;
  }

  async occurrenceAt(params: OccurrenceParams): Promise<OccurrenceResult | null> {
    return this.send<OccurrenceResult | null>(OCCURRENCE_REQUEST, params);
  }

  private send<R>(method: string, params: object): Promise<R> {
    return this.client.sendRequest<R>(method, params);
  }
}
