import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { COMMANDS } from '../../../shared/src/contributions';
import { headingOf } from '../../../shared/src/entryNames';
import type { InitializationOptions } from '../../../shared/src/protocol';
import type { DocumentStore } from '../documents';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { POLICY_RULES } from '../core/writing/policyChecks';
import { HandlerInsertions } from './handlerInsertions';
import { missingCasesCodeActions } from './missingCases';

/**
 * "Insert handler for 470 Re-engagement message" on each code in the requested range: one
 * action per meaning of the code (the picked one preferred). Plain text edits that only
 * insert, so that they work in every editor; a client that runs the extension's commands (VS Code)
 * gets the "Insert handler" command instead, which inserts the same text as a snippet with tab stops.
 * An action fixes the diagnostic of its code when the request comes with it (the Problems panel's
 * quick fix), whatever the range. A failed status read without its errors[] gets the statements that
 * keep them; a permanent code in a set named for retrying, its exclusion where the set is tested
 * (`code !== 470 && RETRYABLE.has(code)`). Then the missing cases of the switch or map around the cursor.
 */
export async function codeActions(
  store: DocumentStore,
  params: CodeActionParams,
  token: CancellationToken,
  options: Pick<InitializationOptions, 'commandLinks'> = {},
): Promise<CodeAction[]> {
  const analysed = store.get(params.textDocument.uri);
  if (!analysed) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== undefined);
  const found = analysed.index
    .inLines(params.range.start.line, params.range.end.line)
    .filter((o) => touches(o, params.range))
    .concat(ours.flatMap((d) => analysed.index.inLines(d.range.start.line, d.range.start.line).filter((o) => isAt(o, d))))
    .filter((o, i, all) => all.findIndex((other) => other.line === o.line && other.start === o.start) === i);
  const tree = await store.treeOf(analysed);
  // Placing a handler or finding missing cases reads the whole document: not for a request the client no longer wants.
  if (token.isCancellationRequested) return [];
  const missing = tree && wants(params, CodeActionKind.RefactorRewrite) ? missingCasesCodeActions(analysed, tree, store.catalog, params.range) : [];
  const failedStatuses = ours.filter((d) => d.code === POLICY_RULES.failedStatusErrors);
  const retriedPermanent = ours.filter((d) => d.code === POLICY_RULES.retryPermanent);
  const insertions = found.length === 0 && failedStatuses.length === 0 && retriedPermanent.length === 0 ? undefined : HandlerInsertions.for(analysed, tree, store.treeTextOf(analysed));
  if (!insertions) return missing;
  const actions: CodeAction[] = failedStatuses.flatMap((diagnostic) => {
    const edits = insertions.keepingStatusErrors(diagnostic.range.start);
    // Never preferred: it calls a function of the user's, which an editor's auto-fix must not add unasked.
    return edits ? [{ title: KEEP_STATUS_ERRORS, kind: CodeActionKind.QuickFix, isPreferred: false, diagnostics: [diagnostic], edit: { changes: { [analysed.uri]: edits } } }] : [];
  });
  for (const diagnostic of retriedPermanent) {
    const excluded = insertions.excludingFromRetry(diagnostic.range.start);
    if (!excluded) continue;
    const { collection, code, tests } = excluded.fix;
    const title = `Leave ${code} out where ${collection} is tested${tests > 1 ? ` (${tests} tests)` : ''}: it is not retried`;
    // Not preferred: it changes what the handler does, which an editor's auto-fix must not do unasked.
    actions.push({ title, kind: CodeActionKind.QuickFix, isPreferred: false, diagnostics: [diagnostic], edit: { changes: { [analysed.uri]: excluded.edits } } });
  }
  for (const placed of found) {
    const meanings = placed.picked ? [placed.picked] : placed.entries;
    const diagnostics = ours.filter((d) => isAt(placed, d));
    for (const entry of meanings) {
      const insertion = insertions.forOccurrence(placed, entry);
      if (!insertion) continue;
      const { edits, commented } = insertion;
      const title = `Insert handler for ${headingOf(entry)}${commented ? ' as a comment (the branch already handles it)' : ''}`;
      const at = { uri: analysed.uri, position: { line: placed.line, character: placed.start } };
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        // Not for a policy check's diagnostic: an editor's auto-fix applies preferred fixes, and these change what a handler does.
        isPreferred: meanings.length === 1 && !diagnostics.some(isPolicyDiagnostic),
        ...(diagnostics.length > 0 ? { diagnostics } : {}),
        ...(options.commandLinks
          ? { command: { title, command: COMMANDS.insertHandler, arguments: [{ entryId: entry.id, at }] } }
          : { edit: { changes: { [analysed.uri]: edits } } }),
      });
    }
  }
  return [...actions, ...missing];
}

const KEEP_STATUS_ERRORS = "Keep the failed status's errors (code, title, details, href)";

/** The client asks for actions of this kind (or of any kind). */
function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The occurrence lies within the range, or the range (a cursor) touches it. */
function touches(o: { line: number; start: number; end: number }, range: CodeActionParams['range']): boolean {
  const afterStart = o.line > range.start.line || o.end >= range.start.character;
  const beforeEnd = o.line < range.end.line || o.start <= range.end.character;
  return afterStart && beforeEnd;
}

/** The occurrence is where the diagnostic is, with its code (a policy check's diagnostic has its rule as code, and the error code in `data`). */
function isAt(o: { line: number; start: number; end: number; code: number }, d: Diagnostic): boolean {
  const code = isPolicyDiagnostic(d) ? (d.data as { code?: unknown } | undefined)?.code : d.code;
  return o.line === d.range.start.line && o.start === d.range.start.character && o.end === d.range.end.character && o.code === code;
}

function isPolicyDiagnostic(d: Diagnostic): boolean {
  return (Object.values(POLICY_RULES) as unknown[]).includes(d.code);
}
