import { headersAround, isDefinition, lineHolding, logicalLines, opensScope, type LogicalLine } from './pythonLines';
import type { CodeTokens } from './tokens';

/**
 * The names a Python statement sees (one indented `indent` at token `at`; by default the
 * indentation of the line there), as Python scopes them: names used before it at the module's top
 * level or in the functions around it (their parameters too), and the error of an except clause
 * around it. Not a name of another function or of a class body, of a comprehension or a lambda, a
 * member (`response.error`) or a keyword argument (`notify(error=None)`).
 */
export function pythonNamesSeen(code: CodeTokens, at: number, indent?: string): Set<string> {
  const lines = logicalLines(code);
  const around = new Set<number>([-1]);
  for (const k of headersAround(code, at, indent)) {
    if (isDefinition(code, lines[k]) || code.is(lines[k].first, 'except')) around.add(k);
  }
  const comprehensions = bracketsWithComprehension(code, at);
  const scopes = new FunctionScopes(code, lines);
  const seen = new Set<string>();
  const last = lineHolding(lines, at);
  for (let i = 0; i <= last; i++) {
    const line = lines[i];
    const scope = scopes.of(i);
    const own = ownNames(code, line);
    // Brackets open in the line, innermost last: whether what they hold is hidden, and whether a lambda is open at their level.
    const levels = [{ hidden: false, lambda: false }];
    for (let j = line.first; j <= line.last && j < at; j++) {
      const level = levels[levels.length - 1];
      if (code.partner[j] > j) {
        levels.push({ hidden: level.hidden || level.lambda || comprehensions.has(j), lambda: false });
        continue;
      }
      if (code.partner[j] >= 0) {
        if (levels.length > 1) levels.pop();
        continue;
      }
      if (code.is(j, ',')) level.lambda = false;
      if (code.is(j, 'lambda')) level.lambda = true;
      if (!code.isWord(j) || level.hidden || level.lambda || code.is(j - 1, '.')) continue;
      const binding = own.has(j) ? i : scope;
      const keywordArgument = binding === scope && code.is(j + 1, '=') && code.is(code.parent[j], '(');
      if (!keywordArgument && around.has(binding)) seen.add(code.str(j));
    }
  }
  return seen;
}

/** The tokens a header line binds in the block it heads: a function's parameters, the error an except clause names. */
function ownNames(code: CodeTokens, line: LogicalLine): ReadonlySet<number> {
  const own = new Set<number>();
  if (code.is(line.first, 'except')) own.add(exceptName(code, line));
  if (isDefinition(code, line)) {
    const open = code.is(line.first, 'async') ? line.first + 3 : line.first + 2;
    if (code.is(open, '(')) for (let j = open + 1; j < code.partner[open]; j++) own.add(j);
  }
  return own;
}

/** `e` of `except X as e:`: the word after an `as` outside brackets; -1 for none. */
function exceptName(code: CodeTokens, { first, last }: LogicalLine): number {
  for (let j = first; j < last; j++) if (code.parent[j] < 0 && code.is(j, 'as') && code.isWord(j + 1)) return j + 1;
  return -1;
}

/** The brackets before token `at` that hold a comprehension (`[e["code"] for e in errors]`): its names are its own. */
function bracketsWithComprehension(code: CodeTokens, at: number): Set<number> {
  const brackets = new Set<number>();
  for (let j = 0; j < at; j++) if (code.parent[j] >= 0 && code.is(j, 'for')) brackets.add(code.parent[j]);
  return brackets;
}

/** For each line, the function or class whose names it binds (-1: the module), found once per line. */
class FunctionScopes {
  private readonly found: number[] = [];

  constructor(
    private readonly code: CodeTokens,
    private readonly lines: readonly LogicalLine[],
  ) {}

  of(i: number): number {
    const known = this.found[i];
    if (known !== undefined) return known;
    const header = this.lines[i].header;
    const scope = header < 0 ? -1 : opensScope(this.code, this.lines[header]) ? header : this.of(header);
    return (this.found[i] = scope);
  }
}
