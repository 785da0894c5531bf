// A handler uses the names that are in scope where it lands: the error the code is compared in,
// no variable the document does not have. Each inserted handler is type-checked with the
// language's own checker: nothing new is reported but the helper functions it documents as the
// user's to write.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { renderHandler } from '../../server/src/core/snippets/render';
import { insertAt, newCheckerFindings, newTypeScriptErrors } from '../support/handlerAt';
import { parseSources } from '../support/parseCheck';

describe('handler names: the compared expression', () => {
  const source = [
    'declare const event: { errors: { code: number }[] };',
    'export function onStatus(): void {',
    '  const error = event.errors[0];',
    '  switch (error.code) {',
    '    |471:',
    '      break;',
    '  }',
    '}',
    '',
  ].join('\n').replace('|471', 'case |471');

  it('a case label passes the switch subject\'s object, and the result type-checks', () => {
    const placed = insertAt(source, 'typescript', true);
    assert.ok(placed);
    assert.match(placed.inserted, /alertOperator\('CEQUENS 471 [^']*', error\)/);
    assert.deepEqual(newTypeScriptErrors(source, placed), []);
  });
});

describe('handler names: a switch subject with a default to fall back on', () => {
  it('tests the subject without it (`$e[\'code\'] ?? 0 === 1026` would compare 0 first), and php -l finds nothing new', async (t) => {
    const marked = "<?php\nfunction step(array $response): string\n{\n    switch ($response['error']['code'] ?? 0) {\n        case |1026:\n        case 1013:\n            return 'unreachable';\n    }\n    return 'ok';\n}\n";
    const placed = insertAt(marked, 'php', true);
    assert.ok(placed);
    assert.match(placed.inserted, /if \(\$response\['error'\]\['code'\] === 1026\) \{/, placed.result);
    const found = await newCheckerFindings('php', 'step.php', marked, placed);
    if (!found) return t.skip('no php');
    assert.deepEqual(found, [], placed.result);
  });
});

describe('handler names: codes produced, not handled', () => {
  it('no handler after Go returns a new error with the code', () => {
    const source = 'package p\n\nfunc send() error {\n\tif bad {\n\t\treturn &Error{Code: |401, Title: "TOKEN"}\n\t}\n\treturn nil\n}\n';
    assert.equal(insertAt(source, 'go', false), undefined);
  });

  it('an arm of a returned match maps the code already: the handler comes as comments after the arm, not as a second policy before the return', () => {
    const source = "<?php\nfunction step(int $code): string\n{\n    return match ($code) {\n        |470 => 'send-template',\n        default => 'alert',\n    };\n}\n";
    const placed = insertAt(source, 'php', false);
    assert.ok(placed);
    const lines = placed.result.split('\n');
    assert.equal(lines[4], "        470 => 'send-template',");
    assert.match(lines[5], /^ {12}\/\/ 470 Re-engagement message/, placed.result);
    assert.ok(placed.inserted.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//')), placed.inserted);
  });
});

describe('handler names: an arm of C#\'s switch expression', () => {
  it('maps the code already: the handler comes as comments after the arm, and mcs finds nothing new', async (t) => {
    const source = 'class CequensException : System.Exception { public int Code { get; set; } }\nclass Sender\n{\n    static string Step(CequensException ex) => ex.Code switch\n    {\n        1013 or |1026 => "skip",\n        _ => "alert",\n    };\n}\n';
    const placed = insertAt(source, 'csharp', false);
    assert.ok(placed);
    const lines = placed.result.split('\n');
    assert.equal(lines[5], '        1013 or 1026 => "skip",');
    assert.match(lines[6], /^ {12}\/\/ 1026 /, placed.result);
    const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
    if (!found) return t.skip('no mcs');
    assert.deepEqual(found, [], placed.result);
  });
});

describe('handler names: no clash with names in scope', () => {
  it('a Java retry loop beside a parameter named attempt counts with a free name', () => {
    const source = [
      'public class Sender {',
      '    void send(String to, int attempt) {',
      '        try {',
      '            deliver(to);',
      '        } catch (CequensException e) {',
      '            if (e.getCode() == |1015) log(attempt);',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    const placed = insertAt(source, 'java', false);
    assert.ok(placed);
    assert.match(placed.inserted, /for \(int attempt2 = 1; attempt2 <= 5; attempt2\+\+\) \{/);
    assert.doesNotMatch(placed.inserted, /\battempt\b(?! ?s\b)/);
    const [parsed] = parseSources('java', [placed.result]);
    if ('errors' in parsed) assert.equal(parsed.errors, '');
  });

  it('a comment of the handler keeps its words: "one later attempt" is no name to rename', () => {
    const entry = catalogOf().entriesForCode(131049).find((e) => e.handler === 'retryAfterADay')!;
    for (const language of ['typescript', 'python', 'ruby', 'rust']) {
      const text = renderHandler(entry, language, { form: 'case', indent: '  ', eol: '\n', takenNames: new Set(['attempt']) });
      assert.match(text, /schedule one later attempt, no sooner/, language);
    }
  });

  it('a PHP variable keeps its sigil when renamed', () => {
    const source = "<?php\nfunction send(int $attempt, array $error): void\n{\n    if ($error['code'] === |1015) log($attempt);\n}\n";
    const placed = insertAt(source, 'php', false);
    assert.ok(placed);
    assert.match(placed.inserted, /for \(\$attempt2 = 1; \$attempt2 <= 5; \$attempt2\+\+\) \{/);
  });
});

describe('handler names: constant sets and maps are produced, not handled', () => {
  it('TypeScript: a constant set and a constant list of codes', () => {
    assert.equal(insertAt('export const RETRYABLE: ReadonlySet<number> = new Set([|429, 1015]);\n', 'typescript', false), undefined);
    assert.equal(insertAt('function f() {\n  const UNREACHABLE = [|1013, 1026];\n}\n', 'typescript', false), undefined);
  });

  it('Go: a map literal of codes', () => {
    assert.equal(insertAt('package p\n\nfunc f() {\n\tretryable := map[int]bool{|429: true, 1015: true}\n\t_ = retryable\n}\n', 'go', false), undefined);
  });

  it('TypeScript: an error constructed with the code', () => {
    assert.equal(insertAt("function f(ok: boolean) {\n  if (!ok) throw new CequensError(|401, 'no access token');\n}\n", 'typescript', false), undefined);
  });

  it('Go: a code in a for-range loop\'s block is handled there (the range\'s := builds no value)', () => {
    const source = 'package p\n\nfunc notifyAll(recipients []string) {\n\tfor _, to := range recipients {\n\t\tif err := send(to); err != nil {\n\t\t\tlog.Printf("whatsapp send failed (|1015): %v", err)\n\t\t}\n\t}\n}\n';
    assert.match(insertAt(source, 'go')?.inserted ?? '', /\t\t\tif whatsAppCode\(err\) == 1015 \{/);
  });

  it('a code passed to a call is still handled after it', () => {
    assert.ok(insertAt('async function f(to: string, err: { code: number }) {\n  await notify(to, |410);\n}\n', 'typescript', false));
  });
});

describe('handler names: a logger the document does not have', () => {
  const csharp = (field: string) =>
    `class Sender\n{\n${field}    void Send(CequensException ex)\n    {\n        if (ex.Code == |1008) Retry();\n    }\n}\n`;

  it('C#: standard error where there is no _logger', () => {
    const placed = insertAt(csharp(''), 'csharp', false);
    assert.ok(placed);
    assert.doesNotMatch(placed.inserted, /_logger/);
    assert.match(placed.inserted, /Console\.Error\.WriteLine\("CEQUENS 1008 [^"]*: fix the request: " \+ ex\);/);
  });

  it('C#: the _logger the class has', () => {
    const placed = insertAt(csharp('    private readonly ILogger<Sender> _logger;\n'), 'csharp', false);
    assert.ok(placed);
    assert.match(placed.inserted, /_logger\.LogError\("CEQUENS 1008 [^"]*: fix the request: \{Error\}", ex\);/);
  });

  it('C#: the _logger logs the code or error object through its message, not as an event id or an exception it is not', async (t) => {
    const logger = '    private readonly ILogger<Sender> _logger;\n    Sender(ILogger<Sender> logger) { _logger = logger; }\n';
    const types = 'class Result { public Body Error; }\nclass Body { public int Code; }\n';
    for (const [parameter, test] of [
      ['int code', 'code'],
      ['Result result', 'result.Error.Code'],
    ]) {
      const source = `using Microsoft.Extensions.Logging;\nclass Sender\n{\n${logger}    void Send(${parameter})\n    {\n        if (${test} == |1008) Retry();\n    }\n    void Retry() { }\n}\n${types}`;
      const placed = insertAt(source, 'csharp', false);
      assert.ok(placed);
      assert.match(placed.inserted, /_logger\.LogError\("CEQUENS 1008 [^"]*: fix the request: \{Error\}", /, parameter);
      const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('Java: standard error where log is only a method (`LOG.log(Level.WARNING, …)`)', () => {
    const source = 'class Sender {\n    private static final java.util.logging.Logger LOG = null;\n    void send(CequensException e) {\n        LOG.log(java.util.logging.Level.WARNING, "failed");\n        if (e.getCode() == |1008) retry();\n    }\n}\n';
    const placed = insertAt(source, 'java', false);
    assert.ok(placed);
    assert.doesNotMatch(placed.inserted, /\blog\.error/);
  });

  it('Java: standard error where there is no log', () => {
    const source = 'class Sender {\n    void send(CequensException e) {\n        if (e.getCode() == |1008) retry();\n    }\n}\n';
    const placed = insertAt(source, 'java', false);
    assert.ok(placed);
    assert.doesNotMatch(placed.inserted, /\blog\./);
    assert.match(placed.inserted, /System\.err\.println\("CEQUENS 1008 [^"]*: fix the request: " \+ e\);/);
  });
});

describe('handler names: issue 12 §1, found by the checkers (handlerChecks.test.ts)', () => {
  it('an empty case stacked on a returning one: the handler tests the code where the stack shares its statements, and the return still runs', () => {
    const source = [
      'export function nextStep(error: { code: number }): string {',
      '  switch (error.code) {',
      '    |1008:',
      '    case 1009:',
      "      return 'fix';",
      '    default:',
      "      return 'drop';",
      '  }',
      '}',
      '',
    ].join('\n').replace('|1008', 'case |1008');
    const placed = insertAt(source, 'typescript', true);
    assert.ok(placed);
    assert.doesNotMatch(placed.inserted, /break;/);
    assert.match(placed.result, /case 1009:\n {6}\/\/[^\n]*\n(?: {6}\/\/[^\n]*\n)* {6}if \(error\.code === 1008\) \{\n[\s\S]*?\n {6}\}\n {6}return 'fix';/);
    assert.deepEqual(newTypeScriptErrors(source, placed), []);
  });

  it('after a statement that guarded the error (`result.error && result.error.code !== 1013`), the handler reads it through `?.`', () => {
    const source = [
      'export function after(result: { error?: { code: number } }): void {',
      '  if (result.error && result.error.code !== |1013) {',
      "    throw new Error('send failed');",
      '  }',
      '}',
      '',
    ].join('\n');
    const placed = insertAt(source, 'typescript', false);
    assert.ok(placed);
    assert.match(placed.inserted, /if \(result\.error\?\.code === 1013\) \{/);
    assert.deepEqual(newTypeScriptErrors(source, placed), []);
    const tested = source.replace('result.error && ', 'result.error !== undefined && ');
    assert.match(insertAt(tested, 'typescript', false)?.inserted ?? '', /if \(result\.error\?\.code === 1013\) \{/, tested);
  });

  it('a code in a message, in a branch that compares it, where no `err` exists: the handler tests what the branch tests', () => {
    const source = [
      'export async function onStatus(error: { code: number }, page: (text: string) => Promise<void>): Promise<void> {',
      '  if (error.code === 470) {',
      "    await page('470');",
      '  } else if (error.code == 471) {',
      "    await page('spam rate limit hit (|471)');",
      '  }',
      '}',
      '',
    ].join('\n');
    const placed = insertAt(source, 'typescript', false);
    assert.ok(placed);
    assert.match(placed.inserted, /if \(error\.code === 471\) \{/);
    assert.deepEqual(newTypeScriptErrors(source, placed), []);
  });

  it('a code in a message in a Java case branch: the handler tests the switch subject, not an `e` that is not there', () => {
    const source = [
      'public class Sender {',
      '    int next(int errorCode) {',
      '        switch (errorCode) {',
      '            case 471:',
      '                System.out.println("spam rate limit (|471)");',
      '                return 1;',
      '            default:',
      '                return 0;',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    const placed = insertAt(source, 'java', false);
    assert.ok(placed);
    assert.match(placed.inserted, /if \(errorCode == 471\) \{/);
  });
});

/** TypeScript finds nothing new in the document after the handler but the helpers it documents. */
