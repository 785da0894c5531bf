import type { Catalog } from '../../../shared/src/catalog';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { twinName } from '../../../shared/src/entryNames';
import { renderEntry } from '../core/hover/card';
import { printable, plainTextStyle } from '../core/hover/cardStyle';
import type { Paint } from './terminal';

/**
 * `explain`: the card of a code for a terminal, the hover's text: of a number (470, 131047), a
 * textual code (MISSING_TOKEN, any case), or a code of another layer that is the twin of one in the
 * catalog (Twilio's 63016). A code with several meanings shows each in full. Undefined when the
 * catalog does not know the code.
 */
export function explain(query: string, catalog: Catalog, paint: Paint): string | undefined {
  const style = plainTextStyle(paint);
  const trimmed = query.trim();
  const code = /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
  const own = code === undefined ? catalog.entriesForStringCode(trimmed.toUpperCase()) : catalog.entriesForCode(code);
  let intro: string | undefined;
  let entries: readonly CatalogEntry[] = own;
  if (own.length === 0 && code !== undefined) {
    entries = catalog.entries.filter((e) => e.twins?.some((t) => t.code === code));
    const twin = entries[0]?.twins?.find((t) => t.code === code);
    if (twin) intro = `${printable(twinName(twin))} is the twin of ${entries.map((e) => e.code).join(', ')}:`;
  } else if (own.length > 1) {
    intro = `${printable(trimmed)} can mean ${own.length} things; the line it is found on (a textual code, a title) says which:`;
  }
  if (entries.length === 0) return undefined;
  const cards = entries.map((e) => renderEntry(e, style));
  return `${[...(intro ? [paint.bold(intro)] : []), cards.join(`\n\n${style.rule}\n\n`)].join('\n\n')}\n`;
}
