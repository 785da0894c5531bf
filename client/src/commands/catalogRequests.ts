import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { CardRequest } from '../../../shared/src/protocol';
import type { CommandContext } from './commandContext';

/** The entry of the catalog with this id; a wrong id in a command's arguments is the caller's error. */
export function byId(catalog: readonly CatalogEntry[], entryId: string): CatalogEntry {
  const entry = catalog.find((e) => e.id === entryId);
  if (!entry) throw new Error(`CEQUENS: no catalog entry with id "${entryId}"`);
  return entry;
}

/** The card of an entry of the server's catalog (null only for an id the server does not know). */
export async function cardOf(context: CommandContext, entryId: string): Promise<string> {
  const card = await context.client.sendRequest(CardRequest, { entryId });
  if (!card) throw new Error(`CEQUENS: the server has no card for "${entryId}"`);
  return card.markdown;
}
