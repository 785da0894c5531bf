// Every catalog entry renders in every language with the strategy its handler kind calls for;
// template files are checked when loaded; the rendered snippets parse in their language.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { LANGUAGE_PROFILES } from '../../shared/src/languages';
import { HANDLER_KINDS, type CatalogEntry, type HandlerKind } from '../../shared/src/catalogTypes';
import { detectEol, detectIndentUnit } from '../../server/src/core/snippets/layout';
import { errorObject, renderHandler } from '../../server/src/core/snippets/render';
import { parseTemplates, templatesFor } from '../../server/src/core/snippets/templates';
import typescriptTemplates from '../../server/src/core/snippets/templates/typescript.json';
import { parseSources } from '../support/parseCheck';

const entries = cequensEntries();
const entry = (id: string): CatalogEntry => entries.find((e) => e.id === id)!;

/** Attempts one after another: a loop, or (in JavaScript outside an async function) a timer that re-arms itself. */
const RETRY_LOOP = /(for\b|retry\().*attempt/;
/** Languages whose handlers await inside an async function, and never elsewhere. */
const AWAITING = ['typescript', 'javascript', 'csharp', 'python'];

/** What each handler kind must do, read from the code with case and underscores ignored. */
const STRATEGY: Readonly<Record<HandlerKind, readonly RegExp[]>> = {
  retryWithBackoff: [RETRY_LOOP, /attempt.*5/, /jitter/, /resendmessage/],
  sendTemplateInstead: [/sendtemplatemessage/],
  refreshToken: [/refreshcequenstoken/, /resendmessage/],
  fixRequest: [/do not retry/, /fix the request/],
  skipRecipient: [/do not retry/, /markrecipientunreachable/],
  alertOperator: [/do not retry/, /alertoperator/],
  markFailed: [/markmessagefailed/],
};

const LANGUAGES = ['typescript', 'javascript', 'python', 'java', 'go', 'csharp', 'php'];

describe('handler templates', () => {
  it('has templates for the languages with quick fixes, and none for the others', () => {
    const withTemplates = LANGUAGE_PROFILES.filter((profile) => templatesFor(profile.id)).map((profile) => profile.id);
    assert.deepEqual(withTemplates.sort(), [...LANGUAGES, 'typescriptreact', 'javascriptreact'].sort());
  });

  it('uses every template file, and only files that are there', () => {
    const files = fs.readdirSync('server/src/core/snippets/templates').sort();
    const named = [...new Set(LANGUAGE_PROFILES.flatMap((profile) => profile.snippets ?? []))].sort();
    assert.deepEqual(named, files);
  });

  it('keeps every handler body between 1 and 12 lines', () => {
    for (const name of LANGUAGES) {
      const { handlers, asyncHandlers } = templatesFor(name)!;
      for (const kind of HANDLER_KINDS) {
        for (const body of [handlers[kind], asyncHandlers[kind] ?? ['-']]) {
          assert.ok(body.length >= 1 && body.length <= 12, `${name} ${kind}: ${body.length} lines`);
        }
      }
    }
  });

  it('awaits only in the async bodies, and only in languages with async functions', () => {
    for (const name of LANGUAGES) {
      const { handlers, asyncHandlers } = templatesFor(name)!;
      for (const kind of HANDLER_KINDS) {
        assert.ok(!handlers[kind].some((line) => /\bawait\b/.test(line)), `${name} ${kind} awaits in "handlers"`);
        const body = asyncHandlers[kind];
        if (body) assert.ok(body.some((line) => /\bawait\b/.test(line)), `${name} ${kind}: an async body that does not await`);
      }
      assert.equal(Object.keys(asyncHandlers).length > 0, AWAITING.includes(name), name);
    }
  });

  it('fails loudly when a template file lacks a handler kind', () => {
    const { markFailed: _dropped, ...handlers } = typescriptTemplates.handlers;
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, handlers }), /broken\.json: no handler for "markFailed"/);
  });

  it('fails loudly on an unknown handler kind or a missing field', () => {
    const handlers = { ...typescriptTemplates.handlers, retryForever: ['x'] };
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, handlers }), /unknown handler kind retryForever/);
    const { comment: _dropped, ...rest } = typescriptTemplates;
    assert.throws(() => parseTemplates('broken.json', rest), /"comment" must be a string/);
    const asyncHandlers = { ...typescriptTemplates.asyncHandlers, awaitForever: ['x'] };
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, asyncHandlers }), /unknown handler kind awaitForever in "asyncHandlers"/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, asyncHandlers: { markFailed: [] } }), /asyncHandlers "markFailed" is empty/);
  });
});

describe('renderHandler: every entry in every language', () => {
  for (const language of LANGUAGES) {
    it(language, () => {
      const templates = templatesFor(language)!;
      for (const e of entries) {
        for (const [form, canAwait] of [['block', false], ['case', false], ['block', true], ['case', true]] as const) {
          const text = renderHandler(e, language, { form, indent: '  ', eol: '\n', canAwait });
          const where = `${language} ${form}${canAwait ? ' async' : ''} ${e.id}`;
          if (!canAwait) assert.doesNotMatch(text, /\bawait\b/, `${where}: awaits outside an async function`);
          assert.ok(text.trim() !== '', where);
          const lines = text.split('\n');
          const nature = e.transient ? 'transient' : 'permanent';
          assert.ok(lines[0].startsWith(`${templates.comment} ${e.code} ${e.title}: ${nature} – `), `${where}: ${lines[0]}`);
          assert.ok(!text.includes('{{') && !text.includes('}}'), `${where}: placeholder left\n${text}`);
          const code = text.toLowerCase().replace(/_/g, '');
          for (const pattern of STRATEGY[e.handler]) assert.match(code, pattern, where);
          if (e.transient) assert.match(code, RETRY_LOOP, `${where}: a transient code is retried`);
          if (form === 'block') assert.ok(lines.some((line) => line.includes(String(e.stringCode ?? e.code))), `${where}: condition`);
        }
      }
    });
  }

  it('uses the strategy the notes give for 470, 401 MISSING_TOKEN and 1015', () => {
    const e470 = entry('cequens:470');
    assert.match(renderHandler(e470, 'typescript', { form: 'case', indent: '  ', eol: '\n', canAwait: true }), /^await sendTemplateMessage\(\);/m);
    assert.match(renderHandler(e470, 'typescript', { form: 'case', indent: '  ', eol: '\n' }), /^sendTemplateMessage\(\);/m);
    assert.match(renderHandler(e470, 'csharp', { form: 'case', indent: '  ', eol: '\n', canAwait: true }), /^await SendTemplateMessageAsync\(\);/m);
    assert.match(renderHandler(e470, 'csharp', { form: 'case', indent: '  ', eol: '\n' }), /^SendTemplateMessage\(\);/m);
    assert.match(renderHandler(e470, 'python', { form: 'case', indent: '    ', eol: '\n', canAwait: true }), /^await send_template_message\(\)/m);
    assert.match(renderHandler(e470, 'java', { form: 'case', indent: '    ', eol: '\n', canAwait: true }), /^sendTemplateMessage\(\);/m);
    const token = renderHandler(entry('cequens:401:MISSING_TOKEN'), 'python', { form: 'block', indent: '    ', eol: '\n' });
    assert.match(token, /^if error\["code"\] == "MISSING_TOKEN":$/m);
    assert.match(token, /^ {4}refresh_cequens_token\(\)/m);
    assert.match(renderHandler(entry('cequens:1015'), 'go', { form: 'case', indent: '\t', eol: '\n' }), /^for attempt := 1; attempt <= 5; attempt\+\+ \{$/m);
  });

  it('sleeps the way the enclosing function can: blocking outside async, awaiting inside', () => {
    const e1015 = entry('cequens:1015');
    const render = (language: string, canAwait: boolean) => renderHandler(e1015, language, { form: 'case', indent: '    ', eol: '\n', canAwait });
    assert.match(render('csharp', false), /^ {4}Thread\.Sleep\(.*\n(?:.*\n)* {8}ResendMessage\(\);/m);
    assert.match(render('csharp', true), /^ {4}await Task\.Delay\(.*\n(?:.*\n)* {8}await ResendMessageAsync\(\);/m);
    assert.match(render('python', false), /^ {4}time\.sleep\(/m);
    assert.match(render('python', true), /^ {4}await asyncio\.sleep\(/m);
    assert.match(render('typescript', false), /^setTimeout\(function retry\(attempt: number\) \{$/m);
    assert.match(render('javascript', false), /^setTimeout\(function retry\(attempt\) \{$/m);
    assert.match(render('javascript', true), /^ {4}await new Promise\(/m);
  });
});

describe('renderHandler options', () => {
  const e470 = entry('cequens:470');

  it('uses the given subject, indent unit, base indentation and line ending', () => {
    const text = renderHandler(e470, 'java', { form: 'block', indent: '\t', eol: '\r\n', baseIndent: '\t\t', subject: 'ex.code()' });
    const lines = text.split('\r\n');
    assert.ok(!text.replace(/\r\n/g, '').includes('\n'));
    assert.ok(lines.every((line) => line.startsWith('\t\t')));
    assert.ok(lines.includes('\t\tif (ex.code() == 470) {'));
    assert.ok(lines.includes('\t\t\tsendTemplateMessage(); // your method: re-sends the content as a pre-approved template'));
  });

  it('compares textual codes as the language compares strings', () => {
    const token = entry('cequens:401:TOKEN');
    assert.match(renderHandler(token, 'java', { form: 'block', indent: '    ', eol: '\n' }), /if \("TOKEN"\.equals\(e\.getCode\(\)\)\) \{/);
    assert.match(renderHandler(token, 'typescript', { form: 'block', indent: '  ', eol: '\n' }), /if \(err\.code === 'TOKEN'\) \{/);
    assert.match(renderHandler(token, 'typescript', { form: 'block', indent: '  ', eol: '\n', useStringCode: false }), /if \(err\.code === 401\) \{/);
  });

  it('ends the case form with break only when asked to', () => {
    const open = renderHandler(e470, 'csharp', { form: 'case', indent: '    ', eol: '\n' });
    const closed = renderHandler(e470, 'csharp', { form: 'case', indent: '    ', eol: '\n', closeBranch: true });
    assert.notEqual(open.split('\n').at(-1), 'break;');
    assert.equal(closed.split('\n').at(-1), 'break;');
  });

  it('escapes quotes in titles', () => {
    const quoted = { ...entry('cequens:402'), title: "Owner's \\ \"payment\"" };
    assert.ok(renderHandler(quoted, 'php', { form: 'case', indent: '    ', eol: '\n', subject: "$error['code']" }).includes(`alertOperator('CEQUENS 402 Owner\\'s \\\\ "payment"', $error);`));
    assert.ok(renderHandler(quoted, 'go', { form: 'case', indent: '\t', eol: '\n', subject: 'err.Code' }).includes(`alertOperator("CEQUENS 402 Owner's \\\\ \\"payment\\"", err)`));
  });

  it('passes no error object that is not known, and says what to pass', () => {
    const handler = renderHandler(entry('cequens:402'), 'typescript', { form: 'case', indent: '  ', eol: '\n' });
    assert.ok(handler.includes("alertOperator('CEQUENS 402 Business eligibility — Payment issue', undefined /* the error object, where you have one */);"), handler);
  });

  it('finds the error object behind a subject', () => {
    assert.equal(errorObject('err.code'), 'err');
    assert.equal(errorObject('error["code"]'), 'error');
    assert.equal(errorObject('e.getCode()'), 'e');
    assert.equal(errorObject("$error['code']"), '$error');
    assert.equal(errorObject('err.response?.data.code'), 'err.response?.data');
    assert.equal(errorObject('code'), 'code');
  });
});

describe('layout', () => {
  it('detects line endings and indent units', () => {
    assert.equal(detectEol('a\r\nb'), '\r\n');
    assert.equal(detectEol('a\nb'), '\n');
    assert.equal(detectIndentUnit('a {\n\tb {\n\t\tc\n\t}\n}', '  '), '\t');
    assert.equal(detectIndentUnit('a {\n    b {\n        c\n    }\n}', '  '), '    ');
    assert.equal(detectIndentUnit('a {\n  b {\n    c\n  }\n}', '    '), '  ');
    assert.equal(detectIndentUnit('a\nb', '    '), '    ');
  });
});

/** A file of the language holding every entry's handler, in both forms, in an async function or a plain one, for the parse check. */
function wrapAll(language: string, canAwait: boolean): string {
  const unit = templatesFor(language)!.indent;
  const block = (e: CatalogEntry, base: string) => renderHandler(e, language, { form: 'block', indent: unit, eol: '\n', baseIndent: base, canAwait });
  const branch = (e: CatalogEntry, base: string) =>
    renderHandler(e, language, { form: 'case', indent: unit, eol: '\n', baseIndent: base, closeBranch: true, canAwait });
  const async = canAwait ? 'async ' : '';
  const u = (n: number) => unit.repeat(n);
  const blocks = (n: number) => entries.map((e) => block(e, u(n))).join('\n');
  const cases = (n: number, label: (e: CatalogEntry) => string) => entries.map((e) => `${u(n)}${label(e)}\n${branch(e, u(n + 1))}`).join('\n');
  switch (language) {
    case 'typescript':
    case 'javascript':
      return `${async}function handle(err) {\n${blocks(1)}\n  switch (err.code) {\n${cases(2, (e) => `case ${e.code}:`)}\n  }\n}\n`;
    case 'python':
      return `${async}def handle(error):\n${blocks(1)}\n    match error["code"]:\n${cases(2, (e) => `case ${e.code}:`)}\n`;
    case 'java':
      return `public class Handlers {\n    void handle(CequensException e) throws Exception {\n${blocks(2)}\n        switch (e.getCode()) {\n${cases(3, (e) => `case ${e.code}:`)}\n        }\n    }\n}\n`;
    case 'go':
      return `package handlers\n\nfunc handle(err *CequensError) {\n${blocks(1)}\n\tswitch err.Code {\n${cases(1, (e) => `case ${e.code}:`)}\n\t}\n}\n`;
    case 'csharp':
      return `class Handlers {\n    ${canAwait ? 'async Task' : 'void'} Handle(CequensException ex) {\n${blocks(2)}\n        switch (ex.Code) {\n${cases(3, (e) => `case ${e.code}:`)}\n        }\n    }\n}\n`;
    case 'php':
      return `<?php\nfunction handle(array $error): void {\n${blocks(1)}\n    switch ($error['code']) {\n${cases(2, (e) => `case ${e.code}:`)}\n    }\n}\n`;
  }
  throw new Error(language);
}

describe('rendered handlers parse', () => {
  for (const [language, canAwait] of LANGUAGES.flatMap((l) => [[l, false], [l, true]] as const)) {
    it(`${language}, in ${canAwait ? 'an async' : 'a synchronous'} function`, (t) => {
      const source = wrapAll(language, canAwait);
      // TypeScript's parser accepts `await` in any function; the checker would not.
      if (!canAwait) assert.doesNotMatch(source, /\bawait\b/);
      const [outcome] = parseSources(language, [source]);
      if ('missing' in outcome) {
        t.skip(`not parse-checked: ${outcome.missing}`);
        return;
      }
      assert.equal(outcome.errors, '', source);
    });
  }
});
