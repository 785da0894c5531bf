import type { Catalog } from '../../../../../shared/src/catalog';
import { everydayTier, isDistinctiveWhatsAppCode } from '../vocabulary/vocabulary';
import type { Site } from './site';
import { lineSpeaksOfErrors, lineSpeaksOfNoQuantity } from './words';

/** Calls whose arguments form a collection: Set.of(1011, 1015), listOf(...), tuple(...). */
const COLLECTION_CALLS = new Set(['in', 'of', 'aslist', 'setof', 'listof', 'mutablesetof', 'set', 'list', 'frozenset', 'tuple', 'hashset', 'array']);

/**
 * In a set or map of codes. A map with one key needs words of errors on its line; a set of two
 * or more codes needs them only when its codes are round numbers, which may be durations.
 */
export function isInCodeCollection(site: Site, codeKind: CodeKindAt): boolean {
  const { size, distinctive } = codeCollection(site, codeKind);
  // [470, 131047], [4, 80007, 130429] for back-off: a list of WhatsApp codes, unless one number among prices or sizes.
  // A single `[131000]` says nothing by itself; `[131047].include?(code)` does.
  if (distinctive) {
    const membership = isMembershipTest(site);
    if ((size >= 2 || membership) && (distinctive >= 2 || membership || lineSpeaksOfErrors(site) || lineSpeaksOfNoQuantity(site))) return true;
  }
  const next = site.at(site.index + 1);
  // A map's key (`{470: …}`), or Python's one-element tuple (pywa's `__error_codes__ = (131047,)`).
  if (size === 1 && (next === ':' || next === '=>' || isOneElementTuple(site))) return lineSpeaksOfErrors(site);
  if (size < 2) return false;
  return lineSpeaksOfErrors(site) || (lineSpeaksOfNoQuantity(site) && !allRound(site));
}

/**
 * A set, list, tuple or map of codes: `{1011, 1015, 1016}`, `[470, 131047]`, `in (470, 1015)`,
 * `{470: sendTemplate}`, `{Codes.RateLimit, 1011}`. Its elements are codes (`isCode`) or names
 * of constants, so `[1000, 2000, 3000]` (delays) is one only by its words (isInCodeCollection).
 * Small codes (`1`, `200`) are elements only beside a distinctive one (`[190, 131047]`): `(2013, 1, 1)` is no list of codes.
 * Returns the number of code elements (0 when this is no such collection), and how many are distinctive.
 */
function codeCollection(site: Site, codeKind: CodeKindAt): { size: number; distinctive: number } {
  const none = { size: 0, distinctive: 0 };
  const open = site.enclosingOpen();
  if (open === undefined) return none;
  if (site.at(open) === '(' && site.kindAt(open - 1) === 'word' && !COLLECTION_CALLS.has(site.at(open - 1).toLowerCase())) {
    return none;
  }
  let codes = 0;
  let everyday = 0;
  let distinctive = 0;
  let uncatalogued = 0;
  let element: number[] = [];
  const closeElement = (): boolean => {
    if (element.length === 0) return true;
    const [first, second] = element;
    const kind = codeKind(first);
    const isCodeElement = kind !== undefined && (element.length === 1 || site.at(second) === ':' || site.at(second) === '=>');
    const isName = element.every((i) => site.kindAt(i) === 'word' || site.at(i) === '.');
    // A plain integer the catalog lacks (Graph's 613 beside 80007 and 130429): told apart below.
    const isOtherNumber = !isCodeElement && element.length === 1 && /^\d+$/.test(site.at(first));
    if (isCodeElement && kind === 'everyday') everyday++;
    else if (isCodeElement) codes++;
    if (isCodeElement && kind === 'distinctive') distinctive++;
    if (isOtherNumber) uncatalogued++;
    element = [];
    return isCodeElement || isName || isOtherNumber;
  };
  const end = site.matchingClose(open) ?? site.tokens.length;
  const { parent } = site.bracketed;
  for (let i = open + 1; i < end; i++) {
    if (parent[i] === open && site.kindAt(i) === 'punct' && site.at(i) === ',') {
      if (!closeElement()) return none;
    } else if (site.kindAt(i) !== 'comment') element.push(i);
  }
  if (!closeElement() || (everyday > 0 && !distinctive && !lineSpeaksOfErrors(site))) return none;
  // Numbers the catalog lacks are other codes of the same list only beside two distinctive ones ([4, 613, 80007, 130429]).
  if (uncatalogued > 0 && distinctive < 2) return none;
  return { size: codes + everyday, distinctive };
}

/** A line that is one pair of a number and its text: `{131047, "use a template"},`, `[190, 'token'],`. */
const PAIR_LINE = /^\s*[{[(]\s*(\d[\d_]*)\s*,\s*(?:"[^"]*"|'[^']*')\s*[}\])]\s*,?\s*(?:\/\/.*|#.*)?$/;
const MAX_PAIR_LINES = 200;

/**
 * A map initialized from pairs of a code and its text, one pair a line, C++'s `{ {131047, "…"},\n {190, "…"} }` (or
 * `[[…], …]`, `((…), …)` where no tree reads them): the candidate is a pair's number, and the pairs of the lines around
 * it hold two codes or more, one of them distinctive. An area-code table (`{470, "Atlanta"}`, `{401, "RI"}`) is none.
 */
export function isKeyOfCodePairs(site: Site, kindOf: (literal: string) => CodeKind | undefined): boolean {
  const { text, lineStart, lineEnd } = site;
  if (PAIR_LINE.exec(site.lineText)?.[1] !== site.at(site.index)) return false;
  const numbers: string[] = [];
  const pairAt = (start: number, end: number) => PAIR_LINE.exec(text.slice(start, end))?.[1];
  for (let end = lineStart - 1, n = 0; end > 0 && n < MAX_PAIR_LINES; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const pair = pairAt(start, end);
    if (pair === undefined) break;
    numbers.push(pair);
    end = start - 1;
  }
  numbers.push(site.at(site.index));
  for (let start = lineEnd + 1, n = 0; start < text.length && n < MAX_PAIR_LINES; n++) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const pair = pairAt(start, end);
    if (pair === undefined) break;
    numbers.push(pair);
    start = end + 1;
  }
  const kinds = numbers.map((n) => kindOf(n.replaceAll('_', '')));
  return kinds.filter((k) => k !== undefined).length >= 2 && kinds.includes('distinctive');
}

/** The code is the one element of a tuple written with its trailing comma: `(131047,)`. */
function isOneElementTuple(site: Site): boolean {
  const open = site.enclosingOpen();
  const close = open === undefined ? undefined : site.matchingClose(open);
  return open !== undefined && site.at(open) === '(' && close === site.index + 2 && site.at(site.index + 1) === ',' && open === site.index - 1;
}

const MEMBERSHIP_METHODS = new Set(['include', 'includes', 'has', 'contains', 'indexof', 'member']);

/** The collection is asked whether it holds a value: `[470, 131047].include?(code)`, `code in (…)`, `in_array($c, […])`. */
function isMembershipTest(site: Site): boolean {
  const open = site.enclosingOpen();
  if (open === undefined) return false;
  const close = site.matchingClose(open);
  if (close !== undefined && site.at(close + 1) === '.' && MEMBERSHIP_METHODS.has(site.at(close + 2).toLowerCase())) return true;
  if (site.at(open - 1) === 'in') return true;
  const call = site.bracketed.parent[open];
  return call >= 0 && site.at(call) === '(' && /^in_array$/i.test(site.at(call - 1));
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

/**
 * What a token is as an element of a list of codes: a WhatsApp code no other number looks like
 * (131047), a small code that many numbers look like (`1`, `200`), any other code of the catalog.
 */
export type CodeKind = 'distinctive' | 'everyday' | 'code';
export type CodeKindAt = (index: number) => CodeKind | undefined;

/** The site's tokens (its line's, or its string's) hold a distinctive WhatsApp code (131047). */
export function holdsDistinctiveCode(site: Site, codeKind: CodeKindAt): boolean {
  return site.tokens.some((_, i) => codeKind(i) === 'distinctive');
}

/** A code of the catalog or a distinctive WhatsApp code, as a number, a quoted number or a textual code. */
export function codeKindOf(site: Site, index: number, catalog: Catalog): CodeKind | undefined {
  const kind = site.kindAt(index);
  if (kind !== 'number' && kind !== 'string' && kind !== 'word') return undefined;
  const content = kind === 'number' ? site.at(index).replaceAll('_', '') : site.contentAt(index);
  if (kind !== 'number' && catalog.entriesForStringCode(content).length > 0) return 'code';
  return kind === 'word' ? undefined : numberKind(content, catalog);
}

/** What a number written as digits is as an element of a list of codes (see CodeKind). */
export function numberKind(content: string, catalog: Catalog): CodeKind | undefined {
  if (!/^\d+$/.test(content)) return undefined;
  if (isDistinctiveWhatsAppCode(content)) return 'distinctive';
  if (catalog.entriesForCode(Number(content)).length === 0) return undefined;
  return everydayTier(Number(content)) ? 'everyday' : 'code';
}
