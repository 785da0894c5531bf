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

// Character classes by table: the lexer asks for every character of every line it reads.
const SPACE = 1;
const DIGIT = 2;
const WORD = 3;
const ASCII_CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 36; /* $ */
  ASCII_CLASSES[c] = c === 32 || (c >= 9 && c <= 13) ? SPACE : c >= 48 && c <= 57 ? DIGIT : isWord ? WORD : 0;
}

function classOf(c: number): number {
  return c < 128 ? ASCII_CLASSES[c] : c === 0xa0 ? SPACE : WORD;
}

/** The operators that each pair of ASCII characters starts, longest first, at index 128 × first + second. */
const OPERATORS_BY_PAIR: (readonly string[] | undefined)[] = Array.from({ length: 128 * 128 }, () => undefined);
for (const op of [...OPERATORS].sort((x, y) => y.length - x.length)) {
  const pair = pairAt(op, 0)!;
  OPERATORS_BY_PAIR[pair] = [...(OPERATORS_BY_PAIR[pair] ?? []), op];
}

function pairAt(text: string, i: number): number | undefined {
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  return first < 128 && second < 128 ? first * 128 + second : undefined;
}

/** Length of the operator or punctuation character at i. */
function operatorLength(text: string, i: number): number {
  const pair = pairAt(text, i);
  const operators = pair === undefined ? undefined : OPERATORS_BY_PAIR[pair];
  return operators?.find((op) => op.length === 2 || text.startsWith(op, i))?.length ?? 1;
}

/** The first characters of a syntax's comment markers and quotes: only they need a closer look. */
const markerStartsBySyntax = new WeakMap<Syntax, Uint8Array>();
function markerStarts(syntax: Syntax): Uint8Array {
  let found = markerStartsBySyntax.get(syntax);
  if (!found) {
    const markers = [...syntax.lineComments, ...(syntax.blockComment ?? []).slice(0, 1), ...syntax.quotes];
    found = new Uint8Array(128);
    for (const marker of markers) found[marker.charCodeAt(0)] = 1;
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
  const isMarkerStart = markerStarts(syntax);
  let i = start;
  let lineBreaks: LineBreaks | undefined; // made for the first string or comment only
  while (i < end) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind === DIGIT) {
      const stop = numberEnd(text, i, end);
      tokens.push({ kind: 'number', start: i, end: stop, innerStart: i, innerEnd: stop });
      i = stop;
      continue;
    }
    if (kind === WORD) {
      let stop = i + 1;
      while (stop < end && classOf(text.charCodeAt(stop)) >= DIGIT) stop++;
      const raw = syntax.rawStrings ? rawStringAt(text, i, stop, end) : undefined;
      if (raw) {
        tokens.push(raw);
        i = raw.end;
        continue;
      }
      tokens.push({ kind: 'word', start: i, end: stop, innerStart: i, innerEnd: stop });
      i = stop;
      continue;
    }
    if (c < 128 && isMarkerStart[c]) {
      const stop = commentOrStringAt(text, i, end, syntax, tokens, (lineBreaks ??= new LineBreaks(text, end)));
      if (stop > i) {
        i = stop;
        continue;
      }
    }
    const stop = Math.min(end, i + operatorLength(text, i));
    tokens.push({ kind: 'punct', start: i, end: stop, innerStart: i, innerEnd: stop });
    i = stop;
  }
  return tokens;
}

/**
 * Where the segment of a long line that starts at `from` (outside any string or comment) ends, so
 * that each segment can be lexed alone: at the first space, tab or comma outside strings and
 * comments at least `length` characters on, or at the line's end.
 */
export function segmentEnd(text: string, syntax: Syntax, from: number, length: number): number {
  const isMarkerStart = markerStarts(syntax);
  const lineBreaks = new LineBreaks(text, text.length);
  for (let i = from; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (i >= from + length && (c === 32 || c === 9 || c === 44)) return i + 1;
    if (c < 128 && isMarkerStart[c]) {
      const stop = commentOrStringAt(text, i, text.length, syntax, undefined, lineBreaks);
      if (stop > i) {
        i = stop;
        continue;
      }
    }
    i++;
  }
  return text.length;
}

/** Pushes the comment or string starting at i (to `tokens`, when given) and returns its end; returns i when there is none. */
function commentOrStringAt(text: string, i: number, end: number, syntax: Syntax, tokens: Token[] | undefined, lineBreaks: LineBreaks): number {
  const lineComment = markerAt(text, i, syntax.lineComments);
  if (lineComment) {
    const stop = lineBreaks.after(i);
    tokens?.push({ kind: 'comment', start: i, end: stop, innerStart: i + lineComment.length, innerEnd: stop });
    return stop;
  }
  const block = syntax.blockComment;
  if (block && text.startsWith(block[0], i)) {
    const close = indexOrEnd(text, block[1], i + block[0].length, end);
    const stop = close < end ? close + block[1].length : end;
    const innerEnd = close;
    tokens?.push({ kind: 'comment', start: i, end: stop, innerStart: i + block[0].length, innerEnd });
    return stop;
  }
  const quote = quoteAt(text, i, syntax);
  if (!quote) return i;
  const stop = closingQuote(text, i + quote.length, end, quote, lineBreaks);
  if (!tokens) return stop;
  const closed = stop <= end && text.startsWith(quote, stop - quote.length) && stop - quote.length >= i + quote.length;
  tokens.push({
    kind: 'string',
    start: i,
    end: stop,
    innerStart: i + quote.length,
    innerEnd: closed ? stop - quote.length : stop,
  });
  return stop;
}

/** Rust's raw string whose prefix (`r`, `br`) is the word [i, stop): `r#"{"code":4}"#`, closed by `"` and as many `#`. */
function rawStringAt(text: string, i: number, stop: number, end: number): Token | undefined {
  const prefix = stop - i;
  if (!(prefix === 1 ? text[i] === 'r' : prefix === 2 && text.startsWith('br', i))) return undefined;
  let open = stop;
  while (open < end && text[open] === '#') open++;
  if (text[open] !== '"') return undefined;
  const closer = '"' + '#'.repeat(open - stop);
  const close = text.indexOf(closer, open + 1);
  const closed = close >= 0 && close + closer.length <= end;
  return { kind: 'string', start: i, end: closed ? close + closer.length : end, innerStart: open + 1, innerEnd: closed ? close : end };
}

export function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

export function innerText(text: string, token: Token): string {
  return text.slice(token.innerStart, token.innerEnd);
}

/** The first of `markers` that starts at i (a loop, not find(): the lexer calls it for every quote). */
function markerAt(text: string, i: number, markers: readonly string[]): string | undefined {
  for (const marker of markers) if (text.startsWith(marker, i)) return marker;
  return undefined;
}

function quoteAt(text: string, i: number, syntax: Syntax): string | undefined {
  const quote = markerAt(text, i, syntax.quotes);
  if (quote && syntax.tripleQuotes && text.startsWith(quote.repeat(3), i)) return quote.repeat(3);
  return quote;
}

/**
 * Offset just past the closing quote, or where the string is left open: at `end`, or for a
 * one-line string at the line's end. A backslash escapes the character after it.
 */
function closingQuote(text: string, from: number, end: number, quote: string, lineBreaks: LineBreaks): number {
  const multiLine = quote.length === 3 || quote === '`';
  // A one-line string is looked for on its line only, up to a line break no backslash escapes.
  let limit = multiLine ? end : lineBreaks.after(from);
  while (limit < end && !multiLine && isEscaped(text, limit, from)) limit = lineBreaks.after(limit + 1);
  const close = unescapedIndex(text, quote, from, limit);
  return close < limit ? close + quote.length : limit;
}

/**
 * The next line break at or after an offset. The lexer asks with offsets that only grow, so one
 * forward search serves every string and comment of a line: a long line is not searched again for
 * each of its strings.
 */
class LineBreaks {
  private next = -1;
  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  /** The first "\n" at or after `from`; `end` when there is none before it. */
  after(from: number): number {
    if (this.next < from) this.next = indexOrEnd(this.text, '\n', from, this.end);
    return this.next;
  }
}

function isEscaped(text: string, i: number, from: number): boolean {
  let backslashes = 0;
  while (i - backslashes > from && text.charCodeAt(i - backslashes - 1) === 92 /* \ */) backslashes++;
  return backslashes % 2 === 1;
}

/** First index of `search` in [from, end) that no backslash escapes; `end` when there is none. */
function unescapedIndex(text: string, search: string, from: number, end: number): number {
  const within = text.slice(from, end); // searched within the range only: V8 slices without copying
  for (let j = within.indexOf(search); j >= 0; j = within.indexOf(search, j + 1)) {
    if (!isEscaped(text, from + j, from)) return from + j;
  }
  return end;
}

function numberEnd(text: string, from: number, end: number): number {
  let i = from + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    // A period goes on only into more of the number (`1.0.1001`, `3.5e2`): "the code is 131056." ends a sentence.
    if (classOf(c) >= DIGIT || (c === 46 /* . */ && i + 1 < end && classOf(text.charCodeAt(i + 1)) >= DIGIT)) i++;
    else if ((c === 45 /* - */ || c === 47 /* / */ || c === 58) /* : */ && i + 1 < end && classOf(text.charCodeAt(i + 1)) === DIGIT) i++;
    else break;
  }
  return i;
}

/** First index of `search` in [from, end), `end` when there is none: never searches past `end`. */
function indexOrEnd(text: string, search: string, from: number, end: number): number {
  const found = text.slice(from, end).indexOf(search);
  return found < 0 ? end : from + found;
}
