import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import type { Statements } from '../../../../shared/src/languages';
import type { Occurrence } from '../detection/occurrence';
import { languageFor, type Syntax } from '../language';
import type { SourceSyntax } from '../syntax/syntax';
import { comparisonAt, guardedAround, membershipAt, type Comparison, type Membership } from '../syntax/codeSlots';
import { codeEndBefore, codeFrom, commentAcross, commentAt } from '../syntax/codeText';
import { DocumentNames } from '../syntax/documentNames';
import { inBuiltValue } from '../syntax/values';
import { awaitAllowed } from './awaiting';
import { caughtTypeAt } from './caughtType';
import { detectEol, detectIndentUnit, lastCodeBefore, lineEnd, lineStart } from './layout';
import { renderHandler, type RenderOptions } from './render';
import { comparedAsTested, enclosingSubject, repeatable, rootInScope, subjectInScope, switchSubject } from './errorSubject';
import type { Spot, TextInsertion } from './spot';
import { missingImports } from './imports';
import { templatesFor, type LanguageTemplates } from './templates';
import { labelsBranch, placesFromTree, treeBranchSpot, treeLineSpot, treeStatementSpot } from './treeSpot';

/** The handler's text, and the imports it needs that the document lacks: only insertions. */
export interface HandlerInsertion extends TextInsertion {
  readonly imports: readonly TextInsertion[];
  /** The case branch already handles the code: the handler comes as comments, to compare with, and runs nothing. */
  readonly commented: boolean;
}

/** What placing a handler in a document needs to know of it, read once per version of the document. */
export interface Document {
  readonly text: string;
  readonly tree: SourceSyntax;
  readonly syntax: Syntax;
  readonly statements: Statements;
  readonly templates: LanguageTemplates;
  readonly indent: string;
  readonly eol: string;
  /** The names the document uses, but members: a handler declares none of them again, and calls a logger only by one of them. */
  readonly names: DocumentNames;
}

/** The last document read: the editor asks again as the cursor moves, each time over the same text. */
let lastRead: { readonly tree: SourceSyntax; readonly languageId: string; readonly document: Document | undefined } | undefined;

/** Undefined when the language has no templates (logs, plain text), no syntax tree, or no way of placing them. */
export function documentOf(text: string, tree: SourceSyntax | undefined, languageId: string): Document | undefined {
  if (!tree) return undefined;
  if (lastRead?.document?.text !== text || lastRead.tree.tree !== tree.tree || lastRead.languageId !== languageId) {
    lastRead = { tree, languageId, document: readDocument(text, tree, languageId) };
  }
  return lastRead.document;
}

function readDocument(text: string, tree: SourceSyntax, languageId: string): Document | undefined {
  const language = languageFor(languageId);
  const templates = templatesFor(languageId);
  const statements = language.statements;
  if (!templates || !statements || !placesFromTree(tree)) return undefined;
  const indent = detectIndentUnit(text, templates.indent);
  return { text, tree, syntax: language.syntax, statements, templates, indent, eol: detectEol(text), names: new DocumentNames(tree, text) };
}

/**
 * The handler for `entry` placed where a developer would write it: in the case branch the code
 * labels or the branch of the `if` whose head tests it, for equality or as one of a collection's
 * (as comments, to compare with, where that branch already does something), or in an `if` statement after the statement that holds the code
 * (before it when that statement is a `return` or `throw`, after which nothing runs). It awaits only where the function
 * around it is async, and calls synchronously elsewhere. Undefined when the language has no
 * templates (logs, plain text), no statement can take it (a class constant), or the code is
 * being produced there (returned, built into a value), not handled.
 */
export function handlerInsertion(
  text: string,
  tree: SourceSyntax | undefined,
  languageId: string,
  occurrence: Occurrence,
  entry: CatalogEntry,
): HandlerInsertion | undefined {
  const document = documentOf(text, tree, languageId);
  const at = occurrence.start;
  // A code in a comment is no code's handling.
  if (!document || commentAt(document.tree, at)) return undefined;
  const { templates } = document;
  const membership = membershipAt(document.tree, at);
  const comparison = comparisonAt(document.tree, at);
  const spot = branchSpot(document, at, comparison, membership) ?? statementSpot(document, at);
  if (!spot) return undefined;
  const labelled = occurrence.isCaseLabel || labelsBranch(document.tree, occurrence.start);
  // Produced, not handled: returned, thrown, or built into a value (values.scm: `{ code: 401 }`, `new Set([429, 1015])`).
  if (!labelled && !membership && !comparison && (spot.before || inBuiltValue(document.tree, occurrence.start))) return undefined;
  const compared = repeatable((comparison?.subject ?? membership?.subject)?.text);
  const subject = compared
    ? subjectSeen(document, spot, unguarded(document.tree, occurrence.start, compared, templates))
    : labelled
      ? (switchSubject(document.tree, at) ?? subjectInScope(document, at))
      : enclosingSubject(document, at, String(occurrence.code));
  // No error to test where the code is: the handler would name one that is not there (`ex` of another method).
  if (subject === undefined) return undefined;
  return insertion(document, spot, entry, { subject, useStringCode: occurrence.stringCode !== undefined });
}

/**
 * What the handler at the spot tests of the compared subject: the subject, through the template's
 * cast where its error's type has no code there (TypeScript's caught error, after the `if` that
 * narrowed it); undefined where its error is out of scope there (declared by the head of a
 * statement that does not test the code for equality: `if e, ok := err.(*Error); ok && e.Code != 1015 {`).
 */
function subjectSeen(document: Document, spot: Spot, subject: string): string | undefined {
  const { text, tree, statements } = document;
  if (statements.blocks !== 'braces') return subject;
  const next = codeFrom(tree, text, spot.offset);
  const found = spot.before ? (spot.scope ?? next) : next;
  const where = found < 0 ? text.length : found;
  if (/^\$?\w/.test(subject) && !rootInScope(document, where, subject)) return undefined;
  return comparedAsTested(document, where, subject);
}

/**
 * The compared expression as the handler, after the statement, may read it: where an `&&` around
 * the comparison guarded its object (`result.error && result.error.code !== 1013`, `result.Error !=
 * null && …`), through the language's optional member (`result.error?.code`), which needs no guard.
 */
function unguarded(tree: SourceSyntax, offset: number, subject: string, templates: LanguageTemplates): string {
  const optional = templates.optionalMember;
  if (!optional) return subject;
  const guarded = guardedAround(tree, offset);
  const members = subject.split('.');
  for (let n = members.length - 1; n >= 1; n--) {
    const object = members.slice(0, n).join('.');
    if (object.endsWith('?')) return subject;
    if (guarded.has(object)) return `${object}${optional}${members.slice(n).join('.')}`;
  }
  return subject;
}

/**
 * The handler for `entry` (picked from the catalog) at the cursor, by the same rule: on a blank
 * line, on that line, indented as the statements of the block it is in (after a line holding only a
 * comment, on a new line); otherwise after the statement holding the token at the cursor. It awaits
 * only where the function there is async. Undefined when the language has no templates or no
 * statement can go there (directly in a class body).
 */
export function handlerInsertionAtCursor(text: string, tree: SourceSyntax | undefined, languageId: string, offset: number, entry: CatalogEntry): HandlerInsertion | undefined {
  const document = documentOf(text, tree, languageId);
  if (!document) return undefined;
  const { statements, indent } = document;
  const from = lineStart(text, offset);
  const to = lineEnd(text, offset);
  // The error the handler tests: one in scope at the cursor, else none (the handler then says what to put there).
  const subjectAt = (at: number, namesAt: number, indent?: string) => ({ subject: subjectInScope(document, at, indent, namesAt) });
  if (codeFrom(document.tree, text, from, to) >= 0) {
    // The code at the cursor or after it on its line, else the line's last.
    const after = codeFrom(document.tree, text, offset, to);
    const at = after >= 0 ? after : codeEndBefore(document.tree, text, to, from) - 1;
    const spot = statementSpot(document, at);
    return spot && insertion(document, spot, entry, subjectAt(at, at));
  }
  // A line without code: blank, or a comment alone; not inside a block comment going on below.
  if (commentAcross(document.tree, text, to)) return undefined;
  const blank = text.slice(from, to).trim() === '';
  const spot = treeLineSpot(text, document.tree, to, indent, statements.blocks === 'indentation');
  if (!spot) return undefined;
  const next = codeFrom(document.tree, text, to);
  // The function the handler is in holds the code before the line (Python: the one its indentation says).
  const before = lastCodeBefore(text, to);
  const namesAt = statements.blocks === 'indentation' ? Math.max(0, before) : next < 0 ? to : next;
  const options = subjectAt(next < 0 ? text.length : next, namesAt, spot.baseIndent);
  if (spot.scope !== undefined) return insertion(document, spot, entry, options);
  const indented = statements.blocks === 'indentation' ? spot.baseIndent.length : undefined;
  const canAwait = before >= 0 && awaitAllowed(document.tree, statements, before, indented);
  const handler = render(document, spot, entry, { ...options, canAwait });
  if (!blank) return withImports(document, { offset: to, text: document.eol + handler });
  // The handler fills the blank line: after the whitespace it has, when that begins its indentation.
  const whitespace = text.slice(from, to);
  if (spot.baseIndent.startsWith(whitespace)) return withImports(document, { offset: to, text: handler.slice(whitespace.length) });
  return withImports(document, { offset: from, text: handler + document.eol });
}

function withImports({ text, tree, syntax, templates, eol }: Document, handler: TextInsertion): HandlerInsertion {
  const imports = templates.imports && missingImports(tree, text, handler.text, syntax, templates.imports, eol);
  return { ...handler, imports: imports ? [imports] : [], commented: false };
}

/**
 * The branch of an `if` whose head tests the code for equality (`if (err.code === 470) {`) or
 * membership (`if e.code in (470, 131047):`): the code's, as a case branch, shared with the
 * collection's other codes.
 */
function branchSpot({ text, tree, indent }: Document, at: number, comparison: Comparison | undefined, membership: Membership | undefined): Spot | undefined {
  if (membership?.negated || !(membership || comparison?.equal)) return undefined;
  return treeBranchSpot(text, tree, at, indent, membership?.several === true);
}

function statementSpot({ text, tree, indent }: Document, at: number): Spot | undefined {
  return treeStatementSpot(text, tree, at, indent);
}

/** The handler at a spot: on lines of its own after it, or before the line that leaves the block. */
function insertion(document: Document, found: Spot, entry: CatalogEntry, options: Pick<RenderOptions, 'subject' | 'useStringCode'>): HandlerInsertion {
  const { statements, eol, templates } = document;
  // A `break;` closing an empty branch stacked on others would skip what they share (a `return`).
  const spot: Spot =
    found.sharedBody && templates.caseClause.closeEmptyBranch.length > 0 ? { form: 'block', closeBranch: false, ...found.sharedBody } : found;
  const canAwait = spot.scope !== undefined && awaitAllowed(document.tree, statements, spot.scope);
  const commented = spot.form === 'case' && spot.handled === true;
  const handler = render(document, spot, entry, { ...options, canAwait, commented });
  const moved = spot.continuation !== undefined ? eol + spot.continuation : '';
  const text = spot.before ? handler + eol : eol + handler + moved;
  return commented ? { offset: spot.offset, text, imports: [], commented } : withImports(document, { offset: spot.offset, text });
}

function render(document: Document, spot: Spot, entry: CatalogEntry, options: Partial<RenderOptions>): string {
  const { tree, statements, templates, indent, eol, names } = document;
  const { form, baseIndent, closeBranch } = spot;
  const caughtType = templates.caughtType !== undefined ? caughtTypeAt(tree, codeAt(document, spot), baseIndent, statements) : undefined;
  return renderHandler(entry, templates, { ...options, form, indent, eol, baseIndent, closeBranch, takenNames: names, caughtType });
}

/**
 * The offset of the code a handler at the spot goes with: the statement at its level, else (on the
 * cursor's line, which has none) the code after it, or before it where indentation makes blocks.
 */
function codeAt({ text, tree, statements }: Document, spot: Spot): number {
  if (spot.scope !== undefined) return spot.scope;
  if (statements.blocks === 'indentation') return Math.max(0, lastCodeBefore(text, spot.offset));
  const next = codeFrom(tree, text, spot.offset);
  return next < 0 ? text.length : next;
}
