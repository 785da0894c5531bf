import type { Catalog } from '../../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../../shared/src/catalogTypes';
import { BracketedTokens } from '../../bracketedTokens';
import { TEXT_SYNTAX, type Language, type Syntax } from '../../language';
import { lex, type Token } from '../../lexer';
import { Site } from '../context/site';
import { catalogPatternOf, codeOfMatch } from './catalogPattern';
import { everydayTier, FREE_TEXT_KEYS, lineMayHoldGraphError } from '../vocabulary/vocabulary';
import { followsCodeContext, isValueOfQuantityKey } from './quantityKeys';

/** A code of the catalog found in the text, before its context says whether it is meant. */
export interface Candidate {
  readonly code: number;
  /** Set for a textual code (MISSING_TOKEN); its `code` is then the code it belongs to. */
  readonly stringCode?: string;
  readonly entries: readonly CatalogEntry[];
}

/** A line's bounds and tokens, lexed once for all the candidates on it. */
interface LexedLine {
  readonly start: number;
  readonly end: number;
  readonly tokens: BracketedTokens;
}

/**
 * Calls `visit` with each candidate in text[from, end), placed among the tokens of its line;
 * `inComment` (the syntax tree's answer) tells a line inside a block comment begun above it.
 * A callback, not a generator: it runs for every candidate of a 50 MB log.
 */
export type CandidateFinder = (
  text: string,
  language: Language,
  catalog: Catalog,
  from: number,
  end: number,
  visit: (site: Site, candidate: Candidate) => void,
  inComment?: (offset: number) => boolean,
) => void;

/** Every match of the catalog's pattern that is a whole token (or a whole word in a string or comment). */
export const forEachCandidate: CandidateFinder = (text, language, catalog, from, end, visit, inComment) => {
  const patterns = catalogPatternOf(catalog);
  const { stringCodes } = patterns;
  const graphLines = new GraphLines(text);
  forEachMatch(text, language, language.isText ? patterns.logPattern : patterns.pattern, from, end, visit, (found, index) => {
    const stringCode = stringCodes.has(found) ? found : undefined;
    const code = stringCode ? undefined : codeOfMatch(found);
    // Logs are read in bulk: what their line alone rules out is rejected before the line is lexed.
    if (language.isText && code !== undefined && (isUnlikelySmallCode(text, index, code, language.readsLineAlone ? graphLines : undefined) || isValueOfQuantityKey(text, index))) return undefined;
    const entries = stringCode ? catalog.entriesForStringCode(stringCode) : catalog.entriesForCode(code!);
    return entries.length === 0 ? undefined : { code: code ?? entries[0].code, stringCode, entries };
  }, inComment);
};

/** A number of three to nine digits: what a team's own code looks like (9001, 63016). */
const CODE_LIKE_NUMBER = /\b\d{3,9}\b/g;

/**
 * Calls `visit` with every number in text[from, end) that the catalog neither has nor calls never a
 * code, as a candidate without entries: a code the team may add to its catalog.
 */
export const forEachUnknownNumber: CandidateFinder = (text, language, catalog, from, end, visit, inComment) => {
  forEachMatch(text, language, CODE_LIKE_NUMBER, from, end, visit, (found) => {
    const code = Number(found);
    return catalog.entriesForCode(code).length > 0 || catalog.neverCodes.has(code) ? undefined : { code, entries: [] };
  }, inComment);
};

/** Each match of `pattern` in text[from, end) that `candidateOf` takes, placed among the tokens of its line. */
function forEachMatch(
  text: string,
  language: Language,
  pattern: RegExp,
  from: number,
  end: number,
  visit: (site: Site, candidate: Candidate) => void,
  candidateOf: (found: string, index: number) => Candidate | undefined,
  inComment?: (offset: number) => boolean,
): void {
  pattern.lastIndex = from;
  let line: LexedLine | undefined;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    const candidate = candidateOf(match[0], match.index);
    if (!candidate) continue;
    if (!line || match.index >= line.end) line = lexLine(text, match.index, language);
    const site = siteOf(text, match.index, match[0].length, line, language, inComment);
    if (site) visit(site, candidate);
  }
}

/**
 * A small Cloud code in a log with neither a code's context before it nor a Graph error on its line (see the judge).
 * A document (Markdown, no `graphLines`) may show the Graph error or name WhatsApp above the line: the judge reads there.
 */
function isUnlikelySmallCode(text: string, offset: number, code: number, graphLines: GraphLines | undefined): boolean {
  return everydayTier(code) !== undefined && (!followsCodeContext(text, offset) || (graphLines !== undefined && !graphLines.at(offset)));
}

/** Whether the line at an offset may hold a Graph error (for small codes in logs), asked once per line. */
class GraphLines {
  private lineEnd = -1;
  private answer = false;
  constructor(private readonly text: string) {}

  at(offset: number): boolean {
    if (offset >= this.lineEnd) {
      const start = this.text.lastIndexOf('\n', offset - 1) + 1;
      const newline = this.text.indexOf('\n', offset);
      this.lineEnd = newline < 0 ? this.text.length : newline;
      this.answer = lineMayHoldGraphError(this.text.slice(start, this.lineEnd));
    }
    return this.answer;
  }
}

function lexLine(text: string, offset: number, language: Language): LexedLine {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return { start, end, tokens: new BracketedTokens(text, lex(text, language.syntax, start, end)) };
}

/** Places the candidate among tokens: of its line, or of the string or comment that holds it. */
function siteOf(text: string, offset: number, length: number, line: LexedLine, language: Language, inComment?: (offset: number) => boolean): Site | undefined {
  const lineMode = language.isText ? 'text' : 'code';
  const index = tokenIndexAt(line.tokens.tokens, offset);
  const token = line.tokens.tokens[index];
  if (!token) return undefined;
  const exact = (t: Token) => t.innerStart === offset && t.innerEnd === offset + length;
  // A line of a block comment begun above it (` * code 131047 -> …`), which its line's tokens do not show: its words are text.
  if (token.kind !== 'comment' && token.kind !== 'string' && inComment?.(offset)) {
    const words = lex(text, TEXT_SYNTAX, line.start, line.end);
    const at = tokenIndexAt(words, offset);
    return words[at] && exact(words[at]) ? new Site(new BracketedTokens(text, words), at, 'text', line.start, line.end, TEXT_SYNTAX) : undefined;
  }
  // A number, a word, or a string that holds just the code ("470", 'TOKEN').
  if (token.kind !== 'punct' && token.kind !== 'comment' && exact(token)) {
    return new Site(line.tokens, index, lineMode, line.start, line.end, language.syntax);
  }
  if (token.kind !== 'string' && token.kind !== 'comment') return undefined;
  if (isFreeText(line.tokens, index)) return undefined;
  // Within the string or comment; and once more within a string there (a payload quoted in a comment).
  const syntax = innerSyntax(text, token);
  let tokens = lex(text, syntax, token.innerStart, token.innerEnd);
  for (let depth = 0; depth < 2; depth++) {
    const innerIndex = tokenIndexAt(tokens, offset);
    const innerToken = tokens[innerIndex];
    if (!innerToken || innerToken.kind === 'punct') return undefined;
    if (exact(innerToken)) return new Site(new BracketedTokens(text, tokens), innerIndex, 'text', line.start, line.end, syntax);
    if (innerToken.kind !== 'string' || depth > 0 || isFreeText(new BracketedTokens(text, tokens), innerIndex)) return undefined;
    tokens = lex(text, TEXT_SYNTAX, innerToken.innerStart, innerToken.innerEnd);
  }
  return undefined;
}

/** A payload logged as an escaped string (`response="{\\"code\\":1013}"`): its quotes are `\\"`. */
const ESCAPED_QUOTES_SYNTAX: Syntax = { ...TEXT_SYNTAX, quotes: ['\\"'] };

/** How to read what a string or comment holds: as text, or as text whose quotes are escaped. */
function innerSyntax(text: string, token: Token): Syntax {
  return token.kind === 'string' && text.slice(token.innerStart, token.innerEnd).includes('\\"') ? ESCAPED_QUOTES_SYNTAX : TEXT_SYNTAX;
}

/**
 * The string is a person's words, the value of `"body"`: "I got error 131047 yesterday" quotes no
 * payload. A body that is a JSON document (a test's `body: \`{"error":{…}}\``) is one.
 */
function isFreeText(tokens: BracketedTokens, index: number): boolean {
  return tokens.kind(index) === 'string' && tokens.str(index - 1) === ':' && FREE_TEXT_KEYS.has(tokens.content(index - 2)) && !/^\s*[{[]/.test(tokens.content(index));
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
