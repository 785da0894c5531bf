import type { Node } from '@vscode/tree-sitter-wasm';
import type { Statements } from '../../../../shared/src/languages';
import { catchAround } from '../syntax/catches';
import { comparisonsIn, withoutFallback } from '../syntax/codeSlots';
import { codeEndBefore } from '../syntax/codeText';
import { NamesSeen } from '../syntax/names';
import { switchAround } from '../syntax/switches';
import { captured, contains, matchesIn, type SourceSyntax } from '../syntax/syntax';
import { regionAround } from './treeSpot';
import type { LanguageTemplates } from './templates';

/** What finding a handler's subject asks of the document: its text, its tree, its names, and the language's rules. */
export interface SubjectContext {
  readonly text: string;
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
 * caught first of all; undefined when there is none.
 */
export function enclosingSubject(context: SubjectContext, at: number, codeText: string): string | undefined {
  const { templates } = context;
  const scope = new ScopeAt(context, at);
  const caught = caughtSubjectAt(context, at);
  if (caught !== undefined) return scope.withCode(caught);
  if (scope.hasRootOf(templates.defaultSubject)) return scope.withCode(templates.defaultSubject);
  return branchSubject(context, at, codeText) ?? comparedBefore(scope);
}

/**
 * What the nearest branch around `at` tests of the code: the subject of the switch whose
 * case holds it, or of an `if` whose condition compares the same code (`codeText`); the innermost
 * that tells one.
 */
function branchSubject({ tree }: SubjectContext, offset: number, codeText: string): string | undefined {
  const around = switchAround(tree, offset);
  const tests = matchesIn(tree, 'branches', offset, offset + 1).flatMap((match) => {
    const test = captured(match, 'test');
    const body = captured(match, 'body');
    return test && body && contains(body, offset) ? [test] : [];
  });
  const nearestFirst = [...tests, ...(around ? [around.node] : [])].sort((a, b) => b.startIndex - a.startIndex);
  for (const node of nearestFirst) {
    const subject = node === around?.node ? switchSubject(tree, offset) : subjectComparedWith(tree, node, codeText);
    if (subject !== undefined) return subject;
  }
  return undefined;
}

/** What the code `codeText` is compared with in an `if`'s test (codeSlots.scm's @comparison), as a handler repeats it: not when it is long or spans lines. */
function subjectComparedWith(tree: SourceSyntax, test: Node, codeText: string): string | undefined {
  const compared = comparisonsIn(tree, test.startIndex, test.endIndex).find(({ literal }) => literal.text === codeText);
  return compared && repeatable(compared.subject.text);
}

/**
 * What the labels of the switch around `offset` compare with (`error.code` of `switch
 * (error.code) {`, Go's `switch apiErr.Code {`, PHP's `match ($e['code'] ?? 0) {` without its
 * fallback, Python's `match error["code"]:`), as a handler repeats it; undefined where the switch has
 * none (Go's `switch {`) or it is long or spans lines.
 */
export function switchSubject(syntax: SourceSyntax, offset: number): string | undefined {
  const subject = switchAround(syntax, offset)?.subject;
  return subject && repeatable(withoutFallback(subject).text);
}

/**
 * In a catch block, the error it caught; else the usual subject where its error is in scope at
 * `at` (a cursor just before it), else the nearest compared one. In Python, `indent` (by
 * default the line's at `at`) is the statement's, which tells the blocks it is in, and `namesAt` (by default
 * `at`'s start) where its names are read.
 */
export function subjectInScope(context: SubjectContext, at: number, indent?: string, namesAt?: number): string | undefined {
  const { templates } = context;
  const scope = new ScopeAt(context, at, namesAt);
  const caught = caughtSubjectAt(context, at, indent);
  if (caught !== undefined) return scope.withCode(caught);
  return scope.hasRootOf(templates.defaultSubject) ? scope.withCode(templates.defaultSubject) : comparedBefore(scope);
}

/** The error of a subject the document compares (`e` of `e.Code`) is seen at `at` (a cursor just before it). */
export function rootInScope(context: SubjectContext, at: number, subject: string): boolean {
  return new ScopeAt(context, at).seesCompared(subject);
}

/**
 * What the document compares, as a handler at `at` may test it: through the template's cast
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
function caughtSubjectAt({ text, tree: syntax, statements, templates }: SubjectContext, at: number, indent?: string): string | undefined {
  const { caughtSubject } = templates;
  if (caughtSubject === undefined) return undefined;
  const indented = statements.blocks === 'indentation';
  // Where indentation makes blocks, a handler indented `indent` before `at` goes with the code above it.
  const offset = indented && indent !== undefined ? Math.max(0, codeEndBefore(syntax, text, at) - 1) : at;
  const clause = catchAround(syntax, offset, { indent: indented ? indent?.length : undefined, withinFunction: indented });
  return clause?.name ? caughtSubject.replace('{{caught}}', clause.name.text) : undefined;
}

/**
 * The nearest code compared with a number before the scope's offset (`error.code === 429`,
 * `e.getCode() == 1015`: a subject that names a code, not `attempt == 5`) whose root is in scope.
 */
function comparedBefore(scope: ScopeAt): string | undefined {
  const { text, tree, at } = scope;
  // Compared in the function around, or before it at the top level.
  const { from } = regionAround(tree, text, Math.min(at, text.length - 1));
  const compared = comparisonsIn(tree, from, at).filter(({ literal }) => /^\d/.test(literal.text));
  for (const { subject } of compared.reverse()) {
    const text = repeatable(subject.text);
    if (text !== undefined && /code/i.test(text) && scope.seesCompared(text)) return text;
  }
  return undefined;
}

/** The longest expression a handler repeats, on one line. */
const MAX_SUBJECT = 80;

/** An expression's text as a handler may repeat it: undefined when it is long or spans lines. */
export function repeatable(subject: string | undefined): string | undefined {
  return subject === undefined || subject.includes('\n') || subject.length > MAX_SUBJECT ? undefined : subject;
}

/** A subject's first name, with PHP's `$` before it if any. */
const ROOT = /^\$?(\w+)/;

/** `err` of `err.code`, `e` of `e.getCode()`, `error` of PHP's `$error['code']`: the subject's first name, without a `$`. */
function rootOf(subject: string): string | undefined {
  return ROOT.exec(subject)?.[1];
}

/** The local names seen just before `at` (names.scm), or at `namesAt` where indentation, not the token, tells the blocks. */
class ScopeAt {
  private readonly names: NamesSeen;
  readonly text: string;
  readonly tree: SourceSyntax;

  constructor(
    private readonly context: SubjectContext,
    readonly at: number,
    namesAt?: number,
  ) {
    const { text, tree } = context;
    this.text = text;
    this.tree = tree;
    this.names = new NamesSeen(tree, text, namesAt ?? at);
  }

  /** `err` of `err.code`, `error` of `error["code"]`, `error` of PHP's `$error['code']` (a word without its `$`), is in scope. */
  hasRootOf(subject: string): boolean {
    const root = rootOf(subject);
    return root !== undefined && this.names.has(root);
  }

  /**
   * The error of a subject the code compares (so reads as a value) is seen: declared and seen here,
   * or declared nowhere in the function around (a field, a global: `lastError.code`).
   */
  seesCompared(subject: string): boolean {
    const word = ROOT.exec(subject)?.[0];
    return this.hasRootOf(subject) || (word !== undefined && this.names.comesFromOutside(word));
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
    const type = this.names.typeOf(root);
    if (type === undefined) return subject; // unknown, or written inline (`err: { code: number }`)
    const known = type !== 'inferred' && type.words.some((word) => rule.types.includes(word));
    const usual =
      type === 'inferred' ? rule.inferredHasNone : rule.ownTypesOnly && !type.words.some((word) => this.context.names.declaresType(word));
    return known || (mode === 'usual' && usual) ? rule.subject.replace('{{error}}', root) : subject;
  }
}
