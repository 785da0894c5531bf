import { identifierWords, namesOtherKindOfCode, normalizeKey } from '../vocabulary/vocabulary';
import type { Language } from '../../language';
import { escapeRegExp } from '../candidates/catalogPattern';
import { READS_LINES_ABOVE, WHATSAPP_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import type { Site } from './site';

/** The header of a language's multi-way branch (`switch (…)`, `match …`, Ruby's `case …`), by its keywords. */
const switchHeaders = new WeakMap<readonly string[], RegExp | undefined>();
function switchHeader(keywords: readonly string[]): RegExp | undefined {
  if (!switchHeaders.has(keywords)) {
    switchHeaders.set(keywords, keywords.length === 0 ? undefined : new RegExp(`\\b(?:${keywords.join('|')})\\b\\s*(.*)$`));
  }
  return switchHeaders.get(keywords);
}

/**
 * `case 470:`, `case 470, ErrTooMany:` (Go), `case 470 | 131047:` (Python), `case 470 ->` (Java),
 * `when 131026` (Ruby): the language's label keyword, a list of codes, then the end of the label.
 */
export function isCaseLabel(site: Site, language: Language): boolean {
  if (site.mode !== 'code') return false;
  const keywords = language.caseKeywords;
  let before = site.index - 1;
  for (let range; before >= 0 && (isCaseListPart(site, before, keywords) || (range = rangePatternAt(site, before)) !== undefined); ) {
    before = range === undefined ? before - 1 : range.open - 1;
    range = undefined;
  }
  // An arm without a keyword starts its line and ends with an arrow: Kotlin's `when`, Elixir's `case`, Dart's switch expression.
  const keyword = keywords.includes(site.at(before));
  if (!keyword && before >= 0) return false;
  let after = site.index + 1;
  for (let range; after < site.tokens.length && (isCaseListPart(site, after, keywords) || (range = rangePatternAt(site, after)) !== undefined); ) {
    after = range === undefined ? after + 1 : range.close + 1;
    range = undefined;
  }
  // A comment ends the label as the line's end does: Ruby's `when 131048 # Rate limited`.
  const end = site.kindAt(after) === 'comment' ? '' : site.at(after);
  if (keyword) return [':', '->', '=>', '', 'then'].includes(end.toLowerCase()); // SQL's `WHEN 131026 THEN`
  return (language.statements?.armArrows ?? []).includes(end);
}

/** What a case label's list is made of: literals, constants (`Codes.TooMany`), `,` and `|`. */
function isCaseListPart(site: Site, index: number, caseKeywords: readonly string[]): boolean {
  const token = site.at(index);
  const kind = site.kindAt(index);
  return kind === 'number' || kind === 'string' || (kind === 'word' && !caseKeywords.includes(token) && token.toLowerCase() !== 'then') || [',', '|', '||', '.'].includes(token);
}

const RELATIONAL = new Set(['>=', '<=', '>', '<']);
const PATTERN_WORDS = new Set(['and', 'or', 'not']);

/**
 * A parenthesized range pattern beside a case list's codes, at its bracket `index` (either one):
 * C#'s `190 or 0 or (>= 200 and <= 299) =>`. Its bounds are a range, not codes; the list goes on past it.
 */
function rangePatternAt(site: Site, index: number): { open: number; close: number } | undefined {
  const token = site.at(index);
  if (token !== '(' && token !== ')') return undefined;
  const partner = site.bracketed.partner[index];
  if (partner < 0) return undefined;
  const [open, close] = token === '(' ? [index, partner] : [partner, index];
  let relational = false;
  for (let i = open + 1; i < close; i++) {
    const inner = site.at(i);
    if (RELATIONAL.has(inner)) relational = true;
    else if (site.kindAt(i) !== 'number' && !PATTERN_WORDS.has(inner)) return undefined;
  }
  return relational ? { open, close } : undefined;
}

/** A default an expression falls back on, at its end: `?? 0`, `|| null`. */
const FALLBACK = /\s*(?:\?\?|\|\|)\s*(?:-?\d+|null|nil|None|''|"")\s*$/;
/** A conversion around what is compared: `Number(error.code)`, `parseInt(code, 10)`, `(int) $code`. */
const CONVERSION_CALL = /^(?:Number|parseInt|int|str|String|intval|strval|Integer\.parseInt|Integer\.valueOf|Convert\.ToInt32|toInteger)\s*\((.*?)(?:,\s*\d+)?\)$/;
const CAST = /^\((?:int|string|long)\)\s*/;
/** An HTTP response's code, its status: `response.code`, `res.code`, Kotlin's `response?.code`, `response!!.code`. */
export const RESPONSE_CODE = /(?:^|[^\w$])(?:res|resp|response|http_?response)\s*(?:\?|!!)?\.\s*code$/i;
/**
 * A conversion after it: `code.to_i` (Ruby), `code.toString()`, `code.toInt()`; or a JSON value read
 * as a number or text: cJSON's `code->valueint`, Jackson's `.asInt()`, Gson's `.getAsInt()`, Go's
 * `json.Number`'s `.Int64()`, serde's `.as_i64()`, System.Text.Json's `.GetInt32()`.
 */
const CONVERSION_SUFFIX = /(?:\.|->)(?:to_i|to_s|toString\(\)|toInt\(\)|intValue\(\)|valueint|valuedouble|as(?:Int|Long|Text)\(\)|getAs(?:Int|Long|String)\(\)|Int64\(\)|as_[iu]64\(\)|as_str\(\)|GetInt(?:32|64)\(\))$/;

/** The list of a case label the candidate is in holds a distinctive WhatsApp code: `10 | 200 | 131005 =>`, `case 4, 131056:`. */
export function caseListHolds(site: Site, language: Language, holds: (literal: string) => boolean): boolean {
  const keywords = language.caseKeywords;
  const isPart = (index: number) => isCaseListPart(site, index, keywords);
  for (let i = site.index - 1; i >= 0 && isPart(i); i--) if (site.kindAt(i) === 'number' && holds(site.at(i))) return true;
  for (let i = site.index + 1; i < site.tokens.length && isPart(i); i++) if (site.kindAt(i) === 'number' && holds(site.at(i))) return true;
  return false;
}

/**
 * A label of the same switch above this one holds a number that `holds` (a distinctive WhatsApp code):
 * `case 131047: … case 100:`. Read from the lines above up to the switch's header, by the language's
 * case keywords or, for arms without one (Kotlin's `when`, Dart's switch expression), a line that starts with numbers and an arrow.
 */
export function labelAboveHolds(site: Site, language: Language, holds: (literal: string) => boolean): boolean {
  const header = switchHeader(language.switchKeywords);
  if (!header) return false;
  const keywords = language.caseKeywords.map(escapeRegExp).join('|');
  const arrows = (language.statements?.armArrows ?? []).map(escapeRegExp).join('|');
  const label = new RegExp(`^\\s*(?:(?:${keywords || '(?!)'})\\b(.*?)(?::|->|=>|\\b(?:then|THEN)\\b)|([\\d_,|\\s]+?)\\s*(?:${arrows || '(?!)'}))`);
  for (const line of linesAbove(site, READS_LINES_ABOVE)) {
    if (header.test(line)) return false;
    const found = label.exec(line);
    const list = found?.[1] ?? found?.[2];
    if (list && (list.match(/\d[\d_]*/g) ?? []).some((n) => holds(n.replaceAll('_', '')))) return true;
  }
  return false;
}

/** The name the nearest `switch`/`match`/`case` above compares, and its words: `switch (err.code)` → code. */
export function switchSubject(site: Site, language: Language): SwitchSubject | undefined {
  const headerPattern = switchHeader(language.switchKeywords);
  if (!headerPattern) return undefined;
  for (const line of linesAbove(site, READS_LINES_ABOVE)) {
    const header = headerPattern.exec(line);
    if (!header) continue;
    const after = header[1].replace(/[\s{:]+$/, '').replace(/^\((.*)\)$/, '$1');
    // Scala's `error.code match {` names its subject before the keyword.
    return subjectOf(after === '' ? line.slice(0, header.index) : after);
  }
  return undefined;
}

/** What a switch compares: the name it reads (normalized), its words, and the subject as written without conversions. */
export interface SwitchSubject {
  readonly key: string;
  readonly words: string[];
  readonly text: string;
}

/** The name a switch's subject reads, and its words: `err.code` → code, `$r['error']['code'] ?? 0` → code. */
export function subjectOf(text: string): SwitchSubject | undefined {
  // Without the default it falls back on: `switch ($response['error']['code'] ?? 0)` compares `code`.
  let subject = text.replace(/\s+do$/, '').replace(FALLBACK, '').trim(); // Elixir's and Ruby's `case code do`
  // What is converted is what is compared: `switch (Number(error.code))`, Ruby's `case code.to_i`.
  const written = subject;
  for (let unwrapped = ''; unwrapped !== subject; ) {
    unwrapped = subject;
    subject = subject.replace(CAST, '').replace(CONVERSION_SUFFIX, '').replace(CONVERSION_CALL, '$1').trim();
  }
  // A response's code made a number is its HTTP status (Net::HTTP's `response.code.to_i`): it stays as written.
  if (subject !== written && RESPONSE_CODE.test(subject)) subject = written;
  // A key read by index or by a call given it last: `error["code"]`, `node.path("code")`, `json.get("error", "code")`.
  const quotedKey = /\[\s*["']([^"']+)["']\s*\]$/.exec(subject) ?? /\(\s*(?:["'][^"']*["']\s*,\s*)*["']([^"'()]+)["']\s*\)$/.exec(subject);
  const lastName = /([A-Za-z_$][\w$]*)\s*(?:\(\s*\))?$/.exec(subject);
  const key = quotedKey?.[1] ?? lastName?.[1];
  return key === undefined ? undefined : { key: normalizeKey(key), words: identifierWords(subject), text: subject };
}

/** A call on the right of an assignment: `AreaCode(e164)`, `phone.area_code()` → its name. */
const CALLED_NAME = /([A-Za-z_$][\w$]*)\s*\(/;

/**
 * A local variable compared by a switch was assigned from something named for another kind of code
 * (`code := AreaCode(e164)`, `code = get_country_code(n)`): its case labels are area codes, not errors.
 */
export function isAssignedOtherKindOfCode(site: Site, name: string): boolean {
  const called = CALLED_NAME.exec(assignedValue(site, name) ?? '')?.[1];
  return called !== undefined && namesOtherKindOfCode(normalizeKey(called));
}

const ERROR_WORDS = ['error', 'errors', 'err'];

/**
 * A local variable compared with a code was assigned an error's code (`$onPremCode = $result['errors'][0]['code'] ?? null`,
 * `code = body["error"]["code"]`): what it holds is one.
 */
export function isAssignedErrorCode(site: Site, name: string): boolean {
  const value = assignedValue(site, name);
  const read = value === undefined ? undefined : subjectOf(value);
  return read !== undefined && read.key === 'code' && read.words.some((w) => ERROR_WORDS.includes(w));
}

/** What a local variable (`code`, PHP's `$code`) was last assigned, read from the nearest assignment above within the lines a status reads for WhatsApp. */
function assignedValue(site: Site, name: string): string | undefined {
  if (!/^\$?[A-Za-z_][\w$]*$/.test(name)) return undefined;
  const assignment = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(name)}\\s*(?::=|=(?![=>]))\\s*(.+?);?\\s*$`);
  for (const line of linesAbove(site, WHATSAPP_LINES_ABOVE)) {
    const value = assignment.exec(line)?.[1];
    if (value !== undefined) return value;
  }
  return undefined;
}
