import type { CodeTokens } from './tokens';

const EQUALITY = ['==', '===', '!=', '!=='];
const ACCESSORS = ['.', '?.', '->', '::'];
/** Words before a parenthesis that make it a statement's or operator's, not a call. */
const KEYWORDS = new Set(['if', 'elif', 'while', 'return', 'switch', 'case', 'and', 'or', 'not', 'in', 'typeof', 'await', 'match']);
const MAX_SUBJECT = 80;

/**
 * The expression the code at token `at` is compared with: `err.code` in `err.code === 1015`,
 * `ex.Code` in `ex.Code == 1016`, `x` in Java's `"TOKEN".equals(x)`. Undefined when the code is
 * not in an equality test, or the expression is long or spans lines.
 */
export function comparedSubject(code: CodeTokens, at: number): string | undefined {
  let range: [number, number] | undefined;
  if (code.is(at - 1, ...EQUALITY)) range = expressionBefore(code, at - 2);
  else if (code.is(at + 1, ...EQUALITY)) range = expressionAfter(code, at + 2);
  else if (code.is(at + 1, '.') && code.str(at + 2) === 'equals' && code.is(at + 3, '(')) range = expressionAfter(code, at + 4);
  else if (code.is(at - 1, '(') && code.str(at - 2) === 'equals' && code.is(at - 3, '.')) range = expressionBefore(code, at - 4);
  if (!range) return undefined;
  const subject = code.text.slice(code.tokens[range[0]].start, code.tokens[range[1]].end);
  return subject.includes('\n') || subject.length > MAX_SUBJECT ? undefined : subject;
}

/** [first, last] token of the member/call/index chain that ends at token `last`. */
function expressionBefore(code: CodeTokens, last: number): [number, number] | undefined {
  let i = last;
  for (let steps = 0; i >= 0 && steps < 50; steps++) {
    if (code.is(i, ')', ']')) {
      const open = code.partner[i];
      if (open < 0) return undefined;
      i = open;
      // `f(...)`, `a[...]`: keep going to what is called or indexed; `(...)` alone is where it starts.
      const callee = i - 1;
      if ((code.isWord(callee) && !KEYWORDS.has(code.str(callee))) || code.is(callee, ')', ']')) i = callee;
      else return [i, last];
    } else if (code.isWord(i)) {
      if (code.is(i - 1, ...ACCESSORS) && i - 2 >= 0) i -= 2;
      else return KEYWORDS.has(code.str(i)) ? undefined : [i, last];
    } else return undefined;
  }
  return undefined;
}

/** [first, last] token of the member/call/index chain that starts at token `first`. */
function expressionAfter(code: CodeTokens, first: number): [number, number] | undefined {
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
