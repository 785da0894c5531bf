// A code tested as one of a collection's (`[470, 1013].includes(err.code)`, `e.code in (470, 1013)`,
// `in_array(…)`, `slices.Contains(…)`, `Set.of(…).contains(…)`, `new[] {…}.Contains(…)`): the
// branch of that `if` is the code's, shared with the others; and Java's arrow arm `case 470 ->
// call();` handles its code. Each handler is checked with the language's own checker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertAt, newCheckerFindings, newTypeScriptErrors } from '../support/handlerAt';

/** The lines of the document from the head's line on, with the handler in it. */
function linesAfter(result: string, head: string): string[] {
  const lines = result.split('\n');
  return lines.slice(lines.findIndex((line) => line.includes(head)));
}

const sources: { language: string; name: string; head: string; source: (body: string) => string; body: string; subject: string }[] = [
  {
    language: 'typescript',
    name: 'sender.ts',
    head: 'if ([|470, 1013].includes(err.code)) {',
    source: (body) => `export function onError(err: { code: number }): void {\n  if ([|470, 1013].includes(err.code)) {\n${body}  }\n}\n`,
    body: '    console.warn(err);\n',
    subject: 'if (err.code === 470) {',
  },
  {
    language: 'python',
    name: 'sender.py',
    head: 'if e.error_code in (|470, 1013):',
    source: (body) => `def on_error(e):\n    if e.error_code in (|470, 1013):\n${body}    return None\n`,
    body: '        print(e)\n',
    subject: 'if e.error_code == 470:',
  },
  {
    language: 'php',
    name: 'Sender.php',
    head: 'if (in_array($e->getCode(), [|470, 1013], true)) {',
    source: (body) => `<?php\nfunction onError(\\Exception $e): void {\n    if (in_array($e->getCode(), [|470, 1013], true)) {\n${body}    }\n}\n`,
    body: '        error_log($e->getMessage());\n',
    subject: 'if ($e->getCode() === 470) {',
  },
  {
    language: 'go',
    name: 'sender.go',
    head: 'if slices.Contains([]int{|470, 1013}, apiErr.Code) {',
    source: (body) => `package sender\n\nimport (\n\t"log"\n\t"slices"\n)\n\ntype APIError struct{ Code int }\n\nfunc onError(apiErr *APIError) {\n\tif slices.Contains([]int{|470, 1013}, apiErr.Code) {\n${body}\t}\n}\n`,
    body: '\t\tlog.Println(apiErr.Code)\n',
    subject: 'if apiErr.Code == 470 {',
  },
  {
    language: 'java',
    name: 'Sender.java',
    head: 'if (java.util.Set.of(|470, 1013).contains(e.getCode())) {',
    source: (body) => `class CequensException extends Exception {\n    int getCode() { return 0; }\n}\nclass Sender {\n    void onError(CequensException e) {\n        if (java.util.Set.of(|470, 1013).contains(e.getCode())) {\n${body}        }\n    }\n}\n`,
    body: '            System.err.println(e);\n',
    subject: 'if (e.getCode() == 470) {',
  },
  {
    language: 'csharp',
    name: 'Sender.cs',
    head: 'if (new[] { |470, 1013 }.Contains(ex.Code))',
    source: (body) => `using System;\nusing System.Linq;\nclass CequensException : Exception { public int Code { get; set; } }\nclass Sender\n{\n    void OnError(CequensException ex)\n    {\n        if (new[] { |470, 1013 }.Contains(ex.Code))\n        {\n${body}        }\n    }\n}\n`,
    body: '            Console.Error.WriteLine(ex);\n',
    subject: 'if (ex.Code == 470)',
  },
];

describe('a code tested as one of a collection’s', () => {
  for (const { language, name, head, source, body, subject } of sources) {
    const plainHead = head.replace('|', '');

    it(`${language}: an empty branch gets the handler, testing its own code with the collection’s subject`, async (t) => {
      const marked = source(language === 'python' ? '        pass\n' : '');
      const placed = insertAt(marked, language);
      assert.ok(placed, 'no handler');
      const [headLine, , condition] = linesAfter(placed.result, plainHead).filter((line) => line.trim() !== '{');
      assert.equal(headLine.trim(), plainHead);
      assert.equal(condition.trim(), subject, placed.result);
      assert.doesNotMatch(placed.inserted, /^\s*(\/\/|#) This branch already handles/m);
      const found = await newCheckerFindings(language, name, marked, placed);
      if (!found) return t.skip(`no checker for ${language}`);
      assert.deepEqual(found, [], placed.result);
    });

    it(`${language}: a branch that does something gets it as comments`, () => {
      const placed = insertAt(source(body), language);
      assert.ok(placed, 'no handler');
      const [headLine, next] = linesAfter(placed.result, plainHead).filter((line) => line.trim() !== '{');
      assert.equal(headLine.trim(), plainHead);
      assert.match(next, /^\s*(\/\/|#) 470 /, placed.result);
      assert.match(placed.inserted, /This branch already handles 470/);
    });
  }

  it('a negated test (`not in`) is no branch for the code: the handler goes after the statement', () => {
    const placed = insertAt('def on_error(e):\n    if e.error_code not in (|470, 1013):\n        raise e\n    return None\n', 'python');
    assert.ok(placed);
    const lines = placed.result.split('\n');
    assert.equal(lines[3].trim(), '# 470 Re-engagement message: permanent – Use a message template to respond.', placed.result);
    assert.ok(lines.includes('    if e.error_code == 470:'), placed.result);
  });

  it('a test negated with `!` (`!new Set([…]).has(…)`) is no branch for the code either; unnegated, its branch is', () => {
    const negated = insertAt('export function onError(err: { code: number }): void {\n  if (!new Set([|470, 1013]).has(err.code)) {\n    return;\n  }\n}\n', 'typescript');
    assert.ok(negated);
    assert.match(negated.result, /\n {2}\}\n {2}\/\/ 470 [^\n]*\n(?: {2}\/\/[^\n]*\n)* {2}if \(err\.code === 470\) \{/, negated.result);
    const tested = insertAt('export function onError(err: { code: number }): void {\n  if (new Set([|470, 1013]).has(err.code)) {\n  }\n}\n', 'typescript');
    assert.match(tested?.inserted ?? '', /^ {4}if \(err\.code === 470\) \{$/m, tested?.result);
  });

  it('the subject without the default it falls back on (`?? 0`), and TypeScript finds nothing new', () => {
    const marked = 'export function onResult(result: { error?: { code: number } }): void {\n  if ([|470, 1013].includes(result.error?.code ?? 0)) {\n  }\n}\n';
    const placed = insertAt(marked, 'typescript');
    assert.ok(placed);
    assert.match(placed.inserted, /^ {4}if \(result\.error\?\.code === 470\) \{$/m, placed.result);
    assert.deepEqual(newTypeScriptErrors(marked, placed), []);
  });

  it('a loop over codes is no test of them', () => {
    const placed = insertAt('def warm(cache):\n    for c in (|470, 1013):\n        cache.load(c)\n', 'python');
    assert.equal(placed, undefined);
  });
});

describe('Java’s arrow arm without a block', () => {
  it('handles its codes: the handler comes as comments after the arm, and javac finds nothing new', async (t) => {
    const marked = 'class CequensException extends Exception {\n    int getCode() { return 0; }\n}\nclass Sender {\n    void resend() { }\n    void onError(CequensException e) {\n        switch (e.getCode()) {\n            case |470, 1013 -> resend();\n            default -> { }\n        }\n    }\n}\n';
    const placed = insertAt(marked, 'java', true);
    assert.ok(placed);
    const lines = linesAfter(placed.result, 'case 470, 1013 -> resend();');
    assert.match(lines[1], /^ {16}\/\/ 470 /, placed.result);
    assert.ok(placed.inserted.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//')), placed.inserted);
    const found = await newCheckerFindings('java', 'Sender.java', marked, placed);
    if (!found) return t.skip('no javac');
    assert.deepEqual(found, [], placed.result);
  });
});
