import type { Statements } from '../../../../shared/src/languages';
import { ACCESSORS, comparedSubject, subjectText, withoutFallback } from '../comparison';
import { catchAround } from '../syntax/catches';
import { switchAround } from '../syntax/switches';
import type { SourceSyntax } from '../syntax/syntax';
import { declaredTypeOf } from './declaredType';
import { lastCodeBefore } from './layout';
import type { LanguageTemplates } from './templates';
import type { CodeTokens } from './tokens';

/** What finding a handler's subject asks of the document: its region's tokens, its tree, its names, and the language's rules. */
export interface SubjectContext {
  readonly code: CodeTokens;
  readonly tree: SourceSyntax;
  readonly statements: Statements;
  readonly templates: LanguageTemplates;
  /** Whether the document declares a type so named: one it knows to have a code, where the language's rule says so. */
  readonly names: { declaresType(name: string): boolean };
}

/**
 * For a code that nothing compares (a message naming it, a call given it): the language's usual
 * subject (`err.code`) where its error is in scope, else what the branch around it tests (the
 * subject of the switch whose case it is in, or of the `if` whose condition compares the same
 * code), else another code's subject compared in scope before it; in a catch block, the error it
 * caught first of all; undefined when there is none. `seen`: the names in scope there, where the
 * syntax tree tells them (names.scm), instead of the brackets.
 */
export function enclosingSubject(context: SubjectContext, at: number, codeText: string, seen?: ReadonlySet<string>): string | undefined {
  const { code, tree: syntax, templates } = context;
  const scope = new ScopeAt(context, at, seen);
  const caught = caughtSubjectAt(context, at);
  if (caught !== undefined) return scope.withCode(caught);
  if (scope.hasRootOf(templates.defaultSubject)) return scope.withCode(templates.defaultSubject);
  // The switch around the code, met at its body's brace on the way out (an `if` inside a branch comes first).
  const around = switchAround(syntax, code.tokens[at].start);
  let switchBody = around ? code.firstFrom(around.subject.endIndex) : -1;
  while (switchBody >= 0 && switchBody < at && !code.is(switchBody, '{')) switchBody++;
  for (let p = code.parent[at]; p >= 0; p = code.parent[p]) {
    if (!code.is(p, '{')) continue;
    if (p === switchBody) {
      const subject = switchSubject(code, syntax, at);
      if (subject !== undefined) return subject;
    }
    if (!code.is(p - 1, ')') || !code.is(code.partner[p - 1] - 1, 'if')) continue;
    for (let j = code.partner[p - 1] + 1; j < p - 1; j++) {
      if (code.str(j) !== codeText) continue;
      const subject = comparedSubject(code, j);
      if (subject !== undefined) return subject;
    }
  }
  return comparedBefore(scope);
}

/**
 * What the labels of the switch around token `at` compare with (`error.code` of `switch
 * (error.code) {`, Go's `switch apiErr.Code {`, PHP's `match ($e['code'] ?? 0) {` without its
 * fallback, Python's `match error["code"]:`), as a handler repeats it; undefined where the switch has
 * none (Go's `switch {`) or it is long or spans lines.
 */
export function switchSubject(code: CodeTokens, syntax: SourceSyntax, at: number): string | undefined {
  const subject = switchAround(syntax, code.tokens[at].start)?.subject;
  if (!subject) return undefined;
  const first = code.firstFrom(subject.startIndex);
  const after = code.firstFrom(subject.endIndex);
  const last = (after < 0 ? code.tokens.length : after) - 1;
  return first >= 0 && first <= last ? subjectText(code, first, withoutFallback(code, first, last)) : undefined;
}

/**
 * In a catch block, the error it caught; else the usual subject where its error is in scope at
 * token `at` (a cursor just before it), else the nearest compared one. In Python, `indent` (by
 * default the line's at `at`) is the statement's, which tells the blocks it is in. `seen`: as for enclosingSubject.
 */
export function subjectInScope(context: SubjectContext, at: number, indent?: string, seen?: ReadonlySet<string>): string | undefined {
  const { templates } = context;
  const scope = new ScopeAt(context, at, seen);
  const caught = caughtSubjectAt(context, at, indent);
  if (caught !== undefined) return scope.withCode(caught);
  return scope.hasRootOf(templates.defaultSubject) ? scope.withCode(templates.defaultSubject) : comparedBefore(scope);
}

/** The subject's error (`e` of `e.Code`) is in scope at token `at` (a cursor just before it). */
export function rootInScope(context: SubjectContext, at: number, subject: string): boolean {
  return new ScopeAt(context, at).hasRootOf(subject);
}

/**
 * What the document compares, as a handler at token `at` may test it: through the template's cast
 * where its error's declaration there gives a type known to have no code (TypeScript's caught
 * error, unknown again after the `if` that narrowed it). Any other type is the document's business:
 * it compares its code.
 */
export function comparedAsTested(context: SubjectContext, at: number, subject: string): string {
  return new ScopeAt(context, at).withCode(subject, 'compared');
}

/**
 * In a catch block, the caught error's subject, before any other error in scope (`error.code` in
 * `catch (error) {…}`, `$e->getCode()`; in TypeScript a cast, as a caught error is `unknown`;
 * Python's `getattr(e, "code", None)` in `except … as e:`, whatever the exception's type).
 */
function caughtSubjectAt({ code, tree: syntax, statements, templates }: SubjectContext, at: number, indent?: string): string | undefined {
  const { caughtSubject } = templates;
  if (caughtSubject === undefined) return undefined;
  const indented = statements.blocks === 'indentation';
  // Where indentation makes blocks, a handler indented `indent` before token `at` goes with the code above it.
  const offset =
    indented && indent !== undefined
      ? Math.max(0, lastCodeBefore(code.text, at < code.tokens.length ? code.tokens[at].start : code.text.length))
      : at < code.tokens.length
        ? code.tokens[at].start
        : code.text.length;
  const clause = catchAround(syntax, offset, { indent: indented ? indent?.length : undefined, withinFunction: indented });
  return clause?.name ? caughtSubject.replace('{{caught}}', clause.name.text) : undefined;
}

/**
 * The nearest code compared with a number before the scope's token (`error.code === 429`,
 * `e.getCode() == 1015`: a subject that names a code, not `attempt == 5`) whose root is in scope.
 */
function comparedBefore(scope: ScopeAt): string | undefined {
  const { code, at } = scope;
  for (let j = at - 1; j >= 0; j--) {
    const subject = code.kind(j) === 'number' ? comparedSubject(code, j) : undefined;
    if (subject !== undefined && /code/i.test(subject) && scope.hasRootOf(subject)) return subject;
  }
  return undefined;
}

/** Go's `[]*Error{a, b}`, `map[int]bool{…}`, `[2]int{…}`: a `{` after a slice, array or map type opens a value. */
function isSliceLiteral(code: CodeTokens, brace: number): boolean {
  let k = brace - 1;
  while (k >= 0 && (code.isWord(k) || code.is(k, '.', '*'))) k--;
  return code.is(k, ']');
}

/** `err` of `err.code`, `e` of `e.getCode()`, `error` of PHP's `$error['code']`: the subject's first name, without a `$`. */
function rootOf(subject: string): string | undefined {
  return /^\$?(\w+)/.exec(subject)?.[1];
}

/** Sibling tokens a lambda's expression body is looked back over for its arrow. */
const BODY_LIMIT = 40;

/**
 * The names in scope at token `at`, as far as brackets tell: named before it, and not only in a
 * block that ended before it (another function or block), in the parentheses heading one (that
 * function's parameters, another catch clause) or as a parameter of a lambda it is not in. A
 * field, a parameter of the function around it, an earlier local of a block around it count; a
 * member (`response.error`, `$this->error`) does not. Where the grammar's names.scm tells the
 * names in scope (Python, Ruby), they come from the tree instead.
 */
class ScopeAt {
  private readonly arrows: readonly string[];
  /** The names seen from `at`, gathered in one pass over the tokens before it the first time a root is asked for. */
  private visibleNames?: ReadonlySet<string>;
  /** Words a statement's head scopes to its block, found once. */
  private headed?: ReadonlyMap<number, number>;
  readonly code: CodeTokens;
  private readonly statements: Statements;

  constructor(
    private readonly context: SubjectContext,
    readonly at: number,
    /** The names in scope, where the syntax tree tells them. */
    private readonly seen?: ReadonlySet<string>,
  ) {
    this.code = context.code;
    this.statements = context.statements;
    this.arrows = context.statements.braces?.lambdaArrows ?? [];
  }

  /** `err` of `err.code`, `error` of `error["code"]`, `error` of PHP's `$error['code']` (a word without its `$`), is in scope. */
  hasRootOf(subject: string): boolean {
    const root = rootOf(subject);
    this.visibleNames ??= this.seen ?? this.namesSeen();
    return root !== undefined && this.visibleNames.has(root);
  }

  /**
   * The subject as the handler may test it: through the template's cast or helper where the
   * declaration of its error gives a type without a code (`catch (Exception ex)`, a library's
   * exception, Go's `err error` or `_, err := post()`), which `ex.Code` would not compile against.
   * For a subject the document compares (`compared`), only a type known to have none.
   */
  withCode(subject: string, mode: 'usual' | 'compared' = 'usual'): string {
    const { errorWithoutCode: rule } = this.context.templates;
    const root = rootOf(subject);
    if (!rule || root === undefined) return subject;
    const type = declaredTypeOf(this.code, this.at, root, rule.typeSide, (j) => this.sees(j));
    if (type === undefined || (type !== 'inferred' && type.words.length === 0)) return subject; // unknown, or written inline (`err: { code: number }`)
    const known = type !== 'inferred' && type.words.some((word) => rule.types.includes(word));
    const usual =
      type === 'inferred' ? rule.inferredHasNone : rule.ownTypesOnly && !type.words.some((word) => this.context.names.declaresType(word));
    return known || (mode === 'usual' && usual) ? rule.subject.replace('{{error}}', root) : subject;
  }

  /**
   * Every word before `at` (without PHP's `$`) that one of its uses makes seen from there. A block
   * that ended before `at` (another function's body) hides all it names, so it is skipped whole:
   * the pass reads the levels around `at`, not the whole document before it.
   */
  private namesSeen(): Set<string> {
    const { code, at } = this;
    const seen = new Set<string>();
    for (let j = 0; j < at; j++) {
      if (this.isBlockEndedBefore(j)) j = code.partner[j];
      if (!code.isWord(j)) continue;
      const word = code.str(j);
      const name = word.startsWith('$') ? word.slice(1) : word;
      if (!seen.has(name) && !code.is(j - 1, ...ACCESSORS) && this.sees(j)) seen.add(name);
    }
    return seen;
  }

  /** The name at token j is seen from `at`: in the block its statement's head scopes it to (Go), else as brackets tell. */
  private sees(j: number): boolean {
    const block = (this.headed ??= this.headerNames()).get(j);
    return block !== undefined ? this.encloses(block) : this.visible(j);
  }

  /**
   * The words in the head of a statement or function that scopes them to its block, each with that
   * block's `{`: Go's `if _, err := post(); err != nil {` and `for _, e := range errs {` (a head ends
   * on its line), a return type's `): err is HttpError {` (TypeScript's type predicate).
   */
  private headerNames(): Map<number, number> {
    const { code, at } = this;
    const keywords = this.statements.braces?.headerScopes ?? [];
    const headed = new Map<number, number>();
    const scopeToBlock = (from: number, goHead: boolean) => {
      const words: number[] = [];
      for (let prev = from, j = code.nextSibling(from); j >= 0; prev = j, j = code.nextSibling(j)) {
        const last = code.lastOf(prev);
        // A Go head goes on past a line that an operator ends (`ok &&`); its literals (`range []*Error{a, b}`) are no block.
        if (goHead && code.lineBreakBetween(last, j) && endsGoLine(code, last)) return;
        if (goHead && code.is(j, '{') && isSliceLiteral(code, j)) continue;
        if (code.is(j, '{')) {
          for (const word of words) headed.set(word, j);
          return;
        }
        if (!goHead && code.is(j, ';', '}', '=>', ',', '(')) return; // a declaration's or an arrow's type, which heads no block
        // Another head's keyword: that head's own (so that each token is read once, however the heads nest).
        if (goHead && code.is(j, ...keywords)) return;
        if (code.isWord(j)) words.push(j);
      }
    };
    for (let k = 0; k < at; k++) {
      if (this.isBlockEndedBefore(k)) k = code.partner[k]; // its heads scope names to blocks inside it: none is seen
      else if (keywords.length > 0 && code.is(k, ...keywords)) scopeToBlock(k, true);
      else if (code.partner[k] >= 0 && code.partner[k] < k && code.is(k, ')') && code.is(k + 1, ':')) scopeToBlock(k, false);
    }
    return headed;
  }

  /** The name at token j is seen from `at`: going out from it, a bracket around `at` too comes before any scope that ended. */
  private visible(j: number): boolean {
    const { code, at } = this;
    for (let t = j; ; ) {
      const arrow = this.lambdaArrow(t);
      if (arrow >= 0) {
        // A lambda's parameters (`ex =>`, `(sender, ex) =>`, Java's `e ->`) or what its expression body names: its body only.
        const body = code.nextSibling(arrow);
        return code.is(body, '{') ? this.encloses(body) : at > arrow && this.encloses(code.parent[t]);
      }
      const p = code.parent[t];
      if (this.encloses(p)) return true;
      if (code.is(p, '{')) return false;
      const block = code.is(p, '(') ? blockHeaded(code, p) : -1;
      if (block >= 0) return this.encloses(block);
      t = p;
    }
  }

  /** The arrow of the lambda whose parameters token t is, or whose expression body holds it; -1 for none. */
  private lambdaArrow(t: number): number {
    const { code, arrows } = this;
    if (arrows.length === 0) return -1;
    const next = code.nextSibling(t);
    if (code.is(next, ...arrows)) return next;
    for (let k = code.prevSibling(t), n = 0; k >= 0 && n < BODY_LIMIT && !code.is(k, ',', ';'); k = code.prevSibling(k), n++) {
      if (code.is(k, ...arrows)) return k;
    }
    return -1;
  }

  /** Token j opens a block that closes before `at`. */
  private isBlockEndedBefore(j: number): boolean {
    const close = this.code.partner[j];
    return close > j && close < this.at && this.code.is(j, '{');
  }

  /** Bracket p (-1: the top level) is open around `at` (a cursor just before its closing bracket is inside it). */
  private encloses(p: number): boolean {
    return p < 0 || (p < this.at && (this.code.partner[p] < 0 || this.code.partner[p] >= this.at));
  }
}

/** The `{` whose head the `(` opens (`name(…) {`, `catch (…) when (…) {`, `(…) => {`, `f(…): T {`); -1 for none. */
function blockHeaded(code: CodeTokens, paren: number): number {
  for (let j = code.nextSibling(paren); j >= 0; j = code.nextSibling(j)) {
    if (code.is(j, '{')) return j;
    if (code.is(j, ';', '}')) return -1;
  }
  return -1;
}

/** Go's rule: a line ends a statement after a name, literal, closing bracket, `++` or `--`, but a few keywords. */
function endsGoLine(code: CodeTokens, last: number): boolean {
  const token = code.tokens[last];
  if (token.kind === 'word') return !['else', 'func', 'if', 'for', 'switch', 'case', 'go', 'defer', 'var', 'const'].includes(code.str(last));
  if (token.kind === 'number' || token.kind === 'string') return true;
  if (code.is(last, ')', ']', '}')) return true;
  // `++` or `--`: the lexer reads them as two tokens.
  return code.is(last, '+', '-') && code.str(last - 1) === code.str(last) && code.tokens[last - 1].end === code.tokens[last].start;
}
