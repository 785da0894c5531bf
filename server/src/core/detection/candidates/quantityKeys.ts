import { CODE_KEYS, ERROR_WORDS, identifierWords, normalizeKey, NOT_CODE_WORDS } from '../vocabulary/vocabulary';

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

/**
 * In logs, what may stand before a small Cloud code (`190`, `4`, `200`) that is one: a key naming
 * a code or an error (`"code":`, `error_code=`), `#` (`(#190)`), a bracket or comma of a list, or
 * an error word (`error 190`). `GET /health 200`, `10.20.3.4`, `02:10:00` have none: they are
 * rejected from the raw text, before their line is looked at.
 */
export function followsCodeContext(text: string, offset: number): boolean {
  let i = skipBlanksBack(text, offset - 1);
  if (text[i] === '"' || text[i] === "'") i = skipBlanksBack(text, i - 1);
  const c = text[i];
  if (c === '#' || c === '(' || c === '[' || c === ',' || c === '`') return true; // `(#190)`, Markdown's `` `190` ``
  if (c === ':' || c === '=') {
    const key = keyAssignedBefore(text, offset);
    if (key === undefined) return false;
    const normal = normalizeKey(key);
    return CODE_KEYS.has(normal) || ERROR_WORDS.has(normal) || normal.endsWith('code');
  }
  const end = i + 1;
  while (i >= 0 && isKeyChar(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, end).toLowerCase();
  return ERROR_WORDS.has(word) || word === 'code';
}

/**
 * A regular expression source that matches, as a lookbehind, just before every number that
 * followsCodeContext may accept: a superset of its rule (blanks and a quote; then `#`, `(`, `[`,
 * `,`; or a key or word whose last letters, `_` between them and any case, spell a code key or an
 * error word), so that a log's pattern can skip the many small numbers with no code before them
 * (`attempt=1`, `GET /tokens 200`) before they cost a match. followsCodeContext still decides.
 */
export function codeContextBefore(): string {
  const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('_*');
  const words = [...new Set([...CODE_KEYS, ...ERROR_WORDS, 'code'])].map(anyCase).join('|');
  const blanks = '[ \\t]*';
  return `[#(\\[,\`]${blanks}["']?${blanks}|(?:${words})_*\\\\?["']?${blanks}[:=]${blanks}["']?${blanks}|(?:${words})_*${blanks}["']?${blanks}`;
}

/** The key that `:` or `=` assigns just before `offset`, a value's opening quote between: `"port": ` → port, `duration_ms="` → duration_ms. */
function keyAssignedBefore(text: string, offset: number): string | undefined {
  let i = skipBlanksBack(text, offset - 1);
  if (text[i] === '"' || text[i] === "'") i = skipBlanksBack(text, i - 1);
  if (text[i] !== ':' && text[i] !== '=') return undefined;
  i--;
  if ('=:!<>'.includes(text[i])) return undefined; // ==, ::, :=, !=, <=, >=: a comparison or Go's :=
  i = skipBlanksBack(text, i);
  if (text[i] === '"' || text[i] === "'") i--;
  if (text[i] === '\\') i--; // an escaped quote in a logged payload: `\"code\":1013`
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
