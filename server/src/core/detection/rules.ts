/**
 * The contexts that make a number (or a word such as TOKEN) an error code. Each rule reads a
 * Site and answers whether its context holds; detect.ts decides what is enough.
 */
import { lex } from '../lexer';
import { READS_LINES_ABOVE as LOOKBACK_LINES } from './limits';
import type { Site } from './site';
import { CONTEXT_WORDS, ERROR_WORDS, identifierWords, normalizeKey, NOT_CODE_WORDS } from './vocabulary';

const ASSIGN_OR_COMPARE = new Set([':', '=', '==', '===', '!=', '!==', '=>', ':=', 'is', 'eq', 'ne']);
const EQUALITY = new Set(['==', '===', '!=', '!==']);
/** Calls whose arguments form a collection: Set.of(1011, 1015), listOf(...), tuple(...). */
const COLLECTION_CALLS = new Set(['in', 'of', 'aslist', 'setof', 'listof', 'mutablesetof', 'set', 'list', 'frozenset', 'tuple', 'hashset', 'array']);


/**
 * The key the candidate is assigned to or compared with: `code: 470`, `err.code === 470`,
 * `470 == e.Code`, `ex.Code is 1013 or 1026` (C#), `"TOKEN".equals(ex.getTitle())` (Java).
 */
export function keyOf(site: Site): string | undefined {
  let i = site.index;
  while (site.at(i - 1) === 'or' && isLiteral(site, i - 2)) i -= 2;
  const before = site.at(i - 1);
  if (ASSIGN_OR_COMPARE.has(before) && site.kindAt(i - 1) !== 'string') return site.keyEndingAt(i - 2);
  if (before === '(' && /^equals(ignorecase)?$/i.test(site.at(i - 2)) && site.at(i - 3) === '.') {
    return site.keyEndingAt(i - 4);
  }
  const after = site.index + 1;
  if (EQUALITY.has(site.at(after))) return site.keyStartingAt(after + 1);
  if (site.at(after) === '.' && /^equals(ignorecase)?$/i.test(site.at(after + 1)) && site.at(after + 2) === '(') {
    return site.keyStartingAt(after + 3);
  }
  return undefined;
}

/**
 * The variable whose member the candidate is compared with: `r.status === 429` → r,
 * `429 == waResp.StatusCode` → waResp. Undefined for a bare key (`status: 429`).
 */
export function comparedObject(site: Site): string | undefined {
  const i = site.index;
  if (ASSIGN_OR_COMPARE.has(site.at(i - 1))) {
    return isMember(site, i - 2) ? site.chainRootEndingAt(i - 2) : undefined;
  }
  if (EQUALITY.has(site.at(i + 1)) && site.kindAt(i + 2) === 'word' && ['.', '?.', '->', '['].includes(site.at(i + 3))) {
    return site.at(i + 2);
  }
  return undefined;
}

/** The token ends a member access (`x.status`, `x['status']`, `x.getStatus()`), not a bare name. */
function isMember(site: Site, index: number): boolean {
  const token = site.at(index);
  if (token === ')' || token === ']') return true;
  return ['.', '?.', '->'].includes(site.at(index - 1));
}

/** `case 470:`, `case 470, ErrTooMany:` (Go), `case 470 | 131047:` (Python), `case 470 ->` (Java). */
export function isCaseLabel(site: Site): boolean {
  if (site.mode !== 'code') return false;
  let before = site.index - 1;
  while (before >= 0 && isCaseListPart(site, before)) before--;
  if (site.at(before) !== 'case') return false;
  let after = site.index + 1;
  while (after < site.tokens.length && isCaseListPart(site, after)) after++;
  return [':', '->', '=>', ''].includes(site.at(after));
}

/** What a case label's list is made of: literals, constants (`Codes.TooMany`), `,` and `|`. */
function isCaseListPart(site: Site, index: number): boolean {
  const token = site.at(index);
  const kind = site.kindAt(index);
  return kind === 'number' || kind === 'string' || (kind === 'word' && token !== 'case') || [',', '|', '.'].includes(token);
}

/** The name the nearest `switch`/`match` above compares: `switch (err.code)` → code. */
export function switchSubject(site: Site): { key: string; words: string[] } | undefined {
  for (const line of linesAbove(site.text, site.lineStart, LOOKBACK_LINES)) {
    const header = /\b(?:switch|match|select)\b\s*(.*)$/.exec(line);
    if (!header) continue;
    const subject = header[1].replace(/[\s{:]+$/, '').replace(/^\((.*)\)$/, '$1').trim();
    const quotedKey = /\[\s*["']([^"']+)["']\s*\]$/.exec(subject);
    const lastName = /([A-Za-z_$][\w$]*)\s*(?:\(\s*\))?$/.exec(subject);
    const key = quotedKey?.[1] ?? lastName?.[1];
    return key === undefined ? undefined : { key: normalizeKey(key), words: identifierWords(subject) };
  }
  return undefined;
}

/**
 * A set, list, tuple or map of codes: `{1011, 1015, 1016}`, `[470, 131047]`, `in (470, 1015)`,
 * `{470: sendTemplate}`, `{Codes.RateLimit, 1011}`. Its elements are codes (`isCode`) or names
 * of constants, so `[1000, 2000, 3000]` (delays) is one only by its words (see detect.ts).
 * Returns the number of code elements, 0 when this is no such collection.
 */
export function codeCollectionSize(site: Site, isCode: (index: number) => boolean): number {
  const open = site.enclosingOpen();
  if (open === undefined) return 0;
  const bracket = site.at(open);
  if (bracket === '(' && site.kindAt(open - 1) === 'word' && !COLLECTION_CALLS.has(site.at(open - 1).toLowerCase())) {
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
  let depth = 0;
  for (let i = open + 1; i < site.tokens.length; i++) {
    const token = site.at(i);
    const isPunct = site.kindAt(i) === 'punct';
    if (isPunct && depth === 0 && (token === ')' || token === ']' || token === '}')) break;
    if (isPunct && depth === 0 && token === ',') {
      if (!closeElement()) return 0;
      continue;
    }
    if (isPunct && (token === '(' || token === '[' || token === '{')) depth++;
    if (isPunct && (token === ')' || token === ']' || token === '}')) depth--;
    if (site.kindAt(i) !== 'comment') element.push(i);
  }
  return closeElement() ? codes : 0;
}

/**
 * A line that starts with codes inside a block whose opening line speaks of errors: an element
 * of a list spread over lines (`    1015,`), the key of a map entry (`    470: send_template,`,
 * `["TOKEN"] = "reissue",`, `"TOKEN", "reissue",` in Map.of), a match arm (`472, 1013 => ...`,
 * C# `1008 or 1009 => ...`).
 */
export function isElementOfErrorBlock(site: Site, isCode: (index: number) => boolean): boolean {
  if (site.mode !== 'code') return false;
  const tokens = site.tokens.map((_, i) => i).filter((i) => site.kindAt(i) !== 'comment');
  const at = (position: number) => site.at(tokens[position]);
  let position = at(0) === '[' ? 1 : 0;
  let listsValue = false;
  while (position < tokens.length && isCode(tokens[position])) {
    listsValue ||= tokens[position] === site.index;
    if (!LIST_SEPARATORS.has(at(position + 1)) || !isCode(tokens[position + 2])) break;
    position += 2;
  }
  if (!listsValue) return false;
  const next = at(position + 1);
  const endsLine = position + 1 >= tokens.length || (position + 2 === tokens.length && next === ',');
  const leadsEntry = next === ':' || next === '=>' || next === ',' || (next === ']' && at(position + 2) === '=');
  if (!endsLine && !leadsEntry) return false;
  const header = enclosingHeader(site);
  return header !== undefined && speaksOfErrors(identifierWords(header));
}
const LIST_SEPARATORS = new Set([',', '|', 'or']);

/**
 * An enum member or named constant equal to the code whose name is the entry's title
 * (`RE_ENGAGEMENT = 470`, `TooManyRequests(1015)`), or any member of an enum named for errors.
 */
export function isEnumMember(site: Site, titles: readonly string[]): boolean {
  if (site.mode !== 'code') return false;
  const i = site.index;
  const opener = site.at(i - 1);
  if (opener !== '=' && opener !== '(') return false;
  if (site.kindAt(i - 2) !== 'word') return false;
  const name = site.at(i - 2);
  if (opener === '(' && i - 2 !== firstCodeToken(site)) return false;
  if (titles.some((title) => nameMatchesTitle(name, title))) return true;
  if (i - 2 !== firstCodeToken(site)) return false;
  const header = enclosingHeader(site);
  return (
    header !== undefined &&
    /\b(enum|IntEnum|Enum|StrEnum)\b/.test(header) &&
    speaksOfErrors(identifierWords(header)) &&
    !identifierWords(name).some((word) => NOT_CODE_WORDS.has(word))
  );
}

/**
 * In logs, `"port":1010`, `duration_ms=1000`, `msg_id=1013`: the value of a key that names a
 * quantity or an id is never an error code. (Not in code, where `SpamRateLimit = 471` is an enum
 * member named after its title.) Read from the raw text before the candidate, so that the many
 * such values of a log need no lexing of their line.
 */
export function isValueOfQuantityKey(text: string, offset: number): boolean {
  const key = keyAssignedBefore(text, offset);
  return key !== undefined && namesQuantity(key);
}

/** The key that `:` or `=` assigns just before `offset`: `"port": ` → port, `duration_ms=` → duration_ms. */
function keyAssignedBefore(text: string, offset: number): string | undefined {
  let i = skipBlanksBack(text, offset - 1);
  if (text[i] !== ':' && text[i] !== '=') return undefined;
  i--;
  if ('=:!<>'.includes(text[i])) return undefined; // ==, ::, :=, !=, <=, >=: a comparison or Go's :=
  i = skipBlanksBack(text, i);
  if (text[i] === '"' || text[i] === "'") i--;
  const end = i + 1;
  while (i >= 0 && isKeyChar(text.charCodeAt(i))) i--;
  const key = text.slice(i + 1, end);
  if (i >= 0 && (text[i] === '"' || text[i] === "'")) i--;
  if (key === '' || isDigit(key.charCodeAt(0)) || (i >= 0 && (text[i] === '$' || text[i] === '.'))) return undefined;
  return key;
}

/** Whether a key names a quantity or an id, remembered by key: a log repeats a few keys very often. */
const quantityKeys = new Map<string, boolean>();
function namesQuantity(key: string): boolean {
  let verdict = quantityKeys.get(key);
  if (verdict === undefined) {
    verdict = identifierWords(key).some((word) => NOT_CODE_WORDS.has(word));
    if (quantityKeys.size >= 10_000) quantityKeys.clear();
    quantityKeys.set(key, verdict);
  }
  return verdict;
}

function skipBlanksBack(text: string, i: number): number {
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
}

function isKeyChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `error 470`, `whatsapp error: 1008`, `failed (#131047)`, `Error #1015` in prose and logs. */
export function followsErrorWord(site: Site): boolean {
  let i = site.index - 1;
  if (site.at(i) === '#' && site.at(i - 1) === '(') return true;
  while (i >= 0 && [':', '#', '(', '='].includes(site.at(i))) i--;
  if (site.kindAt(i) === 'word' && normalizeKey(site.at(i)) === 'code') i--;
  return site.kindAt(i) === 'word' && ERROR_WORDS.has(site.at(i).toLowerCase());
}

/**
 * A title right after or right before the code: "1017 Not Primary Master", "Rate limit hit
 * (429)". A textual code (TOKEN) counts only as written, in capitals, as a whole word.
 */
export function isNextToTitle(site: Site, title: string, isTextualCode: boolean): boolean {
  const { text, value } = site;
  const same = isTextualCode ? (a: string) => a : (a: string) => a.toLowerCase();
  const after = text
    .slice(value.end, Math.min(site.lineEnd, value.end + title.length + 24))
    .replace(/^[\s:=#()[\]"'`,\-–—]*(?:title[\s"':=]*)?/i, '');
  if (same(after).startsWith(same(title)) && !/^[\w$]/.test(after.slice(title.length))) return true;
  const before = text
    .slice(Math.max(site.lineStart, value.start - title.length - 24), value.start)
    .replace(/(?:\b(?:error\s+)?code)?[\s:=#()[\]"'`,\-–—]*$/i, '');
  return same(before).endsWith(same(title)) && !/[\w$]$/.test(before.slice(0, -title.length));
}

/**
 * The words of the line speak of error handling and not of durations, sizes or counts. Inside
 * a collection only the words around it count: its elements' names (RATE_LIMIT_HIT) do not.
 */
export function lineSpeaksOfErrors(site: Site): boolean {
  return speaksOfErrors(wordsAroundCollection(site));
}

/** The words of the line (around the collection) speak of no durations, sizes, counts or ids. */
export function lineSpeaksOfNoQuantity(site: Site): boolean {
  return !wordsAroundCollection(site).some((w) => NOT_CODE_WORDS.has(w));
}

function wordsAroundCollection(site: Site): string[] {
  const open = site.enclosingOpen();
  const close = open === undefined ? undefined : site.matchingClose(open);
  return site.tokens
    .filter((t, i) => t.kind === 'word' && (open === undefined || i < open || (close !== undefined && i > close)))
    .flatMap((t) => identifierWords(site.text.slice(t.start, t.end)));
}

function speaksOfErrors(words: readonly string[]): boolean {
  return words.some((w) => CONTEXT_WORDS.has(w)) && !words.some((w) => NOT_CODE_WORDS.has(w));
}

/** RE_ENGAGEMENT ~ "Re-engagement message"; every meaningful word of the name is in the title. */
function nameMatchesTitle(name: string, title: string): boolean {
  const titleWords = identifierWords(title);
  const nameWords = identifierWords(name).filter((w) => !GENERIC_NAME_WORDS.has(w));
  return (
    nameWords.length > 0 &&
    nameWords.every((w) => titleWords.some((t) => t === w || (w.length >= 4 && t.startsWith(w))))
  );
}
const GENERIC_NAME_WORDS = new Set(['error', 'err', 'code', 'wa', 'whatsapp', 'cequens', 'k', 'e']);

function firstCodeToken(site: Site): number {
  return site.tokens.findIndex((t) => t.kind !== 'comment');
}

/**
 * The line that opens the block around the site: the nearest line above that leaves a bracket
 * open (or the line before it, when the bracket stands alone), or (Python) that is indented
 * less than the site's line.
 */
function enclosingHeader(site: Site): string | undefined {
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const ownIndent = indent(site.text.slice(site.lineStart, site.lineEnd));
  let balance = 0;
  const lines = [...linesAbove(site.text, site.lineStart, LOOKBACK_LINES + 1)];
  for (const [n, line] of lines.entries()) {
    const previousLine = lines[n + 1] ?? '';
    for (const token of lex(line, site.syntax)) {
      if (token.kind !== 'punct') continue;
      const c = line[token.start];
      if (c === ')' || c === ']' || c === '}') balance++;
      if (c === '(' || c === '[' || c === '{') balance--;
    }
    if (balance < 0) return line.trim() === '{' ? previousLine : line;
    if (balance === 0 && line.trim() !== '' && indent(line) < ownIndent) return line;
  }
  return undefined;
}

/** The lines above the one that starts at `lineStart`, nearest first, at most `limit`. */
export function* linesAbove(text: string, lineStart: number, limit: number): Generator<string> {
  let end = lineStart - 1;
  for (let n = 0; n < limit && end >= 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
  }
}

/** `HTTP 429` in prose and logs: a status, a code only where WhatsApp is named on the line. */
export function followsHttp(site: Site): boolean {
  const before = site.at(site.index - 1);
  return site.kindAt(site.index - 1) === 'word' && /^https?$/i.test(before);
}

function isLiteral(site: Site, index: number): boolean {
  const kind = site.kindAt(index);
  return kind === 'number' || kind === 'string';
}
