// Where completion offers error codes: the positions codeSlots.scm finds in each grammar, read with
// a digit typed at the cursor (as completion reads them), and the positions it must leave alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSlotAt } from '../../server/src/core/syntax/codeSlots';
import { withTyped } from '../../server/src/core/syntax/typedProbe';
import { syntaxOf } from '../support/syntax';

const CATALOG_CODES = new Set([470, 1026, 131047, 131056, 130429, 200, 400]);

/** `‸` marks the cursor; `typed` is what the slot's code reads so far (undefined: no slot). */
const CASES: readonly { language: string; text: string; typed: string | undefined }[] = [
  { language: 'typescript', text: 'switch (err.code) {\n  case ‸\n}\n', typed: '' },
  { language: 'typescript', text: 'switch (err.code) {\n  case 13‸\n}\n', typed: '13' },
  { language: 'typescript', text: 'switch (err.code) {\n  case 470:\n    break;\n  case ‸\n}\n', typed: '' },
  { language: 'typescript', text: 'if (error.code === ‸) {}\n', typed: '' },
  { language: 'typescript', text: 'if (error.code == 131‸', typed: '131' },
  { language: 'typescript', text: "if (error.code === '‸') {}\n", typed: '' },
  { language: 'typescript', text: "if (error.code === '47‸') {}\n", typed: '47' },
  { language: 'typescript', text: 'const RETRYABLE_CODES = [130429, ‸];\n', typed: '' },
  { language: 'typescript', text: 'const retry = new Set([470, ‸]);\n', typed: '' },
  { language: 'typescript', text: "const MESSAGES = { 470: 'Send a template', ‸\n};\n", typed: '' },
  { language: 'typescript', text: 'type RateLimited = 130429 | ‸;\n', typed: '' },
  { language: 'typescript', text: 'if ([470, ‸].includes(e.code)) {}\n', typed: '' },
  { language: 'javascript', text: 'if (e.code !== 47‸) {}\n', typed: '47' },
  { language: 'typescriptreact', text: 'const fatal = e.errorCode === ‸;\n', typed: '' },
  { language: 'python', text: 'match err.code:\n    case ‸:\n        pass\n', typed: '' },
  { language: 'python', text: 'if error["code"] in (470, ‸):\n    pass\n', typed: '' },
  { language: 'python', text: 'if error_code == 13‸:\n    pass\n', typed: '13' },
  { language: 'python', text: 'PERMANENT_ERRORS = {131047, ‸}\n', typed: '' },
  { language: 'ruby', text: 'case error.code\nwhen ‸\nend\n', typed: '' },
  { language: 'ruby', text: 'case error.code\nwhen 470, 13‸\nend\n', typed: '13' },
  { language: 'ruby', text: 'RETRYABLE = [130429, ‸]\n', typed: '' },
  { language: 'go', text: 'package a\nfunc f() {\n\tswitch apiErr.Code {\n\tcase ‸:\n\t}\n}\n', typed: '' },
  { language: 'go', text: 'package a\nfunc f() {\n\tif e.Code == ‸ {\n\t}\n}\n', typed: '' },
  { language: 'java', text: 'class A { void m(E e) { switch (e.getCode()) { case ‸: break; } } }', typed: '' },
  { language: 'java', text: 'class A { void m(E e) { if (e.getCode() == ‸) {} } }', typed: '' },
  { language: 'csharp', text: 'class A { void M(E e) { switch (e.Code) { case ‸: break; } } }', typed: '' },
  { language: 'csharp', text: 'class A { bool M(E e) => e.Code == ‸; }', typed: '' },
  { language: 'php', text: '<?php\nswitch ($e->getCode()) { case ‸: break; }\n', typed: '' },
  { language: 'php', text: '<?php\nif ($error["code"] === ‸) {}\n', typed: '' },
  { language: 'rust', text: 'fn f(code: i32) { match code { ‸ => {}, _ => {} } }', typed: '' },
  { language: 'rust', text: 'fn f(e: E) { if e.code == ‸ {} }', typed: '' },
  // A label typed above another: the parser sets the number aside.
  { language: 'typescript', text: "switch (err.code) {\n  case 1:\n    break;\n  case ‸\n  default:\n    break;\n}\n", typed: '' },
  { language: 'java', text: 'class A { void m(E e) { switch (e.code) {\n case 470:\n break;\n case 13‸\n default:\n break; } } }', typed: '13' },
  { language: 'php', text: '<?php\nswitch ($e->code) {\n case 470:\n break;\n case ‸\n default:\n break;\n}\n', typed: '' },
  { language: 'rust', text: 'fn f(e: E) { match e.code {\n 470 => {},\n ‸\n _ => {} } }', typed: '' },
  { language: 'python', text: 'match err.code:\n    case 470:\n        pass\n    case ‸\n    case _:\n        pass\n', typed: '' },
  { language: 'go', text: 'package a\nfunc f() {\n\tswitch e.Code {\n\tcase 470:\n\tcase ‸\n\tdefault:\n\t}\n}\n', typed: '' },
  { language: 'csharp', text: 'class A { void M(E e) { switch (e.Code) {\n case 470:\n break;\n case ‸\n default:\n break; } } }', typed: '' },
  { language: 'ruby', text: 'case error.code\nwhen 470\n  x\nwhen ‸\nelse\n  y\nend\n', typed: '' },
  // Not about an error's code.
  { language: 'typescript', text: 'if (items.length === ‸) {}\n', typed: undefined },
  { language: 'typescript', text: 'switch (action.type) {\n  case ‸\n}\n', typed: undefined },
  { language: 'typescript', text: 'const RETRY_DELAYS = [1000, ‸];\n', typed: undefined },
  { language: 'typescript', text: 'const sizes = [‸];\n', typed: undefined },
  { language: 'typescript', text: 'const statuses = [200, ‸];\n', typed: undefined },
  { language: 'typescript', text: 'setTimeout(run, ‸);\n', typed: undefined },
  { language: 'typescript', text: 'if (res.status === ‸) {}\n', typed: undefined },
  { language: 'typescript', text: 'if (postalCode === ‸) {}\n', typed: undefined },
  { language: 'python', text: 'if len(items) == ‸:\n    pass\n', typed: undefined },
  { language: 'python', text: 'for i in range(‸):\n    pass\n', typed: undefined },
  { language: 'go', text: 'package a\nfunc f() {\n\tswitch n {\n\tcase ‸:\n\t}\n}\n', typed: undefined },
];

describe('code slots: where completion offers codes', () => {
  for (const c of CASES) {
    it(`${c.language}: ${JSON.stringify(c.text)} ${c.typed === undefined ? 'is no code slot' : `reads ${JSON.stringify(c.typed)}`}`, () => {
      const at = c.text.indexOf('‸');
      const text = c.text.slice(0, at) + c.text.slice(at + 1);
      const syntax = syntaxOf(text, c.language)!;
      const line = text.slice(0, at).split('\n').length - 1;
      const column = at - (text.lastIndexOf('\n', at - 1) + 1);
      const probe = withTyped(syntax, text, at, { row: line, column }, '0');
      try {
        const slot = codeSlotAt(probe, at, (code) => CATALOG_CODES.has(code));
        assert.equal(slot && text.slice(slot.start, at), c.typed);
      } finally {
        probe.dispose();
      }
    });
  }

  it('the tree with a digit typed is the tree of that text parsed anew', () => {
    const text = 'const a = "é";\n'.repeat(50) + 'switch (e.code) {\n  case \n}\n';
    const at = text.indexOf('case ') + 5;
    const probe = withTyped(syntaxOf(text, 'typescript')!, text, at, { row: 51, column: 7 }, '0');
    const fresh = syntaxOf(text.slice(0, at) + '0' + text.slice(at), 'typescript')!;
    assert.equal(probe.tree.rootNode.toString(), fresh.tree.rootNode.toString());
    probe.dispose();
  });
});
