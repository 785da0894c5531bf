// Policy checks: a permanent code handled by a retry, a transient code treated as final. Shapes
// from both sides, in each language with handlers; none on code that does the right thing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { policyContextOf, policyFindings } from '../../server/src/core/writing/policyChecks';
import { sourceDocuments } from '../support/sourceDocuments';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

/** Each finding as `line rule code`. */
function findingsOf(text: string, languageId: string): string[] {
  const index = new OccurrenceIndex(text, languageId, catalog);
  const detected = new Set(index.inLines(0, index.text.lineCount - 1).map((o) => `${o.line}:${o.start}`));
  const syntax = syntaxOf(text, languageId)!;
  const context = policyContextOf(text, (line, start) => detected.has(`${line}:${start}`), syntax);
  return policyFindings(syntax, catalog, 0, text.length, context).map((f) => `${f.line + 1} ${f.rule}${f.entry ? ` ${f.entry.code}` : ''}`);
}

const CASES: readonly { language: string; text: string; found: readonly string[] }[] = [
  // A permanent code handled by a retry.
  { language: 'typescript', text: '// WhatsApp Cloud API\nconst RETRYABLE_CODES = [130429, 131047];\n', found: ['2 retry-permanent 131047'] },
  { language: 'typescript', text: 'switch (err.code) { // WhatsApp\n  case 131047:\n    await resendMessage(msg);\n    break;\n}\n', found: ['2 retry-permanent 131047'] },
  { language: 'python', text: '# WhatsApp\nRETRYABLE_ERRORS = {470, 1026}\n', found: ['2 retry-permanent 470', '2 retry-permanent 1026'] },
  { language: 'ruby', text: '# WhatsApp\ncase error.code\nwhen 131047 then schedule_retry(message)\nend\n', found: ['3 retry-permanent 131047'] },
  { language: 'java', text: 'class A { // WhatsApp\n  void m(WhatsAppError e) {\n    switch (e.getCode()) {\n      case 131047: retryLater(e); break;\n    }\n  }\n}\n', found: ['4 retry-permanent 131047'] },
  { language: 'ruby', text: "# WhatsApp\ncase error_code\nwhen 131047, 470\n  resend_as_template(uid, event)\nend\n", found: [] },
  // A transient code treated as final.
  { language: 'python', text: '# WhatsApp Cloud API\nPERMANENT_ERRORS = {131047, 130429}\n', found: ['2 final-transient 130429'] },
  { language: 'go', text: 'package wa\n\n// WhatsApp\nfunc onError(e *WhatsAppError) {\n\tswitch e.Code {\n\tcase 131056:\n\t\tmarkFailed(e)\n\t}\n}\n', found: ['6 final-transient 131056'] },
  { language: 'typescript', text: '// WhatsApp\nconst NON_RETRYABLE = new Set([131047, 131056]);\n', found: ['2 final-transient 131056'] },
  // The same in the branch of an `if` that tests the code.
  { language: 'typescript', text: '// WhatsApp Cloud API\nasync function onError(err: { code: number }, msg: string) {\n  if (err.code === 131047) {\n    await retryWithBackoff(() => send(msg));\n  }\n}\n', found: ['3 retry-permanent 131047'] },
  { language: 'javascript', text: '// WhatsApp\nfunction onError(err, msg) {\n  if (131047 == err.code) scheduleRetry(msg);\n}\n', found: ['3 retry-permanent 131047'] },
  { language: 'python', text: '# WhatsApp Cloud API\ndef on_error(e):\n    if e.code in (130429, 131056):\n        raise PermanentError(e)\n', found: ['3 final-transient 130429', '3 final-transient 131056'] },
  { language: 'python', text: '# WhatsApp\ndef on_error(e, msg):\n    if e.code == 131047:\n        send_template(msg)\n    elif e.code == 470:\n        requeue(msg)\n', found: ['5 retry-permanent 470'] },
  { language: 'go', text: 'package wa\n\n// WhatsApp\nfunc onError(apiErr *APIError, msg Message) error {\n\tif apiErr.Code == 131056 {\n\t\treturn markFailed(msg)\n\t}\n\treturn nil\n}\n', found: ['5 final-transient 131056'] },
  { language: 'ruby', text: "# WhatsApp\ndef on_error(error, message)\n  if error.code == 470\n    schedule_retry(message)\n  end\nend\n", found: ['3 retry-permanent 470'] },
  { language: 'ruby', text: "# WhatsApp\ndef on_error(error, message)\n  drop(message) if error.code == 131056\nend\n", found: ['3 final-transient 131056'] },
  { language: 'java', text: 'class A { // WhatsApp\n  void m(WhatsAppException e, Message message) {\n    if (e.getCode() == 131047) {\n      resend(message);\n    }\n  }\n}\n', found: ['3 retry-permanent 131047'] },
  { language: 'php', text: "<?php\n// WhatsApp\nfunction onError(WhatsAppException $e, array $message): void {\n    if ($e->getCode() === 131056) {\n        markFailed($message);\n    }\n}\n", found: ['4 final-transient 131056'] },
  { language: 'csharp', text: 'class A { // WhatsApp\n  void M(WhatsAppException ex, Message message) {\n    if (ex.Code == 131047) { Retry(message); }\n  }\n}\n', found: ['3 retry-permanent 131047'] },
  // A failed status whose errors[] is never read.
  { language: 'typescript', text: "// WhatsApp status webhook\nfor (const s of value.statuses) {\n  if (s.status === 'failed') markFailed(s.id);\n}\n", found: ['3 failed-status-errors'] },
  { language: 'python', text: '# WhatsApp statuses\nif status["status"] == "failed":\n    mark_failed(status["id"])\n', found: ['2 failed-status-errors'] },
  { language: 'go', text: 'package wa\n\n// WhatsApp statuses\nfunc onStatus(s Status) {\n\tif s.Status == "failed" {\n\t\tmarkFailed(s.ID)\n\t}\n}\n', found: ['5 failed-status-errors'] },
  // Right as it is.
  { language: 'typescript', text: "// WhatsApp status webhook\nfor (const s of value.statuses) {\n  if (s.status === 'failed') saveFailure(s.id, s.errors);\n}\n", found: [] },
  { language: 'typescript', text: "// job queue\nif (job.status === 'failed') retry(job);\n", found: [] },
  { language: 'ruby', text: "# WhatsApp statuses\nif status['status'] == 'failed'\n  store(status['errors'])\nend\n", found: [] },
  { language: 'typescript', text: '// WhatsApp\nconst NON_RETRYABLE = new Set([131047, 470]);\nconst RETRYABLE = [130429, 131056];\n', found: [] },
  { language: 'typescript', text: 'switch (err.code) { // WhatsApp\n  case 131047:\n    await sendTemplate(msg);\n    break;\n  case 130429:\n    await retryWithBackoff(() => send(msg));\n    break;\n}\n', found: [] },
  { language: 'typescript', text: 'switch (err.code) { // WhatsApp\n  case 131056:\n    if (attempts > 5) markFailed(msg);\n    else scheduleRetry(msg);\n    break;\n}\n', found: [] },
  { language: 'typescript', text: '// WhatsApp\nconst RETRY_DELAYS_MS = [1000, 2000, 4000];\n', found: [] },
  { language: 'typescript', text: '// WhatsApp\nfunction onError(err: { code: number }, msg: string, attempts: number) {\n  if (err.code === 131056 && attempts > 5) markFailed(msg);\n  if (err.code !== 131047) retry(msg);\n  if (err.code === 131047) {\n    sendTemplate(msg);\n  } else {\n    retry(msg);\n  }\n  if (err.code === 130429) {\n    return retryWithBackoff(msg);\n  }\n}\n', found: [] },
  { language: 'python', text: '# WhatsApp\ndef on_error(e, msg, attempts):\n    if e.code not in (131047, 470):\n        schedule_retry(msg)\n    if e.code == 131056:\n        if attempts > 5:\n            mark_failed(msg)\n        else:\n            schedule_retry(msg)\n    if e.code in (131047, 470):\n        raise PermanentError(e)\n', found: [] },
  { language: 'typescript', text: '// WhatsApp\nfunction onResponse(res: { status: number }) {\n  if (res.status === 131047) retry();\n}\n', found: [] },
  { language: 'go', text: 'package wa\n\n// WhatsApp\nfunc onError(apiErr *APIError, msg Message) error {\n\tif apiErr.Code == 131056 {\n\t\treturn retryWithBackoff(msg)\n\t}\n\tif apiErr.Code == 131047 {\n\t\treturn markFailed(msg)\n\t}\n\treturn nil\n}\n', found: [] },
  { language: 'typescript', text: 'switch (res.status) { // WhatsApp\n  case 131047:\n    retry();\n}\n', found: [] },
  { language: 'python', text: '# Gupshup events\nGUPSHUP_RETRYABLE = {1003, 1011}\n', found: [] },
  { language: 'rust', text: '// WhatsApp\nfn on_error(e: &WhatsAppError) {\n    match e.code {\n        131047 => send_template(e),\n        _ => {}\n    }\n}\n', found: [] },
  { language: 'rust', text: '// WhatsApp\nfn retry_of(e: &GraphError) -> Retry {\n    match e.code {\n        130429 => Retry::After(1500),\n        131047 => Retry::Never,\n        _ => Retry::Never,\n    }\n}\n', found: [] },
  { language: 'rust', text: '// WhatsApp\nfn retry_of(e: &GraphError) -> Retry {\n    match e.code {\n        131056 => Retry::Never,\n        _ => Retry::After(1500),\n    }\n}\n', found: ['4 final-transient 131056'] },
];

describe('policy checks', () => {
  for (const c of CASES) {
    it(`${c.language}: ${JSON.stringify(c.text.split('\n').slice(1, 3).join(' '))} → ${c.found.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(findingsOf(c.text, c.language), c.found);
    });
  }

  it('finds nothing in the samples and fixtures, which handle codes as they mean', () => {
    const found = sourceDocuments(['test/fixtures/placement', 'test/fixtures/missingCases']).flatMap((d) =>
      syntaxOf(d.text, d.languageId) ? findingsOf(d.text, d.languageId).map((x) => `${d.file}:${x}`) : [],
    );
    assert.deepEqual(found, []);
  });

  it('says what the code means and what to do instead', () => {
    const text = '// WhatsApp\nconst RETRYABLE_CODES = [130429, 131047];\n';
    const syntax = syntaxOf(text, 'typescript')!;
    const [finding] = policyFindings(syntax, catalog, 0, text.length, policyContextOf(text, () => true, syntax));
    assert.match(finding.message, /^131047 is permanent: retrying will not help; send /);
  });
});
