import { expressionAfter, expressionBefore, subjectText, withoutFallback } from '../comparison';
import type { CodeTokens } from './tokens';

/** Methods that ask a collection whether it holds their argument: `[…].includes(x)`, `new Set([…]).has(x)`, `Set.of(…).contains(x)`, C#'s `.Contains(x)`. */
const HOLDS = new Set(['includes', 'has', 'contains', 'Contains']);
/** Functions given the subject and the collection, with the subject's place among their arguments: PHP's `in_array($code, […])`, Go's `slices.Contains([]int{…}, code)`. */
const HOLDS_FUNCTIONS = new Map([
  ['in_array', 0],
  ['Contains', 1],
]);
/** Words before a parenthesized collection that do not build it: Python's `x in (…)`, a statement's head. */
const NOT_BUILDERS = ['in', 'not', 'if', 'elif', 'while', 'return', 'and', 'or'];

/** A test of whether the code is one of the collection's literals. */
export interface Membership {
  /** The expression tested: `err.code` of `[470, 131047].includes(err.code)`, `e.error_code` of `e.error_code in (470, 131047)`. */
  readonly subject: string;
  /** The test is negated (`not in`, `!codes.includes(x)`): its branch is for the other codes. */
  readonly negated: boolean;
  /** The collection holds other codes too: a branch for all of them tests its own. */
  readonly several: boolean;
}

/**
 * The membership test the code at token `at` is a literal of: `[131047, 470].includes(err.code)`,
 * `new Set([…]).has(code)`, `Set.of(…).contains(e.getCode())`, `new[] { … }.Contains(ex.Code)`,
 * Python's `e.code in (…)`, PHP's `in_array($code, […])`, Go's `slices.Contains([]int{…}, code)`.
 * Undefined for any other place, or a collection with more than literals (a loop's `for c in (…)` too).
 */
export function membershipOf(code: CodeTokens, at: number): Membership | undefined {
  const open = code.parent[at];
  if (open < 0 || code.partner[open] < 0) return undefined;
  let literals = 0;
  for (let j = open + 1; j < code.partner[open]; j++) {
    const kind = code.kind(j);
    if (kind === 'number' || kind === 'string') literals++;
    else if (!code.is(j, ',')) return undefined;
  }
  const [first, last] = collectionAround(code, open);
  const negated = code.is(first - 1, '!');
  const several = literals > 1;
  // The collection asked: `….includes(subject)`.
  if (code.is(last + 1, '.') && HOLDS.has(code.str(last + 2)) && code.is(last + 3, '(')) {
    const subject = textOf(code, last + 4, code.partner[last + 3] - 1);
    return subject === undefined ? undefined : { subject, negated, several };
  }
  // Python's `subject in (…)`, `subject not in (…)`.
  if (code.is(first - 1, 'in')) {
    const not = code.is(first - 2, 'not');
    const range = expressionBefore(code, first - (not ? 3 : 2));
    if (!range || code.is(range[0] - 1, 'for')) return undefined;
    const subject = textOf(code, range[0], range[1]);
    return subject === undefined ? undefined : { subject, negated: not, several };
  }
  // A function given both: `in_array($code, […])`.
  const call = code.parent[first];
  const place = call >= 0 && code.is(call, '(') ? HOLDS_FUNCTIONS.get(code.str(call - 1)) : undefined;
  if (place === undefined) return undefined;
  const args = argumentsOf(code, call);
  const argument = args[place];
  if (!argument || args.findIndex(([a, b]) => a === first && b === last) < 0) return undefined;
  const subject = textOf(code, argument[0], argument[1]);
  return subject === undefined ? undefined : { subject, negated: code.is(call - 2, '!'), several };
}

/** [first, last] token of the collection whose literals bracket `open` holds, with what types or builds it: `new Set([…])`, `Set.of(…)`, `[]int{…}`. */
function collectionAround(code: CodeTokens, open: number): [number, number] {
  let first = open;
  let last = code.partner[open];
  if (code.is(open, '{')) {
    // A type before the brackets: `[]int{`, `new[] {`, `new HashSet<int> {`, `new int[] {`.
    while ((code.isWord(first - 1) && !code.is(first - 1, ...NOT_BUILDERS)) || code.is(first - 1, '[', ']', '<', '>')) first--;
  } else if (code.is(open, '(') && code.isWord(open - 1) && !code.is(open - 1, ...NOT_BUILDERS)) {
    first = chainStart(code, open - 1); // `Set.of(…)`, `frozenset(…)`
  }
  // The only argument of what builds it: `new Set([…])`, `frozenset((…))`.
  const call = code.parent[first];
  if (call >= 0 && code.is(call, '(') && call + 1 === first && code.partner[call] === last + 1 && code.isWord(call - 1) && !HOLDS_FUNCTIONS.has(code.str(call - 1))) {
    return [chainStart(code, call - 1), last + 1];
  }
  return [first, last];
}

/** The first token of the name the word at `i` ends: `Set` of `new Set`, `Set` of `Set.of`, `Arrays` of `Arrays.asList`. */
function chainStart(code: CodeTokens, i: number): number {
  let start = i;
  while (code.is(start - 1, '.') && code.isWord(start - 2)) start -= 2;
  return code.is(start - 1, 'new') ? start - 1 : start;
}

/** The [first, last] tokens of each argument of the call whose `(` is `open`. */
function argumentsOf(code: CodeTokens, open: number): [number, number][] {
  const close = code.partner[open];
  const args: [number, number][] = [];
  let start = open + 1;
  for (let j = open + 1; j <= close; j = code.lastOf(j) + 1) {
    if (j < close && !code.is(j, ',')) continue;
    if (j > start) args.push([start, j - 1]);
    start = j + 1;
  }
  return args;
}

/**
 * The text of tokens [first, last] when they are one chain of members, calls and indexes, without
 * a default it falls back on (`error?.code ?? 0`: the handler compares `error?.code`), as subjectText allows it.
 */
function textOf(code: CodeTokens, first: number, last: number): string | undefined {
  if (first > last) return undefined;
  const end = withoutFallback(code, first, last);
  const chain = expressionAfter(code, first);
  if (!chain || chain[1] !== end) return undefined;
  return subjectText(code, first, end);
}
