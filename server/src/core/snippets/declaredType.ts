import { ACCESSORS } from '../comparison';
import type { CodeTokens } from './tokens';

/** Where a declaration puts its type: before the name (`Exception ex`: C#, Java) or after it (`err error`: Go; `err: Error`: TypeScript). */
export type TypeSide = 'before' | 'after';

/** What a name's declaration says of its type: the words of the type, or that it is inferred (`var ex = …`, `_, err := post()`). */
export type DeclaredType = { readonly words: readonly string[] } | 'inferred';

/** Words before a name that are no type of it: `return ex`, `throw ex`, `new Foo`, C#'s `ref ex`. */
const NOT_TYPES = new Set(['return', 'throw', 'new', 'case', 'else', 'await', 'yield', 'is', 'as', 'instanceof', 'ref', 'out', 'in']);
/** What may follow a declared name in C# or Java: `Exception ex)`, `, `, ` = …`, `;`, Java's `for (Error e : errors)`. */
const AFTER_DECLARED = [')', ',', '=', ';', ':'];
/** Names a declaration lists before its type or `:=` (`a, b, err :=`, `err, cause error`), at most: a longer list is a call's arguments. */
const MAX_NAMES = 16;

/**
 * The type the last declaration of `name` before token `at` that `sees` (the name's scope holds
 * `at`) gives it; undefined where none of its uses seen from there declares it (a field, a name
 * from elsewhere). Each use is read by its shape first, a few tokens: only a declaration is asked
 * whether it is seen.
 */
export function declaredTypeOf(code: CodeTokens, at: number, name: string, side: TypeSide, sees: (j: number) => boolean): DeclaredType | undefined {
  for (let j = at - 1; j >= 0; j--) {
    if (code.str(j) !== name || !code.isWord(j) || code.is(j - 1, ...ACCESSORS)) continue;
    const type = side === 'before' ? typeBefore(code, j) : typeAfter(code, j);
    if (type !== undefined && sees(j)) return type;
  }
  return undefined;
}

/**
 * C#, Java: `catch (Exception ex)`, `(System.Exception ex, …)`, `IOException | TimeoutException e`,
 * `Exception? ex = …;`, `var ex = …`; not `cond ? ex : null` nor `limit > ex.Data.Count`.
 */
function typeBefore(code: CodeTokens, j: number): DeclaredType | undefined {
  const prev = j - 1;
  if (!(code.isWord(prev) || code.is(prev, '>', ']', '?')) || NOT_TYPES.has(code.str(prev))) return undefined;
  if (!code.is(j + 1, ...AFTER_DECLARED) || (code.is(prev, '?') && code.is(j + 1, ':'))) return undefined;
  if (code.is(prev, 'var')) return 'inferred';
  const words: string[] = [];
  for (let k = prev; k >= 0 && (code.isWord(k) || code.is(k, '.', '|', '<', '>', ',', '[', ']', '?', '\\')); k--) {
    if (code.is(k, ',') && code.parent[k] === code.parent[j]) break; // the previous parameter
    if (code.isWord(k)) words.push(code.str(k));
  }
  return { words };
}

/**
 * Go: `err error`, `err *whatsapp.Error` as a parameter (`err, cause error` too) or after `var`;
 * `err :=`, `_, err :=`, `err, ok :=` are inferred. TypeScript: `err: Error`, `err: unknown` as a
 * parameter or after let/const/var (not an object's key); a `catch (err)`'s is unknown.
 */
function typeAfter(code: CodeTokens, j: number): DeclaredType | undefined {
  if (code.is(j + 1, ':=')) return 'inferred';
  if (code.is(j - 2, 'catch') && code.is(j - 1, '(') && code.is(j + 1, ')')) return { words: ['unknown'] };
  if (code.is(j + 1, ':')) {
    if (!code.is(code.parent[j], '(') && !code.is(j - 1, 'let', 'const', 'var')) return undefined;
    return { words: typeWords(code, j + 2) };
  }
  // After the names a declaration lists with this one (`err, cause error`, `err, ok :=`).
  let last = j;
  for (let n = 0; n < MAX_NAMES && code.is(last + 1, ',') && code.isWord(last + 2); n++) last += 2;
  if (code.is(last + 1, ',')) return undefined;
  if (code.is(last + 1, ':=')) return startsStatement(code, j) ? 'inferred' : undefined;
  const next = last + 1;
  if (!(code.isWord(next) || code.is(next, '*', '[')) || code.lineBreakBetween(last, next)) return undefined;
  return inParameters(code, j) || code.is(j - 1, 'var') ? { words: typeWords(code, next) } : undefined;
}

/** The words of a type written from token `from` on its line: `*whatsapp.Error` → whatsapp, Error; `Error | undefined`. */
function typeWords(code: CodeTokens, from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < code.tokens.length && !code.lineBreakBetween(k - 1, k) && (code.isWord(k) || code.is(k, '*', '.', '[', ']', '|')); k++) {
    if (code.isWord(k)) words.push(code.str(k));
  }
  return words;
}

/** Token j begins a Go statement's list of names: a line, a block or `;` before it, over at most MAX_NAMES names. */
function startsStatement(code: CodeTokens, j: number): boolean {
  let first = j;
  for (let n = 0; n < MAX_NAMES && code.is(first - 1, ',') && code.isWord(first - 2); n++) first -= 2;
  return first === 0 || code.is(first - 1, '{', '}', ';') || code.lineBreakBetween(first - 1, first);
}

/** Token j is among a Go function's parameters (or results): `func f(`, `func (c *Client) f(`, `func(`. */
function inParameters(code: CodeTokens, j: number): boolean {
  const open = code.parent[j];
  if (!code.is(open, '(')) return false;
  return code.is(open - 1, 'func') || (code.isWord(open - 1) && code.is(open - 2, 'func', ')'));
}
