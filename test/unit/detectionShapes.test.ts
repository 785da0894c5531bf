// The shapes of issue 21, each from both sides: where the context makes a number a code, and the
// look-alike where it does not. Source is read on its syntax tree, as the server reads it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { detect } from '../../server/src/core/detection/detect';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import type { SourceSyntax } from '../../server/src/core/syntax/syntax';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

/** Reads the index on a new tree, as the server does between requests: whether that changed what some line holds. */
function readOnTree(index: OccurrenceIndex, syntax: SourceSyntax): boolean {
  index.useSyntax(syntax);
  while (index.readOnTreeSome(1));
  return index.changedOnTree;
}
/** The codes found, as written, on the tree where the language has a grammar. */
function codesIn(text: string, languageId: string): string[] {
  const tree = syntaxOf(text, languageId);
  return detect(text, languageId, catalog, tree ? { syntax: { tree, offset: 0 } } : {}).map((o) => text.slice(o.start, o.end));
}
const WHATSAPP = '// WhatsApp Cloud API client\n';

describe('detection of the shapes of unseen projects', () => {
  it('reads numbers written with separators as their codes, and no other number', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}if (err.code === 131_047) reopen();\n`, 'typescript'), ['131_047']);
    assert.deepEqual(codesIn('# WhatsApp\nRETRYABLE = {1011, 1_015, 1016}\n', 'python'), ['1011', '1_015', '1016']);
    assert.deepEqual(codesIn(`${WHATSAPP}const MAX = 1_000_000;\nconst mask = 0x1008;\n`, 'typescript'), []);
  });

  it('reads a union type, a Map of pairs and a dictionary beside a distinctive code, small members too; not a union or map of other numbers', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}type Known =\n  | 0\n  | 4\n  | 190\n  | 131047;\n`, 'typescript'), ['0', '4', '190', '131047']);
    assert.deepEqual(codesIn(`${WHATSAPP}const byCode = new Map([\n  [190, 'auth'],\n  [368, 'integrity'],\n  [131047, 'window'],\n]);\n`, 'typescript'), ['190', '368', '131047']);
    assert.deepEqual(codesIn('# WhatsApp\nCATEGORIES = {\n    0: "authorization",\n    10: "permission",\n    131_048: "throttling",\n}\n', 'python'), ['0', '10', '131_048']);
    assert.deepEqual(codesIn(`${WHATSAPP}type Port = | 80 | 443 | 2000;\nconst sizes = new Map([[1, 'a'], [4, 'b']]);\n`, 'typescript'), []);
  });

  it('reads no collection named for durations or another kind of code, even in a WhatsApp file', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}const AREA_CODES: Record<number, string> = {\n  470: 'Atlanta',\n  401: 'Rhode Island',\n};\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}const RETRY_DELAYS_MS = [\n  1000,\n  2000,\n];\n`, 'typescript'), []);
    // Named for back-off but full of WhatsApp's codes, a list is one of codes.
    assert.deepEqual(codesIn(`${WHATSAPP}const BACKOFF_CODES = [4, 80007, 130429];\n`, 'typescript'), ['4', '80007', '130429']);
  });

  it("reads a Rust match arm's pattern by what the match compares", () => {
    const rust = '//! WhatsApp Cloud API errors\nfn f(e: &E) -> u8 {\n    match e.code {\n        190 => 1,\n        4 | 17 | 613 => 2,\n        _ => 0,\n    }\n}\n';
    assert.deepEqual(codesIn(rust, 'rust'), ['190', '4', '17', '613']);
    const port = '//! WhatsApp bridge\nfn f(p: u16) -> u8 {\n    match p.port {\n        1000 => 1,\n        2000 => 2,\n        _ => 0,\n    }\n}\n';
    assert.deepEqual(codesIn(port, 'rust'), []);
    assert.deepEqual(codesIn('//! WhatsApp\nfn t() { assert_eq!(err.code, 131026); assert_eq!(batch.len(), 1000); }\n', 'rust'), ['131026']);
  });

  it('reads a call by its name: a code passed to one named for codes, none to close, wait or set a status', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}expect(mapMetaErrorCode(4)).toBe('rate_limited');\n`, 'typescript'), ['4']);
    assert.deepEqual(codesIn('# WhatsApp bridge\nawait self.close(code=1000)\nawait ws.close(code=1008, reason="policy")\n', 'python'), []);
    assert.deepEqual(codesIn('<?php // WhatsApp webhook\nhttp_response_code(401);\n', 'php'), []);
  });

  it('leaves WebSocket close codes and MySQL errors alone where the file names them, not where CEQUENS is named on the line', () => {
    assert.deepEqual(codesIn('# WhatsApp dashboard over a WebSocket\nif exc.code == 1008:\n    pass\n', 'python'), []);
    assert.deepEqual(codesIn('// Stores WhatsApp messages in MySQL.\nfunc f(n int) {\n\tswitch mysqlErr.Number {\n\tcase 2006, 2013:\n\t}\n}\n', 'go'), []);
    assert.deepEqual(codesIn('// WhatsApp sender (MySQL-backed)\nif (cequensError.code === 2006) retry();\n', 'typescript'), ['2006']);
    assert.deepEqual(codesIn('// WhatsApp sender\nif (err.code === 1008) fail();\n', 'typescript'), ['1008']);
  });

  it("reads the arms of Kotlin's when, Elixir's case and Dart's switch expressions, by their subject", () => {
    assert.deepEqual(codesIn('// WhatsApp\nfun f(code: Int) = when (code) {\n    131026 -> "a"\n    131047, 470 -> "b"\n    else -> "c"\n}\n', 'kotlin'), ['131026', '131047', '470']);
    assert.deepEqual(codesIn('// WhatsApp\nfun f(n: Int) = when (n) {\n    1000 -> "a"\n    else -> "c"\n}\n', 'kotlin'), []);
    assert.deepEqual(codesIn('# WhatsApp\ncase code do\n  470 -> :window\n  190 -> :token\nend\ncase attempt do\n  1000 -> :slow\nend\n', 'elixir'), ['470', '190']);
    assert.deepEqual(codesIn("// WhatsApp\nString? f(int? code) => switch (code) {\n  131052 || 131053 => 'media',\n  _ => null,\n};\nint g(String s) => switch (s) {\n  'sent' => 2,\n  _ => 0,\n};\n", 'dart'), ['131052', '131053']);
  });

  it("reads Scala's postfix match by the subject before it", () => {
    assert.deepEqual(codesIn('// WhatsApp\nobject E {\n  def f(e: GraphError) = e.code match {\n    case 131047 | 470 => "window"\n    case _ => "other"\n  }\n}\n', 'scala'), ['131047', '470']);
    assert.deepEqual(codesIn('// WhatsApp\nobject E {\n  def f(r: Retry) = r.delayMs match {\n    case 1000 => "short"\n    case _ => "long"\n  }\n}\n', 'scala'), []);
  });

  it('reads an Elixir function head that matches a code in a function named for errors, not another', () => {
    assert.deepEqual(codesIn('# WhatsApp\ndef process_errors(msg, _errors, 471), do: msg\n', 'elixir'), ['471']);
    assert.deepEqual(codesIn('# WhatsApp\ndef page(items, 1000), do: items\n', 'elixir'), []);
  });

  it('reads a code before a colon and words of its title in a comment; not before other words', () => {
    assert.deepEqual(codesIn('# WhatsApp\n# 471: the spam rate limit; back off.\nx = 1\n', 'elixir'), ['471']);
    assert.deepEqual(codesIn('# WhatsApp\n# 1000: the largest batch we send.\nx = 1\n', 'elixir'), []);
  });

  it("reads a Markdown table's column headed as WhatsApp's error codes, in Markdown and plain text; not another column", () => {
    const table = '| Twilio | WhatsApp error code | Area code |\n| --- | --- | --- |\n| 63019 | 400 | 470 |\n| 63016 | 470 | 401 |\n';
    assert.deepEqual(codesIn(table, 'markdown'), ['400', '470']);
    assert.deepEqual(codesIn(table, 'plaintext'), ['400', '470']);
    assert.deepEqual(codesIn('| Port | Service |\n| --- | --- |\n| 1000 | whatsapp error relay |\n', 'markdown'), []);
  });

  it("reads a test's JSON body as a payload, a customer's message body as words", () => {
    const go = '// WhatsApp Cloud API\nvar cases = []tc{\n\t{body: `{"error":{"type":"OAuthException","code":131026}}`, wantCode: 190},\n}\n';
    assert.deepEqual(codesIn(go, 'go'), ['131026', '190']);
    assert.deepEqual(codesIn('{"from":"2015550100","body":"I got error 131047 yesterday"}\n', 'jsonl'), []);
  });

  it('reads a source document on its tree once the server hands it one, and after an edit on the next', () => {
    // Past the file's head, an edit re-reads its own lines and those below: the collection's other lines wait for the tree.
    const filler = '// notes\n'.repeat(400);
    const text = `${WHATSAPP}${filler}type Known =\n  | 0\n  | 4\n  | 131047;\n`;
    const index = new OccurrenceIndex(text, 'typescript', catalog);
    const found = () => index.all.map((o) => index.text.line(o.line).slice(o.start, o.end));
    assert.deepEqual(found(), [], 'the lexer alone reads no union type');
    assert.equal(readOnTree(index, syntaxOf(text, 'typescript')!), true);
    assert.deepEqual(found(), ['0', '4', '131047']);
    // The distinctive member goes: its small siblings, on lines the edit did not touch, are codes no more.
    index.replace({ line: 404, character: 4 }, { line: 404, character: 10 }, '8');
    assert.deepEqual(found(), ['0', '4'], 'stale until the next tree');
    assert.equal(readOnTree(index, syntaxOf(index.text.text(), 'typescript')!), true);
    assert.deepEqual(found(), []);
    assert.equal(readOnTree(index, syntaxOf(index.text.text(), 'typescript')!), false, 'nothing read without a tree since');
  });
});

// The second held-out batch (test/fixtures/detection/heldout2/): each rule it led to, from both sides.
describe('detection of the shapes of the second held-out batch', () => {
  it('reads a switch on a converted code (`Number(error.code)`, Ruby\'s `code.to_i`); not a response\'s code made a number, its HTTP status', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}switch (Number(error.code)) {\n  case 131047:\n  case 190:\n    return 'x';\n}\n`, 'javascript'), ['131047', '190']);
    assert.deepEqual(codesIn('# WhatsApp\ncase code.to_i\nwhen 131047 then :window\nwhen 470 then :window\nend\n', 'ruby'), ['131047', '470']);
    assert.deepEqual(codesIn('# CEQUENS WhatsApp client\ncase response.code.to_i\nwhen 200 then true\nwhen 404, 500 then false\nend\n', 'ruby'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}switch (Number(attempt)) {\n  case 470:\n    break;\n}\n`, 'javascript'), []);
  });

  it('reads a small code in a case label beside a distinctive one (`10 | 200 | 131005 =>`); not 200 in a label of small codes only', () => {
    const rust = (arm: string) => `// WhatsApp Cloud API\nfn classify(code: i64) -> u8 {\n    match code {\n        ${arm} => 1,\n        _ => 0,\n    }\n}\n`;
    assert.deepEqual(codesIn(rust('10 | 200 | 131005'), 'rust'), ['10', '200', '131005']);
    assert.deepEqual(codesIn(rust('10 | 200'), 'rust'), ['10']);
  });

  it('reads a small code compared with what a distinctive code is compared with on the line; not one compared with something else', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}if (n === 190 || n === 131057) return 'auth';\n`, 'typescript'), ['190', '131057']);
    assert.deepEqual(codesIn(`${WHATSAPP}if (retries === 4 || n === 131057) return 'auth';\n`, 'typescript'), ['131057']);
  });

  it('reads a number passed to a call named for errors (`error_meta(190, …)`) with WhatsApp near; not an HTTP status passed to one', () => {
    assert.deepEqual(codesIn('# WhatsApp (WA_ERRORES_META)\nrespuesta = error_meta(190, "token", status_code=401)\n', 'python'), ['190']);
    assert.deepEqual(codesIn('# WhatsApp\nraise_error(400, "bad request")\nsend_error(500)\n', 'python'), []);
  });

  it('reads a distinctive code written as text where WhatsApp is named (test titles, messages, comments, string arguments); not in a longer name, a quantity or a file that never names WhatsApp', () => {
    assert.deepEqual(
      codesIn(`${WHATSAPP}it('retries on 131056 (pair rate limit)', () => {});\nconst err = new Error("Meta Cloud API 131047");\n// Distinct from 131049, the frequency cap.\n`, 'typescript'),
      ['131056', '131047', '131049'],
    );
    assert.deepEqual(codesIn('# WhatsApp\ndef kind\n  return :cap if frequency_capped?("131049")\nend\n', 'ruby'), ['131049']);
    assert.deepEqual(codesIn('# Guide\nThe WhatsApp code is 131056.\nWe saw 131056 in the report.\n', 'markdown'), ['131056'], 'a log or prose is read by its line');
    assert.deepEqual(codesIn('Still failing: "code": 470, 131008\n', 'log'), ['470', '131008']);
    assert.deepEqual(codesIn('code=131047 offset_ms=131008 postal_code=130021\n', 'log'), ['131047'], 'a quantity or another kind of code beside a code is not one');
    assert.deepEqual(codesIn(`${WHATSAPP}const slug = 'whatsapp-error-131049';\nconst url = '/errors/131047';\nlog('timeout_ms: "131000"');\n`, 'typescript'), []);
    assert.deepEqual(codesIn('// billing\nit("charges 131056 cents", () => {});\n', 'typescript'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}const limit = 131047;\n`, 'typescript'), [], 'a bare number in code still needs a code\'s context');
  });

  it('reads a number repeated as text on a line where it is a code; not on another line, nor an HTTP status', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}expect(format([{ code: 470, message: 'x' }])).toBe('470: Outside window');\n`, 'typescript'), ['470', '470']);
    assert.deepEqual(codesIn(`${WHATSAPP}const e = { code: 470 };\nconst label = '470: Outside window';\n`, 'typescript'), ['470']);
    assert.deepEqual(codesIn('// CEQUENS WhatsApp client\nif (waRes.status === 500) log("500 from gateway");\n', 'typescript'), ['500']);
  });

  it('takes zero held by a name ending in code (`wantCode: 0`) for "no code" unless a Graph error envelope is on its line', () => {
    const goTable = (body: string) => `// WhatsApp Cloud API\npackage wa\nvar cases = []tc{\n\t{body: \`{"error":{"type":"OAuthException","code":190}}\`, wantCode: 190},\n\t{body: ${body}, wantCode: 0},\n}\n`;
    assert.deepEqual(codesIn(goTable('`<html>bad gateway</html>`'), 'go'), ['190', '190']);
    assert.deepEqual(codesIn(`${WHATSAPP}const e = {"error":{"wantCode":0,"type":"OAuthException"}};\n`, 'typescript'), ['0']);
    assert.deepEqual(codesIn('{\n  "error": {\n    "message": "(#0) AuthException",\n    "type": "OAuthException",\n    "code": 0\n  }\n}\n', 'json'), ['0', '0'], 'a pretty-printed envelope\'s own code');
  });

  it('gives no card for a CEQUENS table number in a file whose header speaks for another provider, unless its line names WhatsApp', () => {
    const billing = '"""Billing gateway client. This is the billing provider, not WhatsApp: the reminders live elsewhere."""\nBILLING_ERRORS = {1001: "declined", 1013: "paid"}\nif err["code"] == 1013:\n    pass\n';
    assert.deepEqual(codesIn(billing, 'python'), []);
    assert.deepEqual(codesIn('// Gupshup WhatsApp sender\nif (event.code === 1002) invalid();\nif (metaError.code === 131047) template(); // WhatsApp 470 in Gupshup\'s words\n', 'javascript'), ['131047']);
    assert.deepEqual(codesIn("// Baileys WhatsApp Web connection\nif (node.attrs.code === '429') slowDown();\n", 'typescript'), []);
    assert.deepEqual(codesIn('# Twilio WhatsApp sender\ncase code\nwhen 429 then :slow\nend\n# WhatsApp error 470 maps to Twilio 63016\n', 'ruby'), ['470']);
    assert.deepEqual(codesIn('# WhatsApp On-Premises client: our statuses, not WhatsApp codes\nif err["code"] == 1013:\n    pass\n', 'python'), ['1013']);
    assert.deepEqual(codesIn('// WhatsApp Cloud API client, with an SMS fallback through Twilio\nswitch (err.code) {\n  case 470:\n    break;\n}\n', 'typescript'), ['470']);
  });
  it('reads the labels of a switch whose labels hold a distinctive WhatsApp code, whatever its subject is named; not a switch of other numbers', () => {
    const ts = `${WHATSAPP}switch (metaCode) {\n  case 131047:\n    return 'window';\n  case 100:\n  case 4:\n    return 'other';\n}\n`;
    assert.deepEqual(codesIn(ts, 'typescript'), ['131047', '100', '4']);
    assert.deepEqual(codesIn(`${WHATSAPP}switch (metaCode) {\n  case 100:\n  case 4:\n    return 'other';\n}\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}switch (retryDelayMs) {\n  case 131047:\n  case 1000:\n    break;\n}\n`, 'typescript'), []);
    assert.deepEqual(codesIn('// county names\nswitch (c) {\n  case 131026:\n    return "Wen\'an";\n}\n', 'typescript'), [], 'not in a file that never names WhatsApp');
    const sql = '-- WhatsApp errors\nRETURN CASE p_code\n  WHEN 131026 THEN \'undeliverable\'\n  WHEN 131047 THEN \'window\'\nEND;\n';
    assert.deepEqual(codesIn(sql, 'sql'), ['131026', '131047']);
    assert.deepEqual(codesIn('-- WhatsApp report\nSELECT CASE status WHEN 1000 THEN \'ok\' END;\n', 'sql'), []);
  });

  it('reads a case label with a comment after it; not one of a switch that compares something else', () => {
    const ruby = "# WhatsApp\ncase error_code\nwhen 131026\n  false\nwhen 131048 # Rate limited\n  retry\nend\n";
    assert.deepEqual(codesIn(ruby, 'ruby'), ['131026', '131048']);
    assert.deepEqual(codesIn('# WhatsApp\ncase page_size\nwhen 1000 # the largest page\n  x\nend\n', 'ruby'), []);
  });

  it('gives no card for the labels of a switch on a variable assigned another kind of code, even one named code', () => {
    const areas = '// WhatsApp opt-in\npackage contacts\nfunc region(e164 string) string {\n\tcode := AreaCode(e164)\n\tswitch code {\n\tcase 470, 404:\n\t\treturn "atl"\n\t}\n\treturn ""\n}\n';
    assert.deepEqual(codesIn(areas, 'go'), []);
    const errors = '// WhatsApp On-Premises\npackage wa\nfunc retry(e *APIError) bool {\n\tcode := e.FirstCode()\n\tswitch code {\n\tcase 470, 1013:\n\t\treturn false\n\t}\n\treturn true\n}\n';
    assert.deepEqual(codesIn(errors, 'go'), ['470', '1013']);
  });

  it('reads a distinctive code passed to any call in a WhatsApp file; not to a call taking a quantity or another kind of code, nor outside WhatsApp', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}expect(classify(400, metaBody(131047))).toBe('window');\n`, 'typescript'), ['131047']);
    assert.deepEqual(codesIn('// WhatsApp\nfn t() { classify(131_056, 400); }\n', 'rust'), ['131_056']);
    assert.deepEqual(codesIn(`${WHATSAPP}wait(131000);\nlookupAreaCode(131047);\n`, 'typescript'), []);
    assert.deepEqual(codesIn('// billing\nclassify(131047);\n', 'typescript'), []);
  });

  it('reads a table number held by a name saying error code; not by an HTTP status\'s name nor by a plain name', () => {
    assert.deepEqual(codesIn('// WhatsApp On-Premises\npackage wa\nconst onPremisesErrorCodeInvalidUser = 1013\n', 'go'), ['1013']);
    assert.deepEqual(codesIn('// WhatsApp On-Premises\npackage wa\nconst httpErrorCodeLimit = 1013\nconst batchSize = 1013\n', 'go'), []);
  });

  it("gives no card in a Markdown document whose header disclaims WhatsApp's codes, or names Telegram or the file's own codes; a WhatsApp column still counts", () => {
    const doc = '# Accounts API (WhatsApp OTP sign-in)\nThese are this service\'s codes; they have nothing to do with WhatsApp\'s.\n\n```json\n{ "code": 1013, "success": true }\n```\n';
    assert.deepEqual(codesIn(doc, 'markdown'), []);
    assert.deepEqual(codesIn('# WhatsApp errors\n\n```json\n{ "code": 1013, "title": "User is not valid" }\n```\n', 'markdown'), ['1013']);
    assert.deepEqual(codesIn('# WhatsApp or Twilio?\n\n```json\n{ "code": 1013, "title": "User is not valid" }\n```\n', 'markdown'), ['1013'], "a document naming a provider is a comparison, not that provider's");
    assert.deepEqual(codesIn('// WhatsApp first, Telegram Bot API as fallback\nif (body.error_code === 429) slowDown();\n', 'javascript'), []);
    assert.deepEqual(codesIn('"""Bridge to WhatsApp. The code values are this bridge\'s own result codes."""\nif code == 1013:\n    pass\n', 'python'), []);
  });
  it('reads a payload logged as an escaped string; not a number of another key there', () => {
    const log = 'level=error msg="whatsapp send failed" response="{\\"errors\\":[{\\"code\\":1013,\\"title\\":\\"User is not valid\\"}]}"\n';
    assert.deepEqual(codesIn(log, 'log'), ['1013']);
    assert.deepEqual(codesIn('Error: Unexpected("{\\"error\\":{\\"type\\":\\"OAuthException\\",\\"code\\":100,\\"fbtrace_id\\":\\"Ab\\"}}")\n', 'log'), ['100']);
    assert.deepEqual(codesIn('level=info msg="whatsapp ok" response="{\\"duration_ms\\":1013,\\"pid\\":2006}"\n', 'log'), []);
  });

  it("reads a Markdown table's cells under WhatsApp API headers in a row with a distinctive code; not without one", () => {
    const table = '| Situation | On-Premises | Cloud API |\n| --- | --- | --- |\n| Outside the window | 470 | 131047 |\n';
    assert.deepEqual(codesIn(table, 'markdown'), ['470', '131047']);
    assert.deepEqual(codesIn('| Tier | On-Premises | Cloud API |\n| --- | --- | --- |\n| 1 | 1000 | 1000 |\n', 'markdown'), []);
  });

  it('reads a code after an error word through Markdown emphasis and code spans, and a distinctive code span in a WhatsApp document; not other spans or documents', () => {
    const doc = '# WhatsApp errors\n\n**Error:** `190` - Invalid OAuth access token\n\n**Error Code:** `131056`\n\n- `131049` = Frequency Capping\n';
    assert.deepEqual(codesIn(doc, 'markdown'), ['190', '131056', '131049']);
    assert.deepEqual(codesIn('# WhatsApp setup\n\n**Note:** `100` requests per second.\n', 'markdown'), []);
    assert.deepEqual(codesIn('# Billing\n\n- `131049` = invoice number\n', 'markdown'), []);
  });

  it('reads a small code in a Graph error envelope written code first in source code; not in another object nor in a log', () => {
    assert.deepEqual(codesIn('# WhatsApp\ncheck(classify({"error": {"code": 4}}, 400) == "rate_limit")\n', 'python'), ['4']);
    assert.deepEqual(codesIn('# WhatsApp\ncheck(classify({"job": {"code": 4}}, 400) == "rate_limit")\n', 'python'), []);
    assert.deepEqual(codesIn('whatsapp relay: billing answered {"error":{"code":4,"message":"card declined"}}\n', 'log'), [], "in a log, Graph writes the message first: a code-first error is another API's");
  });
  it("gives no card for the server's own answer repeating its status as a code, nor a status compared with a range on its line; a WhatsApp code there still counts", () => {
    assert.deepEqual(codesIn(`${WHATSAPP}app.post('/x', (req, res) => res.status(400).json({ code: 400, error: 'numbers is required' }));\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}app.post('/x', (req, res) => res.status(400).json({ code: 470, error: 'outside the window' }));\n`, 'typescript'), ['470']);
    assert.deepEqual(codesIn('# WhatsApp (CEQUENS) sender\ndef retryable?(code)\n  code >= 500 || code == 429\nend\n', 'ruby'), []);
    assert.deepEqual(codesIn('# WhatsApp (CEQUENS) sender\ndef throttled?(code)\n  code == 429\nend\n', 'ruby'), ['429']);
  });

  it('reads a C# arm whose codes stand beside a range pattern, not the range\'s bounds; not the arms of a switch on a duration', () => {
    const arms = `${WHATSAPP}class A { static int Map(int? c) => c.Value switch {\n  131008 or 131009 or (>= 132000 and <= 132999) => 2,\n  _ => 0,\n}; }\n`;
    assert.deepEqual(codesIn(arms, 'csharp'), ['131008', '131009']);
    const waits = `${WHATSAPP}class A { static int Wait(int ms) => ms switch {\n  1000 => 1,\n  2000 or (>= 3000 and <= 4000) => 2,\n  _ => 0,\n}; }\n`;
    assert.deepEqual(codesIn(waits, 'csharp'), []);
  });

  it('reads the named constants of an object named for error codes; not those of another object', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}const ERROR_CODE = {\n  API_SERVICE: 2,\n  RATE_LIMIT_HIT: 130429,\n};\n`, 'javascript'), ['2', '130429']);
    const others = `${WHATSAPP}const LIMITS = {\n  MAX_BATCH: 1000,\n  RETRIES: 3,\n};\nconst REPLY = { STATUS: 'failed', CODE: 131047, RETRY_IN: 1000 };\n`;
    assert.deepEqual(codesIn(others, 'javascript'), ['131047']);
  });

  it("reads the code of each case of a test parametrized by a code (`parametrize(\"code,retry\", [(1011, True)])`); not of one parametrized by another name", () => {
    assert.deepEqual(codesIn('# WhatsApp On-Premises client\n@pytest.mark.parametrize("code,retry", [(1011, True), (1026, False)])\ndef test_retry(code, retry):\n    pass\n', 'python'), ['1011', '1026']);
    assert.deepEqual(codesIn('# WhatsApp On-Premises client\n@pytest.mark.parametrize("size,retry", [(1011, True), (2000, False)])\ndef test_size(size, retry):\n    pass\n', 'python'), []);
  });

  it('reads a distinctive code in a Markdown column headed for codes in any language (`| Código |`) where WhatsApp is named above; not in another document or column', () => {
    assert.deepEqual(codesIn('# Códigos de erro do WhatsApp\n\n| Código | Título |\n| ------ | ------ |\n| 131047 | Reengajamento |\n| 2000 | Outro |\n', 'markdown'), ['131047']);
    assert.deepEqual(codesIn('# Códigos de erro da nossa API de pedidos\n\n| Código | Título |\n| ------ | ------ |\n| 131047 | Pedido |\n', 'markdown'), []);
    assert.deepEqual(codesIn('# WhatsApp bot\n\n| Porta | Serviço |\n| ------ | ------ |\n| 131047 | x |\n', 'markdown'), []);
  });
});

describe('detection of the shapes of the fifth held-out batch', () => {
  it('reads every label of a switch on the tree, so a small first label or arm knows the distinctive ones below it; not the labels of a switch on another number', () => {
    const first = `${WHATSAPP}function kind(n: number) {\n  switch (n) {\n    case 4:\n    case 131056:\n      return 'rate';\n    case 190:\n      return 'auth';\n  }\n}\n`;
    assert.deepEqual(codesIn(first, 'typescript'), ['4', '131056', '190']);
    const arms = `<?php\n// WhatsApp Cloud API\n$delay = match ($code) {\n    130429, 80007 => 60,\n    4 => 3600,\n    default => null,\n};\n`;
    assert.deepEqual(codesIn(arms, 'php'), ['130429', '80007', '4']);
    const others = `${WHATSAPP}function wait(n: number) {\n  switch (n) {\n    case 4:\n    case 10:\n      return 1000;\n  }\n}\n`;
    assert.deepEqual(codesIn(others, 'typescript'), []);
  });

  it("reads a variable assigned an error's code (`$c = $r['errors'][0]['code']`) as a code; not one assigned a count", () => {
    const held = `<?php\n// WhatsApp On-Premises relay\n$onPremCode = $result['errors'][0]['code'] ?? null;\nif ($onPremCode == 1008 || $onPremCode == 1009) {\n    retry();\n}\n`;
    assert.deepEqual(codesIn(held, 'php'), ['1008', '1009']);
    const count = `<?php\n// WhatsApp On-Premises relay\n$sentCode = $result['sent'];\nif ($sentCode == 1008) {\n    retry();\n}\n`;
    assert.deepEqual(codesIn(count, 'php'), []);
  });

  it("reads the key at the end of a path a call reads (`dig('error', 'code') == 130429`); a response's own code (`response.code == 429`) is its HTTP status", () => {
    const ruby = "# WhatsApp Cloud API\ndef rate_limited?(response)\n  response.code == 429 || response.parsed_response&.dig('error', 'code') == 130429\nend\n";
    assert.deepEqual(codesIn(ruby, 'ruby'), ['130429']);
    assert.deepEqual(codesIn("# WhatsApp On-Premises\nok = body.dig('errors', 0, 'code') == 1013\n", 'ruby'), ['1013']);
  });

  it('reads no HTTP status asserted against a status (`Assert.Equal(400, (int)ex.StatusCode)`), nor a default in a function head (`estado=400`)', () => {
    const asserted = `${WHATSAPP}class T { void A(E ex) { Assert.Equal(400, (int)ex.StatusCode); Assert.Equal(131030, ex.Error.Code); } }\n`;
    assert.deepEqual(codesIn(asserted, 'csharp'), ['131030']);
    assert.deepEqual(codesIn('# WhatsApp Cloud API\ndef error_meta(codigo, estado=400):\n    return codigo\n', 'python'), []);
    assert.deepEqual(codesIn('# WhatsApp On-Premises\ndefmodule W do\n  def process_errors(msg, _errors, 471), do: msg\nend\n', 'elixir'), ['471']);
  });

  it("gives no card where the header says the codes are the file's own (\"these are this service's codes\"); it still reads a header that names WhatsApp's codes", () => {
    const own = "// The WhatsApp bot's REST API. These are this service's codes; Meta's are handled elsewhere.\nexport const isClientError = (err: { code: number }) => err.code === 1002 || err.code === 1003;\n";
    assert.deepEqual(codesIn(own, 'typescript'), []);
    const whatsapps = "// The codes below are the WhatsApp's codes of the On-Premises API.\nexport const isInvalid = (err: { code: number }) => err.code === 1013;\n";
    assert.deepEqual(codesIn(whatsapps, 'typescript'), ['1013']);
  });

  it('reads a map initialized from pairs of a code and its text, one pair a line (C++), small keys too; not a table of area codes', () => {
    const hints = '// WhatsApp Cloud API\nstatic const std::unordered_map<int, const char*> kHints = {\n    {131047, "use a template"},\n    {190, "token expired"},\n    {368, "blocked"},\n};\n';
    assert.deepEqual(codesIn(hints, 'cpp'), ['131047', '190', '368']);
    const areas = '// WhatsApp opt-in\nstatic const std::unordered_map<int, const char*> kAreas = {\n    {470, "Atlanta"},\n    {401, "Rhode Island"},\n};\n';
    assert.deepEqual(codesIn(areas, 'cpp'), []);
  });

  it('reads no HTTP status in an object of named constants named for errors (`HTTP_ERRORS = { BAD_REQUEST: 400 }`), even in a WhatsApp file; one named for WhatsApp holds codes, `as const` too', () => {
    const statuses = `${WHATSAPP}export const HTTP_ERRORS = {\n  BAD_REQUEST: 400,\n  UNAUTHORIZED: 401,\n  TOO_MANY_REQUESTS: 429,\n  INTERNAL: 500,\n} as const;\n`;
    assert.deepEqual(codesIn(statuses, 'typescript'), []);
    assert.deepEqual(codesIn(statuses, 'javascript'), []);
    const whatsapps = `${WHATSAPP}export const WHATSAPP_ERRORS = {\n  RATE_LIMIT_HIT: 429,\n  RE_ENGAGEMENT: 470,\n} as const;\n`;
    assert.deepEqual(codesIn(whatsapps, 'typescript'), ['429', '470']);
  });

  it("reads the first values of one test's data rows (`[InlineData(131047, …)]`) as one collection, its small codes beside the distinctive; not rows of small numbers only", () => {
    const rows = `${WHATSAPP}class T {\n  [Theory]\n  [InlineData(131047, "template")]\n  [InlineData(190, "reauthorize")]\n  public void Classify(int code, string expected) { }\n}\n`;
    assert.deepEqual(codesIn(rows, 'csharp'), ['131047', '190']);
    const counts = `${WHATSAPP}class T {\n  [Theory]\n  [InlineData(2, "two")]\n  [InlineData(4, "four")]\n  public void Pages(int n, string expected) { }\n}\n`;
    assert.deepEqual(codesIn(counts, 'csharp'), []);
  });
});

describe('detection of the shapes of the sixth held-out batch', () => {
  it('reads `codigo` (Portuguese and Spanish for code) as an error code\'s name, as `code` is: a switch on it, a comparison with it; not where no WhatsApp is near, nor a postal `codigo`', () => {
    const gateway = '/** Cliente do WhatsApp Business API On-Premises. */\nclass Gateway {\n  Resultado tratar(int codigo) {\n    switch (codigo) {\n      case 470: return janela();\n      case 1015: return repetir();\n      default: return falha(codigo);\n    }\n  }\n}\n';
    assert.deepEqual(codesIn(gateway, 'java'), ['470', '1015']);
    assert.deepEqual(codesIn('# WhatsApp\nif codigo == 1013:\n    sem_whatsapp()\n', 'python'), ['1013']);
    const products = 'class Estoque {\n  String nome(int codigo) {\n    switch (codigo) {\n      case 470: return "Arroz";\n      case 1015: return "Feijão";\n    }\n    return "";\n  }\n}\n';
    assert.deepEqual(codesIn(products, 'java'), []);
    assert.deepEqual(codesIn('# WhatsApp\nif codigo_postal == 1013:\n    entregar()\n', 'python'), []);
  });

  it('reads a switch on a code read as a JSON number (cJSON\'s `code->valueint`, Jackson\'s `.asInt()`) or by a call given its key (`node.path("code")`); not on another value so read', () => {
    const c = '/* WhatsApp On-Premises gateway */\nint classify(cJSON *code) {\n    switch (code->valueint) {\n    case 1011: /* Service not ready */\n    case 1015:\n        return RETRY;\n    }\n    return GIVE_UP;\n}\n';
    assert.deepEqual(codesIn(c, 'c'), ['1011', '1015']);
    const java = '/** WhatsApp On-Premises client. */\nclass C {\n  int f(JsonNode erro) {\n    switch (erro.path("code").asInt()) {\n      case 470: return 1;\n      case 1026: return 2;\n    }\n    return 0;\n  }\n}\n';
    assert.deepEqual(codesIn(java, 'java'), ['470', '1026']);
    const port = '/* WhatsApp On-Premises gateway */\nint listen_on(cJSON *port) {\n    switch (port->valueint) {\n    case 1011:\n    case 1015:\n        return 1;\n    }\n    return 0;\n}\n';
    assert.deepEqual(codesIn(port, 'c'), []);
    const mode = '/** WhatsApp On-Premises client. */\nclass C {\n  int f(JsonNode cfg) {\n    switch (cfg.path("retries").asInt()) {\n      case 470: return 1;\n      case 1026: return 2;\n    }\n    return 0;\n  }\n}\n';
    assert.deepEqual(codesIn(mode, 'java'), []);
  });

  it("reads a response's own code through Kotlin's safe call (`response?.code == 401`) as its HTTP status; an error's code so read stays a code", () => {
    const kotlin = '// WhatsApp Cloud API socket\nfun onFailure(response: Response?) {\n    if (response?.code == 401) reconnect()\n}\n';
    assert.deepEqual(codesIn(kotlin, 'kotlin'), []);
    const error = '// WhatsApp Cloud API client\nfun onError(error: GraphError?) {\n    if (error?.code == 131047) sendTemplate()\n}\n';
    assert.deepEqual(codesIn(error, 'kotlin'), ['131047']);
  });

  it("reads a distinctive code followed by its title's words with no colon (a table's `131008 Required parameter missing`); a small or table code still needs the colon, and other words do not do", () => {
    const table = '# Envío de plantillas\n\n| Error | Significa |\n|---|---|\n| `131008 Required parameter missing` | Faltaba una variable |\n| `131048 Spam rate limit` | Limitado |\n';
    assert.deepEqual(codesIn(table, 'markdown'), ['131008', '131048']);
    assert.deepEqual(codesIn('# Pedidos\n\n| `131008 pedidos entregados` | hoy |\n| `4 calls to the API, too many` | x |\n', 'markdown'), []);
  });

  it('reads the lines of a block comment begun above them (a doc comment\'s ` * code 131047 -> …`) as a comment\'s text, as the tree tells; a bare number in code stays code', () => {
    const doc = `${WHATSAPP}/**\n * Maps a Graph error to what the bot does next:\n * - code 131047 -> send the re-engagement template\n * - code 131026 -> mark the user unreachable\n */\nexport function next(): void {}\n`;
    assert.deepEqual(codesIn(doc, 'typescript'), ['131047', '131026']);
    const php = '<?php\n// WhatsApp Cloud API\n/**\n * Los fallos del webhook (como el 131049) se guardan.\n */\nfunction f() {}\n';
    assert.deepEqual(codesIn(php, 'php'), ['131049']);
    assert.deepEqual(codesIn(`${WHATSAPP}const timeout =\n  131047;\n`, 'typescript'), []);
    assert.deepEqual(codesIn('/**\n * Order 131047 shipped.\n */\nexport function ship(): void {}\n', 'typescript'), []);
  });

  it("gives no card where the header says the codes are another's (\"the SMS gateway's own response codes\", \"their own numbering\", \"not WhatsApp's\"); a header naming the On-Premises API's own codes still reads them", () => {
    const sms = "<?php\n/**\n * SMS fallback when the WhatsApp notification is off. The codes below are the SMS gateway's own response codes.\n */\nif (in_array($rc, array(1005, 1015), true)) { retry(); }\n";
    assert.deepEqual(codesIn(sms, 'php'), []);
    const marketo = "// Marketo REST API error codes (their own numbering, returned in errors[].code as strings).\n// Syncs the WhatsApp campaign audience.\nconst body = { errors: [{ code: '1013', message: 'Object not found' }] };\n";
    assert.deepEqual(codesIn(marketo, 'typescript'), []);
    const onPrem = "<?php\n/**\n * WhatsApp gateway. The codes below are the On-Premises API's own codes.\n */\nif (in_array($code, array(1013, 1026), true)) { markInvalid(); }\n";
    assert.deepEqual(codesIn(onPrem, 'php'), ['1013', '1026']);
    const callMeBot = "/*\n * Sends WhatsApp messages through a gateway that answers with its own codes, not WhatsApp's, in the body.\n */\nif (code === 1005 || code === 1015) retry();\n";
    assert.deepEqual(codesIn(callMeBot, 'javascript'), []);
  });

  it('reads no bound of a range written in text (`132000..132999`, `..=`) as a code; a code before an ellipsis is one', () => {
    assert.deepEqual(codesIn(`${WHATSAPP}// status "failed" + code 132000..132999 -> dead letter\nexport const x = 1;\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${WHATSAPP}// we got error 131047... again\nexport const x = 1;\n`, 'typescript'), ['131047']);
  });

  it("reads a distinctive code on a document's line that speaks of errors under a head naming WhatsApp; not on another line, nor under another head", () => {
    const mapping = '# Plantillas por WhatsApp\n\n| Qué pasa | Acción |\n|---|---|\n| Error mapping | 131047 -> `window_closed`; 131026 -> `recipient_invalid` |\n';
    assert.deepEqual(codesIn(mapping, 'markdown'), ['131047', '131026']);
    assert.deepEqual(codesIn('# Plantillas por WhatsApp\n\nPedido 131047 enviado hoy.\n', 'markdown'), []);
    assert.deepEqual(codesIn('# Orders\n\n| Error mapping | 131047 -> `late` |\n', 'markdown'), []);
  });

  it("reads no quoted code whose error object gives a message of another meaning (Marketo's `{ code: '1013', message: 'Object not found' }`); a quoted code with its own title, or a number beside a paraphrase, stays", () => {
    const sync = `${WHATSAPP}mock({ errors: [{ code: '1013', message: 'Object not found' }] });\n`;
    assert.deepEqual(codesIn(sync, 'typescript'), []);
    const onPrem = `${WHATSAPP}mock({ errors: [{ code: '1013', message: 'User is not valid' }] });\n`;
    assert.deepEqual(codesIn(onPrem, 'typescript'), ['1013']);
    assert.deepEqual(codesIn(`${WHATSAPP}format([{ code: 470, message: 'Outside window' }]);\n`, 'typescript'), ['470']);
  });
  it('reads no number a record keys by code and names otherwise (a game\'s `{ "code": 131047, "name": "Secret Level" }`); a Graph error with its own title or message stays', () => {
    assert.deepEqual(codesIn('{ "share": "whatsapp", "achievements": [{ "code": 131047, "name": "Secret Level", "points": 1000 }] }\n', 'json'), []);
    assert.deepEqual(codesIn('{"error": {"code": 131047, "title": "Re-engagement message"}}\n', 'json'), ['131047']);
    assert.deepEqual(codesIn('{"errors": [{"code": 131026, "title": "Receiver incapable"}]}\n', 'json'), ['131026']);
    assert.deepEqual(codesIn('{"error": {"code": 131047, "message": "(#131047) Re-engagement message"}}\n', 'jsonl'), ['131047', '131047']);
  });
  it('reads no code a log gives a WebSocket\'s close (`ws closed code=1001 reason="going away"`); a WhatsApp error on such a line stays', () => {
    assert.deepEqual(codesIn('2026-12-02T12:00:10Z INFO ws closed code=1001 reason="going away" session=wa_1026\n', 'log'), []);
    assert.deepEqual(codesIn('2026-12-02T12:00:10Z WARN websocket close code=1013 whatsapp bridge\n', 'log'), []);
    assert.deepEqual(codesIn('2026-12-02T12:00:10Z ERROR whatsapp send failed code=1013 after the socket closed\n', 'log'), ['1013']);
  });
  it("gives no card where the header says, in two words, whose own the codes are (\"the SMS gateway's own response codes\"); a header naming WhatsApp's gateway so still reads", () => {
    const sms = "<?php\n// When WhatsApp is off, the message goes by SMS. The codes below are the SMS gateway's own response codes.\n$rc = (int) $body['response_code'];\nif (in_array($rc, array(1005, 1015), true)) { retry(); }\n";
    assert.deepEqual(codesIn(sms, 'php'), []);
    const whatsapp = "<?php\n// The codes below are the official WhatsApp's codes.\n$code = (int) $body['errors'][0]['code'];\nif (in_array($code, array(1005, 1015), true)) { retry(); }\n";
    assert.deepEqual(codesIn(whatsapp, 'php'), ['1005', '1015']);
  });
  it("gives no card for a small code where the header says the codes are another provider's, not WhatsApp's (CallMeBot's `code === 0`); a distinctive Cloud code there still reads", () => {
    const head = "/*\n * Sends WhatsApp messages through CallMeBot. CallMeBot answers with its OWN codes,\n * not WhatsApp's, in the body of a 200 response.\n */\n";
    assert.deepEqual(codesIn(`${head}if (code === 0 || code === 210) done();\n`, 'javascript'), []);
    assert.deepEqual(codesIn(`${head}if (err.code === 131047) reopen();\n`, 'javascript'), ['131047']);
    assert.deepEqual(codesIn("// WhatsApp Cloud API client\nif (code === 0 || code === 131047) done();\n", 'javascript'), ['0', '131047']);
  });
  it('reads no bound of a range joined by dots (`132000..132999` in a comment); the codes beside it still read', () => {
    const go = 'package wa\n\n// WhatsApp Cloud API statuses are routed by outcome:\n//\n//\tstatus "failed" + code 131047 -> DeadLetter "window"\n//\tstatus "failed" + code 132000..132999 -> DeadLetter "template"\ntype Client struct{}\n';
    assert.deepEqual(codesIn(go, 'go'), ['131047']);
  });
  it('reads no HTTP status keying a section (`"401": { "message": … }`, as Make\'s error sections and OpenAPI\'s responses are); a code keying a value still reads', () => {
    const sections = '{\n  "name": "WhatsApp Cloud API",\n  "error": {\n    "401": {\n      "message": "The access token is no longer valid."\n    },\n    "429": {\n      "message": "Too many requests."\n    }\n  }\n}\n';
    assert.deepEqual(codesIn(sections, 'json'), []);
    const hints = '{\n  "name": "WhatsApp Cloud API",\n  "hints": {\n    "131026": "Receiver incapable",\n    "131047": { "retry": false }\n  }\n}\n';
    assert.deepEqual(codesIn(hints, 'json'), ['131026', '131047']);
  });

  it("reads a number after the word code in a comment of a WhatsApp file (`- code 190 -> renew`, `codes 4, 613`, `(codes 470, 1013)`); not a status's, an exit's or a sample's code, nor in another file", () => {
    const doc = `${WHATSAPP}/**\n * - 429 / codes 4, 613 -> retry with back-off\n * - 401 / code 190 -> stop, renew the token\n */\nexport function next(): void {}\n`;
    assert.deepEqual(codesIn(doc, 'typescript'), ['4', '613', '190']);
    assert.deepEqual(codesIn(`${WHATSAPP}// the status code 200 means sent; exit code 1 means a crash\nexport const x = 1;\n`, 'typescript'), []);
    assert.deepEqual(codesIn('// Orders service\n// - code 190 -> archived\nexport const x = 1;\n', 'typescript'), []);
  });

  it('reads a table code compared with the subject of a distinctive code on its line (`ex.MetaCode == 131047 || ex.MetaCode == 470`); not a count so compared', () => {
    const filter = `${WHATSAPP}class W { void F() { try { } catch (ApiException ex) when (ex.MetaCode == 131047 || ex.MetaCode == 470) { } } }\n`;
    assert.deepEqual(codesIn(filter, 'csharp'), ['131047', '470']);
    assert.deepEqual(codesIn(`${WHATSAPP}if (err.code === 131047 || retryCount === 470) reopen();\n`, 'typescript'), ['131047']);
  });

  it("reads a doc comment's later line (` * codes 470, 1013`) as a comment in a language without a grammar (Kotlin), by its star; not a multiplication", () => {
    const kdoc = '// WhatsApp delivery statuses\n/**\n * The old On-Premises client sends its codes (470, 1013).\n */\nclass Mapper\n';
    assert.deepEqual(codesIn(kdoc, 'kotlin'), ['470', '1013']);
    assert.deepEqual(codesIn('// WhatsApp delivery statuses\nval size = width\n    * 1013\n', 'kotlin'), []);
  });

  it("reads no bound of a range a call builds (Python's `range(132000, 133000)`); the same codes in a tuple or passed to another call stay", () => {
    assert.deepEqual(codesIn('# WhatsApp Cloud API\nif code in range(132000, 133000):\n    alert()\n', 'python'), []);
    assert.deepEqual(codesIn('# WhatsApp Cloud API\nif code in (132000, 132001):\n    alert()\nclassify(132000)\n', 'python'), ['132000', '132001', '132000']);
  });
});
