import { statusRead } from '../writing/policyChecks';
import { documentOf } from './placement';
import { errorObject, renderStatements } from './render';
import type { TextInsertion } from './spot';
import { switchSubject } from './errorSubject';
import { labelsBranch, treeBranchSpot, treeStatementSpot } from './treeSpot';
import { comparisonAt } from '../syntax/codeSlots';
import type { SourceSyntax } from '../syntax/syntax';

/** `s.status`, `$s->status`: the status read by member; `status["status"]`: by a string key (not Ruby's `status[:status]`, whose errors' keys are symbols too). */
const BY_MEMBER = /(?:\.|\?\.|->)\s*[A-Za-z_]\w*$/;
const BY_KEY = /\[\s*(['"])\w+\1\s*\]$/;
/** `s.getStatus()`, a record's `s.status()`, `s.get("status")` (a Java map or JSON node). */
const BY_GETTER = /(?:\.|::)\s*[A-Za-z_]\w*\s*\(\s*(?:(['"])\w+\1)?\s*\)$/;

/**
 * The errors read as the status is (`{{errors}}` in the statements): the status's name, its last,
 * as errors, in its case (`s.Status` → `s.Errors`, `s.getStatus()` → `s.getErrors()`,
 * `status["status"]` → `status["errors"]`). Undefined for a status read through a cast
 * (`(string)status["status"]`), whose errors are no string.
 */
function errorsRead(read: string): string | undefined {
  if (/^\(/.test(read)) return undefined;
  const last = /(status)(?=\W*$)/i.exec(read);
  if (!last) return undefined;
  const name = last[1];
  const errors = name === name.toUpperCase() ? 'ERRORS' : /^[A-Z]/.test(name) ? 'Errors' : 'errors';
  return read.slice(0, last.index) + errors + read.slice(last.index + name.length);
}

/**
 * The failed-status-errors quick fix: statements that keep each error of the failed status whose
 * `'failed'` is at `offset` (its code, title, error_data.details and href), as the first of the
 * branch that reads it (`if (s.status === 'failed') {`, `case "failed":` under `switch (s.status)`),
 * or, where that branch stands on one line, in an `if` of the same test after it. Only inserts.
 * Undefined where the language's templates have no such statements, or the status is read
 * otherwise than by a member, a getter (`s.getStatus()`, where the statements read the errors the
 * same way: `s.getErrors()`) or a string key.
 */
export function keepStatusErrorsInsertion(text: string, tree: SourceSyntax | undefined, languageId: string, offset: number): TextInsertion | undefined {
  const document = documentOf(text, tree, languageId);
  const forms = document?.templates.keepStatusErrors;
  if (!document || !forms) return undefined;
  const { templates, indent, eol, names } = document;
  const labelled = labelsBranch(document.tree, offset);
  const compared = labelled ? undefined : comparisonAt(document.tree, offset);
  const subject = labelled ? switchSubject(document.tree, offset) : compared?.subject.text;
  const spot = labelled ? treeStatementSpot(text, document.tree, offset, indent) : treeBranchSpot(text, document.tree, offset, indent, false);
  // A test of the same words after a branch on one line would compare the subject with the bare string, not `Some("failed")`.
  if (!subject || !spot || spot.form !== 'case' || spot.before || (spot.afterBranch && (!compared || compared.wrapped))) return undefined;
  const read = statusRead(subject);
  const lines = BY_KEY.test(read) ? (forms.byKey ?? forms.byMember) : BY_MEMBER.test(read) || BY_GETTER.test(read) ? (forms.byMember ?? forms.byKey) : undefined;
  const errors = errorsRead(read);
  // Only statements that read the errors as the status is read know a getter, or a status read through a cast.
  const readsAsStatus = lines?.some((line) => line.includes('{{errors}}'));
  if (!lines || (!readsAsStatus && !BY_KEY.test(read) && !BY_MEMBER.test(read)) || (readsAsStatus && !errors)) return undefined;
  // A branch on one line takes no statement: they go after it, under the same test.
  const condition = spot.afterBranch && compared
    ? (/^\d/.test(compared.literal.text) ? templates.condition : templates.stringCondition).replace('{{subject}}', subject).replace('{{codeLiteral}}', compared.literal.text)
    : undefined;
  const statements = renderStatements(lines, templates, { status: errorObject(read), errors: errors ?? '' }, { indent, eol, baseIndent: spot.baseIndent, takenNames: names, condition });
  const moved = spot.continuation !== undefined ? eol + spot.continuation : '';
  return { offset: spot.offset, text: eol + statements + moved };
}
