import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import type { PlacedOccurrence } from '../occurrenceIndex';
import { placeKey, type Namings } from '../syntax/namings';

/** A title shown after a bare code: `case 470: ‹Re-engagement message›`. */
export interface TitleHint {
  readonly line: number;
  /** Where it goes: after the code, or after the colon of a case label. */
  readonly character: number;
  readonly label: string;
  readonly entry: CatalogEntry;
}

/** Longer titles are cut: a hint shares its line with the code (rust-analyzer cuts at 25, Sublime LSP at 30). */
export const MAX_HINT_LENGTH = 30;

/**
 * The titles of the bare codes among `occurrences` (numbers written in code, of one meaning): none
 * on a line that already names them, with a comment or a title of its own, nor after a literal a
 * declaration names (`const RATE_LIMITED = 130429`). `lineText` gives a line's text.
 */
export function titleHints(occurrences: readonly PlacedOccurrence[], lineText: (line: number) => string, namings: Namings): TitleHint[] {
  const hints: TitleHint[] = [];
  for (const o of occurrences) {
    const entry = o.picked ?? (o.entries.length === 1 ? o.entries[0] : undefined);
    if (!entry || o.stringCode !== undefined || namings.commentRows.has(o.line)) continue;
    const text = lineText(o.line);
    const at = placeKey(o.line, o.start);
    if (!namings.literals.has(at) || namings.named.has(at)) continue;
    if (text.toLowerCase().includes(entry.title.toLowerCase())) continue;
    hints.push({ line: o.line, character: text[o.end] === ':' ? o.end + 1 : o.end, label: shortened(entry.title), entry });
  }
  return hints;
}

/** A leading aside goes ("(Business Account, Consumer Account) pair rate limit hit" → "Pair rate limit hit"), then what is past the limit, at a word's end. */
function shortened(title: string): string {
  const aside = /^\([^)]*\)\s+(?=\S)/.exec(title);
  const core = aside ? title.slice(aside[0].length).replace(/^./, (c) => c.toUpperCase()) : title;
  if (core.length <= MAX_HINT_LENGTH) return core;
  const cut = core.slice(0, MAX_HINT_LENGTH - 1);
  const wordEnd = cut.lastIndexOf(' ');
  return `${(wordEnd > MAX_HINT_LENGTH / 2 ? cut.slice(0, wordEnd) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
