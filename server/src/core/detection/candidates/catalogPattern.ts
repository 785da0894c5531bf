import type { Catalog } from '../../../../../shared/src/catalog';
import { everydayTier } from '../vocabulary/vocabulary';
import { codeContextBefore } from './quantityKeys';

/** What the detector looks for in a catalog: one pattern finding every candidate. */
export interface CatalogPattern {
  readonly pattern: RegExp;
  /**
   * The same for logs, where a small Cloud code (`190`, `4`, `200`) counts only after a code's
   * context: those codes match only there. A 50 MB log holds ~250,000 small numbers with none
   * before them (`attempt=1`, `GET /tokens 200`); matched and then rejected, they took half its scan.
   */
  readonly logPattern: RegExp;
  readonly stringCodes: ReadonlySet<string>;
}

const patterns = new WeakMap<Catalog, CatalogPattern>();

/** The catalog's codes and textual codes as one global pattern, made once per catalog. */
export function catalogPatternOf(catalog: Catalog): CatalogPattern {
  let found = patterns.get(catalog);
  if (!found) {
    const stringCodes = new Set(catalog.stringCodes);
    const codes = [...catalog.codes].map(String);
    const small = codes.filter((code) => everydayTier(Number(code)) !== undefined);
    const others = [...codes.filter((code) => everydayTier(Number(code)) === undefined), ...stringCodes];
    // The codes themselves, as a trie (4(?:0[0128]|…)|…): the engine rejects most digits at once;
    // in source code also any number written with separators (131_049), read as its digits (codeOfMatch).
    const pattern = new RegExp(`\\b(?:${trieAlternation([...codes, ...stringCodes])}|\\d+(?:_\\d+)+)\\b`, 'g');
    // The context is looked for behind a small code once it has matched: tried at every position, it costs more than it saves.
    const longest = Math.max(1, ...small.map((code) => code.length));
    const smallAfterContext = small.length > 0 ? `|(?:${trieAlternation(small)})\\b(?<=(?:${codeContextBefore()})\\d{1,${longest}})` : '';
    const logPattern = new RegExp(`\\b(?:${trieAlternation(others)}${smallAfterContext})\\b`, 'g');
    found = { pattern, logPattern, stringCodes };
    patterns.set(catalog, found);
  }
  return found;
}

/** The code a numeric match stands for: `131_049` is 131049. */
export function codeOfMatch(found: string): number {
  return Number(found.includes('_') ? found.replaceAll('_', '') : found);
}

/** A regular expression source matching exactly `words`, sharing their common prefixes. */
function trieAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rest = byFirst.get(word[0]) ?? [];
    rest.push(word.slice(1));
    byFirst.set(word[0], rest);
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const longer = rests.filter((r) => r !== '');
    if (longer.length === 0) return escapeRegExp(first);
    const tail = trieAlternation(longer);
    const optional = longer.length < rests.length ? '?' : '';
    const group = longer.length === 1 && !optional ? tail : `(?:${tail})${optional}`;
    return escapeRegExp(first) + group;
  });
  // Single characters only (the last digit of 1000–1026): one class, which the engine tests at once.
  const singles = [...byFirst].every(([, rests]) => rests.every((r) => r === ''));
  return singles && branches.length > 1 ? `[${branches.map((b) => (b === '-' ? '\\-' : b)).join('')}]` : branches.join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
