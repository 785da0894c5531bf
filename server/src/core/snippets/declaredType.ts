import type { CodeTokens } from './tokens';

/** Where a declaration puts its type: before the name (`Exception ex`: C#, Java) or after it (`err error`: Go; `err: Error`: TypeScript). */
export type TypeSide = 'before' | 'after';

/** What a name's declaration says of its type: the words of the type, or that it is inferred (`var ex = …`, `_, err := post()`). */
export type DeclaredType = { readonly words: readonly string[] } | 'inferred';

/** Words beside a name that are no type of it: `return ex`, `throw ex`, `new Foo`; `err instanceof ApiError`. */
const NOT_TYPES = new Set(['return', 'throw', 'new', 'case', 'in', 'of', 'else', 'await', 'yield', 'is', 'as', 'instanceof', 'not', 'and', 'or', 'goto', 'go', 'defer', 'range']);

/**
 * The type the last declaration of `name` before token `at` that `sees` (the name's scope holds
 * `at`) gives it; undefined where none of its uses seen from there declares it (a field, a name
 * from elsewhere).
 */
export function declaredTypeOf(code: CodeTokens, at: number, name: string, side: TypeSide, sees: (j: number) => boolean): DeclaredType | undefined {
  for (let j = at - 1; j >= 0; j--) {
    if (code.str(j) !== name || !code.isWord(j) || code.is(j - 1, '.', '->', '?.', '::') || !sees(j)) continue;
    const type = side === 'before' ? typeBefore(code, j) : typeAfter(code, j);
    if (type !== undefined) return type;
  }
  return undefined;
}

/** `Exception ex`, `System.Exception ex`, `IOException | TimeoutException e`, `List<Foo> x`, `var ex`. */
function typeBefore(code: CodeTokens, j: number): DeclaredType | undefined {
  const prev = j - 1;
  if (!(code.isWord(prev) || code.is(prev, '>', ']', '?')) || NOT_TYPES.has(code.str(prev))) return undefined;
  if (code.is(prev, 'var')) return 'inferred';
  const words: string[] = [];
  for (let k = prev; k >= 0 && (code.isWord(k) || code.is(k, '.', '|', '<', '>', ',', '[', ']', '?', '\\')); k--) {
    if (code.is(k, ',') && code.parent[k] === code.parent[j]) break; // the previous parameter
    if (code.isWord(k)) words.push(code.str(k));
  }
  return { words };
}

/**
 * Go: `err error`, `err *whatsapp.Error`, `var err error`; `err :=`, `_, err :=`, `err, ok :=` are
 * inferred. TypeScript: `err: Error`, `err: unknown`, as a parameter or after let/const/var (not an
 * object's key).
 */
function typeAfter(code: CodeTokens, j: number): DeclaredType | undefined {
  let next = j + 1;
  if (code.is(next, ':=')) return 'inferred';
  if (code.is(j - 2, 'catch') && code.is(j - 1, '(') && code.is(next, ')')) return { words: ['unknown'] }; // TypeScript's `catch (err)`
  if (code.is(next, ':')) {
    if (!code.is(code.parent[j], '(') && !code.is(j - 1, 'let', 'const', 'var')) return undefined;
    next++;
  }
  if (code.is(next, ',')) {
    // `err, ok := …`: the names of a short declaration up to its `:=`, on the line.
    for (let k = next; k < code.tokens.length && !code.lineBreakBetween(k - 1, k); k++) {
      if (code.is(k, ':=')) return 'inferred';
      if (!(code.isWord(k) || code.is(k, ','))) break;
    }
    return undefined;
  }
  if (!(code.isWord(next) || code.is(next, '*', '[')) || NOT_TYPES.has(code.str(next)) || code.lineBreakBetween(j, next)) return undefined;
  const words: string[] = [];
  for (let k = next; k < code.tokens.length && !code.lineBreakBetween(k - 1, k) && (code.isWord(k) || code.is(k, '*', '.', '[', ']', '|')); k++) {
    words.push(code.str(k));
  }
  return { words: words.filter((w) => /^\w/.test(w)) };
}
