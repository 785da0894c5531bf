// The handler fits the function it lands in: it awaits inside an async function, method, arrow or
// lambda (Python's `async def`), and calls synchronously elsewhere. Every result is parse-checked:
// py_compile and mcs reject `await` outside an async function; TypeScript's parser does not, so
// for TypeScript and JavaScript the inserted text is also checked for `await`.
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

interface Case {
  /** Unique text of the fixture holding the code. */
  readonly at: string;
  readonly code: number;
  readonly caseLabel?: boolean;
  /** The enclosing function is async: the handler awaits. */
  readonly awaits: boolean;
}

const SUITES: readonly { language: string; fixture: string; cases: readonly Case[] }[] = [
  {
    language: 'typescript',
    fixture: 'async.ts.fixture',
    cases: [
      { at: 'case 470:', code: 470, caseLabel: true, awaits: false },
      { at: 'err.code === 1013', code: 1013, awaits: true },
      { at: 'err.code === 1015', code: 1015, awaits: true },
      { at: 'err.code === 1016', code: 1016, awaits: false },
      { at: 'this.last.code === 1017', code: 1017, awaits: false },
      { at: 'err.code === 1026', code: 1026, awaits: false },
      { at: 'err.code === 1000', code: 1000, awaits: true },
      { at: 'errors[0].code === 429', code: 429, awaits: false },
      { at: 'lastError.code === 471', code: 471, awaits: false },
    ],
  },
  {
    language: 'javascript',
    fixture: 'async_webhook.js',
    cases: [
      { at: 'error.code === 470', code: 470, awaits: true },
      { at: 'case 1013:', code: 1013, caseLabel: true, awaits: false },
      { at: 'error.code === 1015', code: 1015, awaits: true },
      { at: 'error.code === 1016', code: 1016, awaits: true },
      { at: 'error.code === 1017', code: 1017, awaits: false },
      { at: 'lastError.code === 471', code: 471, awaits: false },
    ],
  },
  {
    language: 'javascript',
    fixture: 'async_module.mjs.fixture',
    cases: [
      { at: 'status.code === 471', code: 471, awaits: true },
      { at: 'error.code === 1013', code: 1013, awaits: false },
    ],
  },
  {
    language: 'csharp',
    fixture: 'AsyncClient.cs',
    cases: [
      { at: 'case 470:', code: 470, caseLabel: true, awaits: false },
      { at: 'ex.Code == 1015', code: 1015, awaits: true },
      { at: 'ex.Code == 1016', code: 1016, awaits: true },
      { at: 'ex.Code == 1017', code: 1017, awaits: false },
      { at: 'ex.Code == 1026', code: 1026, awaits: false },
      { at: 'ex.Code == 429', code: 429, awaits: true },
      { at: '_last.Code == 1013', code: 1013, awaits: false },
    ],
  },
  {
    language: 'python',
    fixture: 'async_client.py',
    cases: [
      { at: 'case 470:', code: 470, caseLabel: true, awaits: true },
      { at: 'error["code"] == 1013', code: 1013, awaits: false },
      { at: 'error["code"] == 1015', code: 1015, awaits: true },
      { at: 'error["code"] == 1016', code: 1016, awaits: false },
      { at: 'error["code"] == 1017', code: 1017, awaits: false },
      { at: 'LAST_CODE == 1026', code: 1026, awaits: false },
    ],
  },
];

/** The inserted text and the document with it. */
function insert(text: string, language: string, c: Case): { inserted: string; result: string } {
  const where = text.indexOf(c.at);
  assert.ok(where >= 0 && text.indexOf(c.at, where + 1) < 0, `"${c.at}" must occur exactly once`);
  const start = where + c.at.indexOf(String(c.code));
  const entries = catalog.entriesForCode(c.code);
  const occurrence: Occurrence = { start, end: start + String(c.code).length, code: c.code, entries, picked: entries[0], isCaseLabel: c.caseLabel ?? false };
  const insertion = handlerInsertion(text, syntaxOf(text, language), language, occurrence, entries[0]);
  assert.ok(insertion, 'no insertion');
  return { inserted: insertion.text, result: text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset) };
}

for (const suite of SUITES) {
  describe(`handlers fit their function: ${suite.language} (${suite.fixture})`, () => {
    const text = fs.readFileSync(path.resolve('test/fixtures/placement', suite.fixture), 'utf8');

    it('the fixture parses as it is', (t) => {
      const [outcome] = parseSources(suite.language, [text]);
      if ('missing' in outcome) t.skip(`not parse-checked: ${outcome.missing}`);
      else assert.equal(outcome.errors, '');
    });

    for (const c of suite.cases) {
      it(`${c.at}: ${c.awaits ? 'awaits' : 'synchronous'}`, (t) => {
        const { inserted, result } = insert(text, suite.language, c);
        if (c.awaits) assert.match(inserted, /\bawait\b/, inserted);
        else assert.doesNotMatch(inserted, /\bawait\b/, inserted);
        const [outcome] = parseSources(suite.language, [result]);
        if ('missing' in outcome) t.skip(`not parse-checked: ${outcome.missing}`);
        else assert.equal(outcome.errors, '', `does not parse after inserting:\n${inserted}`);
      });
    }
  });
}

it('a sync handler is still what the kind calls for (C# blocking retry, Python time.sleep)', () => {
  const cs = insert(fs.readFileSync(path.resolve('test/fixtures/placement/AsyncClient.cs'), 'utf8'), 'csharp', { at: 'ex.Code == 1017', code: 1017, awaits: false });
  assert.match(cs.inserted, /Thread\.Sleep\(/);
  assert.match(cs.inserted, /ResendMessage\(\);/);
  const py = insert(fs.readFileSync(path.resolve('test/fixtures/placement/async_client.py'), 'utf8'), 'python', { at: 'error["code"] == 1015', code: 1015, awaits: true });
  assert.match(py.inserted, /await asyncio\.sleep\(/);
});
