import type { Statements } from '../../../../shared/src/languages';
import { firstOnLine, indentAt } from './layout';
import type { CodeTokens } from './tokens';

/** Words before `(...) {` that make the braces a statement's block, not a function's body. */
const CONTROL = new Set(['if', 'for', 'foreach', 'while', 'switch', 'catch', 'when', 'with', 'using', 'lock', 'fixed', 'await']);
/** Words before `{` that open a body of their own that is never async: accessors, static blocks. */
const SYNC_BODIES = new Set(['get', 'set', 'init', 'add', 'remove', 'static']);
/** Tokens a function's head does not reach across. */
const HEAD_STOPS = new Set([';', '{', '}', '=', '=>']);
const HEAD_LIMIT = 40;

/**
 * True when a handler whose statements sit at the level of token `scope` may use `await`: the
 * function around it is `async` (an `async` function, method, arrow or lambda; Python's `async def`).
 * At the top level, only where the language awaits there too (a TypeScript/JavaScript module) and
 * the document already does (so it is an ES module where that is valid). Languages without `await`
 * always get false.
 */
export function awaitAllowed(code: CodeTokens, scope: number, statements: Statements): boolean {
  const indent = indentAt(code.text, code.tokens[scope].start).length;
  return allowedFrom(code, code.parent[scope], scope, indent, statements);
}

/** The same for a handler whose first line goes to `offset` indented `indent` (on a line of its own). */
export function awaitAllowedAt(code: CodeTokens, offset: number, indent: string, statements: Statements): boolean {
  const { before, bracket } = code.around(offset);
  return allowedFrom(code, bracket, before + 1, indent.length, statements);
}

/** `bracket`: the innermost bracket around the handler; `next`: the first token after it; `indent`: its indentation. */
function allowedFrom(code: CodeTokens, bracket: number, next: number, indent: number, statements: Statements): boolean {
  if (statements.await === 'none') return false;
  if (statements.blocks === 'indentation') return indentedDefIsAsync(code, next, indent);
  const found = enclosingFunction(code, bracket);
  if (found !== undefined) return found;
  return statements.await === 'async-functions-and-module' && awaitsAtTopLevel(code);
}

/** Whether the innermost function whose body holds bracket `from` (or is it) is async; undefined at the top level. */
function enclosingFunction(code: CodeTokens, from: number): boolean | undefined {
  const body = functionBodyAround(code, from);
  return body < 0 ? undefined : functionBody(code, body);
}

/** The `{` of the innermost function body that holds bracket `from` (or is it); -1 at the top level. */
export function functionBodyAround(code: CodeTokens, from: number): number {
  for (let p = from; p >= 0; p = code.parent[p]) if (code.is(p, '{') && functionBody(code, p) !== undefined) return p;
  return -1;
}

/** For a `{` that opens a function's body: whether the function is async; otherwise undefined. */
function functionBody(code: CodeTokens, brace: number): boolean | undefined {
  const prev = brace - 1;
  if (code.is(prev, '=>')) return arrowIsAsync(code, prev);
  if (prev < 0 || code.is(prev, '(', '[', ',', '?')) return undefined; // a value: `f({`, `[{`
  if (code.isWord(prev) && SYNC_BODIES.has(code.str(prev))) return false;
  // `name(...) {`, `function (...) {`, `async foo(...): Promise<void> {`, `async Task<int> FooAsync(...) {`.
  const close = closingParenBefore(code, prev);
  if (close < 0) return undefined;
  const callee = code.partner[close] - 1;
  if (code.is(callee, ...CONTROL) || code.is(callee - 1, 'new')) return undefined;
  if (!code.isWord(callee) && !code.is(callee, '>')) return undefined;
  return headHasAsync(code, callee);
}

/** `async (x) => {`, `async x => {`, `async (x): Promise<void> => {`. */
function arrowIsAsync(code: CodeTokens, arrow: number): boolean {
  const param = arrow - 1;
  if (code.isWord(param) && !code.is(param - 1, ':', '.', '<', '>', '|')) return code.is(param - 1, 'async');
  const close = closingParenBefore(code, param);
  return close >= 0 && code.is(code.partner[close] - 1, 'async');
}

/**
 * The `)` ending a parameter list, found from token i back over a return type (`: Promise<void>`,
 * `Task<int[]>`) at the same bracket level; -1 when a statement boundary or a string comes first.
 */
function closingParenBefore(code: CodeTokens, i: number): number {
  const level = code.parent[i];
  for (let j = i, n = 0; j >= 0 && n < HEAD_LIMIT; n++) {
    if (code.parent[j] !== level || code.is(j, ...HEAD_STOPS) || code.tokens[j].kind === 'string') return -1;
    if (code.is(j, ')')) return code.partner[j] >= 0 ? j : -1;
    j = (code.partner[j] >= 0 && code.partner[j] < j ? code.partner[j] : j) - 1;
  }
  return -1;
}

/** True when `async` is among the words that lead up to token i in its statement (modifiers, return type). */
function headHasAsync(code: CodeTokens, i: number): boolean {
  for (let j = i, n = 0; j >= 0 && n < HEAD_LIMIT; j = code.prevSibling(j), n++) {
    if (code.is(j, ...HEAD_STOPS)) return false;
    if (code.is(j, 'async')) return true;
  }
  return false;
}

/** A top-level `await` in the document: it is a module where awaiting there is valid. */
function awaitsAtTopLevel(code: CodeTokens): boolean {
  return code.tokens.some((_, i) => code.is(i, 'await') && enclosingFunction(code, code.parent[i]) === undefined);
}

/** Python: the nearest `def` before token `next` whose body holds a line indented `indent` is an `async def`. */
function indentedDefIsAsync(code: CodeTokens, next: number, indent: number): boolean {
  for (let j = Math.min(next, code.tokens.length) - 1; j >= 0 && indent > 0; j--) {
    const start = code.tokens[j].start;
    if (code.parent[j] >= 0 || !firstOnLine(code.text, start)) continue;
    const level = indentAt(code.text, start).length;
    if (level >= indent) continue;
    if (code.is(j, 'def', 'class')) return false;
    if (code.is(j, 'async') && code.is(j + 1, 'def')) return true;
    indent = level;
  }
  return false;
}
