import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { profileFor } from '../../../shared/src/languages';
import { policyContextOf, policyFindings } from '../core/writing/policyChecks';
import { READ_BUDGET_MS, type AnalysedDocument, type DocumentStore } from '../documents';

/**
 * The policy checks read this many characters of a document at a time (about a millisecond), and
 * yield to requests once they have read for READ_BUDGET_MS: a request passes several event-loop
 * turns, each behind at most one such stretch.
 */
const SLICE_CHARS = 2_000;

/**
 * The diagnostics of the policy checks of a source document (core/writing/policyChecks.ts), each
 * with its rule as code, the code's page as the page that explains it, and the code itself in
 * `data` (its quick fix is the code's handler). Read from the syntax tree in slices; undefined when
 * the document changed meanwhile (`isStale`).
 */
export async function policyDiagnostics(
  store: DocumentStore,
  document: AnalysedDocument,
  severity: DiagnosticSeverity,
  source: string,
  isStale: () => boolean,
): Promise<Diagnostic[] | undefined> {
  const grammar = profileFor(document.index.languageId)?.grammar;
  if (!grammar) return [];
  const tree = await store.treeOf(document);
  const text = store.treeTextOf(document)?.text;
  if (isStale()) return undefined;
  if (!tree || text === undefined) return [];
  const { length } = text;
  const context = policyContextOf(text, (line, start) => document.index.onLine(line).some((o) => o.start === start), { tree, grammar });
  const diagnostics: Diagnostic[] = [];
  let until = performance.now() + READ_BUDGET_MS;
  for (let from = 0; from < length; from += SLICE_CHARS) {
    if (performance.now() >= until) {
      await new Promise((resume) => setImmediate(resume));
      if (isStale()) return undefined;
      until = performance.now() + READ_BUDGET_MS;
    }
    for (const finding of policyFindings({ tree, grammar }, store.catalog, from, Math.min(length, from + SLICE_CHARS), context)) {
      diagnostics.push({
        range: { start: { line: finding.line, character: finding.start }, end: { line: finding.line, character: finding.end } },
        severity,
        source,
        code: finding.rule,
        ...(finding.entry?.page ? { codeDescription: { href: finding.entry.page } } : {}),
        message: finding.message,
        ...(finding.entry ? { data: { code: finding.entry.code } } : {}),
      });
    }
  }
  return diagnostics;
}
