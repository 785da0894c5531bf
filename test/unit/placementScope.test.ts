// A handler names only what is there where it lands (issue 12 §1): the error it tests is in scope
// there, not the parameter of another function or lambda; the exception its retry catches is one
// the document has, else one that always exists. Where a checker resolves names, it checks.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { insertAt, newCheckerFindings, newTypeScriptErrors } from '../support/handlerAt';

/** The Java handler at the marked code retries catching `Exception`, and javac finds nothing new (its helpers declared). */
async function assertJavaRetryCatchesException(source: string, t: TestContext): Promise<void> {
  const placed = insertAt(source, 'java');
  assert.ok(placed);
  assert.match(placed.inserted, /catch \(Exception retryError\)/);
  const found = await newCheckerFindings('java', 'Sender.java', source, placed);
  if (!found) return t.skip('no javac');
  assert.deepEqual(found, [], placed.result);
}

const CSHARP_EXCEPTION = 'public class WhatsAppException : Exception { public int Code { get; set; } }';

describe('the error a handler tests is in scope where it lands', () => {
  it('C#: not the `ex` of another method; no handler where no error is in scope', () => {
    const source = `using System;\nclass Sender\n{\n    void Fail(WhatsAppException ex) { if (ex.Code == 470) Console.WriteLine(ex); }\n    void Log() { Console.WriteLine("CEQUENS error |1015"); }\n}\n${CSHARP_EXCEPTION}\n`;
    assert.equal(insertAt(source, 'csharp'), undefined);
  });

  it('C#: the parameter, the catch clause and the lambda parameter around it', async (t) => {
    const log = 'Console.WriteLine("CEQUENS error |1008");';
    for (const member of [
      `void Log(WhatsAppException ex) { ${log} }`,
      `void Log() { try { } catch (WhatsAppException ex) { ${log} } }`,
      `void Log(Action<WhatsAppException> on) { on = ex => { ${log} }; }`,
    ]) {
      const source = `using System;\nclass Sender\n{\n    ${member}\n}\n${CSHARP_EXCEPTION}\n`;
      const placed = insertAt(source, 'csharp');
      assert.ok(placed, member);
      assert.match(placed.inserted, /if \(ex\.Code == 1008\)/);
      const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('TypeScript: not the parameter of an arrow it is not in; the code the function compares instead', () => {
    const source = [
      'export async function onStatus(error: { code: number }, errors: { code: number }[], notify: (code: number) => Promise<void>): Promise<void> {',
      '  errors.forEach((err) => console.log(err.code));',
      '  if (error.code === 429) return;',
      '  await notify(|410);',
      '}',
      '',
    ].join('\n');
    const placed = insertAt(source, 'typescript');
    assert.ok(placed);
    assert.match(placed.inserted, /if \(error\.code === 410\) \{/);
    assert.deepEqual(newTypeScriptErrors(source, placed), []);
  });

  it('TypeScript and JavaScript: the error a catch block caught', () => {
    const source = "export async function f(): Promise<void> {\n  try {\n    await send();\n  } catch (failure) {\n    console.log('CEQUENS error |1015', failure);\n  }\n}\ndeclare function send(): Promise<void>;\n";
    const placed = insertAt(source, 'typescript');
    assert.ok(placed);
    assert.match(placed.inserted, /if \(\(failure as \{ code\?: unknown \}\)\.code === 1015\) \{/);
    assert.deepEqual(newTypeScriptErrors(source, placed), [], placed.result);
    const js = insertAt("async function f() {\n  try {\n    await send();\n  } catch (failure) {\n    console.log('CEQUENS error |1015');\n  }\n}\n", 'javascript');
    // JavaScript checked as TypeScript checks it (checkJs, strict) has the caught error unknown too: a JSDoc cast.
    assert.match(js?.inserted ?? '', /if \(\/\*\* @type \{\{ code\?: unknown \}\} \*\/ \(failure\)\.code === 1015\) \{/);
  });

  it('TypeScript: no handler where no error is in scope', () => {
    assert.equal(insertAt("export function f(): void {\n  console.log('CEQUENS error |1015');\n}\n", 'typescript'), undefined);
  });

  it('a member named like the error (`res.err`, PHP\'s `$this->error`) is not an error in scope', () => {
    assert.equal(insertAt("export function f(res: { err: Error }): void {\n  console.log(res.err);\n  console.log('CEQUENS error |1015');\n}\n", 'typescript'), undefined);
    assert.equal(insertAt("<?php\nclass Sender {\n    function log() {\n        echo $this->error;\n        echo 'CEQUENS error |1015';\n    }\n}\n", 'php'), undefined);
  });
});

describe('the error a Python handler tests is in scope where it lands', () => {
  it('not a parameter of another function, nor a member named like an error (`response.error`); the parameter of its own', async (t) => {
    const other = 'def on_status(error):\n    print(error["code"])\n\n\ndef log(response):\n    print(response.error)\n    print("CEQUENS error |1015")\n';
    assert.equal(insertAt(other, 'python'), undefined);
    const own = 'def on_status(error):\n    print(error)\n\n\ndef log(error):\n    print("CEQUENS error |1015")\n';
    const placed = insertAt(own, 'python');
    assert.ok(placed);
    assert.match(placed.inserted, /^ {4}if error\["code"\] == 1015:$/m);
    const found = await newCheckerFindings('python', 'sender.py', own, placed);
    if (!found) return t.skip('no pyflakes');
    assert.deepEqual(found, [], placed.result);
  });

  it('the error an except clause caught, read whatever its type (getattr), only in its block', async (t) => {
    const source = (inBlock: string, after: string) =>
      `def send(client):\n    try:\n        client.post()\n    except ConnectionError as failure:\n        print("CEQUENS error ${inBlock}", failure)\n    print("CEQUENS error ${after}")\n`;
    const inside = source('|1015', '1015');
    const placed = insertAt(inside, 'python');
    assert.ok(placed);
    assert.match(placed.inserted, /^ {8}if getattr\(failure, "code", None\) == 1015:$/m);
    // After the except block its name is unbound: no error in scope there.
    assert.equal(insertAt(source('1015', '|1015'), 'python'), undefined);
    const found = await newCheckerFindings('python', 'sender.py', inside, placed);
    if (!found) return t.skip('no pyflakes');
    assert.deepEqual(found, [], placed.result);
  });

  it('a list built on the line above is no value the code is built into', () => {
    assert.match(insertAt('def log(error):\n    codes = [1]\n    print("CEQUENS error |1015", codes)\n', 'python')?.inserted ?? '', /if error\["code"\] == 1015:/);
    assert.match(insertAt("export function log(err: CequensError): void {\n  const codes = [1]\n  console.log('CEQUENS error |1015', codes)\n}\ninterface CequensError { code: number }\n", 'typescript')?.inserted ?? '', /if \(err\.code === 1015\)/);
  });

  it('not a comprehension\'s or a lambda\'s variable, nor a keyword argument', () => {
    for (const line of ['log([error["code"] for error in errors])', 'key = lambda error: error["code"]', 'notify(error=None)']) {
      assert.equal(insertAt(`def log(errors, notify):\n    ${line}\n    print("CEQUENS error |1015")\n`, 'python'), undefined, line);
    }
  });
});

describe('the error a Go handler tests is in scope, and has a code', () => {
  const goFile = (body: string) =>
    `package sender\n\nimport "log"\n\ntype Error struct{ Code int }\n\nfunc (e *Error) Error() string { return "whatsapp error" }\n\nfunc post() (int, error) { return 0, nil }\n\n${body}`;

  it('not the err an if or for header declared, after its block', () => {
    const source = goFile('func send(body []byte) {\n\tif _, err := post(); err != nil {\n\t\treturn\n\t}\n\tlog.Printf("CEQUENS error |1015")\n}\n');
    assert.equal(insertAt(source, 'go'), undefined);
    const loop = goFile('func send(errs []*Error) {\n\tfor _, err := range errs {\n\t\tlog.Println(err)\n\t}\n\tlog.Printf("CEQUENS error |1015")\n}\n');
    assert.equal(insertAt(loop, 'go'), undefined);
  });

  it('Go heads as gofmt writes them: over two lines, with a slice literal, after a statement and `;`, a for loop\'s `i++`', async (t) => {
    const twoLines = goFile('func send(x interface{}) {\n\tif e, ok := x.(*Error); ok &&\n\t\te.Code == 1008 {\n\t\tlog.Println(e)\n\t}\n\tlog.Printf("CEQUENS error |1015")\n}\n');
    assert.equal(insertAt(twoLines, 'go'), undefined);
    for (const [body, shape] of [
      // An err that := declares is read as an error (Go's convention), a range's too: the helper, which compiles either way.
      ['func send(a, b *Error) {\n\tfor _, err := range []*Error{a, b} {\n\t\tlog.Printf("CEQUENS error |1015: %v", err)\n\t}\n}\n', /%v", err\)\n\t\t\/\/ 1015 [^\n]*\n(\t\t\/\/ [^\n]*\n)*\t\tif whatsAppCode\(err\) == 1015 \{/],
      ['func send(err *Error) {\n\tp := err; if p != nil {\n\t\tlog.Printf("CEQUENS error |1015: %v", err)\n\t}\n}\n', /%v", err\)\n\t\t\/\/ 1015 [^\n]*\n(\t\t\/\/ [^\n]*\n)*\t\tif err\.Code == 1015 \{/],
      ['func send() {\n\tfor i := 0; i < 3; i++ {\n\t\t_, err := post()\n\t\tlog.Printf("CEQUENS error |1015: %v %d", err, i)\n\t}\n}\n', /%d", err, i\)\n\t\t\/\/ 1015 [^\n]*\n(\t\t\/\/ [^\n]*\n)*\t\tif whatsAppCode\(err\) == 1015 \{/],
    ] as const) {
      const source = goFile(body);
      const placed = insertAt(source, 'go');
      assert.ok(placed, body);
      assert.match(placed.result, shape);
      const found = await newCheckerFindings('go', 'sender.go', source, placed);
      if (!found) return t.skip('no go');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('an err declared in its if header, inside its block', async (t) => {
    const source = goFile('func send() {\n\tif _, err := post(); err != nil {\n\t\tlog.Printf("CEQUENS error |1015: %v", err)\n\t}\n}\n');
    const placed = insertAt(source, 'go');
    assert.ok(placed);
    const found = await newCheckerFindings('go', 'sender.go', source, placed);
    if (!found) return t.skip('no go');
    assert.deepEqual(found, [], placed.result);
  });

  it('a code compared in an if head that declares its error (`if e, ok := err.(*Error); ok && e.Code == 1015 {`): into that branch, where e is seen', async (t) => {
    for (const [body, shape] of [
      ['', /ok && e\.Code == 1015 \{\n\t\t\/\/ 1015 [^\n]*\n(\t\t\/\/ [^\n]*\n)*\t\tfor attempt := 1;/],
      ['\t\tlog.Println(e)\n', /ok && e\.Code == 1015 \{\n\t\t\/\/ 1015 [^\n]*\n(\t\t\/\/ [^\n]*\n)*\t\t\/\/ This branch already handles 1015/],
    ] as const) {
      const source = goFile(`func send(err error) {\n\tif e, ok := err.(*Error); ok && e.Code == |1015 {\n${body}\t}\n\tlog.Println("sent")\n}\n`);
      const placed = insertAt(source, 'go');
      assert.ok(placed);
      assert.match(placed.result, shape);
      const found = await newCheckerFindings('go', 'sender.go', source, placed);
      if (!found) return t.skip('no go');
      assert.deepEqual(found, [], placed.result);
    }
    // Tested for inequality, the branch is not the code's, and after the if no e is seen: no handler.
    assert.equal(insertAt(goFile('func send(err error) {\n\tif e, ok := err.(*Error); ok && e.Code != |1015 {\n\t\tlog.Println(e)\n\t}\n}\n'), 'go'), undefined);
    // A case label of a switch in that block: its branch, as anywhere.
    const labelled = goFile('func send(err error) {\n\tif e, ok := err.(*Error); ok {\n\t\tswitch e.Code {\n\t\tcase |1015:\n\t\t\tlog.Println(e)\n\t\t}\n\t}\n}\n');
    const inCase = insertAt(labelled, 'go', true);
    assert.ok(inCase);
    const foundInCase = await newCheckerFindings('go', 'sender.go', labelled, inCase);
    assert.deepEqual(foundInCase, [], inCase.result);
  });

  it('a plain error (`_, err := post()`, `err error`) is read through a helper the handler documents; an *Error by its field', async (t) => {
    for (const [body, subject] of [
      ['func send() error {\n\t_, err := post()\n\tif err != nil {\n\t\tlog.Printf("CEQUENS error |1015: %v", err)\n\t\treturn err\n\t}\n\treturn nil\n}\n', /if whatsAppCode\(err\) == 1015 \{ \/\/ your function: the code of the WhatsApp error in err /],
      ['func onError(err error) {\n\tlog.Printf("CEQUENS error |1015: %v", err)\n}\n', /if whatsAppCode\(err\) == 1015 \{/],
      ['func onError(err *Error) {\n\tlog.Printf("CEQUENS error |1015: %v", err)\n}\n', /if err\.Code == 1015 \{/],
    ] as const) {
      const source = goFile(body);
      const placed = insertAt(source, 'go');
      assert.ok(placed, body);
      assert.match(placed.inserted, subject);
      const found = await newCheckerFindings('go', 'sender.go', source, placed);
      if (!found) return t.skip('no go');
      assert.deepEqual(found, [], placed.result);
    }
  });
});

describe('an error whose type has no code is read through a cast, or a helper the handler documents', () => {
  it('C#: `catch (Exception ex)`, a parameter `HttpRequestException ex`; the document\'s own exception by its Code', async (t) => {
    const log = 'Console.WriteLine("CEQUENS error |1015: " + ex.Message);';
    for (const [member, subject] of [
      [`void Send() { try { Post(); } catch (Exception ex) { ${log} } }`, /if \(WhatsAppCode\(ex\) == 1015\) \/\/ your method: the WhatsApp error code ex carries/],
      [`void Fail(System.Net.Http.HttpRequestException ex) { ${log} }`, /if \(WhatsAppCode\(ex\) == 1015\)/],
      [`void Send() { try { Post(); } catch (WhatsAppException ex) { ${log} } }`, /if \(ex\.Code == 1015\)$/m],
    ] as const) {
      const source = `using System;\nclass Sender\n{\n    ${member}\n    void Post() { }\n}\n${CSHARP_EXCEPTION}\n`;
      const placed = insertAt(source, 'csharp');
      assert.ok(placed, member);
      assert.match(placed.inserted, subject);
      const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('TypeScript: a parameter `err: Error` or `err: unknown` through a cast; one of a type with a code as it is', () => {
    for (const [parameter, subject] of [
      ['err: Error', /if \(\(err as \{ code\?: unknown \}\)\.code === 1015\) \{/],
      ['err: unknown', /if \(\(err as \{ code\?: unknown \}\)\.code === 1015\) \{/],
      ['err: ApiError', /if \(err\.code === 1015\) \{/],
    ] as const) {
      const source = `interface ApiError { code: number }\nexport function onError(${parameter}): void {\n  console.log('CEQUENS error |1015', err);\n}\n`;
      const placed = insertAt(source, 'typescript');
      assert.ok(placed, parameter);
      assert.match(placed.inserted, subject);
      assert.deepEqual(newTypeScriptErrors(source, placed), [], placed.result);
    }
  });

  it('a use of the error is no declaration of it (`cond ? ex : null`, `limit > ex.Data.Count`, `ref ex`); Go\'s grouped parameters `err, cause error`', async (t) => {
    for (const use of ['var shown = ex.InnerException != null ? ex : null;', 'int limit = 3; if (limit > ex.Data.Count) return;', 'Exception inner = null; Swap(ref inner, ref ex);']) {
      const source = `using System;\nclass Sender\n{\n    void Send()\n    {\n        try { Post(); }\n        catch (Exception ex)\n        {\n            ${use}\n            Console.WriteLine("CEQUENS error |1015: " + ex.Message);\n        }\n    }\n    void Post() { }\n    static void Swap(ref Exception a, ref Exception b) { }\n}\n`;
      const placed = insertAt(source, 'csharp');
      assert.match(placed?.inserted ?? '', /if \(WhatsAppCode\(ex\) == 1015\)/, use);
      const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed!);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed!.result);
    }
    const go = 'package sender\n\nimport "log"\n\nfunc onError(err, cause error) {\n\tlog.Printf("CEQUENS error |1015: %v %v", err, cause)\n}\n';
    assert.match(insertAt(go, 'go')?.inserted ?? '', /if whatsAppCode\(err\) == 1015 \{/);
  });

  it('Java: `catch (IOException e)`, `catch (final IOException e)`', async (t) => {
    for (const clause of ['java.io.IOException e', 'final java.io.IOException e']) {
      const source = `class Sender {\n    void send() {\n        try { post(); }\n        catch (${clause}) {\n            System.out.println("CEQUENS error |1015: " + e.getMessage());\n        }\n    }\n    void post() throws java.io.IOException { }\n}\n`;
      const placed = insertAt(source, 'java');
      assert.ok(placed, clause);
      assert.match(placed.inserted, /if \(whatsAppCode\(e\) == 1015\) \{ \/\/ your method: /);
      const found = await newCheckerFindings('java', 'Sender.java', source, placed);
      if (!found) return t.skip('no javac');
      assert.deepEqual(found, [], placed.result);
    }
  });
});

describe('a code tested where its error is declared (a catch filter, a pattern variable): the handler goes into that branch, where the error is seen', () => {
  it('C#: `catch (WhatsAppException ex) when (ex.Code == 470)`: into that catch block (as a comment: it handles the code)', async (t) => {
    const source = `using System;\nclass Sender\n{\n    void Send()\n    {\n        try { Post(); }\n        catch (WhatsAppException ex) when (ex.Code == |470)\n        {\n            Console.WriteLine(ex);\n        }\n    }\n    void Post() { }\n}\n${CSHARP_EXCEPTION}\n`;
    const placed = insertAt(source, 'csharp');
    assert.ok(placed);
    assert.match(placed.result, /when \(ex\.Code == 470\)\n {8}\{\n {12}\/\/ 470 /);
    const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
    if (!found) return t.skip('no mcs');
    assert.deepEqual(found, [], placed.result);
  });

  it('Java: `if (x instanceof CloudException w && w.getCode() == 1026) {`: into its block (as a comment: it handles the code)', async (t) => {
    const source = 'class CloudException extends RuntimeException { int getCode() { return 0; } }\nclass Sender {\n    void send(RuntimeException ex) {\n        if (ex.getCause() instanceof CloudException w && w.getCode() == |1026) {\n            System.out.println(w);\n        }\n    }\n}\n';
    const placed = insertAt(source, 'java');
    assert.ok(placed);
    assert.match(placed.result, /w\.getCode\(\) == 1026\) \{\n {12}\/\/ 1026 /);
    const found = await newCheckerFindings('java', 'Sender.java', source, placed);
    if (!found) return t.skip('no javac');
    assert.deepEqual(found, [], placed.result);
  });

  it('TypeScript: after a test that narrowed a caught error (`err instanceof ApiError && err.code === 1026`), the error is unknown again: the cast', () => {
    const source = "class ApiError extends Error { code = 0; }\nexport async function f(post: () => Promise<void>): Promise<boolean> {\n  try {\n    await post();\n  } catch (err) {\n    const unreachable = err instanceof ApiError && err.code === |1026;\n    return unreachable;\n  }\n  return false;\n}\n";
    const placed = insertAt(source, 'typescript');
    assert.ok(placed);
    assert.match(placed.inserted, /if \(\(err as \{ code\?: unknown \}\)\.code === 1026\) \{/);
    assert.deepEqual(newTypeScriptErrors(source, placed), [], placed.result);
  });

  it('TypeScript: the parameter a type predicate names (`): err is HttpError {`) is not in scope outside its function', () => {
    const source = "interface HttpError { code: number }\nexport function isHttpError(err: unknown): err is HttpError {\n  return typeof err === 'object';\n}\nexport function f(p: Promise<void>): void {\n  p.catch((failure: unknown) => console.log('whatsapp error |1015', failure));\n}\n";
    const placed = insertAt(source, 'typescript');
    assert.doesNotMatch(placed?.inserted ?? '', /\berr\b/);
  });
});

describe('the exception a retry catches exists', () => {
  const csharp = (declared: string) => `using System;\nclass Sender\n{\n    void Log(int code) { if (code == |1015) Console.WriteLine(code); }\n}\n${declared}\n`;

  it('C#: the document\'s own exception class; Exception where it has none', async (t) => {
    for (const [declared, caught] of [[CSHARP_EXCEPTION, 'WhatsAppException'], ['', 'Exception']]) {
      const placed = insertAt(csharp(declared), 'csharp');
      assert.ok(placed);
      assert.match(placed.inserted, new RegExp(`catch \\(${caught}\\) when \\(attempt < 5\\)`));
      const found = await newCheckerFindings('csharp', 'Sender.cs', csharp(declared), placed);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('Java: Exception where the document has no exception class of those named, in a method that declares no checked exception', async (t) => {
    const source = 'public class Sender {\n    void log(int code) {\n        if (code == |1015) System.out.println(code);\n    }\n}\n';
    await assertJavaRetryCatchesException(source, t);
  });

  const csharpCatching = (clauses: string, elsewhere = '') =>
    [
      'using System;',
      'using System.Net.Http;',
      'class Sender',
      '{',
      '    void Send(Result result)',
      '    {',
      '        try',
      '        {',
      '            Post();',
      '            if (result.Code == |1015) Console.WriteLine(result.Code);',
      '        }',
      `        ${clauses}`,
      '    }',
      `    void Post() { ${elsewhere} }`,
      '}',
      'class Result { public int Code { get; set; } }',
      CSHARP_EXCEPTION,
      '',
    ].join('\n');

  it('C#: the type the method catches, most often caught first; one another method catches does not count', async (t) => {
    const cases: [string, string, string][] = [
      ['catch (HttpRequestException) { }', '', 'HttpRequestException'],
      ['catch (WhatsAppException) { } catch (System.Net.Http.HttpRequestException e) when (e.Data != null) { } catch (System.Net.Http.HttpRequestException) { }', '', 'System.Net.Http.HttpRequestException'],
      ['finally { }', 'try { } catch (HttpRequestException) { }', 'WhatsAppException'],
    ];
    for (const [clauses, elsewhere, caught] of cases) {
      const source = csharpCatching(clauses, elsewhere);
      const placed = insertAt(source, 'csharp');
      assert.ok(placed);
      assert.match(placed.inserted, new RegExp(`catch \\(${caught.replace(/\./g, '\\.')}\\) when \\(attempt < 5\\)`));
      const found = await newCheckerFindings('csharp', 'Sender.cs', source, placed);
      if (!found) return t.skip('no mcs');
      assert.deepEqual(found, [], placed.result);
    }
  });

  it('C#: in a catch block, its type, before the type the method catches most', () => {
    const source = csharpCatching('catch (HttpRequestException) { } catch (InvalidOperationException) { } catch (InvalidOperationException ex) { if (ex.HResult == |1015) Post(); }');
    assert.match(insertAt(source, 'csharp')?.inserted ?? '', /catch \(InvalidOperationException\) when/);
    const inWhatsApp = csharpCatching('catch (HttpRequestException) { } catch (HttpRequestException) { } catch (WhatsAppException ex) { if (ex.Code == |1016) Post(); }');
    assert.match(insertAt(inWhatsApp.replace('|1015', '1015'), 'csharp')?.inserted ?? '', /catch \(WhatsAppException\) when/);
  });

  it('Java: Exception still where the method catches its own checked exception, which the retry\'s try could not throw', async (t) => {
    const source = [
      'public class Sender {',
      '    void send(int code) {',
      '        try {',
      '            post();',
      '            if (code == |1015) System.out.println(code);',
      '        } catch (CloudApiException e) {',
      '        }',
      '    }',
      '    void post() throws CloudApiException { }',
      '}',
      'class CloudApiException extends Exception { }',
      '',
    ].join('\n');
    await assertJavaRetryCatchesException(source, t);
  });

  it('Java: Exception even where the document declares a checked CequensException', async (t) => {
    const source = 'public class Sender {\n    void log(int code) {\n        if (code == |1015) System.out.println(code);\n    }\n}\nclass CequensException extends Exception { }\n';
    await assertJavaRetryCatchesException(source, t);
  });

  it('PHP and Python: the type the function catches; the except clause around the handler first', () => {
    // A clause after the handler counts too (the union's `|` follows the one that marks the code).
    const php = "<?php\nfunction f(array $error): void\n{\n    if ($error['code'] === |1015) log($error);\n    try {\n        post();\n    } catch (\\GuzzleHttp\\Exception\\RequestException | \\RuntimeException $e) {\n    }\n}\n";
    assert.match(insertAt(php, 'php')?.inserted ?? '', /catch \(\\GuzzleHttp\\Exception\\RequestException \| \\RuntimeException \$retryError\)/);
    const python = [
      'def f(error):',
      '    try:',
      '        post()',
      '    except:',
      '        pass',
      '    try:',
      '        post()',
      '    except (ConnectionError,',
      '            TimeoutError) as exc:',
      '        if exc.errno == |1015:',
      '            log(exc)',
      '    except KeyError:',
      '        pass',
      '',
    ].join('\n');
    assert.match(insertAt(python, 'python')?.inserted ?? '', /except \(ConnectionError, TimeoutError\):/);
    const inBody = python.replace('|1015', '1015').replace('        post()\n    except:', '        if error["code"] == |1015:\n            log(error)\n    except KeyError:');
    assert.match(insertAt(inBody, 'python')?.inserted ?? '', /except KeyError:/);
  });

  it('PHP and Python: the base exception where the document has no CequensException/CequensError', () => {
    const php = insertAt("<?php\nfunction f(array $error): void\n{\n    if ($error['code'] === |1015) log($error);\n}\n", 'php');
    assert.match(php?.inserted ?? '', /catch \(\\Exception \$retryError\)/);
    const python = insertAt('def f(error):\n    if error["code"] == |1015:\n        log(error)\n', 'python');
    assert.match(python?.inserted ?? '', /except Exception:/);
  });
});
