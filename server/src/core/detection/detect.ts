import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { languageFor, TEXT_SYNTAX, type Language } from '../language';
import { lex, type Token } from '../lexer';
import type { Occurrence } from './occurrence';
import * as rules from './rules';
import { linesAbove } from './rules';
import { FILE_HEAD_CHARS } from './limits';
import { Site } from './site';
import { CODE_KEYS, HTTP_STATUSES, isOtherWhatsAppCode, mentionsWhatsApp, STATUS_KEYS, STRING_CODE_KEYS } from './vocabulary';

export interface DetectOptions {
  /** Only the lines this range touches are read (the text around them is context). */
  readonly range?: { readonly start: number; readonly end: number };
  /** The start of the whole document, when `text` is only a part of it: it may name WhatsApp. */
  readonly fileHead?: string;
}


/** What the detector looks for in a catalog: one pattern finding every candidate. */
interface Scanner {
  readonly pattern: RegExp;
  readonly stringCodes: ReadonlySet<string>;
}

const scanners = new WeakMap<Catalog, Scanner>();

/** A server's own HTTP response, where a status is never a WhatsApp code: res.status(500). */
const OWN_RESPONSE = /\b(?:status|sendStatus|WriteHeader|abort|http_response_code|StatusCode|HttpResponse\w*|ResponseEntity|HTTPException|JsonResponse|Response)\s*\(/;
const WHATSAPP_LOOKBACK_LINES = 60;

/**
 * Finds the error codes meant in `text` (or in the lines that `range` touches): numbers and
 * textual codes of the catalog in a context that makes them error codes. Silent when in doubt.
 */
export function detect(text: string, languageId: string, catalog: Catalog, options: DetectOptions = {}): Occurrence[] {
  const { range } = options;
  const fileHead = options.fileHead ?? text.slice(0, FILE_HEAD_CHARS);
  const language = languageFor(languageId);
  const { pattern, stringCodes } = scannerFor(catalog);
  const end = range?.end ?? text.length;
  pattern.lastIndex = range ? text.lastIndexOf('\n', range.start - 1) + 1 : 0;
  const occurrences: Occurrence[] = [];
  let line: { start: number; end: number; tokens: Token[] } | undefined;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    const candidate = match[0];
    const stringCode = stringCodes.has(candidate) ? candidate : undefined;
    const entries = stringCode ? catalog.entriesForStringCode(stringCode) : catalog.entriesForCode(Number(candidate));
    if (entries.length === 0 || (language.isText && !stringCode && rules.isValueOfQuantityKey(text, match.index))) continue;
    if (!line || match.index >= line.end) {
      const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
      const newline = text.indexOf('\n', match.index);
      const lineEnd = newline < 0 ? text.length : newline;
      line = { start: lineStart, end: lineEnd, tokens: lex(text, language.syntax, lineStart, lineEnd) };
    }
    const site = siteOf(text, match.index, candidate.length, line, language);
    if (!site) continue;
    const occurrence = judge(site, { code: entries[0].code, stringCode, entries }, catalog, language, fileHead);
    if (occurrence) occurrences.push(occurrence);
  }
  return occurrences;
}

interface Candidate {
  readonly code: number;
  readonly stringCode?: string;
  readonly entries: readonly CatalogEntry[];
}

function scannerFor(catalog: Catalog): Scanner {
  let scanner = scanners.get(catalog);
  if (!scanner) {
    const stringCodes = new Set(catalog.stringCodes);
    const words = [...[...catalog.codes].map(String), ...stringCodes];
    // The codes themselves, as a trie (4(?:0[0128]|…)|…): the engine rejects most digits at once.
    scanner = { pattern: new RegExp(`\\b(?:${trieAlternation(words)})\\b`, 'g'), stringCodes };
    scanners.set(catalog, scanner);
  }
  return scanner;
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
    if (longer.length === 0) return escape(first);
    const tail = trieAlternation(longer);
    const optional = longer.length < rests.length ? '?' : '';
    const group = longer.length === 1 && !optional ? tail : `(?:${tail})${optional}`;
    return escape(first) + group;
  });
  return branches.join('|');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Places the candidate among tokens: of its line, or of the string or comment that holds it. */
function siteOf(
  text: string,
  offset: number,
  length: number,
  line: { start: number; end: number; tokens: Token[] },
  language: Language,
): Site | undefined {
  const lineMode = language.isText ? 'text' : 'code';
  const index = tokenIndexAt(line.tokens, offset);
  const token = line.tokens[index];
  if (!token) return undefined;
  const exact = (t: Token) => t.innerStart === offset && t.innerEnd === offset + length;
  // A number, a word, or a string that holds just the code ("470", 'TOKEN').
  if (token.kind !== 'punct' && token.kind !== 'comment' && exact(token)) {
    return new Site(text, line.tokens, index, lineMode, line.start, line.end, language.syntax);
  }
  if (token.kind !== 'string' && token.kind !== 'comment') return undefined;
  const inner = lex(text, TEXT_SYNTAX, token.innerStart, token.innerEnd);
  const innerIndex = tokenIndexAt(inner, offset);
  const innerToken = inner[innerIndex];
  if (!innerToken || innerToken.kind === 'punct' || !exact(innerToken)) return undefined;
  return new Site(text, inner, innerIndex, 'text', line.start, line.end, TEXT_SYNTAX);
}

/** Index of the token that covers `offset` (tokens are in order), -1 when none does. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle];
    if (offset < token.start) high = middle - 1;
    else if (offset >= token.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function judge(site: Site, candidate: Candidate, catalog: Catalog, language: Language, fileHead: string): Occurrence | undefined {
  const verdict = candidate.stringCode ? judgeStringCode(site, candidate, catalog) : judgeNumber(site, candidate, catalog);
  if (!verdict) return undefined;
  const picked = pick(site, candidate);
  if (verdict.needsWhatsApp) {
    const lineNamesEntry = picked !== undefined && (candidate.entries.length > 1 || namesEntry(site, picked));
    if (!(lineNamesEntry || verdict.nextToTitle?.() || namesWhatsApp(site, language, fileHead, verdict.scope))) return undefined;
  }
  return {
    start: site.value.innerStart,
    end: site.value.innerEnd,
    code: candidate.code,
    ...(candidate.stringCode ? { stringCode: candidate.stringCode } : {}),
    entries: candidate.entries,
    ...(picked ? { picked } : {}),
    isCaseLabel: verdict.isCaseLabel,
  };
}

interface Verdict {
  readonly isCaseLabel: boolean;
  /** The context alone could be anyone's HTTP status: WhatsApp must be named nearby. */
  readonly needsWhatsApp: boolean;
  /** Where WhatsApp must be named: the line, the response a status is read from, or nearby. */
  readonly scope?: WhatsAppScope;
  /** The code stands next to an entry's title ("1017 Not Primary Master"); asked only when needed. */
  readonly nextToTitle?: () => boolean;
}

type WhatsAppScope = { readonly line: true } | { readonly response: string };

function judgeNumber(site: Site, candidate: Candidate, catalog: Catalog): Verdict | undefined {
  const nextToTitle = () =>
    candidate.entries.some((entry) => namesEntry(site, entry) && rules.isNextToTitle(site, entry.title, !!entry.stringCode));
  const httpLike = HTTP_STATUSES.has(candidate.code);
  const verdict = (isCaseLabel: boolean, isStatus = false): Verdict => ({
    isCaseLabel,
    needsWhatsApp: httpLike || isStatus,
    nextToTitle,
  });
  const key = rules.keyOf(site);
  if (key !== undefined && (CODE_KEYS.has(key) || key === 'error' || key === 'err')) return verdict(false);
  if (key !== undefined && STATUS_KEYS.has(key)) {
    if (OWN_RESPONSE.test(site.lineText)) return undefined;
    const response = rules.comparedObject(site);
    return { ...verdict(false, true), scope: response ? { response } : { line: true } };
  }
  if (rules.isCaseLabel(site)) {
    const subject = rules.switchSubject(site);
    if (subject && (CODE_KEYS.has(subject.key) || subject.words.includes('error') || subject.words.includes('err'))) {
      return verdict(true);
    }
    if (subject && STATUS_KEYS.has(subject.key)) return verdict(true, true);
    return undefined;
  }
  const isCode = (index: number) => isCodeToken(site, index, catalog);
  if (isInCodeCollection(site, isCode)) return verdict(false);
  if (rules.isElementOfErrorBlock(site, isCode)) return verdict(false);
  if (rules.isEnumMember(site, candidate.entries.map((e) => e.title))) return { ...verdict(false), nextToTitle: () => true };
  if (site.mode === 'text' && rules.followsErrorWord(site)) return verdict(false);
  if (site.mode === 'text' && rules.followsHttp(site)) return { ...verdict(false, true), scope: { line: true } };
  if (site.mode === 'text' && isFollowedByTextualCode(site, candidate)) return verdict(false);
  if (nextToTitle()) return verdict(false);
  return undefined;
}

/** Prose: "401 with the title MISSING_TOKEN", a distinctive textual code a few words on. */
function isFollowedByTextualCode(site: Site, candidate: Candidate): boolean {
  let following: string[] | undefined; // read only for a code that has a distinctive textual code
  for (const { stringCode } of candidate.entries) {
    if (!stringCode || !isDistinctive(stringCode)) continue;
    following ??= site.tokens.slice(site.index + 1, site.index + 6).map((t) => site.text.slice(t.start, t.end));
    if (following.includes(stringCode)) return true;
  }
  return false;
}

/** A textual code of several words (MISSING_TOKEN) is never an everyday word, unlike TOKEN. */
function isDistinctive(stringCode: string): boolean {
  return stringCode.includes('_');
}

function judgeStringCode(site: Site, candidate: Candidate, catalog: Catalog): Verdict | undefined {
  const verdict: Verdict = { isCaseLabel: false, needsWhatsApp: false };
  const isCode = (index: number) => isCodeToken(site, index, catalog);
  const bareWordInCode = site.mode === 'code' && site.value.kind === 'word';
  if (bareWordInCode) {
    // In code a bare TOKEN is a name; it is the code only as a key of a map of codes.
    const next = site.at(site.index + 1);
    const isMapKey = next === ':' || next === '=>';
    return isMapKey && (isInCodeCollection(site, isCode) || rules.isElementOfErrorBlock(site, isCode)) ? verdict : undefined;
  }
  // Quoted in code, or written in prose and logs, MISSING_TOKEN is that code: no name reads so.
  if (isDistinctive(candidate.stringCode!)) return verdict;
  const key = rules.keyOf(site);
  if (key !== undefined && (CODE_KEYS.has(key) || STRING_CODE_KEYS.has(key))) return verdict;
  if (rules.isCaseLabel(site)) {
    const subject = rules.switchSubject(site);
    const ok = subject && (CODE_KEYS.has(subject.key) || STRING_CODE_KEYS.has(subject.key) || subject.words.includes('error'));
    return ok ? { ...verdict, isCaseLabel: true } : undefined;
  }
  if (isInCodeCollection(site, isCode) || rules.isElementOfErrorBlock(site, isCode)) return verdict;
  if (rules.isEnumMember(site, [candidate.stringCode!])) return verdict;
  if (site.mode === 'text' && (isNextToCode(site, candidate.code) || rules.followsErrorWord(site))) return verdict;
  return undefined;
}

/**
 * In a set or map of codes. A map with one key needs words of errors on its line; a set of two
 * or more codes needs them only when its codes are round numbers, which may be durations.
 */
function isInCodeCollection(site: Site, isCode: (index: number) => boolean): boolean {
  const size = rules.codeCollectionSize(site, isCode);
  const next = site.at(site.index + 1);
  if (size === 1 && (next === ':' || next === '=>')) return rules.lineSpeaksOfErrors(site);
  if (size < 2) return false;
  return rules.lineSpeaksOfErrors(site) || (rules.lineSpeaksOfNoQuantity(site) && !allRound(site));
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

/** "401 MISSING_TOKEN", "401: TOKEN", "TOKEN (401)". */
function isNextToCode(site: Site, code: number): boolean {
  const codeText = String(code);
  const previous = site.tokens.slice(0, site.index).filter((t) => t.kind !== 'punct').at(-1);
  const following = site.tokens.slice(site.index + 1).find((t) => t.kind !== 'punct');
  const textOf = (t: Token | undefined) => (t ? site.text.slice(t.start, t.end) : '');
  return textOf(previous) === codeText || textOf(following) === codeText;
}

/** A code of the catalog or of another WhatsApp catalog, as a number, a quoted number or a textual code. */
function isCodeToken(site: Site, index: number, catalog: Catalog): boolean {
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

/**
 * WhatsApp, CEQUENS or a wa-prefixed name on the line; for a status read from a response,
 * where that response was assigned (or the request built just above it); otherwise in code,
 * a little above or at the top of the file.
 */
function namesWhatsApp(site: Site, language: Language, fileHead: string, scope?: WhatsAppScope): boolean {
  if (mentionsWhatsApp(site.lineText)) return true;
  if (language.isText || (scope && 'line' in scope)) return false;
  const above = [...linesAbove(site.text, site.lineStart, WHATSAPP_LOOKBACK_LINES)];
  if (scope && 'response' in scope) {
    if (mentionsWhatsApp(scope.response)) return true;
    const name = scope.response.replace(/[$]/g, '\\$&');
    const assignment = new RegExp(`(?:^|[^\\w$.])${name}\\s*(?:,\\s*[\\w$]+\\s*)?(?::=|=(?![=>]))`);
    const found = above.findIndex((line) => assignment.test(line));
    if (found >= 0) return above.slice(found, found + 6).some(mentionsWhatsApp);
  }
  return above.some(mentionsWhatsApp) || mentionsWhatsApp(fileHead);
}

/** The entry the line names, by its textual code or its title; the only entry when there is one. */
function pick(site: Site, candidate: Candidate): CatalogEntry | undefined {
  const { entries } = candidate;
  if (candidate.stringCode || entries.length === 1) return entries[0];
  return entries.find((e) => e.stringCode && namesEntry(site, e)) ?? entries.find((e) => namesEntry(site, e));
}

/** The line holds the entry's textual code (as a word, in capitals) or its title (in any case). */
function namesEntry(site: Site, entry: CatalogEntry): boolean {
  return nameOf(entry).test(site.lineText);
}

const names = new WeakMap<CatalogEntry, RegExp>();
function nameOf(entry: CatalogEntry): RegExp {
  let name = names.get(entry);
  if (!name) {
    name = entry.stringCode ? new RegExp(`\\b${escape(entry.stringCode)}\\b`) : new RegExp(escape(entry.title), 'i');
    names.set(entry, name);
  }
  return name;
}
