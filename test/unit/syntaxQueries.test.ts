// The queries of server/src/core/syntax/queries/ against their grammars, and what placement asks of them.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { queryOf, type Question } from '../../server/src/core/syntax/queries';
import { functionAround } from '../../server/src/core/syntax/scopes';
import { switchAround } from '../../server/src/core/syntax/switches';
import { labelsBranch } from '../../server/src/core/snippets/treeSpot';
import { catchAround } from '../../server/src/core/syntax/catches';
import { grammars, syntaxOf } from '../support/syntax';

const FOLDER = 'server/src/core/syntax/queries';

describe('syntax queries', () => {
  it('every query file compiles against its grammar, and every grammar the build ships has one of each', () => {
    const shipped = readdirSync('dist/grammars').flatMap((f) => /^tree-sitter-(.+)\.wasm$/.exec(f)?.[1] ?? []);
    assert.ok(shipped.length >= 10, `grammars shipped: ${shipped.join(', ')}`);
    for (const grammar of shipped) {
      const questions = readdirSync(`${FOLDER}/${grammar}`).map((f) => f.replace(/\.scm$/, '') as Question);
      assert.ok(questions.includes('functions'), `${grammar} has no functions.scm`);
      for (const question of questions) assert.doesNotThrow(() => queryOf(grammars.ifLoaded(grammar)!, grammar, question), `${grammar}/${question}.scm`);
    }
  });

  /** `|` marks the point asked about; the innermost function around it, and whether it is async. */
  const CASES: readonly { language: string; text: string; around: string | undefined; async: boolean }[] = [
    { language: 'typescript', text: 'async function f() {\n  const g = () => {\n    |x();\n  };\n}\n', around: 'arrow_function', async: false },
    { language: 'typescript', text: 'class A {\n  async m(): Promise<void> {\n    |x();\n  }\n}\n', around: 'method_definition', async: true },
    { language: 'typescript', text: '|await x();\n', around: undefined, async: false },
    { language: 'typescriptreact', text: 'const C = async () => {\n  |await x();\n};\n', around: 'arrow_function', async: true },
    { language: 'javascript', text: 'items.forEach(async function (i) {\n  |send(i);\n});\n', around: 'function_expression', async: true },
    { language: 'python', text: 'async def f():\n    def g():\n        |x()\n', around: 'function_definition', async: false },
    { language: 'python', text: 'async def f():\n    |x()\n', around: 'function_definition', async: true },
    { language: 'csharp', text: 'class A {\n  async Task M() {\n    |X();\n  }\n}\n', around: 'method_declaration', async: true },
    { language: 'csharp', text: 'class A {\n  void M() {\n    Func<Task> f = async () => { |await X(); };\n  }\n}\n', around: 'lambda_expression', async: true },
    { language: 'java', text: 'class A {\n  void m() {\n    Runnable r = () -> { |x(); };\n  }\n}\n', around: 'lambda_expression', async: false },
    { language: 'go', text: 'func f() {\n\tg := func() {\n\t\t|x()\n\t}\n}\n', around: 'func_literal', async: false },
    { language: 'php', text: '<?php\nclass A {\n  function m() {\n    |x();\n  }\n}\n', around: 'method_declaration', async: false },
    { language: 'ruby', text: 'def send_all\n  items.each do |i|\n    |deliver(i)\n  end\nend\n', around: 'do_block', async: false },
    { language: 'rust', text: 'async fn f() {\n    |x().await;\n}\n', around: 'function_item', async: true },
    { language: 'rust', text: 'fn f() {\n    let c = |a: i32| {\n        |a\n    };\n}\n', around: 'closure_expression', async: false },
  ];

  for (const c of CASES) {
    it(`${c.language}: ${c.around ?? 'no function'} around ${JSON.stringify(c.text.slice(0, 40))}`, () => {
      const at = c.text.lastIndexOf('|');
      const text = c.text.slice(0, at) + c.text.slice(at + 1);
      const found = functionAround(syntaxOf(text, c.language)!, at);
      assert.equal(found?.node.type, c.around);
      assert.equal(found?.async ?? false, c.async);
    });
  }

  /** `|` marks a code; the subject of the switch whose label or branch holds it, and whether it labels a branch (branches.scm: a case, an arm). */
  const SWITCHES: readonly { language: string; text: string; subject: string | undefined; labels?: boolean }[] = [
    { language: 'typescript', text: 'switch (err.code) {\n  case |470:\n    break;\n}\n', subject: 'err.code', labels: true },
    { language: 'typescript', text: 'switch (err.code) {\n  case 470:\n    log(|1015);\n}\n', subject: 'err.code', labels: false },
    { language: 'typescript', text: 'switch (codeOf(|470)) {\n}\n', subject: undefined },
    { language: 'python', text: 'match error["code"]:\n    case |470 | 471:\n        pass\n', subject: 'error["code"]' },
    { language: 'java', text: 'class A { void m(E e) { switch (e.code()) { case |470: break; } } }', subject: 'e.code()', labels: true },
    { language: 'go', text: 'package a\nfunc f() {\n\tswitch v := g(); v {\n\tcase |470:\n\t}\n}\n', subject: 'v', labels: true },
    { language: 'go', text: 'package a\nfunc f() {\n\tswitch {\n\tcase c == |470:\n\t}\n}\n', subject: undefined },
    { language: 'csharp', text: 'class A { string M(E ex) => ex.Code switch { |1013 or 1026 => "skip", _ => "" }; }', subject: 'ex.Code', labels: true },
    { language: 'php', text: '<?php\n$x = match ($code) { |470, 1026 => "a", default => "b" };\n', subject: '$code', labels: true },
    { language: 'php', text: '<?php\nswitch ($e->getCode()) { case |470: break; }\n', subject: '$e->getCode()', labels: true },
    { language: 'ruby', text: 'case error_code\nwhen |131026, 470 then skip\nend\n', subject: 'error_code', labels: true },
    { language: 'rust', text: 'fn f(code: i32) { match code { |190 => a(), _ => {} } }', subject: 'code', labels: true },
  ];

  for (const c of SWITCHES) {
    it(`${c.language}: the switch around ${JSON.stringify(c.text.slice(0, 50))} compares ${c.subject ?? 'nothing'}`, () => {
      const at = c.text.indexOf('|');
      const text = c.text.slice(0, at) + c.text.slice(at + 1);
      const syntax = syntaxOf(text, c.language)!;
      assert.equal(switchAround(syntax, at)?.subject.text, c.subject);
      if (c.labels !== undefined) assert.equal(labelsBranch(syntax, at), c.labels);
    });
  }

  /** `|` marks a point; the catch clause whose block holds it: the type it catches and the name it gives the error. */
  const CATCHES: readonly { language: string; text: string; type: string | undefined; name: string | undefined; none?: true }[] = [
    { language: 'typescript', text: 'try { f(); } catch (error: any) {\n  |log();\n}\n', type: undefined, name: 'error' },
    { language: 'typescript', text: 'try { |f(); } catch (error) {}\n', type: undefined, name: undefined, none: true },
    { language: 'java', text: 'class A { void m() { try { } catch (IOException | WhatsAppException e) { |f(); } } }', type: 'IOException | WhatsAppException', name: 'e' },
    { language: 'csharp', text: 'class A { void M() { try { } catch (HttpRequestException) { |F(); } } }', type: 'HttpRequestException', name: undefined },
    { language: 'csharp', text: 'class A { void M() { try { } catch (WhatsAppException ex) when (ex.Code == 1) { |F(); } } }', type: 'WhatsAppException', name: 'ex' },
    { language: 'php', text: '<?php\ntry { } catch (\\Ns\\WhatsAppException $e) { |f(); }\n', type: '\\Ns\\WhatsAppException', name: '$e' },
    { language: 'python', text: 'try:\n    pass\nexcept (A, B) as e:\n    |log(e)\n', type: '(A, B)', name: 'e' },
    { language: 'python', text: 'try:\n    pass\nexcept requests.HTTPError:\n    |log()\n', type: 'requests.HTTPError', name: undefined },
    { language: 'ruby', text: 'begin\n  x\nrescue WhatsAppError => e\n  |y\nend\n', type: 'WhatsAppError', name: 'e' },
  ];

  for (const c of CATCHES) {
    it(`${c.language}: the catch clause around ${JSON.stringify(c.text.slice(0, 50))}`, () => {
      const at = c.text.lastIndexOf('|');
      const text = c.text.slice(0, at) + c.text.slice(at + 1);
      const clause = catchAround(syntaxOf(text, c.language)!, at);
      assert.equal(clause === undefined, c.none === true);
      assert.equal(clause?.type?.text, c.type);
      assert.equal(clause?.name?.text, c.name);
    });
  }
});
