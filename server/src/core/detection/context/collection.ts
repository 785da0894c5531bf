import type { Catalog } from '../../../../../shared/src/catalog';
import { isOtherWhatsAppCode } from '../vocabulary/vocabulary';
import type { Site } from './site';
import { lineSpeaksOfErrors, lineSpeaksOfNoQuantity } from './words';

/** Calls whose arguments form a collection: Set.of(1011, 1015), listOf(...), tuple(...). */
const COLLECTION_CALLS = new Set(['in', 'of', 'aslist', 'setof', 'listof', 'mutablesetof', 'set', 'list', 'frozenset', 'tuple', 'hashset', 'array']);

/**
 * In a set or map of codes. A map with one key needs words of errors on its line; a set of two
 * or more codes needs them only when its codes are round numbers, which may be durations.
 */
export function isInCodeCollection(site: Site, isCode: (index: number) => boolean): boolean {
  const size = codeCollectionSize(site, isCode);
  const next = site.at(site.index + 1);
  if (size === 1 && (next === ':' || next === '=>')) return lineSpeaksOfErrors(site);
  if (size < 2) return false;
  return lineSpeaksOfErrors(site) || (lineSpeaksOfNoQuantity(site) && !allRound(site));
}

/**
 * A set, list, tuple or map of codes: `{1011, 1015, 1016}`, `[470, 131047]`, `in (470, 1015)`,
 * `{470: sendTemplate}`, `{Codes.RateLimit, 1011}`. Its elements are codes (`isCode`) or names
 * of constants, so `[1000, 2000, 3000]` (delays) is one only by its words (isInCodeCollection).
 * Returns the number of code elements, 0 when this is no such collection.
 */
function codeCollectionSize(site: Site, isCode: (index: number) => boolean): number {
  const open = site.enclosingOpen();
  if (open === undefined) return 0;
  if (site.at(open) === '(' && site.kindAt(open - 1) === 'word' && !COLLECTION_CALLS.has(site.at(open - 1).toLowerCase())) {
    return 0;
  }
  let codes = 0;
  let element: number[] = [];
  const closeElement = (): boolean => {
    if (element.length === 0) return true;
    const [first, second] = element;
    const isCodeElement = isCode(first) && (element.length === 1 || site.at(second) === ':' || site.at(second) === '=>');
    const isName = element.every((i) => site.kindAt(i) === 'word' || site.at(i) === '.');
    if (isCodeElement) codes++;
    element = [];
    return isCodeElement || isName;
  };
  const end = site.matchingClose(open) ?? site.tokens.length;
  const { parent } = site.bracketed;
  for (let i = open + 1; i < end; i++) {
    if (parent[i] === open && site.kindAt(i) === 'punct' && site.at(i) === ',') {
      if (!closeElement()) return 0;
    } else if (site.kindAt(i) !== 'comment') element.push(i);
  }
  return closeElement() ? codes : 0;
}

/** Every number of the site's collection is a multiple of 100 (1000, 2000: likely delays). */
function allRound(site: Site): boolean {
  const open = site.enclosingOpen()!;
  const numbers = site.tokens
    .slice(open + 1, site.matchingClose(open))
    .filter((t) => t.kind === 'number' || t.kind === 'string')
    .map((t) => Number(site.text.slice(t.innerStart, t.innerEnd)));
  return numbers.every((n) => Number.isFinite(n) && n % 100 === 0);
}

/** A code of the catalog or of another WhatsApp catalog, as a number, a quoted number or a textual code. */
export function isCodeToken(site: Site, index: number, catalog: Catalog): boolean {
  const kind = site.kindAt(index);
  if (kind === 'number') {
    const digits = site.at(index);
    return /^\d+$/.test(digits) && (catalog.entriesForCode(Number(digits)).length > 0 || isOtherWhatsAppCode(digits));
  }
  if (kind !== 'string' && kind !== 'word') return false;
  const content = site.contentAt(index);
  if (catalog.entriesForStringCode(content).length > 0) return true;
  return kind === 'string' && /^\d+$/.test(content) && catalog.entriesForCode(Number(content)).length > 0;
}
