import type { CatalogEntry } from '../../../../../shared/src/catalogTypes';
import { CONTEXT_WORDS, ERROR_WORDS, identifierWords, isDistinctiveTextualCode, namesOtherKindOfCode, normalizeKey, NOT_CODE_WORDS } from '../vocabulary/vocabulary';
import type { Site } from './site';

/** `error 470`, `whatsapp error: 1008`, `failed (#131047)`, `Error #1015` in prose and logs. */
export function followsErrorWord(site: Site): boolean {
  let i = site.index - 1;
  if (site.at(i) === '#' && site.at(i - 1) === '(') return true;
  // Markdown's emphasis and code spans between: "**Error:** `190`", "**Error Code:** `190`".
  while (i >= 0 && [':', '#', '(', '=', '*', '`'].includes(site.at(i))) i--;
  if (site.kindAt(i) === 'word' && normalizeKey(site.at(i)) === 'code') i--;
  return site.kindAt(i) === 'word' && ERROR_WORDS.has(site.at(i).toLowerCase());
}

/** Words that make a `code` before a number another kind of code: `status code 200`, `exit code 1`, `HTTP code 429`. */
const OTHER_CODE_WORDS = new Set(['status', 'http', 'exit', 'return', 'response', 'result', 'line', 'source', 'sample', 'example', 'the']);
/** What may part the members of a list of codes in prose: `codes 4, 32, 613`, `10 / 200`, `470 y 1013`. */
const LIST_SEPARATORS = new Set([',', '/', 'and', 'or', 'y', 'e', 'o', 'ou']);

/**
 * `code 190`, `codes 4, 32, 613`, `(codes 470, 1013, 1026)`, `código 4 y 80007` in a comment or prose:
 * a number after the word code, or in the list that begins so; not a status's, an exit's or a sample's code.
 */
export function followsCodeWord(site: Site): boolean {
  let i = site.index - 1;
  // Back over the list's earlier members: `4, 32, 613` → the word before 4.
  while (LIST_SEPARATORS.has(site.at(i).toLowerCase()) && site.kindAt(i - 1) === 'number') i -= 2;
  while (i >= 0 && [':', '#', '('].includes(site.at(i))) i--;
  if (site.kindAt(i) !== 'word' || !['code', 'codes', 'codigo', 'codigos'].includes(normalizeKey(site.at(i)))) return false;
  const before = site.kindAt(i - 1) === 'word' ? site.at(i - 1).toLowerCase() : '';
  return !OTHER_CODE_WORDS.has(before) && !namesOtherKindOfCode(normalizeKey(`${before}code`));
}

/** `HTTP 429` in prose and logs. */
export function followsHttp(site: Site): boolean {
  return site.kindAt(site.index - 1) === 'word' && /^https?$/i.test(site.at(site.index - 1));
}

/** Prose: "401 with the title MISSING_TOKEN", a distinctive textual code of the entries a few words on. */
export function isFollowedByTextualCode(site: Site, entries: readonly CatalogEntry[]): boolean {
  let following: string[] | undefined; // read only for a code that has a distinctive textual code
  for (const { stringCode } of entries) {
    if (!stringCode || !isDistinctiveTextualCode(stringCode)) continue;
    following ??= site.tokens.slice(site.index + 1, site.index + 6).map((t) => site.text.slice(t.start, t.end));
    if (following.includes(stringCode)) return true;
  }
  return false;
}

/**
 * `471: the On-Premises spam rate limit`: at least two of an entry's title's words (of four letters
 * or more) among the words of the ten tokens from `skip` after the code (2: past its colon).
 */
export function isFollowedByTitleWords(site: Site, entries: readonly CatalogEntry[], skip: number): boolean {
  const following = new Set(
    site.tokens
      .slice(site.index + skip, site.index + skip + 10)
      .filter((t) => t.kind === 'word')
      .map((t) => site.text.slice(t.start, t.end).toLowerCase()),
  );
  return entries.some((e) => titleWordsOf(e).filter((w) => following.has(w)).length >= 2);
}

const titleWords = new WeakMap<CatalogEntry, readonly string[]>();
/** An entry's title's words of four letters or more, worked out once (logs ask it of many codes). */
function titleWordsOf(entry: CatalogEntry): readonly string[] {
  let words = titleWords.get(entry);
  if (!words) titleWords.set(entry, (words = identifierWords(entry.title).filter((w) => w.length >= 4)));
  return words;
}

/** The word just before or after the candidate, punctuation aside, is `code`: "401 MISSING_TOKEN", "TOKEN (401)". */
export function isNextToCode(site: Site, code: number): boolean {
  const codeText = String(code);
  let previous = site.index - 1;
  while (site.kindAt(previous) === 'punct') previous--;
  let following = site.index + 1;
  while (site.kindAt(following) === 'punct') following++;
  return site.at(previous) === codeText || site.at(following) === codeText;
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
    .replace(/^[\s:=>#()[\]"'`,\-–—]*(?:title[\s"':=]*)?/i, '');
  if (same(after).startsWith(same(title)) && !/^[\w$]/.test(after.slice(title.length))) return true;
  const before = text
    .slice(Math.max(site.lineStart, value.start - title.length - 24), value.start)
    .replace(/(?:\b(?:error\s+)?code)?[\s:=#()[\]"'`,\-–—]*$/i, '');
  return same(before).endsWith(same(title)) && !/[\w$]$/.test(before.slice(0, -title.length));
}

/**
 * `{ code: '1013', message: 'Object not found' }`: a code quoted as text (WhatsApp's are numbers) whose
 * object gives its own message, or a number whose record gives its own name (a game's `{ "code":
 * 131047, "name": "Secret Level" }`; not a title, which Graph errors carry in older words), no word of
 * it (four letters or more) in a title or description of the code: another thing's code. A number beside a paraphrase (`{ code: 470, message:
 * 'Outside window' }`) stays.
 */
export function carriesOtherMessage(site: Site, entries: readonly CatalogEntry[]): boolean {
  const after = site.text.slice(site.value.end, site.lineEnd);
  const keys = site.value.start === site.value.innerStart ? 'name' : 'message|msg|error_message|errorMessage';
  const message = new RegExp(`^["'\`]?\\s*,\\s*["']?(?:${keys})["']?\\s*(?::|=>?)\\s*["'\`]([^"'\`]+)["'\`]`, 'i').exec(after)?.[1];
  if (message === undefined) return false;
  const words = identifierWords(message).filter((w) => w.length >= 4);
  const known = new Set(entries.flatMap((e) => [...identifierWords(e.title), ...identifierWords(e.description)]));
  return words.length > 0 && !words.some((w) => known.has(w));
}

/** `ws closed code=1001`, `websocket close code: 1006`: a WebSocket's close code, as a log gives it. */
export function closesSocket(site: Site): boolean {
  const before = site.text.slice(Math.max(site.lineStart, site.value.start - 60), site.value.start);
  return /\b(?:ws|web_?socket|socket)\s+(?:connection\s+)?clos(?:e|ed|ing|ure)\s+(?:code|status)\s*[=:]\s*["']?$/i.test(before);
}

/**
 * `'(2000) Number of parameters does not match…'`: a code in parentheses, then the start of its
 * title or of its description (three words, or all of them).
 */
export function isParenthesizedBeforeItsText(site: Site, entries: readonly CatalogEntry[]): boolean {
  if (site.at(site.index - 1) !== '(' || site.at(site.index + 1) !== ')') return false;
  const after = site.text.slice(site.value.end + 1, Math.min(site.lineEnd, site.value.end + 200)).trimStart().toLowerCase();
  const opens = (text: string) => {
    const words = text.toLowerCase().split(/\s+/).filter((w) => w !== '');
    const lead = words.slice(0, 3).join(' ');
    return lead.length > 0 && after.startsWith(lead);
  };
  return entries.some((e) => opens(e.title) || opens(e.description));
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

export function speaksOfErrors(words: readonly string[]): boolean {
  return words.some((w) => CONTEXT_WORDS.has(w)) && !words.some((w) => NOT_CODE_WORDS.has(w));
}
