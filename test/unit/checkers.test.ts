// The checkers handlerChecks.test.ts relies on see what a handler could break. mcs, given stubs of
// the .NET APIs Mono lacks (test/support/csharp/Stubs.cs), compiles each C# sample and fixture as
// it is, so it gets to the method bodies; with the helpers a handler documents declared, mcs and
// javac check flow there too (each skips it past a name it cannot find). Python's check sees the
// names a handler uses without importing them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkSources, declareHelpers, notFoundName, type Source } from '../support/checkers';

const csharpDocuments: Source[] = ['samples/csharp', 'test/fixtures/placement']
  .flatMap((folder) => fs.readdirSync(folder).filter((f) => f.endsWith('.cs')).map((f) => path.join(folder, f)))
  .map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));

const sample = csharpDocuments.find((d) => d.name === 'WhatsAppClient.cs')!;

/** The sample with statements put first in NextStep, where `error` is the exception in scope. */
function inNextStep(statements: string): Source {
  const at = '            switch (error.Code)\n';
  assert.ok(sample.text.includes(at));
  return { name: sample.name, text: sample.text.replace(at, `            ${statements}\n${at}`) };
}

/** The checker's messages on each source; undefined when the checker is not installed. */
async function messages(language: string, sources: readonly Source[]): Promise<string[][] | undefined> {
  const outcome = await checkSources(language, sources);
  return 'missing' in outcome ? undefined : outcome.findings.map((found) => found.map((f) => f.text));
}

describe('the C# check reaches method bodies', () => {
  it('compiles every C# sample and placement fixture without a finding', async (t) => {
    const found = await messages('csharp', csharpDocuments);
    if (!found) return t.skip('no mcs');
    assert.deepEqual(Object.fromEntries(csharpDocuments.map((d, i) => [d.name, found[i]])), Object.fromEntries(csharpDocuments.map((d) => [d.name, []])));
  });

  it('reports a logger, a namespace and an exception class a method body names that do not exist, and none for Random.Shared', async (t) => {
    const found = await messages('csharp', [
      inNextStep('_logger.LogError(error, "fix the request"); Thread.Sleep(Random.Shared.Next(500)); try { } catch (CequensException) { }'),
    ]);
    if (!found) return t.skip('no mcs');
    assert.deepEqual(found[0], [
      "error CS0103: The name `_logger' does not exist in the current context",
      "error CS0103: The name `Thread' does not exist in the current context",
      "error CS0246: The type or namespace name `CequensException' could not be found. Are you missing an assembly reference?",
    ]);
  });
});

describe('with the helpers a handler documents declared, flow after them is checked', () => {
  it('C#: a case branch that falls through after a helper call', async (t) => {
    const text = 'class Sender\n{\n    void Send(int code)\n    {\n        switch (code)\n        {\n            case 1:\n                ResendMessage();\n            case 2:\n                break;\n        }\n    }\n}\n';
    const found = await messages('csharp', [{ name: 'Sender.cs', text }, { name: 'Sender.cs', text: declareHelpers('csharp', text, new Set(['ResendMessage'])) }]);
    if (!found) return t.skip('no mcs');
    assert.deepEqual(found, [
      ["error CS0103: The name `ResendMessage' does not exist in the current context"],
      ["error CS0163: Control cannot fall through from one case label `case 1:' to another", 'warning CS0162: Unreachable code detected'],
    ]);
  });

  it('Java: a checked exception the method does not declare, after a helper call', async (t) => {
    const text = 'public class Sender {\n    void send() {\n        resendMessage();\n        Thread.sleep(1000);\n    }\n}\n';
    const found = await messages('java', [{ name: 'Sender.java', text }, { name: 'Sender.java', text: declareHelpers('java', text, new Set(['resendMessage'])) }]);
    if (!found) return t.skip('no javac');
    assert.match(found[0].join('\n'), /^ERROR compiler\.err\.cant\.resolve\.location\.args: cannot find symbol symbol: method resendMessage\(\)/);
    assert.equal(found[0].length, 1);
    assert.deepEqual(found[1], [
      'ERROR compiler.err.unreported.exception.need.to.catch.or.throw: unreported exception java.lang.InterruptedException; must be caught or declared to be thrown',
    ]);
  });
});

describe('the Python check sees names, not only syntax', () => {
  it('pyflakes, after py_compile: an undefined name (a "cannot find"), an unused import; a file that does not compile gets only its syntax error', async (t) => {
    const found = await messages('python', [
      { name: 'sender.py', text: 'import os\n\n\ndef retry():\n    time.sleep(1)\n    resend_message()\n' },
      { name: 'broken.py', text: 'def retry(:\n    time.sleep(1)\n' },
    ]);
    if (!found) return t.skip('no python3 or pyflakes3');
    assert.deepEqual(found[0], ["'os' imported but unused", "undefined name 'time'", "undefined name 'resend_message'"]);
    assert.equal(found[1].length, 1);
    assert.match(found[1][0], /^SyntaxError: /);
    assert.equal(notFoundName(found[0][2]), 'resend_message');
  });
});
