// Every catalog entry renders in every language with the strategy its handler kind calls for;
// template files are checked when loaded; the rendered snippets parse in their language.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { LANGUAGE_PROFILES } from '../../shared/src/languages';
import { HANDLER_KINDS, type CatalogEntry, type HandlerKind } from '../../shared/src/catalogTypes';
import { detectEol, detectIndentUnit } from '../../server/src/core/snippets/layout';
import { errorObject, renderHandler, sourceName } from '../../server/src/core/snippets/render';
import { parseTemplates, templatesFor } from '../../server/src/core/snippets/templates';
import typescriptTemplates from '../../server/src/core/snippets/templates/typescript.json';
import { parseSources } from '../support/parseCheck';

const entries = cequensEntries();
const entry = (id: string): CatalogEntry => entries.find((e) => e.id === id)!;

/** A WhatsApp Cloud API code for each handler kind, so that every kind renders, Cloud entries included. */
const CLOUD_CODES: Readonly<Record<HandlerKind, readonly [code: number, title: string, transient: boolean]>> = {
  retryWithBackoff: [130429, 'Rate limit hit', true],
  sendTemplateInstead: [131047, 'Re-engagement message', false],
  refreshToken: [133010, 'Phone number not registered', false],
  fixRequest: [131008, 'Required parameter is missing', false],
  skipRecipient: [131026, 'Message undeliverable', false],
  alertOperator: [131031, 'Account has been locked', false],
  markFailed: [131000, 'Something went wrong', false],
  retryPerRecipient: [131056, '(Business Account, Consumer Account) pair rate limit hit', true],
  retryAfterADay: [131049, 'This message was not delivered to maintain healthy ecosystem engagement', true],
  renewAccessToken: [190, 'Access token has expired', false],
};
/** A Cloud API entry for a handler kind, built from a CEQUENS one (the Cloud catalog is written elsewhere). */
function cloudEntry(kind: HandlerKind): CatalogEntry {
  const { stringCode: _none, ...base } = entry('cequens:1015');
  const [code, title, transient] = CLOUD_CODES[kind];
  return { ...base, id: `cloud:${code}`, source: 'Cloud API', code, title, transient, handler: kind };
}
const cloudEntries = HANDLER_KINDS.map(cloudEntry);
/** The catalog's entries and a Cloud entry of each kind: every kind in every language. */
const allEntries = [...entries, ...cloudEntries];

/** Attempts one after another: a loop, or (in JavaScript outside an async function) a timer that re-arms itself. */
const RETRY_LOOP = /(for\b|retry\(|\.upto\().*attempt/;
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
  retryPerRecipient: [/pause sends to this recipient only/, /back-off/, /other recipients now/, /pausesendstorecipient(async)?\(/, /doubled/],
  retryAfterADay: [/do not retry now/, /no sooner than 24 hours/, /scheduleresend(async)?\(/, /24 h at least/],
  renewAccessToken: [/do not retry with this token/, /renewaccesstoken(async)?\(/, /system-user token/, /resendmessage/],
};
/** Kinds that retry a transient code later, by a function of the user's that schedules it, rather than in a loop here. */
const SCHEDULED_RETRY = /pausesendstorecipient|scheduleresend/;

const LANGUAGES = ['typescript', 'javascript', 'python', 'java', 'go', 'csharp', 'php', 'ruby', 'rust'];
/** Rust has no parser apart from its compiler: placementRubyRust.test.ts compiles every kind of its handlers, with stubs. */
const PARSED = LANGUAGES.filter((language) => language !== 'rust');

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
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, handlers }), /broken\.json: \/handlers must have required property 'markFailed'/);
  });

  it('fails loudly on an unknown handler kind or key, or a missing field (templates.schema.json)', () => {
    const handlers = { ...typescriptTemplates.handlers, retryForever: ['x'] };
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, handlers }), /^Error: snippets\/templates\/broken\.json: \/handlers has an unknown key "retryForever"$/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, conditon: 'x' }), /the file has an unknown key "conditon"/);
    const { comment: _dropped, ...rest } = typescriptTemplates;
    assert.throws(() => parseTemplates('broken.json', rest), /must have required property 'comment'/);
    const asyncHandlers = { ...typescriptTemplates.asyncHandlers, awaitForever: ['x'] };
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, asyncHandlers }), /\/asyncHandlers has an unknown key "awaitForever"/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, asyncHandlers: { markFailed: [] } }), /\/asyncHandlers\/markFailed must NOT have fewer than 1 items/);
    // A placeholder chosen among names needs the last one, which always exists.
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, firstUsed: { exception: [] } }), /\/firstUsed\/exception must NOT have fewer than 1 items/);
    // Packages need the syntax that says where their imports go.
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, imports: { time: 'time' } }), /must have property importSyntax when property imports is present/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, imports: { time: 'time' }, importSyntax: 'ruby' }), /\/importSyntax must be equal to one of the allowed values/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, importSyntax: 'go' }), /must have property imports when property importSyntax is present/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, imports: { time: 1 }, importSyntax: 'go' }), /\/imports\/time must be string/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, caughtType: 'exception' }), /must have property firstUsed when property caughtType is present/);
    assert.throws(() => parseTemplates('broken.json', { ...typescriptTemplates, caughtType: 'exception', firstUsed: { type: ['Error'] } }), /"caughtType" must name a placeholder of "firstUsed"/);
  });

  it('lists in templates.schema.json the handler kinds the catalog has', () => {
    const schema = JSON.parse(fs.readFileSync('server/src/core/snippets/templates.schema.json', 'utf8'));
    assert.deepEqual(schema.definitions.bodies.propertyNames.enum, [...HANDLER_KINDS]);
    assert.deepEqual(schema.properties.handlers.allOf[1].required, [...HANDLER_KINDS]);
  });
});

describe('renderHandler: every entry in every language', () => {
  for (const language of LANGUAGES) {
    it(language, () => {
      const templates = templatesFor(language)!;
      for (const e of allEntries) {
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
          if (e.transient) assert.ok(RETRY_LOOP.test(code) || SCHEDULED_RETRY.test(code), `${where}: a transient code is retried`);
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
    assert.match(render('csharp', false), /^ {4}System\.Threading\.Thread\.Sleep\(.*\n(?:.*\n)* {8}ResendMessage\(\);/m);
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

describe('renderHandler: Cloud API entries and the new kinds', () => {
  const variants = LANGUAGES.flatMap((language) => [[language, false], [language, true]] as const);
  const render = (e: CatalogEntry, language: string, canAwait: boolean) =>
    renderHandler(e, language, { form: 'case', indent: '    ', eol: '\n', canAwait, subject: language === 'php' ? "$error['code']" : undefined });
  const pairLimit: CatalogEntry = {
    ...entry('cequens:1015'),
    id: 'cloud:131056',
    source: 'Cloud API',
    code: 131056,
    title: '(Business Account, Consumer Account) pair rate limit hit',
    remedy: 'Wait before sending another message to this recipient.',
    handler: 'retryPerRecipient',
  };

  it('says in its first line that a subcode\'s handler is for the error_subcode of the code it comes under', () => {
    const ratio: CatalogEntry = { ...pairLimit, id: 'cloud:100/2388293', code: 2388293, subcodeOf: 100, title: 'Parameters words ratio exceeds limit', handler: 'fixRequest', transient: false };
    const handler = renderHandler(ratio, 'typescript', { form: 'block', indent: '  ', eol: '\n', subject: 'e.error_subcode' });
    assert.match(handler.split('\n')[0], /^\/\/ 2388293 Parameters words ratio exceeds limit \(error_subcode under code 100\): permanent – /);
    assert.match(handler, /if \(e\.error_subcode === 2388293\)/);
  });

  it('says "WhatsApp" for any source but CEQUENS, and "CEQUENS" for the CEQUENS table', () => {
    assert.equal(sourceName('CEQUENS'), 'CEQUENS');
    assert.equal(sourceName('Cloud API'), 'WhatsApp');
  });

  it('names WhatsApp, not CEQUENS, in the messages of a Cloud entry', () => {
    for (const [language, canAwait] of variants) {
      const text = render(pairLimit, language, canAwait);
      const quoteMark = templatesFor(language)!.quote;
      assert.ok(text.includes(`${quoteMark}WhatsApp 131056 (Business Account, Consumer Account) pair rate limit hit${quoteMark}`), `${language}\n${text}`);
      assert.doesNotMatch(text, /cequens/i, language);
    }
    for (const e of cloudEntries) {
      for (const [language, canAwait] of variants) assert.doesNotMatch(render(e, language, canAwait), /CEQUENS \d/, `${language} ${e.handler}`);
    }
  });

  it('still names CEQUENS in the messages of a CEQUENS entry', () => {
    for (const [language, canAwait] of variants) {
      assert.match(render(entry('cequens:402'), language, canAwait), /CEQUENS 402 Business eligibility/, language);
      for (const e of entries) assert.doesNotMatch(render(e, language, canAwait), /WhatsApp \d/, `${language} ${e.id}`);
    }
  });

  it('pauses sends to this recipient only for 131056, and does not wait there', () => {
    for (const [language, canAwait] of variants) {
      const text = render(pairLimit, language, canAwait);
      assert.match(text, /pause sends to this recipient only, with back-off, and keep sending to the other recipients now/, language);
      assert.match(text, /doubled each time the limit is hit again for it/, language);
      assert.doesNotMatch(text, /sleep|Task\.Delay|setTimeout/i, `${language}: waits in the handler, holding up the other recipients`);
    }
  });

  it('resends 131049 no sooner than 24 hours later', () => {
    const aDay: Readonly<Record<string, RegExp>> = {
      typescript: /scheduleResend\(24 \* 60 \* 60 \* 1000, /,
      javascript: /scheduleResend\(24 \* 60 \* 60 \* 1000, /,
      python: /schedule_resend\(24 \* 60 \* 60, /,
      java: /scheduleResend\(java\.time\.Duration\.ofHours\(24\), /,
      go: /scheduleResend\(24\*time\.Hour, /,
      csharp: /ScheduleResend(Async)?\(TimeSpan\.FromHours\(24\), /,
      php: /scheduleResend\(24 \* 60 \* 60, /,
      ruby: /schedule_resend\(24 \* 60 \* 60, /,
      rust: /schedule_resend\(std::time::Duration::from_secs\(24 \* 60 \* 60\), /,
    };
    for (const [language, canAwait] of variants) {
      const text = render(cloudEntry('retryAfterADay'), language, canAwait);
      assert.match(text, /a resend within 24 hours only fails again/, language);
      assert.match(text, /Do not retry now: schedule one later attempt, no sooner than 24 hours from now, later still after repeated failures/, language);
      assert.match(text, /\(24 h at least\)/, language);
      assert.match(text, /longer after each further 131049/, language);
      assert.match(text, aDay[language], language);
    }
  });

  it('renews the access token for 190 before the one resend', () => {
    for (const [language, canAwait] of variants) {
      const text = render(cloudEntry('renewAccessToken'), language, canAwait).toLowerCase().replace(/_/g, '');
      assert.match(text, /do not retry with this token/, language);
      assert.ok(text.indexOf('renewaccesstoken') < text.lastIndexOf('resendmessage'), `${language}: renews, then resends`);
      assert.doesNotMatch(text, /refreshcequenstoken/, language);
    }
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
  const blocks = (n: number) => allEntries.map((e) => block(e, u(n))).join('\n');
  const cases = (n: number, label: (e: CatalogEntry) => string) => allEntries.map((e) => `${u(n)}${label(e)}\n${branch(e, u(n + 1))}`).join('\n');
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
    case 'ruby':
      return `def handle(error)\n${blocks(1)}\n  case error['code']\n${cases(1, (e) => `when ${e.code}`)}\n  end\nend\n`;
  }
  throw new Error(language);
}

describe('rendered handlers parse', () => {
  for (const [language, canAwait] of PARSED.flatMap((l) => [[l, false], [l, true]] as const)) {
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
