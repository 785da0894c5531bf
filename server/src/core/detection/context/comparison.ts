import type { BracketedTokens } from '../../bracketedTokens';

/** Operators that compare a code with an expression, or assign it to a key. */
const ASSIGN_OR_COMPARE = new Set([':', '=', '==', '===', '!=', '!==', '=>', ':=', 'is', 'eq', 'ne']);
const EQUALITY = new Set(['==', '===', '!=', '!==']);
const EQUALS_CALL = /^equals(ignorecase)?$/i;
/** Tokens before a name that make it a member, not a variable: `res.err`, `$this->error`. */
const ACCESSORS = ['.', '?.', '->', '::'];
/** Words before a parenthesis that make it a statement's or operator's, not a call. */
const KEYWORDS = new Set(['if', 'elif', 'while', 'return', 'switch', 'case', 'and', 'or', 'not', 'in', 'typeof', 'await', 'match']);
const MAX_STEPS = 50;

/** The expression a code is compared with or assigned to: tokens [first, last], and the operator. */
export interface Comparison {
  readonly first: number;
  readonly last: number;
  /** The operator's text (`===`, `:`, `is`, …); `equals` for a call of `equals`/`Equals`/`equalsIgnoreCase`. */
  readonly operator: string;
}

/**
 * What the code at token `at` is compared with or assigned to: `err.code` in `err.code === 1015`
 * and in `1015 == err.code`, `code` in `code: 470` and `"code": 470`, `ex.Code` in
 * `ex.Code is 1013 or 1026` (C#), `x` in `"TOKEN".equals(x)` (Java). Undefined when the code is in
 * no comparison or assignment.
 */
export function comparisonOf(code: BracketedTokens, at: number): Comparison | undefined {
  let i = at;
  while (code.str(i - 1) === 'or' && isLiteral(code, i - 2)) i -= 2; // 1026 in `is 1013 or 1026`
  const before = code.str(i - 1);
  if (ASSIGN_OR_COMPARE.has(before) && code.kind(i - 1) !== 'string') return comparison(expressionBefore(code, i - 2), before);
  if (before === '(' && EQUALS_CALL.test(code.str(i - 2)) && code.str(i - 3) === '.') {
    return comparison(expressionBefore(code, i - 4), 'equals');
  }
  const after = code.str(at + 1);
  if (EQUALITY.has(after)) return comparison(expressionAfter(code, at + 2), after);
  if (after === '.' && EQUALS_CALL.test(code.str(at + 2)) && code.str(at + 3) === '(') {
    return comparison(expressionAfter(code, at + 4), 'equals');
  }
  return undefined;
}

function comparison(range: [number, number] | undefined, operator: string): Comparison | undefined {
  return range && { first: range[0], last: range[1], operator };
}

/** [first, last] token of the key, or of the member/call/index chain, that ends at token `last`. */
function expressionBefore(code: BracketedTokens, last: number): [number, number] | undefined {
  if (code.kind(last) === 'string') return [last, last]; // "code": 470
  // In prose and logs ' is no quote: 'code' => 470 reads as ' code ' => 470.
  if (code.is(last, "'") && code.isWord(last - 1) && code.is(last - 2, "'")) return [last - 1, last - 1];
  let i = last;
  for (let steps = 0; i >= 0 && steps < MAX_STEPS; steps++) {
    if (code.is(i, ')', ']')) {
      const open = code.partner[i];
      if (open < 0) return undefined;
      i = open;
      // `f(...)`, `a[...]`: keep going to what is called or indexed; `(...)` alone is where it starts.
      const callee = i - 1;
      if ((code.isWord(callee) && !KEYWORDS.has(code.str(callee))) || code.is(callee, ')', ']')) i = callee;
      else return [i, last];
    } else if (code.isWord(i)) {
      // What precedes a member that is no chain (`.code` continuing a line, `\.code` in a regex) is left out.
      if (code.is(i - 1, ...ACCESSORS) && (code.isWord(i - 2) || code.is(i - 2, ')', ']'))) i -= 2;
      else return KEYWORDS.has(code.str(i)) ? undefined : [i, last];
    } else return undefined;
  }
  return undefined;
}

/** [first, last] token of the member/call/index chain that starts at token `first`. */
function expressionAfter(code: BracketedTokens, first: number): [number, number] | undefined {
  let i = first;
  if (code.is(i, '(')) i = code.partner[i];
  else if (!code.isWord(i) || KEYWORDS.has(code.str(i))) return undefined;
  while (i >= 0) {
    if (code.is(i + 1, ...ACCESSORS) && code.isWord(i + 2)) i += 2;
    else if (code.is(i + 1, '(', '[') && code.partner[i + 1] > i) i = code.partner[i + 1];
    else return [first, i];
  }
  return undefined;
}

function isLiteral(code: BracketedTokens, i: number): boolean {
  const kind = code.kind(i);
  return kind === 'number' || kind === 'string';
}
