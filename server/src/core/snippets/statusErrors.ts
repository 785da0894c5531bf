import { comparedSubject } from '../comparison';
import { documentOf } from './placement';
import { errorObject, renderStatements } from './render';
import type { TextInsertion } from './spot';
import { switchSubject } from './errorSubject';
import { labelsBranch, treeBranchSpot, treeStatementSpot } from './treeSpot';
import type { SourceSyntax } from '../syntax/syntax';

/** `s.status`, `$s->status`: the status read by member; `status["status"]`: by a string key (not Ruby's `status[:status]`, whose errors' keys are symbols too). */
const BY_MEMBER = /(?:\.|\?\.|->)\s*[A-Za-z_]\w*$/;
const BY_KEY = /\[\s*(['"])\w+\1\s*\]$/;

/**
 * The failed-status-errors quick fix: statements that keep each error of the failed status whose
 * `'failed'` is at `offset` (its code, title, error_data.details and href), as the first of the
 * branch that reads it (`if (s.status === 'failed') {`, `case "failed":` under `switch (s.status)`),
 * or, where that branch stands on one line, in an `if` of the same test after it. Only inserts.
 * Undefined where the language's templates have no such statements (a typed language, where the
 * status's type may have no errors), or the status is read otherwise than by a member or string key.
 */
export function keepStatusErrorsInsertion(text: string, tree: SourceSyntax | undefined, languageId: string, offset: number): TextInsertion | undefined {
  const document = documentOf(text, tree, languageId, offset);
  const forms = document?.templates.keepStatusErrors;
  if (!document || !forms) return undefined;
  const { code, templates, indent, eol, names } = document;
  const at = code.indexAt(offset);
  if (at < 0) return undefined;
  const labelled = labelsBranch(document.tree, offset);
  const subject = labelled ? switchSubject(code, document.tree, at) : comparedSubject(code, at);
  const spot = labelled ? treeStatementSpot(code, document.tree, offset, indent) : treeBranchSpot(code, document.tree, offset, indent, false);
  if (!subject || !spot || spot.form !== 'case' || spot.before) return undefined;
  const lines = BY_KEY.test(subject) ? (forms.byKey ?? forms.byMember) : BY_MEMBER.test(subject) ? (forms.byMember ?? forms.byKey) : undefined;
  if (!lines) return undefined;
  // A branch on one line takes no statement: they go after it, under the same test.
  const condition = spot.afterBranch
    ? (code.kind(at) === 'string' ? templates.stringCondition : templates.condition).replace('{{subject}}', subject).replace('{{codeLiteral}}', code.text.slice(code.tokens[at].start, code.tokens[at].end))
    : undefined;
  const statements = renderStatements(lines, templates, { status: errorObject(subject) }, { indent, eol, baseIndent: spot.baseIndent, takenNames: names, condition });
  const moved = spot.continuation !== undefined ? eol + spot.continuation : '';
  return { offset: spot.offset, text: eol + statements + moved };
}
