import type { Statements } from '../../../../shared/src/languages';
import { expressionBefore, subjectText, withoutFallback } from '../comparison';
import { firstOnLine, indentAt } from './layout';
import type { CodeTokens } from './tokens';

/**
 * What the `case` label holding token `at` compares with: the subject of its switch (`switch
 * (error.code) {`, Go's `switch apiErr.Code {`, PHP's `match ($e['code']) {`, Python's
 * `match error["code"]:`). Undefined for a switch without one (Go's `switch {`), or one long or
 * spanning lines.
 */
export function switchSubject(code: CodeTokens, at: number, statements: Statements): string | undefined {
  const keywords = statements.switchKeywords;
  const range = statements.blocks === 'indentation' ? matchSubject(code, at, keywords) : braceSwitchSubject(code, at, keywords);
  if (!range) return undefined;
  return subjectText(code, range[0], withoutFallback(code, range[0], range[1]));
}

/**
 * True when the code at token `at` is one of the values of an arm of a switch expression
 * (`470, 1026 => 'skip'` in PHP's `match ($code) {`, `131026 or 131049 => "skip"` in C#'s `ex.Code switch {`): compared with its subject.
 */
export function isSwitchArm(code: CodeTokens, at: number, statements: Statements): boolean {
  let j = at;
  while (j >= 0 && (code.kind(j) === 'number' || code.kind(j) === 'string' || code.is(j, ',', 'or'))) j = code.nextSibling(j);
  return j >= 0 && code.is(j, '=>') && braceSwitchSubject(code, at, statements.switchKeywords) !== undefined;
}

/** [first, last] token of the subject of the switch whose body `{` holds token at. */
function braceSwitchSubject(code: CodeTokens, at: number, keywords: readonly string[]): [number, number] | undefined {
  const body = code.parent[at];
  if (body < 1 || !code.is(body, '{')) return undefined;
  if (code.is(body - 1, ')') && keywords.includes(code.str(code.partner[body - 1] - 1))) {
    const open = code.partner[body - 1];
    return open + 1 <= body - 2 ? [open + 1, body - 2] : undefined;
  }
  // C#'s switch expression: `ex.Code switch {`.
  if (code.is(body - 1, 'switch') && keywords.includes('switch')) return expressionBefore(code, body - 2);
  // Go: `switch x {`, or `switch v := f(); v {` whose subject follows the `;`.
  let first = body;
  for (let j = code.prevSibling(body); j >= 0 && !code.lineBreakBetween(j, body); j = code.prevSibling(j)) {
    if (keywords.includes(code.str(j))) return first < body ? [first, body - 1] : undefined;
    if (code.is(j, ';', '{', '}')) return undefined;
    first = j;
  }
  return undefined;
}

/** [first, last] token of the subject of the `match` statement whose `case` line holds token at. */
function matchSubject(code: CodeTokens, at: number, keywords: readonly string[]): [number, number] | undefined {
  let caseToken = at;
  while (caseToken > 0 && !(code.is(caseToken, 'case') && firstOnLine(code.text, code.tokens[caseToken].start))) caseToken--;
  const caseIndent = indentAt(code.text, code.tokens[caseToken].start).length;
  for (let j = caseToken - 1; j >= 0; j--) {
    const start = code.tokens[j].start;
    if (!firstOnLine(code.text, start) || code.parent[j] >= 0 || indentAt(code.text, start).length >= caseIndent) continue;
    if (!keywords.includes(code.str(j))) return undefined;
    let last = j;
    for (let next = code.nextSibling(j); next >= 0 && !code.is(next, ':'); next = code.nextSibling(next)) last = next;
    return last > j ? [j + 1, code.lastOf(last)] : undefined;
  }
  return undefined;
}
