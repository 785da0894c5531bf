// The failed-status-errors quick fix: on each failed status of test/fixtures/failedStatuses, the
// statements it inserts keep the status's errors (the check then finds nothing), and leave the
// language's own checker with nothing new to report but "cannot find" for the function they
// document as the user's. Only inserts; typed languages (Java, Go, C#, Rust) get no fix.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogOf } from '../../shared/src/catalogSources';
import { documentedHelpers } from '../../shared/src/handlerSnippet';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { keepStatusErrorsInsertion } from '../../server/src/core/snippets/statusErrors';
import { policyContextOf, policyFindings, POLICY_RULES } from '../../server/src/core/writing/policyChecks';
import { checkSources, newFindings, notFoundName } from '../support/checkers';
import { loadAllGrammars } from '../support/grammars';
import { checkedSource, sourceDocuments, type SourceDocument } from '../support/sourceDocuments';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

function failedStatuses(text: string, languageId: string) {
  const index = new OccurrenceIndex(text, languageId, catalog);
  const context = policyContextOf(text, (line, start) => index.onLine(line).some((o) => o.start === start));
  return policyFindings(syntaxOf(text, languageId)!, catalog, 0, text.length, context).filter((f) => f.rule === POLICY_RULES.failedStatusErrors);
}

/** The text with the fix applied at each failed status, one at a time: `[line, result]`. */
function fixed(text: string, languageId: string): { line: number; result: string; inserted: string }[] {
  const document = TextDocument.create('file:///x', languageId, 1, text);
  return failedStatuses(text, languageId).flatMap((finding) => {
    const insertion = keepStatusErrorsInsertion(text, syntaxOf(text, languageId), languageId, document.offsetAt({ line: finding.line, character: finding.start }));
    if (!insertion) return [];
    const at = document.positionAt(insertion.offset);
    return [{ line: finding.line + 1, inserted: insertion.text, result: TextDocument.applyEdits(document, [{ range: { start: at, end: at }, newText: insertion.text }]) }];
  });
}

const documents = sourceDocumentsIn('test/fixtures/failedStatuses');

function sourceDocumentsIn(folder: string): SourceDocument[] {
  return sourceDocuments([folder]).filter((d) => d.file.startsWith(folder));
}

describe('failed-status-errors quick fix', () => {
  it('TypeScript: the first statements of the branch, in its indentation; after a branch on one line, under the same test', () => {
    const text = "// WhatsApp statuses\nfunction on(s: { id: string; status: string }) {\n  if (s.status === 'failed') {\n    markFailed(s.id);\n  }\n  if (s.status === 'failed') markFailed(s.id);\n}\n";
    const [block, oneLine] = fixed(text, 'typescript');
    assert.equal(
      block.inserted,
      "\n    // Keep why it failed: each error's code, title, details and link.\n    const statusErrors = ((s as { errors?: { code?: number; title?: string; error_data?: { details?: string }; href?: string }[] }).errors ?? []).map((e) => ({ code: e.code, title: e.title, details: e.error_data?.details, href: e.href }));\n    keepStatusErrors(statusErrors); // your function: stores them with the message (the status has its id); Meta has no API to fetch a past status again",
    );
    assert.match(oneLine.inserted, /^\n {2}if \(s\.status === 'failed'\) \{\n {4}\/\/ Keep why it failed/);
    assert.match(oneLine.inserted, /\n {2}\}$/);
  });

  it('Python: by key for a dict, by attribute for an object, and a name the document uses is not declared again', () => {
    const text = '# WhatsApp statuses\ndef on(status, s):\n    status_errors = []\n    if status["status"] == "failed":\n        pass\n    if s.status == "failed":\n        pass\n';
    const [byKey, byMember] = fixed(text, 'python');
    assert.match(byKey.inserted, /\n {8}status_errors2 = \[\{"code": e\.get\("code"\).* for e in status\.get\("errors"\) or \[\]\]\n {8}keep_status_errors\(status_errors2\) {2}# your function/);
    assert.match(byMember.inserted, /for e in getattr\(s, "errors", None\) or \[\]\]/);
  });

  it('offers nothing where the status is read by a symbol key, or in a language whose status type may lack errors', () => {
    assert.deepEqual(fixed("# WhatsApp statuses\nif status[:status] == 'failed'\n  mark(status[:id])\nend\n", 'ruby'), []);
    const go = 'package wa\n\n// WhatsApp statuses\nfunc onStatus(s Status) {\n\tif s.Status == "failed" {\n\t\tmarkFailed(s.ID)\n\t}\n}\n';
    assert.equal(failedStatuses(go, 'go').length, 1);
    assert.deepEqual(fixed(go, 'go'), []);
  });

  it('fixes every failed status of the fixtures, after which the check finds none', () => {
    const left = documents.flatMap((d) => {
      const found = fixed(d.text, d.languageId);
      assert.equal(found.length, failedStatuses(d.text, d.languageId).length, `${d.file}: a failed status without a fix`);
      assert.ok(found.length > 0, `${d.file}: no failed status found`);
      return found.flatMap((f) => failedStatuses(f.result, d.languageId).map((x) => `${d.file}:${f.line} → ${x.line + 1}`));
    });
    assert.deepEqual(left, []);
  });

  for (const language of [...new Set(documents.map((d) => d.languageId))]) {
    it(`${language}: the checker finds nothing new but the function the statements document`, async (t) => {
      await loadAllGrammars();
      const docs = documents.filter((d) => d.languageId === language);
      const applied = docs.flatMap((d) => fixed(d.text, d.languageId).map((f) => ({ ...f, document: d })));
      const outcome = await checkSources(language, [...docs.map((d) => checkedSource(d.file, d.text)), ...applied.map((a) => checkedSource(a.document.file, a.result))]);
      if ('missing' in outcome) return t.skip(outcome.missing);
      const problems = applied.flatMap((a, i) =>
        newFindings(outcome.findings[docs.indexOf(a.document)], outcome.findings[docs.length + i])
          .filter((f) => !documentedHelpers(a.inserted).has(notFoundName(f.text) ?? ''))
          .map((f) => `${a.document.file}:${a.line}: line ${f.line}: ${f.text}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});

before(loadAllGrammars);
