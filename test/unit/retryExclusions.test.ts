// The retry-permanent quick fix on a permanent code in a set named for retrying: before each test
// of the set in the document (`RETRYABLE.has(code)`, `code in RETRYABLE_CODES`, `in_array`,
// `.contains`, `.include?`, `slices.Contains`, `if retryable[code]`), it inserts what leaves the code out, so that the
// set's tests no longer retry it; the set stays as written (quick fixes only insert). Applied, the
// check finds the code no more, and the language's own checker nothing new
// (test/fixtures/retrySets, every language with handlers).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { policyContextOf, policyFindings, POLICY_RULES } from '../../server/src/core/writing/policyChecks';
import { retryExclusionAt } from '../../server/src/core/writing/retryExclusions';
import { checkSources, newFindings } from '../support/checkers';
import { loadAllGrammars } from '../support/grammars';
import { checkedSource, sourceDocuments } from '../support/sourceDocuments';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

/** The retry-permanent findings, as `line code` (1-based line). */
function retried(text: string, languageId: string): string[] {
  const index = new OccurrenceIndex(text, languageId, catalog);
  const syntax = syntaxOf(text, languageId)!;
  const context = policyContextOf(text, (line, start) => index.onLine(line).some((o) => o.start === start), syntax);
  return policyFindings(syntax, catalog, 0, text.length, context)
    .filter((f) => f.rule === POLICY_RULES.retryPermanent)
    .map((f) => `${f.line + 1} ${f.entry!.code}`);
}

/** The fix of each retry-permanent finding, applied on its own: the finding, the fix's title parts, and the text after. */
function fixed(text: string, languageId: string) {
  const document = TextDocument.create('file:///x', languageId, 1, text);
  const index = new OccurrenceIndex(text, languageId, catalog);
  const syntax = syntaxOf(text, languageId)!;
  const context = policyContextOf(text, (line, start) => index.onLine(line).some((o) => o.start === start), syntax);
  return policyFindings(syntax, catalog, 0, text.length, context)
    .filter((f) => f.rule === POLICY_RULES.retryPermanent)
    .flatMap((finding) => {
      const fix = retryExclusionAt(syntax, text, document.offsetAt({ line: finding.line, character: finding.start }));
      if (!fix) return [];
      const edits = fix.insertions.map(({ offset, text: newText }) => ({ range: { start: document.positionAt(offset), end: document.positionAt(offset) }, newText }));
      return [{ finding: `${finding.line + 1} ${finding.entry!.code}`, fix, result: TextDocument.applyEdits(document, edits) }];
    });
}

/** The lines of `after` that `before` does not have. */
function changedLines(before: string, after: string): string[] {
  const lines = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !lines.has(line)).map((line) => line.trim());
}

const TYPESCRIPT = [
  '// WhatsApp Cloud API errors',
  'const RETRYABLE = new Set([131056, 470]);',
  'declare function retry(): void;',
  'export function onError(err: { code: number }): boolean {',
  '  if (RETRYABLE.has(err.code)) retry();',
  '  return !RETRYABLE.has(err.code);',
  '}',
  '',
].join('\n');

describe('retry-permanent quick fix: leave the code out where the set is tested', () => {
  before(loadAllGrammars);

  it('TypeScript: before each test of the set, in parentheses where an operator binds the test; then the check finds nothing', () => {
    const [only] = fixed(TYPESCRIPT, 'typescript');
    assert.equal(only.finding, '2 470');
    assert.deepEqual([only.fix.collection, only.fix.code, only.fix.tests], ['RETRYABLE', '470', 2]);
    assert.deepEqual(changedLines(TYPESCRIPT, only.result), ['if (err.code !== 470 && RETRYABLE.has(err.code)) retry();', 'return !(err.code !== 470 && RETRYABLE.has(err.code));']);
    assert.deepEqual(retried(only.result, 'typescript'), []);
  });

  it('Python: a `not in` test is made true for the code, in parentheses beside an `and`', () => {
    const text = '# WhatsApp\nRETRY_CODES = (131056, 131047)\n\ndef on_error(e, attempts):\n    if e.code not in RETRY_CODES:\n        return False\n    return attempts < 3 and e.code not in RETRY_CODES\n';
    const [only] = fixed(text, 'python');
    assert.deepEqual(changedLines(text, only.result), ['if e.code == 131047 or e.code not in RETRY_CODES:', 'return attempts < 3 and (e.code == 131047 or e.code not in RETRY_CODES)']);
  });

  it('Rust: `matches!` of the argument as written; PHP compares loosely, as in_array does', () => {
    const rust = '// WhatsApp\nconst RETRYABLE: [u32; 2] = [131056, 470];\nfn retries(code: &u32) -> bool {\n    RETRYABLE.contains(code)\n}\n';
    assert.deepEqual(changedLines(rust, fixed(rust, 'rust')[0].result), ['!matches!(code, 470) && RETRYABLE.contains(code)']);
    const php = "<?php\n// WhatsApp\n$retryable = [131056, 470];\nif (in_array($e->getCode(), $retryable)) {\n    retry();\n}\n";
    assert.deepEqual(changedLines(php, fixed(php, 'php')[0].result), ['if ($e->getCode() != 470 && in_array($e->getCode(), $retryable)) {']);
  });

  it('Go: `slices.Contains` of the set (Go 1.21, beyond the checker here); a map of booleans read as a condition, not one read for its value', () => {
    const go = 'package wa\n\n// WhatsApp\nvar retryable = []int{131056, 470}\n\nfunc retries(code int) bool {\n\treturn slices.Contains(retryable, code)\n}\n';
    assert.deepEqual(changedLines(go, fixed(go, 'go')[0].result), ['return code != 470 && slices.Contains(retryable, code)']);
    const delays = 'package wa\n\n// WhatsApp\nvar retryDelays = map[int]int{131056: 60, 470: 5}\n\nfunc delay(code int) int {\n\treturn retryDelays[code]\n}\n';
    assert.deepEqual(fixed(delays, 'go'), []);
  });

  it('leaves the code out by hand as well: no finding once every test does, one while a test does not', () => {
    const byHand = TYPESCRIPT.replace('if (RETRYABLE', 'if (err.code !== 470 &&\n    RETRYABLE').replace('return !RETRYABLE.has(err.code)', 'return !(err.code !== 470 && RETRYABLE.has(err.code))');
    assert.deepEqual(retried(byHand, 'typescript'), []);
    assert.deepEqual(retried(TYPESCRIPT.replace('if (RETRYABLE', 'if (err.code !== 470 && RETRYABLE'), 'typescript'), ['2 470']);
  });

  it('offers nothing where the set is tested nowhere in the document, or its test computes what it asks (a call with arguments)', () => {
    const exported = '// WhatsApp\nexport const RETRYABLE_CODES = [130429, 131047];\n';
    assert.deepEqual(retried(exported, 'typescript'), ['2 131047']);
    assert.deepEqual(fixed(exported, 'typescript'), []);
    const computed = '// WhatsApp\nconst RETRYABLE = new Set([131056, 470]);\ndeclare function codeOf(e: unknown): number;\nexport const retries = (e: unknown) => RETRYABLE.has(codeOf(e));\n';
    assert.deepEqual(retried(computed, 'typescript'), ['2 470']);
    assert.deepEqual(fixed(computed, 'typescript'), []);
  });

  it('reads only tests of the set itself: not another collection that ends the same, nor its name in a string', () => {
    const text = '// WhatsApp\nconst RETRYABLE = new Set([131056, 470]);\nconst NOT_RETRYABLE = new Set([470]);\nexport const a = (c: number) => NOT_RETRYABLE.has(c);\nexport const b = (c: number) => "RETRYABLE.has(c)" + String(RETRYABLE.has(c));\n';
    const [only] = fixed(text, 'typescript');
    assert.equal(only.fix.tests, 1);
    assert.deepEqual(changedLines(text, only.result), ['export const b = (c: number) => "RETRYABLE.has(c)" + String(c !== 470 && RETRYABLE.has(c));']);
  });

  const documents = sourceDocuments(['test/fixtures/retrySets']).filter((d) => d.file.startsWith('test/fixtures/retrySets'));

  it('fixes every finding of the fixtures, after which the check finds that code no more', () => {
    assert.ok(documents.length >= 9);
    const left = documents.flatMap((d) => {
      const found = retried(d.text, d.languageId);
      const fixes = fixed(d.text, d.languageId);
      assert.ok(found.length > 0, `${d.file}: no retry-permanent finding`);
      assert.deepEqual(fixes.map((f) => f.finding), found, `${d.file}: a finding without a fix`);
      return fixes.flatMap((f) => (retried(f.result, d.languageId).includes(f.finding) ? [`${d.file}: ${f.finding}`] : []));
    });
    assert.deepEqual(left, []);
  });

  for (const language of [...new Set(documents.map((d) => d.languageId))]) {
    it(`${language}: the checker finds nothing new once the fix is applied`, async (t) => {
      const docs = documents.filter((d) => d.languageId === language);
      const applied = docs.flatMap((d) => fixed(d.text, d.languageId).map((f) => ({ ...f, document: d })));
      const outcome = await checkSources(language, [...docs.map((d) => checkedSource(d.file, d.text)), ...applied.map((a) => checkedSource(a.document.file, a.result))]);
      if ('missing' in outcome) return t.skip(outcome.missing);
      assert.deepEqual(outcome.findings.slice(0, docs.length).flat(), [], 'the fixtures themselves compile cleanly');
      const problems = applied.flatMap((a, i) =>
        newFindings(outcome.findings[docs.indexOf(a.document)], outcome.findings[docs.length + i]).map((f) => `${a.document.file} (${a.finding}): line ${f.line}: ${f.text}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});
