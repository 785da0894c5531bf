import type { Syntax } from './language';

export type TokenKind = 'number' | 'word' | 'string' | 'comment' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Offset of the first character, in the text that was lexed. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** For strings and comments: where the content starts and ends, without delimiters. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

const OPERATORS = ['===', '!==', '==', '!=', '=>', '->', '::', '?.', '<=', '>=', '&&', '||', ':='];
const OPERATOR_STARTS = new Set(OPERATORS.map((op) => op.charCodeAt(0)));

/** The first characters of a syntax's comment markers and quotes: only they need a closer look. */
const markerStartsBySyntax = new WeakMap<Syntax, { markerStarts: ReadonlySet<number> }>();
function starts(syntax: Syntax): { markerStarts: ReadonlySet<number> } {
  let found = markerStartsBySyntax.get(syntax);
  if (!found) {
    const markers = [...syntax.lineComments, ...(syntax.blockComment ?? []).slice(0, 1), ...syntax.quotes];
    found = { markerStarts: new Set(markers.map((m) => m.charCodeAt(0))) };
    markerStartsBySyntax.set(syntax, found);
  }
  return found;
}

/**
 * Splits text[start, end) into tokens: numbers, words, strings, comments and punctuation.
 * Whitespace is skipped. A string or comment left open runs to `end`, so a caller that lexes
 * one line at a time gets a sensible answer for the line.
 *
 * Numbers swallow what makes them something else than a plain integer: `0x1008`, `1.1008`,
 * `1000ms`, `1_000`, and dates, times and ranges such as `2010-05-01`, `10:10:15`, `1000-2000`.
 */
export function lex(text: string, syntax: Syntax, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const { markerStarts } = starts(syntax);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const stop = numberEnd(text, i, end);
      tokens.push({ kind: 'number', start: i, end: stop, innerStart: i, innerEnd: stop });
      i = stop;
      continue;
    }
    if (isWordChar(c)) {
      let stop = i + 1;
      while (stop < end && (isWordChar(text.charCodeAt(stop)) || isDigit(text.charCodeAt(stop)))) stop++;
      tokens.push({ kind: 'word', start: i, end: stop, innerStart: i, innerEnd: stop });
      i = stop;
      continue;
    }
    if (!markerStarts.has(c)) {
      const length = OPERATOR_STARTS.has(c) ? (OPERATORS.find((op) => text.startsWith(op, i))?.length ?? 1) : 1;
      const stop = Math.min(end, i + length);
      tokens.push({ kind: 'punct', start: i, end: stop, innerStart: i, innerEnd: stop });
      i = stop;
      continue;
    }
    const lineComment = syntax.lineComments.find((marker) => text.startsWith(marker, i));
    if (lineComment) {
      const stop = indexOrEnd(text, '\n', i, end);
      tokens.push({ kind: 'comment', start: i, end: stop, innerStart: i + lineComment.length, innerEnd: stop });
      i = stop;
      continue;
    }
    const block = syntax.blockComment;
    if (block && text.startsWith(block[0], i)) {
      const close = text.indexOf(block[1], i + block[0].length);
      const stop = close < 0 || close >= end ? end : close + block[1].length;
      const innerEnd = close < 0 || close >= end ? end : close;
      tokens.push({ kind: 'comment', start: i, end: stop, innerStart: i + block[0].length, innerEnd });
      i = stop;
      continue;
    }
    const quote = quoteAt(text, i, syntax);
    if (quote) {
      const stop = closingQuote(text, i + quote.length, end, quote);
      const closed = stop <= end && text.startsWith(quote, stop - quote.length) && stop - quote.length >= i + quote.length;
      tokens.push({
        kind: 'string',
        start: i,
        end: stop,
        innerStart: i + quote.length,
        innerEnd: closed ? stop - quote.length : stop,
      });
      i = stop;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    const stop = Math.min(end, i + (operator?.length ?? 1));
    tokens.push({ kind: 'punct', start: i, end: stop, innerStart: i, innerEnd: stop });
    i = stop;
  }
  return tokens;
}

export function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

export function innerText(text: string, token: Token): string {
  return text.slice(token.innerStart, token.innerEnd);
}

function quoteAt(text: string, i: number, syntax: Syntax): string | undefined {
  const quote = syntax.quotes.find((q) => text.startsWith(q, i));
  if (quote && syntax.tripleQuotes && text.startsWith(quote.repeat(3), i)) return quote.repeat(3);
  return quote;
}

/** Offset just past the closing quote, or `end` when the string is left open. */
function closingQuote(text: string, from: number, end: number, quote: string): number {
  const multiLine = quote.length === 3 || quote === '`';
  const first = quote.charCodeAt(0);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 10 /* \n */ && !multiLine) return i;
    else if (c === first && (quote.length === 1 || text.startsWith(quote, i))) return i + quote.length;
  }
  return end;
}

function numberEnd(text: string, from: number, end: number): number {
  let i = from + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isWordChar(c) || c === 46 /* . */) i++;
    else if ((c === 45 /* - */ || c === 47 /* / */ || c === 58) /* : */ && i + 1 < end && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

function indexOrEnd(text: string, search: string, from: number, end: number): number {
  const found = text.indexOf(search, from);
  return found < 0 || found > end ? end : found;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127 && c !== 0xa0;
}
