import { indentAt } from './layout';
import type { CodeTokens } from './tokens';

/** One logical line: tokens from `first` to `last`, possibly over several physical lines (brackets, `\`). */
export interface LogicalLine {
  readonly first: number;
  readonly last: number;
  readonly indent: string;
  /** The line heading the block it is in (the nearest line above it indented less); -1 at the module's top level. */
  readonly header: number;
}

/** Each document's logical lines, split once: the handler's spot, its scope, the type it catches and its imports all read them. */
const splitLines = new WeakMap<CodeTokens, readonly LogicalLine[]>();

/** Splits the tokens into logical lines: a new one starts on a new physical line outside brackets, unless `\` joins them. */
export function logicalLines(code: CodeTokens): readonly LogicalLine[] {
  let lines = splitLines.get(code);
  if (!lines) splitLines.set(code, (lines = splitIntoLogicalLines(code)));
  return lines;
}

/**
 * The headers of the blocks around a statement indented `indent` (by default, as the line holding
 * token `at`) at token `at` (a token in it, or the first after a cursor), innermost first: indices
 * into logicalLines.
 */
export function* headersAround(code: CodeTokens, at: number, indent?: string): Generator<number> {
  const lines = logicalLines(code);
  const level = (indent ?? lines[lineHolding(lines, at)]?.indent ?? '').length;
  // From the last line starting before `at`: a cursor before a line's first token is after the line above.
  let k = lineHolding(lines, at - 1);
  while (k >= 0 && lines[k].indent.length >= level) k = lines[k].header;
  for (; k >= 0; k = lines[k].header) yield k;
}

/** The index of the line holding token `at`, else of the last line before it; -1 for none. */
export function lineHolding(lines: readonly LogicalLine[], at: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lines[middle].first <= at) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}

/** `def f(…):` and `async def f(…):`. */
export function isDefinition(code: CodeTokens, { first }: LogicalLine): boolean {
  return code.is(first, 'def') || (code.is(first, 'async') && code.is(first + 1, 'def'));
}

/** A function's or a class's header: its block's names are its own. */
export function opensScope(code: CodeTokens, line: LogicalLine): boolean {
  return isDefinition(code, line) || code.is(line.first, 'class');
}

function splitIntoLogicalLines(code: CodeTokens): LogicalLine[] {
  const lines: LogicalLine[] = [];
  /** The lines that may head the next one: each indented more than the one before it. */
  const open: number[] = [];
  const push = (first: number, last: number) => {
    const indent = indentAt(code.text, code.tokens[first].start);
    while (open.length > 0 && lines[open[open.length - 1]].indent.length >= indent.length) open.pop();
    lines.push({ first, last, indent, header: open.length > 0 ? open[open.length - 1] : -1 });
    open.push(lines.length - 1);
  };
  let first = 0;
  for (let i = 1; i <= code.tokens.length; i++) {
    const atEnd = i === code.tokens.length;
    const closing = code.partner[i] >= 0 && code.partner[i] < i;
    if (atEnd || (code.parent[i] < 0 && !closing && code.lineBreakBetween(i - 1, i) && !joinedByBackslash(code, i - 1))) {
      if (first < i) push(first, i - 1);
      first = i;
    }
  }
  return lines;
}

/** A line ending in `\` (a token of its own) goes on with the next. */
function joinedByBackslash(code: CodeTokens, before: number): boolean {
  return code.str(before) === '\\';
}
