// Placement cases beyond the fixture files: document line endings and tabs, same-line case
// bodies, and places where no handler can go.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import type { Occurrence } from '../../server/src/core/detection/occurrence';
import { handlerInsertion } from '../../server/src/core/snippets/placement';
import { parseSources } from '../support/parseCheck';
import { syntaxOf } from '../support/syntax';

const catalog = new Catalog(cequensEntries());
const fixture = (name: string) => fs.readFileSync(path.resolve('test/fixtures/placement', name), 'utf8');

/** Inserts the handler for the code inside the unique text `at`; undefined when there is none. */
function insertAt(text: string, languageId: string, at: string, code: number, isCaseLabel = false): string | undefined {
  const where = text.indexOf(at);
  assert.ok(where >= 0 && text.indexOf(at, where + 1) < 0, `"${at}" must occur exactly once`);
  const start = where + at.indexOf(String(code));
  const entries = catalog.entriesForCode(code);
  const occurrence: Occurrence = { start, end: start + String(code).length, code, entries, picked: entries[0], isCaseLabel };
  const insertion = handlerInsertion(text, syntaxOf(text, languageId), languageId, occurrence, entries[0]);
  return insertion && text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
}

function assertParses(language: string, text: string, t: { skip(message: string): void }): void {
  const [outcome] = parseSources(language, [text]);
  if ('missing' in outcome) t.skip(`not parse-checked: ${outcome.missing}`);
  else assert.equal(outcome.errors, '', text);
}

describe('handler placement follows the document', () => {
  const tabbedCrlf = fixture('sender.ts.fixture')
    .replace(/^(?: {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2))
    .replace(/\n/g, '\r\n');

  it('keeps CRLF line endings and tab indentation', (t) => {
    const result = insertAt(tabbedCrlf, 'typescript', 'case 470:', 470, true)!;
    assert.ok(!/[^\r]\n/.test(result), 'a bare LF was inserted');
    const lines = result.split('\r\n');
    const label = lines.indexOf('\t\t\tcase 470:');
    const [entry] = catalog.entriesForCode(470);
    assert.equal(lines[label + 1], `\t\t\t\t// 470 ${entry.title}: permanent – ${entry.remedy}`);
    // The branch already does something: the handler comes as comments, below a line that says so.
    assert.equal(lines[label + 2], '\t\t\t\t// This branch already handles 470; the usual handler, to compare with:');
    assert.equal(lines[label + 4], '\t\t\t\t// await sendTemplateMessage(); // your function: re-sends the content as a pre-approved template');
    assertParses('typescript', result, t);
  });

  it('indents the inside of an if block with the document unit', () => {
    const result = insertAt(tabbedCrlf, 'typescript', 'err.code === 402', 402)!;
    assert.match(result, /\r\n\tif \(err\.code === 402\) \{\r\n\t\t[^\s]/);
  });
});

describe('case branches with statements on the label line', () => {
  it('moves them below the handler (TypeScript)', (t) => {
    const text = 'function f(err) {\n  switch (err.code) {\n    case 470: notify(); break;\n    default: break;\n  }\n}\n';
    const result = insertAt(text, 'typescript', 'case 470:', 470, true)!;
    assert.match(result, /\n {4}case 470: \n {6}\/\/ 470 [^\n]*\n(?: {6}[^\n]*\n)+ {6}notify\(\); break;\n/);
    assertParses('typescript', result, t);
  });

  it('moves them below the handler (Python)', (t) => {
    const text = 'def f(error):\n    match error["code"]:\n        case 470: pass\n        case _: raise\n';
    const result = insertAt(text, 'python', 'case 470:', 470, true)!;
    assert.match(result, /\n {8}case 470: \n {12}# 470 [^\n]*\n(?: {12}[^\n]*\n)+ {12}pass\n/);
    assertParses('python', result, t);
  });
});

describe('no handler where none makes sense', () => {
  it('in logs, plain text and languages without templates', () => {
    assert.equal(insertAt('2024-05-01 ERROR code=470 Re-engagement message\n', 'log', '470', 470), undefined);
    assert.equal(insertAt('code 470\n', 'plaintext', '470', 470), undefined);
    assert.equal(insertAt('raise Error if code == 470\n', 'elixir', '470', 470), undefined);
  });

  it('for constants in class bodies and at Go/Java/C# top level', () => {
    assert.equal(insertAt(fixture('sender.ts.fixture'), 'typescript', 'REENGAGEMENT = 470', 470), undefined);
    assert.equal(insertAt(fixture('DeliveryService.java'), 'java', 'REENGAGEMENT = 470', 470), undefined);
    assert.equal(insertAt(fixture('DeliveryService.cs'), 'csharp', 'Reengagement = 470', 470), undefined);
    assert.equal(insertAt(fixture('DeliveryService.cs'), 'csharp', '{ 1026, "unreachable" }', 1026), undefined);
    assert.equal(insertAt(fixture('DeliveryService.php'), 'php', 'REENGAGEMENT = 470', 470), undefined);
    assert.equal(insertAt(fixture('delivery_service.py'), 'python', 'TEMPLATE_REQUIRED = 470', 470), undefined);
    assert.equal(insertAt(fixture('delivery.go'), 'go', 'reengagement = 470', 470), undefined);
  });

  it('for a default parameter of a Python function', () => {
    assert.equal(insertAt('def send(code=470):\n    pass\n', 'python', 'code=470', 470), undefined);
  });
});

describe('a value being built holds its codes, but not the body of a function built into it', () => {
  it('a callback assigned to a name, or passed to new, handles the code it logs', () => {
    for (const source of [
      "const onError = (err: { code: number }) => {\n  console.log('CEQUENS error 1015', err);\n};\n",
      "const worker = new Worker(async (err: { code: number }) => {\n  console.log('CEQUENS error 1015', err);\n});\nclass Worker { constructor(run: (e: { code: number }) => Promise<void>) {} }\n",
    ]) {
      assert.match(insertAt(source, 'typescript', '1015', 1015) ?? '', /if \(err\.code === 1015\)/, source);
    }
  });

  it('a value assigned or constructed around it is no place for a handler', () => {
    assert.equal(insertAt("function f() {\n  const retry = { code: 1015, after: 30 };\n}\n", 'typescript', '1015', 1015), undefined);
    assert.equal(insertAt('class Sender {\n    void f() throws Exception {\n        Exception e = new CequensException(1015);\n    }\n}\n', 'java', '1015', 1015), undefined);
  });
});
