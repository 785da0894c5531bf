// Policy checks over stdio: published with the other diagnostics, their own codes and severity
// setting, and a quick fix that is offered but not preferred (an editor's auto-fix leaves it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspServer } from './lspServer';

const TEXT = [
  '// WhatsApp Cloud API errors',
  'const RETRYABLE_CODES = [130429, 131047];',
  'export function onError(err: { code: number }): void {',
  '  switch (err.code) {',
  '    case 131056:',
  '      markFailed(err);',
  '      break;',
  '  }',
  '}',
  'declare function markFailed(e: unknown): void;',
].join('\n');

const STATUS_TEXT = "// WhatsApp status webhook\nexport function onStatus(s: { status: string; id: string }): void {\n  if (s.status === 'failed') console.log('failed', s.id);\n}\n";

describe('policy checks as diagnostics', () => {
  let server: LspServer;
  let cequens: object = {};
  const published = new Map<string, Diagnostic[][]>();
  let wake: (() => void)[] = [];
  const next = async (uri: string, count: number): Promise<Diagnostic[]> => {
    for (;;) {
      const list = published.get(uri) ?? [];
      if (list.length > count) return list[count];
      await new Promise<void>((resume) => wake.push(resume));
    }
  };

  /** The quick fix the server offers for the document's first published diagnostic of `rule`, as the Problems panel asks for it. */
  const quickFixOf = async (uri: string, rule: string): Promise<CodeAction> => {
    const [diagnostic] = (await next(uri, 0)).filter((d) => d.code === rule);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === rule));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    return fix;
  };

  before(async () => {
    server = new LspServer();
    server.connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => cequens));
    server.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => {
      published.set(uri, [...(published.get(uri) ?? []), diagnostics]);
      for (const resume of wake.splice(0)) resume();
    });
    await server.initialize(undefined, { capabilities: { workspace: { configuration: true } } });
  });
  after(() => server.stop());

  it('publishes a permanent code in a set for retrying and a transient code given up on, each with its rule and page', async () => {
    await server.open('file:///policy.ts', 'typescript', TEXT);
    const diagnostics = await next('file:///policy.ts', 0);
    const byRule = (rule: string) => diagnostics.find((d) => d.code === rule);
    const retry = byRule('retry-permanent');
    assert.ok(retry, JSON.stringify(diagnostics));
    assert.deepEqual(retry.range, { start: { line: 1, character: 33 }, end: { line: 1, character: 39 } });
    assert.equal(retry.severity, 2, 'a warning by default');
    assert.equal(retry.source, 'cequens');
    assert.match(retry.message, /^131047 is permanent: retrying will not help; send /);
    assert.ok(retry.codeDescription?.href.startsWith('https://'));
    const final = byRule('final-transient');
    assert.ok(final, JSON.stringify(diagnostics));
    assert.equal(final.range.start.line, 4);
    assert.equal(diagnostics.length, 2, 'the codes themselves are not problems in source code');
  });

  it('publishes a failed status whose errors[] the document never reads', async () => {
    await server.open('file:///status.ts', 'typescript', STATUS_TEXT);
    const [diagnostic] = (await next('file:///status.ts', 0)).filter((d) => d.code === 'failed-status-errors');
    assert.ok(diagnostic);
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 27 } });
    assert.match(diagnostic.message, /errors\[\] never is: keep each error's code, title, error_data\.details and href/);
  });

  it("offers to keep the failed status's errors, not preferred; once applied, the diagnostic goes", async () => {
    const fix = await quickFixOf('file:///status.ts', 'failed-status-errors');
    assert.equal(fix.title, "Keep the failed status's errors (code, title, details, href)");
    assert.equal(fix.isPreferred, false);
    const [edit] = fix.edit!.changes!['file:///status.ts'];
    assert.equal(edit.range.start.line, 2);
    assert.match(edit.newText, /^\n {2}if \(s\.status === 'failed'\) \{\n.*\.errors \?\? \[\]\)\.map\(\(e\) => \(\{ code: e\.code, title: e\.title, details: e\.error_data\?\.details, href: e\.href \}\)\);\n.*keepStatusErrors\(statusErrors\); \/\/ your function/s);
    const lines = STATUS_TEXT.split('\n');
    const line = lines[2];
    lines[2] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.start.character);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///status.ts', version: 2 }, contentChanges: [{ text: lines.join('\n') }] });
    assert.deepEqual((await next('file:///status.ts', 1)).filter((d) => d.code === 'failed-status-errors'), []);
  });

  it('in Java and Go, offers to keep the errors read as the status is; once applied, the diagnostic goes', async () => {
    const java = '// WhatsApp status webhook\nclass Statuses {\n  void onStatus(Status s) {\n    if ("failed".equals(s.getStatus())) {\n      markFailed(s.getId());\n    }\n  }\n}\n';
    const go = 'package webhook\n\n// WhatsApp status webhook\nfunc onStatus(s Status) {\n\tswitch s.Status {\n\tcase "failed":\n\t\tmarkFailed(s.ID)\n\t}\n}\n';
    for (const [uri, languageId, text, read] of [
      ['file:///Statuses.java', 'java', java, /\n {6}keepStatusErrors\(s\.getErrors\(\)\); \/\/ your method: /],
      ['file:///statuses.go', 'go', go, /\n\t\tkeepStatusErrors\(s\.Errors\) \/\/ your function: /],
    ] as const) {
      await server.open(uri, languageId, text);
      const fix = await quickFixOf(uri, 'failed-status-errors');
      assert.equal(fix.isPreferred, false);
      const [edit] = fix.edit!.changes![uri];
      assert.match(edit.newText, read);
      const offset = text.split('\n').slice(0, edit.range.start.line).join('\n').length + 1 + edit.range.start.character;
      const applied = text.slice(0, offset) + edit.newText + text.slice(offset);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: applied }] });
      assert.deepEqual((await next(uri, 1)).filter((d) => d.code === 'failed-status-errors'), [], applied);
    }
  });

  it('offers the code’s handler as the quick fix in a branch, not preferred', async () => {
    const fix = await quickFixOf('file:///policy.ts', 'final-transient');
    assert.match(fix.title, /^Insert handler for 131056 /);
    assert.equal(fix.isPreferred, false);
  });

  it('in a set named for retrying, offers to leave the permanent code out where the set is tested, not preferred; once applied, the diagnostic goes', async () => {
    const uri = 'file:///retry.ts';
    const text = '// WhatsApp Cloud API errors\nconst RETRYABLE = new Set([131056, 470]);\nexport function onError(err: { code: number }, retry: () => void): boolean {\n  if (RETRYABLE.has(err.code)) retry();\n  return !RETRYABLE.has(err.code);\n}\n';
    await server.open(uri, 'typescript', text);
    const fix = await quickFixOf(uri, 'retry-permanent');
    assert.equal(fix.title, 'Leave 470 out where RETRYABLE is tested (2 tests): it is not retried');
    assert.equal(fix.isPreferred, false);
    const edits = fix.edit!.changes![uri];
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), 'only inserts');
    const document = TextDocument.create(uri, 'typescript', 1, text);
    const applied = TextDocument.applyEdits(document, edits);
    assert.match(applied, /if \(err\.code !== 470 && RETRYABLE\.has\(err\.code\)\) retry\(\);\n {2}return !\(err\.code !== 470 && RETRYABLE\.has\(err\.code\)\);/);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: applied }] });
    assert.deepEqual((await next(uri, 1)).filter((d) => d.code === 'retry-permanent'), []);
  });

  it('follows cequens.policyChecks.severity, off included', async () => {
    cequens = { policyChecks: { severity: 'off' } };
    const seen = published.get('file:///policy.ts')?.length ?? 0;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(await next('file:///policy.ts', seen), []);
    cequens = { policyChecks: { severity: 'error' } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const again = await next('file:///policy.ts', seen + 1);
    assert.ok(again.length === 2 && again.every((d) => d.severity === 1));
  });
});
