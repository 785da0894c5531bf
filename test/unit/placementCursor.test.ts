// "Insert handler" at the cursor, for an entry picked from the catalog, by the quick fix's rule: on
// a blank line, on that line, indented as the statements of its block; on a line with code, after
// the statement holding it. Each case gives the document with the cursor (|) and the exact result;
// every result is parse-checked with the language's own parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { handlerInsertionAtCursor } from '../../server/src/core/snippets/placement';
import { renderHandler } from '../../server/src/core/snippets/render';
import { templatesFor } from '../../server/src/core/snippets/templates';
import { parseSources } from '../support/parseCheck';
import { syntaxOf } from '../support/syntax';

const e1015 = cequensEntries().find((e) => e.id === 'cequens:1015')!;

/** The handler as expected there: its base indentation, and whether it awaits. */
type Handler = (baseIndent: string, canAwait: boolean) => string;

interface Case {
  readonly name: string;
  readonly language: string;
  /** The document, with `|` at the cursor. */
  readonly text: string;
  /** One indent level of the document. */
  readonly unit: string;
  readonly expected: (handler: Handler) => string;
}

const CASES: readonly Case[] = [
  {
    name: 'blank line in an async function',
    language: 'typescript',
    unit: '  ',
    text: 'async function f(err: CequensError) {\n  await send();\n  |\n  done();\n}\n',
    expected: (h) => `async function f(err: CequensError) {\n  await send();\n${h('  ', true)}\n  done();\n}\n`,
  },
  {
    name: 'blank line without whitespace, first in a plain function',
    language: 'typescript',
    unit: '  ',
    text: 'function f(err: CequensError) {\n|\n  done();\n}\n',
    expected: (h) => `function f(err: CequensError) {\n${h('  ', false)}\n  done();\n}\n`,
  },
  {
    name: 'blank line in an empty function: one level deeper than its header',
    language: 'typescript',
    unit: '  ',
    text: 'class Sender {\n  send(err: CequensError) {\n|\n  }\n}\n',
    expected: (h) => `class Sender {\n  send(err: CequensError) {\n${h('    ', false)}\n  }\n}\n`,
  },
  {
    name: 'blank line deeper than its block: its whitespace stays, below the handler',
    language: 'typescript',
    unit: '  ',
    text: 'function f(err: CequensError) {\n  send();\n      |\n}\n',
    expected: (h) => `function f(err: CequensError) {\n  send();\n${h('  ', false)}\n      \n}\n`,
  },
  {
    name: 'a statement over two lines: after its last line',
    language: 'typescript',
    unit: '  ',
    text: 'async function f(err: CequensError) {\n  se|nd(1,\n    2);\n  done();\n}\n',
    expected: (h) => `async function f(err: CequensError) {\n  send(1,\n    2);\n${h('  ', true)}\n  done();\n}\n`,
  },
  {
    name: 'a line holding a comment alone: on a new line after it',
    language: 'typescript',
    unit: '  ',
    text: 'function f(err: CequensError) {\n  // then|\n  done();\n}\n',
    expected: (h) => `function f(err: CequensError) {\n  // then\n${h('  ', false)}\n  done();\n}\n`,
  },
  {
    name: 'blank line after an async def header: one level deeper',
    language: 'python',
    unit: '    ',
    text: 'async def f(error):\n|\n    await send()\n',
    expected: (h) => `async def f(error):\n${h('    ', true)}\n    await send()\n`,
  },
  {
    name: 'blank line after a statement in a plain def',
    language: 'python',
    unit: '    ',
    text: 'def f(error):\n    if error:\n        send()\n    |\n',
    expected: (h) => `def f(error):\n    if error:\n        send()\n${h('        ', false)}\n`,
  },
  {
    name: 'a statement in an if block of an async def: after it, in the block',
    language: 'python',
    unit: '    ',
    text: 'async def f(error):\n    if error:\n        se|nd()\n    done()\n',
    expected: (h) => `async def f(error):\n    if error:\n        send()\n${h('        ', true)}\n    done()\n`,
  },
  {
    name: 'blank line in a function',
    language: 'go',
    unit: '\t',
    text: 'package p\n\nfunc f(err *CequensError) {\n\tsend()\n|\n}\n',
    expected: (h) => `package p\n\nfunc f(err *CequensError) {\n\tsend()\n${h('\t', false)}\n}\n`,
  },
  {
    name: 'a statement in an if block',
    language: 'go',
    unit: '\t',
    text: 'package p\n\nfunc f(err *CequensError) {\n\tif err != nil {\n\t\tse|nd()\n\t}\n}\n',
    expected: (h) => `package p\n\nfunc f(err *CequensError) {\n\tif err != nil {\n\t\tsend()\n${h('\t\t', false)}\n\t}\n}\n`,
  },
  {
    name: 'blank line in a method, after a statement',
    language: 'java',
    unit: '    ',
    text: 'public class Sender {\n    void f(CequensException e) {\n        send();\n        |\n    }\n}\n',
    expected: (h) => `public class Sender {\n    void f(CequensException e) {\n        send();\n${h('        ', false)}\n    }\n}\n`,
  },
  {
    name: 'a statement in a method',
    language: 'java',
    unit: '    ',
    text: 'public class Sender {\n    void f(CequensException e) {\n        se|nd();\n    }\n}\n',
    expected: (h) => `public class Sender {\n    void f(CequensException e) {\n        send();\n${h('        ', false)}\n    }\n}\n`,
  },
  {
    name: 'blank line in an async method',
    language: 'csharp',
    unit: '    ',
    text: 'class Sender\n{\n    async Task F(CequensException ex)\n    {\n|\n        await Send();\n    }\n}\n',
    expected: (h) => `class Sender\n{\n    async Task F(CequensException ex)\n    {\n${h('        ', true)}\n        await Send();\n    }\n}\n`,
  },
  {
    name: 'a statement in a plain method',
    language: 'csharp',
    unit: '    ',
    text: 'class Sender\n{\n    void F(CequensException ex)\n    {\n        Se|nd();\n    }\n}\n',
    expected: (h) => `class Sender\n{\n    void F(CequensException ex)\n    {\n        Send();\n${h('        ', false)}\n    }\n}\n`,
  },
  {
    name: 'blank line in a case branch: as the branch statements',
    language: 'php',
    unit: '    ',
    text: "<?php\nfunction f(array $error): void {\n    switch ($error['code']) {\n        case 470:\n            |\n    }\n}\n",
    expected: (h) => `<?php\nfunction f(array $error): void {\n    switch ($error['code']) {\n        case 470:\n${h('            ', false)}\n    }\n}\n`,
  },
  {
    name: 'a statement at the top level of a script',
    language: 'php',
    unit: '    ',
    text: '<?php\n$error = send();|\necho "sent";\n',
    expected: (h) => `<?php\n$error = send();\n${h('', false)}\necho "sent";\n`,
  },
];

/** The handler inserted at the cursor, and the document with it. */
function insertAtCursor(c: Case): { inserted: string; result: string } {
  const offset = c.text.indexOf('|');
  const text = c.text.slice(0, offset) + c.text.slice(offset + 1);
  const insertion = handlerInsertionAtCursor(text, syntaxOf(text, c.language), c.language, offset, e1015);
  assert.ok(insertion, 'no insertion');
  const result = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
  // Only inserted: the document is the result less the inserted text, unchanged around it.
  assert.equal(result.slice(0, insertion.offset) + result.slice(insertion.offset + insertion.text.length), text);
  return { inserted: insertion.text, result };
}

/** The error type the cases' functions take, declared after them: a type the document declares has the code the usual subject reads. */
const DECLARED_ERROR: Readonly<Record<string, string>> = {
  typescript: 'interface CequensError { code: number }\n',
  java: 'class CequensException extends RuntimeException { int getCode() { return 0; } }\n',
  csharp: 'class CequensException : System.Exception { public int Code { get; } }\n',
};

describe('handlerInsertionAtCursor', () => {
  for (const plain of CASES) {
    const declared = DECLARED_ERROR[plain.language] ?? '';
    const c: Case = { ...plain, text: plain.text + declared, expected: (h) => plain.expected(h) + declared };
    it(`${c.language}: ${c.name}`, (t) => {
      // The names the document uses choose among variants (the exception a retry catches).
      const takenNames = new Set(c.text.match(/\w+/g));
      // Each case's function has the language's usual error in scope (`err`, `e`, `ex`): the handler tests it.
      const subject = templatesFor(c.language)!.defaultSubject;
      const handler: Handler = (baseIndent, canAwait) =>
        renderHandler(e1015, c.language, { form: 'block', indent: c.unit, eol: '\n', baseIndent, canAwait, takenNames, subject });
      const { result } = insertAtCursor(c);
      assert.equal(result, c.expected(handler));
      const [outcome] = parseSources(c.language, [result]);
      if ('missing' in outcome) t.skip(`not parse-checked: ${outcome.missing}`);
      else assert.equal(outcome.errors, '', result);
    });
  }

  it('awaits in an async function only, in the languages that await', () => {
    const awaits = (c: Case) => /\bawait\b/.test(insertAtCursor(c).inserted);
    const named = (name: string, language: string) => CASES.find((c) => c.name === name && c.language === language)!;
    assert.equal(awaits(named('blank line in an async function', 'typescript')), true);
    assert.equal(awaits(named('blank line without whitespace, first in a plain function', 'typescript')), false);
    assert.equal(awaits(named('blank line after an async def header: one level deeper', 'python')), true);
    assert.equal(awaits(named('blank line after a statement in a plain def', 'python')), false);
    assert.equal(awaits(named('blank line in an async method', 'csharp')), true);
    assert.equal(awaits(named('a statement in a plain method', 'csharp')), false);
  });

  it('keeps the whitespace of a blank line that begins the indentation, and fills that line', () => {
    const text = 'function f(err: CequensError) {\n  send();\n  \n}\ninterface CequensError { code: number }\n';
    const offset = text.indexOf('\n  \n') + 3;
    const insertion = handlerInsertionAtCursor(text, syntaxOf(text, 'typescript'), 'typescript', offset, e1015)!;
    assert.equal(insertion.offset, offset);
    const handler = renderHandler(e1015, 'typescript', { form: 'block', indent: '  ', eol: '\n', baseIndent: '  ', subject: 'err.code' });
    assert.equal(insertion.text, handler.slice(2));
  });

  it('tests the error in scope at the cursor (a caught one too), and where there is none says what to put in its place', () => {
    const at = (text: string) => handlerInsertionAtCursor(text.replace('|', ''), syntaxOf(text.replace('|', ''), 'typescript'), 'typescript', text.indexOf('|'), e1015)!.text;
    const inCatch = at('async function f() {\n  try {\n    await send();\n  } catch (error: any) {\n    |\n  }\n}\n');
    assert.match(inCatch, /if \(\(error as \{ code\?: unknown \}\)\.code === 1015\)/);
    assert.doesNotMatch(inCatch, /No error is in scope/);
    const caught = (language: string, text: string) => handlerInsertionAtCursor(text.replace('|', ''), syntaxOf(text.replace('|', ''), language), language, text.indexOf('|'), e1015)!.text;
    assert.match(caught('java', 'class A {\n  void f() {\n    try {\n      send();\n    } catch (CloudException err) {\n      |\n    }\n  }\n}\nclass CloudException extends RuntimeException { int getCode() { return 0; } }\n'), /if \(err\.getCode\(\) == 1015\)/);
    assert.match(caught('csharp', 'class A {\n  void F() {\n    try { Send(); }\n    catch (WhatsAppException e) when (e.Code > 0)\n    {\n      |\n    }\n  }\n}\nclass WhatsAppException : System.Exception { public int Code { get; } }\n'), /if \(e\.Code == 1015\)/);
    // A type the document does not declare (a library's): read through the helper, which always compiles.
    assert.match(caught('java', 'class A {\n  void f() {\n    try {\n      send();\n    } catch (javax.net.ssl.SSLException err) {\n      |\n    }\n  }\n}\n'), /if \(whatsAppCode\(err\) == 1015\) \{ \/\/ your method: /);
    assert.match(caught('php', '<?php\ntry {\n    send();\n} catch (\\Exception $e) {\n    |\n}\n'), /if \(\$e->getCode\(\) === 1015\)/);
    // The caught error even where it has the usual name (a caught error is `unknown` in TypeScript)…
    assert.match(at('function f() {\n  try {\n    send();\n  } catch (err) {\n    |\n  }\n}\n'), /if \(\(err as \{ code\?: unknown \}\)\.code === 1015\)/);
    // …and none where the clause names only a type.
    assert.doesNotMatch(caught('csharp', 'class A {\n  void F() {\n    try { Send(); }\n    catch (HttpRequestException)\n    {\n      |\n    }\n  }\n}\n'), /HttpRequestException\.Code/);
    // Python: the caught error; the parameter of the function the blank line is in, even at its end, before the next function.
    assert.match(caught('python', 'def f():\n    try:\n        send()\n    except Exception as e:\n        |\n'), /if getattr\(e, "code", None\) == 1015:/);
    const pythonEnd = caught('python', 'def f(error):\n    send(error)\n    |\n\ndef g():\n    pass\n');
    assert.match(pythonEnd, /^ {4}if error\["code"\] == 1015:/m);
    assert.doesNotMatch(pythonEnd, /No error is in scope/);
    assert.match(caught('python', 'def f(error):\n    send(error)\n\ndef g():\n    |\n'), /No error is in scope here/);
    // A cursor on the statement after an except block: that statement, and its handler, are outside it.
    assert.match(caught('python', 'def f():\n    try:\n        send()\n    except Exception as e:\n        log(e)\n    |done()\n'), /No error is in scope here/);
    const outside = at('function f() {\n  send();\n  |\n}\n');
    assert.match(outside, /\/\/ No error is in scope here: replace err\.code with the code of the one this handles\.\n\s*if \(err\.code === 1015\)/);
  });

  it('follows the document line endings', () => {
    const text = 'function f(err: CequensError) {\r\n  send();\r\n\r\n}\r\n';
    const insertion = handlerInsertionAtCursor(text, syntaxOf(text, 'typescript'), 'typescript', text.indexOf('\r\n\r\n') + 2, e1015)!;
    assert.ok(!insertion.text.replace(/\r\n/g, '').includes('\n'), 'no bare line feed');
  });

  it('gives nothing where no statement can go, or without templates', () => {
    const at = (text: string, language: string) => handlerInsertionAtCursor(text.replace('|', ''), syntaxOf(text.replace('|', ''), language), language, text.indexOf('|'), e1015);
    assert.equal(at('class Sender {\n  |\n  f() {}\n}\n', 'typescript'), undefined, 'in a class body');
    assert.equal(at('public class Sender {\n    |\n}\n', 'java'), undefined, 'in a class body');
    assert.equal(at('class Sender:\n    x = 1\n|\n', 'python'), undefined, 'in a class body');
    assert.equal(at('package p\n\n|\n', 'go'), undefined, 'Go has no statements at the top level');
    assert.equal(at('2026-11-29 ERROR whatsapp error 1015|\n', 'log'), undefined);
    assert.equal(at('def f\n  |\nend\n', 'ruby'), undefined);
  });
});
