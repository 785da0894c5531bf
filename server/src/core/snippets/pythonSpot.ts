import { firstOnLine, lineStart } from './layout';
import { isDefinition, logicalLines, type LogicalLine } from './pythonLines';
import { afterToken, LEAVING, type Spot } from './spot';
import type { CodeTokens } from './tokens';

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
  const definition = head === 'class' || head === '@' || isDefinition(code, line);
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

/**
 * Into the branch of an `if`/`elif` whose condition tests the code at token `at` for equality
 * (`if error["code"] == 470:`): the code's, as a case branch is, `handled` where it does something
 * (after it, for a branch on the `if`'s own line); a branch for several codes (`or`) tests its own.
 * Undefined on any other line.
 */
export function pythonBranchSpot(code: CodeTokens, at: number, indent: string, several: boolean): Spot | undefined {
  const lines = logicalLines(code);
  const index = lines.findIndex((line) => line.first <= at && at <= line.last);
  if (index < 0 || !code.is(lines[index].first, 'if', 'elif')) return undefined;
  const spot = caseSpot(code, lines, index, indent);
  const { first, last } = lines[index];
  // `if error["code"] == 470: notify()` on one line: after the statement, not splitting its line.
  if (spot?.continuation !== undefined) {
    const after = pythonSpot(code, at, false, indent);
    return after && { ...after, form: 'case', handled: true };
  }
  const either = several || code.tokens.slice(first, last + 1).some((_, k) => code.is(first + k, 'or'));
  return spot && either && !spot.handled ? { ...spot, form: 'block' } : spot;
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
  const { header } = lines[index];
  return header >= 0 && code.is(lines[header].first, 'class');
}
