import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { detect } from '../../server/src/core/detection/detect';

const catalog = catalogOf();
/** The codes found, as written. */
const codesIn = (text: string, languageId: string) => detect(text, languageId, catalog).map((o) => text.slice(o.start, o.end));

describe('detection with both catalogs', () => {
  it('reads a small Cloud code only in a Graph error', () => {
    assert.deepEqual(codesIn('{"error":{"message":"(#190) Session has expired","type":"OAuthException","code":190}}\n', 'jsonl'), ['190', '190']);
    assert.deepEqual(codesIn('2026-11-29T02:00:00Z INFO [http] GET /health 200 4ms retries=3 limit=100\n', 'log'), []);
    const whatsapp = '// WhatsApp Cloud API client\n';
    assert.deepEqual(codesIn(`${whatsapp}if (err.code === 0 || err.code === 190) renew();\n`, 'typescript'), ['0', '190']);
    assert.deepEqual(codesIn(`${whatsapp}const ok = { code: 0, message: 'sent' };\nprocess.exit(3);\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${whatsapp}const url = 'https://graph.facebook.com/v21.0/1/messages';\nif (res.status === 200) done();\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${whatsapp}const start = new Date(2013, 1, 1);\n`, 'typescript'), []);
    assert.deepEqual(codesIn(`${whatsapp}const REAUTH = [190, 131047];\n`, 'typescript'), ['190', '131047']);
  });

  it('reads the case labels of a switch on a code with a default to fall back on (`?? 0`)', () => {
    const php = "<?php // WhatsApp Cloud API\nswitch ($response['error']['code'] ?? 0) {\n    case 131047:\n        return 'template';\n    case 131026:\n        return 'unreachable';\n}\n";
    assert.deepEqual(codesIn(php, 'php'), ['131047', '131026']);
    const ts = '// WhatsApp Cloud API\nswitch (body.error?.code ?? 0) {\n  case 131047:\n    break;\n}\n';
    assert.deepEqual(codesIn(ts, 'typescript'), ['131047']);
    const counts = '// WhatsApp Cloud API\nswitch (retries ?? 0) {\n  case 131047:\n    break;\n}\n';
    assert.deepEqual(codesIn(counts, 'typescript'), []);
  });

  it('reads an HTTP status compared with a code of the CEQUENS table as that code only where CEQUENS is named (WhatsApp\'s APIs answer with HTTP\'s meanings)', () => {
    const cloud = '// WhatsApp Cloud API client\n';
    for (const [line, languageId] of [
      ['if (res.status === 400) fail();\n', 'typescript'],
      ['if (res.status === 410) gone();\n', 'typescript'],
      ['if (response.statusCode === 408) retry();\n', 'javascript'],
      ['if (c === 190 || e.httpStatus === 401) relogin();\n', 'typescript'],
      ['if ((int)response.StatusCode == 400) Fail();\n', 'csharp'],
      ['if ($response->getStatusCode() == 401) { refresh(); }\n', 'php'],
    ]) {
      assert.deepEqual(codesIn(`${cloud}${line}`, languageId).filter((c) => c !== '190'), [], line);
    }
    assert.deepEqual(codesIn('# WhatsApp Cloud API client\nif r.status_code == 500:\n    retry()\n', 'python'), []);
    assert.deepEqual(codesIn('package whatsapp\n\nfunc retryable(e *Error) bool {\n\tswitch e.HTTPStatusCode {\n\tcase 401:\n\t\treturn true\n\t}\n\treturn false\n}\n', 'go'), []);
    // A CEQUENS client: the gateway relays the table's codes as response codes.
    assert.deepEqual(codesIn('// CEQUENS WhatsApp client\nif (res.status === 429) retryLater();\n', 'typescript'), ['429']);
    assert.deepEqual(codesIn('<?php // CEQUENS WhatsApp gateway\n$waResponse = $http->post($url);\nif ($waResponse->getStatusCode() === 401) { refresh(); }\n', 'php'), ['401']);
  });

  it('takes an HTTP status number for a WhatsApp code only where WhatsApp is named in words, not by a WhatsApp Web library\'s `waBinary`', () => {
    const whatsmeow = 'package iq\n\nvar n *waBinary.Node\nvar ErrIQNotAuthorized error = &IQError{Code: 401, Text: "not-authorized"}\nvar ErrIQRateOverLimit error = &IQError{Code: 429, Text: "rate-overlimit"}\n';
    assert.deepEqual(codesIn(whatsmeow, 'go'), []);
    const baileys = "import { type BinaryNode } from '../../WABinary'\nif (+node.attrs.code === 401) { status = '' }\n";
    assert.deepEqual(codesIn(baileys, 'typescript'), []);
    assert.deepEqual(codesIn(`// WhatsApp On-Premises client\n${baileys}`, 'typescript'), ['401']);
  });

  it('reads the one code of a Python tuple written with its trailing comma (pywa\'s `__error_codes__ = (131047,)`), not a parenthesized number', () => {
    const pywa = '# pywa: WhatsApp Cloud API errors\nclass ReEngagementMessage(WhatsAppError):\n    __error_codes__ = (131047,)\n\nclass AuthException(WhatsAppError):\n    __error_codes__ = (190,)\n';
    assert.deepEqual(codesIn(pywa, 'python'), ['131047', '190']);
    assert.deepEqual(codesIn('# WhatsApp Cloud API\ntimeout = (131047)\nsizes = (190,)\n', 'python'), []);
  });

  it('reads a list of codes with a number the catalog lacks (a legacy 506) beside two distinctive ones, its small Graph codes (613) too, and a list of other numbers not at all', () => {
    const cloud = '// WhatsApp Cloud API client\n';
    assert.deepEqual(codesIn(`${cloud}if ([4, 506, 80007, 130429].includes(c)) retry();\n`, 'typescript'), ['4', '80007', '130429']);
    assert.deepEqual(codesIn(`${cloud}if ([4, 613, 80007, 130429].includes(c)) retry();\n`, 'typescript'), ['4', '613', '80007', '130429']);
    assert.deepEqual(codesIn(`${cloud}const BUCKETS = [100000, 131000, 200000];\n`, 'typescript'), []);
  });

  it('reads the small Graph codes 17, 102, 104, 341 and 613 as the other small codes: only in a Graph error', () => {
    assert.deepEqual(codesIn('{"error":{"message":"(#17) User request limit reached","type":"OAuthException","code":17,"fbtrace_id":"AbC"}}\n', 'jsonl'), ['17', '17']);
    assert.deepEqual(codesIn('{"error":{"message":"Calls to this api have exceeded the rate limit.","type":"OAuthException","code":613,"fbtrace_id":"AbC"}}\n', 'json'), ['613']);
    assert.deepEqual(codesIn('2026-11-29T02:00:00Z INFO [jobs] worker=17 code=102 took=613ms retries=341 status=104\n', 'log'), []);
    const whatsapp = '// WhatsApp Cloud API client\n';
    assert.deepEqual(codesIn(`${whatsapp}if (err.code === 613 || err.code === 341) backOff();\n`, 'typescript'), ['613', '341']);
    assert.deepEqual(codesIn(`${whatsapp}const job = { code: 17, size: 104 };\nprocess.exit(102);\n`, 'typescript'), []);
  });

  it('reads a code Meta sends as error_subcode beside its code, in payloads, logs and source, and gives it its own entry', () => {
    const payload = '{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388293,"is_transient":false,"error_user_title":"Parameters words ratio exceeds limit","fbtrace_id":"AbC"}}\n';
    assert.deepEqual(codesIn(payload, 'jsonl'), ['100', '2388293']);
    const [code, subcode] = detect(payload, 'jsonl', catalog);
    assert.equal(code.picked?.id, 'cloud:100');
    assert.equal(subcode.picked?.id, 'cloud:100/2388293');
    const pretty = '{\n  "error": {\n    "message": "Invalid parameter",\n    "type": "OAuthException",\n    "code": 100,\n    "error_subcode": 2388299,\n    "fbtrace_id": "AbC"\n  }\n}\n';
    assert.deepEqual(codesIn(pretty, 'json'), ['100', '2388299']);
    assert.deepEqual(codesIn('2026-11-29T02:00:00Z ERROR [templates] create failed code=100 error_subcode=2388040 fbtrace_id=AbC\n', 'log'), ['100', '2388040']);
    assert.deepEqual(codesIn('// WhatsApp Cloud API client\nif (e.error_subcode === 2388019) deleteUnusedTemplates();\n', 'typescript'), ['2388019']);
  });

  it('picks the meaning a pretty-printed Graph error names in its message above the code: 200 without a token, 100 on the Marketing Messages API', () => {
    const pretty = (message: string, code: number) => `{\n  "error": {\n    "message": "${message}",\n    "type": "OAuthException",\n    "code": ${code},\n    "fbtrace_id": "AbC"\n  }\n}\n`;
    /** What the `"code"` line's occurrence picks (the message's `(#200)` is one of its own). */
    const pickedIn = (text: string) => [detect(text, 'json', catalog).at(-1)?.picked?.id];
    assert.deepEqual(pickedIn(pretty('(#200) Provide valid app ID', 200)), ['cloud:200']);
    assert.deepEqual(pickedIn(pretty('(#200) API Permission', 200)), ['cloud:200-299']);
    assert.deepEqual(pickedIn(pretty('(#200) Permissions error', 200)), [undefined], 'the message names neither: both meanings');
    assert.deepEqual(pickedIn(pretty('(#100) Message must be a template message', 100)), ['cloud:100@marketing-messages-api']);
    assert.deepEqual(pickedIn(pretty('(#131047) Re-engagement message', 200)), [undefined], 'another code\'s message says nothing of this one');
  });

  it('reads under error_subcode only the codes WhatsApp sends there: a Graph subcode that is a small code elsewhere (33) is no card', () => {
    assert.deepEqual(codesIn('{"error":{"message":"Unsupported get request.","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"AbC"}}\n', 'jsonl'), ['100']);
    assert.deepEqual(codesIn('// WhatsApp Cloud API client\nif (e.error_subcode === 463) renew();\n', 'typescript'), []);
  });

  it('reads the new seven-digit and six-digit families only as codes: not as ids, amounts or postal codes', () => {
    const whatsapp = '// WhatsApp Cloud API client\n';
    assert.deepEqual(codesIn(`${whatsapp}const RETRY = [2494100, 131208];\nif ([147001, 147005].includes(e.code)) pickAnother();\n`, 'typescript'), ['2494100', '131208', '147001', '147005']);
    assert.deepEqual(codesIn(`${whatsapp}const order = { id: 2388293, amount: 1752041, zip_code: 147001, total: 200005 };\n`, 'typescript'), []);
    assert.deepEqual(codesIn('2026-11-29T02:00:00Z INFO [orders] order_id=2388293 amount=1752041 pin=147001\n', 'log'), []);
  });

  it('gives a code of a range its own number and the range entry', () => {
    const [found] = detect('{"error":{"code":250,"type":"OAuthException"}}\n', 'jsonl', catalog);
    assert.equal(found.code, 250);
    assert.deepEqual(found.entries.map((e) => e.id), ['cloud:200-299']);
  });

  it('leaves the codes of a file that never names WhatsApp to that file, and reads them in one that does', () => {
    const login = 'export function reason(code: number) {\n  if (code === 470) return "locked";\n  return "ok";\n}\n';
    assert.deepEqual(codesIn(login, 'typescript'), []);
    assert.deepEqual(codesIn(`// Errors of the WhatsApp gateway\n${login}`, 'typescript'), ['470']);
    const closeCodes = '// chat server: WhatsApp bridge\nenum CloseCode {\n  Normal = 1000,\n  PolicyViolation = 1008,\n  TryAgainLater = 1013,\n}\n';
    assert.deepEqual(codesIn(closeCodes, 'typescript'), []);
  });

  it('takes a Gupshup client\'s 1001–1012 for Gupshup\'s own codes', () => {
    const gupshup = '# Gupshup WhatsApp events\nif event["payload"]["code"] == 1002:\n    drop()\n';
    assert.deepEqual(codesIn(gupshup, 'python'), []);
    assert.deepEqual(codesIn(gupshup.replace('drop()', 'drop()\nif cequens_error["code"] == 1002:  # CEQUENS\n    drop()'), 'python'), ['1002']);
  });

  it('reads distinctive Cloud codes in membership tests and comparisons, not among quantities or other kinds of code', () => {
    const head = '# WhatsApp\n';
    assert.deepEqual(codesIn(`${head}[470, 131047].include?(code) && attempts < MAX_ATTEMPTS\n`, 'ruby'), ['470', '131047']);
    assert.deepEqual(codesIn(`${head}if inner == "131056":\n    pause()\nif user_id == 130429:\n    pass\n`, 'python'), ['131056']);
    assert.deepEqual(codesIn(`${head}PRICES_PIASTERS = [131000]\n`, 'python'), []);
    assert.deepEqual(codesIn('INFO [geo] postal_code=130021 city=Changchun mapped_cloud_code=131047\n', 'log'), ['131047']);
  });

  it('reads assertions with the value first, and a code before its description in a string', () => {
    assert.deepEqual(codesIn('// WhatsApp\nassertEquals(131051, e.code());\nassertEquals(131051, e.count());\n', 'java'), ['131051']);
    assert.deepEqual(codesIn('# WhatsApp\nassert_equal 470, payload.dig("errors", 0, "code")\n', 'ruby'), ['470']);
    assert.deepEqual(codesIn("<?php // WhatsApp\n$hint = '(2000) Number of parameters does not match';\n", 'php'), ['2000']);
  });

  it('leaves a customer\'s words alone', () => {
    assert.deepEqual(codesIn('{"messages":[{"type":"text","text":{"body":"I got error 131047 yesterday"}}]}\n', 'jsonl'), []);
  });
});
