import { firstOnLine, indentAt, lineStart } from './layout';
import { afterToken, LEAVING, type Spot } from './spot';
import type { CodeTokens } from './tokens';

/** One logical line: tokens from `first` to `last`, possibly over several physical lines (brackets, `\`). */
export interface LogicalLine {
  readonly first: number;
  readonly last: number;
  readonly indent: string;
}

/** Clauses that continue a compound statement at the same indentation. */
const CONTINUATIONS = new Set(['elif', 'else', 'except', 'finally', 'case']);
const COMPOUND_HEADS = new Set(['if', 'for', 'while', 'try', 'with', 'match', 'async']);

/**
 * Where a handler goes in Python: into the `case 470:` branch of a match statement, or after the
 * statement holding the code (a compound statement with its whole block and elif/else/except chain).
 */
export function pythonSpot(code: CodeTokens, at: number, isCaseLabel: boolean, indent: string): Spot | undefined {
  const lines = logicalLines(code);
  const index = lines.findIndex((line) => line.first <= at && at <= line.last);
  if (index < 0) return undefined;
  const line = lines[index];
  const head = code.str(line.first);
  if (isCaseLabel && head === 'case') return caseSpot(code, lines, index, indent);
  const definition = head === 'def' || head === 'class' || head === '@' || (head === 'async' && code.is(line.first + 1, 'def'));
  if (definition || insideClassBody(code, lines, index)) return undefined;

  let first = index;
  if (CONTINUATIONS.has(head) || head === 'match') {
    // Back to the clause that starts the chain (`if`, `try`, `for`, `match`).
    const inChain = (i: number) =>
      lines[i].indent.length > line.indent.length ||
      (lines[i].indent.length === line.indent.length && CONTINUATIONS.has(code.str(lines[i].first)));
    while (first > 0 && inChain(first)) first--;
    if (code.str(lines[first].first) === 'case') return undefined;
  }
  const start = lines[first];
  let last = first;
  if (COMPOUND_HEADS.has(code.str(start.first)) || code.str(start.first) === 'match') {
    for (let next = last + 1; next < lines.length; next++) {
      const deeper = lines[next].indent.length > start.indent.length;
      const sameLevelClause = lines[next].indent === start.indent && CONTINUATIONS.has(code.str(lines[next].first));
      if (!deeper && !sameLevelClause) break;
      last = next;
    }
  }
  const startOffset = code.tokens[start.first].start;
  if (LEAVING.has(code.str(start.first)) && firstOnLine(code.text, startOffset)) {
    const offset = lineStart(code.text, startOffset);
    return { form: 'block', baseIndent: start.indent, closeBranch: false, offset, before: true, scope: start.first };
  }
  return { form: 'block', baseIndent: start.indent, closeBranch: false, scope: start.first, ...afterToken(code, lines[last].last, start.indent) };
}

/**
 * Where a handler goes for a cursor on a line without code at `offset`: on that line, one level
 * deeper than a header ending in `:` above it, otherwise at the level of the statement above; after
 * the statement when the line lies inside its brackets. Undefined directly in a class body.
 */
export function pythonLineSpot(code: CodeTokens, offset: number, indent: string): Spot | undefined {
  const lines = logicalLines(code);
  const around = lines.find((line) => code.tokens[line.first].start < offset && offset < code.tokens[line.last].end);
  if (around) return pythonSpot(code, around.first, false, indent);
  const above = lines.findLastIndex((line) => code.tokens[line.last].end <= offset);
  const previous = lines[above];
  const baseIndent = !previous ? '' : code.is(previous.last, ':') ? previous.indent + indent : previous.indent;
  for (let i = above; i >= 0; i--) {
    if (lines[i].indent.length < baseIndent.length) {
      if (code.str(lines[i].first) === 'class') return undefined;
      break;
    }
  }
  return { form: 'block', baseIndent, closeBranch: false, offset };
}

function caseSpot(code: CodeTokens, lines: readonly LogicalLine[], index: number, indent: string): Spot | undefined {
  const line = lines[index];
  let colon = -1;
  for (let j = line.first; j <= line.last; j++) {
    if (code.is(j, ':') && code.parent[j] === code.parent[line.first]) {
      colon = j;
      break;
    }
  }
  if (colon < 0) return undefined;
  const next = lines[index + 1];
  const inBranch = next !== undefined && next.indent.length > line.indent.length;
  const bodyIndent = inBranch ? next.indent : line.indent + indent;
  // Code after the colon, or an indented line under it that is more than `pass`.
  const handled = colon < line.last || (inBranch && !(next.first === next.last && code.is(next.first, 'pass')));
  return { form: 'case', baseIndent: bodyIndent, closeBranch: false, handled, scope: line.first, ...afterToken(code, colon, bodyIndent) };
}

/** True when the line sits directly in a class body, where a statement handling an error makes no sense. */
function insideClassBody(code: CodeTokens, lines: readonly LogicalLine[], index: number): boolean {
  const indent = lines[index].indent.length;
  for (let i = index - 1; i >= 0; i--) {
    if (lines[i].indent.length < indent) return code.str(lines[i].first) === 'class';
  }
  return false;
}

/** Each document's logical lines, split once: the handler's spot, the type it catches and its imports all read them. */
const splitLines = new WeakMap<CodeTokens, readonly LogicalLine[]>();

/** Splits the tokens into logical lines: a new one starts on a new physical line outside brackets, unless `\` joins them. */
export function logicalLines(code: CodeTokens): readonly LogicalLine[] {
  let lines = splitLines.get(code);
  if (!lines) splitLines.set(code, (lines = splitIntoLogicalLines(code)));
  return lines;
}

function splitIntoLogicalLines(code: CodeTokens): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let first = 0;
  for (let i = 1; i <= code.tokens.length; i++) {
    const atEnd = i === code.tokens.length;
    const closing = code.partner[i] >= 0 && code.partner[i] < i;
    if (atEnd || (code.parent[i] < 0 && !closing && code.lineBreakBetween(i - 1, i) && !joinedByBackslash(code, i - 1))) {
      if (first < i) lines.push({ first, last: i - 1, indent: indentAt(code.text, code.tokens[first].start) });
      first = i;
    }
  }
  return lines;
}

/** A line ending in `\` (a token of its own) goes on with the next. */
function joinedByBackslash(code: CodeTokens, before: number): boolean {
  return code.str(before) === '\\';
}
