import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import schema from '../../shared/catalog/team-catalog.schema.json';
import { catalogOf } from '../../shared/src/catalogSources';
import { CATEGORIES, HANDLER_KINDS, SEVERITY_NAMES } from '../../shared/src/catalogTypes';
import { renderCard } from '../../server/src/core/hover/card';
import { detect, detectUnknownCodes } from '../../server/src/core/detection/detect';
import { renderHandler } from '../../server/src/core/snippets/render';
import { TEMPLATE_LANGUAGES } from '../../server/src/core/snippets/templates';
import { newEntryIn } from '../../server/src/core/teamCatalog/newEntry';
import { readTeamCatalog, TEAM_CATALOG_SCHEMA_REFERENCE, teamCatalogSchemaText } from '../../server/src/core/teamCatalog/teamCatalogFile';
import { TeamCatalogs } from '../../server/src/core/teamCatalog/teamCatalogs';

const builtIn = catalogOf();
const json = (value: unknown) => JSON.stringify(value, null, 2);
const TEAM = json({
  $schema: TEAM_CATALOG_SCHEMA_REFERENCE,
  extendEntries: [
    { provider: 'Acme', code: 9001, title: 'WA_TEMPLATE_STALE', remedy: 'Re-sync templates from Business Manager.', category: 'template', runbook: 'https://wiki.acme.test/wa/9001' },
    { provider: 'Gupshup', code: 1002, title: 'Invalid destination', remedy: 'Check the number.' },
  ],
  overrides: {
    'cequens:470': { remedy: 'Page the on-call; see the runbook.', runbook: 'https://wiki.acme.test/wa/470', severity: 'error' },
    'cloud:131047': { extendRemedy: 'Acme: use template wa_reopen.', extendDetails: ['Our bot sends wa_reopen itself.'] },
  },
  extendNeverCodes: [1013],
});
const WHATSAPP_CODE = (code: number) => `// WhatsApp send\nif (err.code === ${code}) retry();\n`;

/** The problems of a file's text, each as `line:col message` (1-based, as the command line prints them). */
function problemsOf(text: string): string[] {
  return new TeamCatalogs(builtIn).read('catalog.json', text).map((p) => `${p.start.line + 1}:${p.start.character + 1} ${p.message}`);
}

describe('team catalog: adds, overrides and silences', () => {
  const catalogs = new TeamCatalogs(builtIn);
  assert.deepEqual(catalogs.read('team.json', TEAM), []);
  const catalog = catalogs.catalog(['team.json']);

  it('adds entries keyed by provider and code: Gupshup 1002 beside CEQUENS 1002', () => {
    assert.equal(catalog.entriesForCode(9001)[0].title, 'WA_TEMPLATE_STALE');
    assert.equal(catalog.entriesForCode(9001)[0].source, 'Acme');
    assert.deepEqual(
      catalog.entriesForCode(1002).map((e) => e.source),
      ['CEQUENS', 'Gupshup'],
    );
    assert.deepEqual(detect(WHATSAPP_CODE(9001), 'typescript', catalog).map((o) => o.code), [9001]);
    assert.deepEqual(detect(WHATSAPP_CODE(9001), 'typescript', builtIn), []);
  });

  it('replaces the fields named plainly and adds to those named extend…', () => {
    const onPremises = catalog.entry('cequens:470')!;
    assert.equal(onPremises.remedy, 'Page the on-call; see the runbook.');
    assert.equal(onPremises.remedySource, 'team');
    assert.equal(onPremises.severity, 'error');
    const cloud = catalog.entry('cloud:131047')!;
    const before = builtIn.entry('cloud:131047')!;
    assert.equal(cloud.remedy, `${before.remedy} Acme: use template wa_reopen.`);
    assert.deepEqual(cloud.details, [...before.details, 'Our bot sends wa_reopen itself.']);
    assert.match(renderCard([onPremises]), /\*\*Runbook:\*\* \[https:\/\/wiki\.acme\.test\/wa\/470\]\(https:\/\/wiki\.acme\.test\/wa\/470\)/);
    assert.match(renderCard([onPremises]), /_\(your team’s catalog\)_/);
  });

  it('never detects a number it marks as never a code, and still looks it up', () => {
    assert.deepEqual(detect(WHATSAPP_CODE(1013), 'typescript', builtIn).map((o) => o.code), [1013]);
    assert.deepEqual(detect(WHATSAPP_CODE(1013), 'typescript', catalog), []);
    assert.equal(catalog.entriesForCode(1013).length, 1);
  });

  it('a later file replaces an earlier one’s entry of the same provider and code, and the files’ never-codes add up', () => {
    const layered = new TeamCatalogs(builtIn);
    layered.read('a.json', TEAM);
    layered.read('b.json', json({ extendEntries: [{ provider: 'acme', code: 9001, title: 'WA_TEMPLATE_GONE', remedy: 'Recreate it.' }], extendNeverCodes: [1014] }));
    const both = layered.catalog(['a.json', 'b.json']);
    assert.deepEqual(both.entriesForCode(9001).map((e) => e.title), ['WA_TEMPLATE_GONE']);
    assert.deepEqual([...both.neverCodes], [1013, 1014]);
    assert.equal(layered.catalog([]), builtIn);
  });

  it('inserts a team’s handler for its language, the built-in one for the others', () => {
    const withHandler = new TeamCatalogs(builtIn);
    const handlers = { python: ['alert_oncall({{"{{source}} {{code}} {{title}}"}})  # your function: page the on-call'] };
    assert.deepEqual(withHandler.read('t.json', json({ extendEntries: [{ provider: 'Acme', code: 9001, title: 'WA_TEMPLATE_STALE', remedy: 'Re-sync.', handlers }] })), []);
    const entry = withHandler.catalog(['t.json']).entriesForCode(9001)[0];
    const options = { form: 'case', indent: '    ', eol: '\n' } as const;
    assert.match(renderHandler(entry, 'python', options), /^alert_oncall\("WhatsApp 9001 WA_TEMPLATE_STALE"\)/m);
    assert.doesNotMatch(renderHandler(entry, 'typescript', options), /alert_oncall/);
  });
});

describe('team catalog: a broken file says where', () => {
  it('bad JSON, at the character', () => {
    assert.deepEqual(problemsOf('{\n  "extendNeverCodes": [1013,]\n}'), ['2:29 not JSON: a value is expected (no trailing comma)']);
    assert.deepEqual(problemsOf(''), ['1:1 not JSON: the file is empty (write {} for a catalog that changes nothing)']);
  });

  it('a wrong field, at its name, with the fields there are', () => {
    assert.deepEqual(problemsOf('{\n  "extendEntries": [\n    { "provider": "Acme", "code": 9001, "title": "X", "remedy": "Y", "remdy": "Z" }\n  ]\n}'), [
      '3:70 unknown field "remdy" (fields: provider, code, title, description, details, remedy, category, transient, handler, runbook, severity, handlers)',
    ]);
  });

  it('a wrong value, at the value', () => {
    assert.deepEqual(problemsOf('{ "overrides": { "cequens:470": { "severity": "fatal" } } }'), [
      '1:47 overrides.cequens:470.severity must be one of "error", "warning", "information", "hint", "off"',
    ]);
    assert.deepEqual(problemsOf('{ "overrides": { "cequens:470": { "runbook": "javascript:alert(1)" } } }'), ['1:46 overrides.cequens:470.runbook must be an http(s) address']);
    assert.deepEqual(problemsOf('{ "extendEntries": [ { "provider": "Acme", "code": 9001 } ] }'), [
      '1:22 extendEntries[0] lacks the field "title"',
    ]);
  });

  it('an unknown language, at its name', () => {
    const problems = problemsOf('{ "overrides": { "cequens:470": { "handlers": { "kotlin": ["x()"] } } } }');
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^1:49 "kotlin" must be one of "typescript", "javascript", /);
  });

  it('an override of no entry, one provider’s code twice, an unknown placeholder', () => {
    assert.deepEqual(problemsOf('{ "overrides": { "cequens:4700": { "severity": "off" } } }'), ['1:18 no built-in entry "cequens:4700" (`cequens-errors list --format json` lists the ids)']);
    const twice = json({ extendEntries: [1, 2].map(() => ({ provider: 'Acme', code: 9001, title: 'X', remedy: 'Y' })) });
    assert.deepEqual(problemsOf(twice), [`11:15 Acme 9001 is already entry 1 of extendEntries: one entry per provider and code`]);
    const placeholder = json({ overrides: { 'cequens:470': { handlers: { go: ['alert({{codez}})'] } } } });
    assert.match(problemsOf(placeholder)[0], /^6:11 unknown placeholder \{\{codez\}\}: use \{\{code\}\}/);
  });

  it('says where the last file that adds or changes an entry does so, at its title or key (the symbol search opens it there); none for an entry no file touches', () => {
    const catalogs = new TeamCatalogs(builtIn);
    catalogs.read('team.json', TEAM);
    catalogs.read('later.json', json({ overrides: { 'cloud:131047': { remedy: 'Ours.' } } }));
    const lines = TEAM.split('\n');
    const at = (place: { line: number; character: number } | undefined) => place && lines[place.line].slice(place.character);
    assert.equal(catalogs.placeOf(['team.json', 'later.json'], 'team:acme:9001')?.path, 'team.json');
    assert.match(at(catalogs.placeOf(['team.json'], 'team:acme:9001')?.position) ?? '', /^"WA_TEMPLATE_STALE"/);
    assert.match(at(catalogs.placeOf(['team.json'], 'cequens:470')?.position) ?? '', /^"cequens:470"/);
    assert.deepEqual(catalogs.placeOf(['team.json', 'later.json'], 'cloud:131047'), { path: 'later.json', position: { line: 2, character: 4 } });
    assert.equal(catalogs.placeOf(['team.json'], 'cloud:131026'), undefined);
    assert.equal(catalogs.placeOf([], 'team:acme:9001'), undefined);
  });

  it('keeps the last good reading of a file while it is broken, and drops a file that is gone', () => {
    const catalogs = new TeamCatalogs(builtIn);
    catalogs.read('team.json', TEAM);
    assert.equal(catalogs.read('team.json', TEAM.slice(0, 40)).length > 0, true);
    assert.equal(catalogs.catalog(['team.json']).entriesForCode(9001).length, 1);
    catalogs.read('team.json', undefined);
    assert.equal(catalogs.catalog(['team.json']).entriesForCode(9001).length, 0);
  });
});

describe('team catalog schema', () => {
  it('is draft-07 and lists the categories, handler kinds, severities and template languages the code knows', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const d = schema.definitions;
    assert.deepEqual(d.category.enum, [...CATEGORIES]);
    assert.deepEqual(d.handlerKind.enum, [...HANDLER_KINDS]);
    assert.deepEqual(d.severity.enum, [...SEVERITY_NAMES]);
    assert.deepEqual([...d.handlers.propertyNames.enum].sort(), [...TEMPLATE_LANGUAGES].sort());
  });

  it('a catalog names its copy beside it, by a path a JSON language server resolves against the file; the copy is the package’s schema', () => {
    assert.equal(new URL(TEAM_CATALOG_SCHEMA_REFERENCE, 'file:///project/.cequens/catalog.json').href, 'file:///project/.cequens/catalog.schema.json');
    assert.deepEqual(JSON.parse(teamCatalogSchemaText()), JSON.parse(readFileSync('shared/catalog/team-catalog.schema.json', 'utf8')));
    assert.equal(JSON.parse(newEntryIn(undefined, 9001)!.edits[0].text).$schema, TEAM_CATALOG_SCHEMA_REFERENCE);
  });

  it('the README’s example reads without a problem, and names the schema', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /## Team catalogs\n[^]*?```json\n([^]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'the README has no example under "Team catalogs"');
    assert.deepEqual(readTeamCatalog(example, (id) => builtIn.entry(id) !== undefined).problems, []);
    assert.equal(JSON.parse(example).$schema, TEAM_CATALOG_SCHEMA_REFERENCE);
  });
});

describe('team catalog: codes to add', () => {
  const unknown = (text: string, languageId = 'typescript') => detectUnknownCodes(text, languageId, builtIn).map((o) => o.code);

  it('finds a number the catalog lacks where a code stands, in a file that names WhatsApp', () => {
    assert.deepEqual(unknown('// WhatsApp sender\nswitch (err.code) {\n  case 9001: resync(); break;\n}\n'), [9001]);
    assert.deepEqual(unknown('// WhatsApp sender\nif (err.code === 9001 || err.code === 470) x();\n'), [9001]);
    assert.deepEqual(unknown('2025-03-14 WhatsApp send failed: error 9001\n', 'log'), [9001]);
  });

  it('not where WhatsApp is not named, not a number that is no code, not one marked never a code', () => {
    assert.deepEqual(unknown('if (err.code === 9001) x();\n'), []);
    assert.deepEqual(unknown('// WhatsApp sender\nconst port = 8080;\nsetTimeout(retry, 1500);\n'), []);
    const catalogs = new TeamCatalogs(builtIn);
    catalogs.read('t.json', json({ extendNeverCodes: [9001] }));
    assert.deepEqual(detectUnknownCodes('// WhatsApp\nif (err.code === 9001) x();\n', 'typescript', catalogs.catalog(['t.json'])), []);
  });

  it('adds an entry to fill in: a new file, an existing one, one that has it already, none to a file that is no JSON object', () => {
    const created = newEntryIn(undefined, 9001)!;
    const text = created.edits[0].text;
    assert.deepEqual(JSON.parse(text).extendEntries[0], { provider: 'our service', code: 9001, title: 'TODO: the name of 9001', remedy: 'TODO: what to do about it', category: 'message', transient: false });
    assert.equal(text.slice(created.fillIn.offset, created.fillIn.offset + created.fillIn.length), 'TODO: the name of 9001');
    const existing = '{\n  "extendNeverCodes": [1013]\n}\n';
    const added = newEntryIn(existing, 9002)!;
    let after = existing;
    for (const edit of [...added.edits].reverse()) after = after.slice(0, edit.offset) + edit.text + after.slice(edit.offset + edit.length);
    assert.deepEqual(JSON.parse(after).extendNeverCodes, [1013]);
    assert.equal(JSON.parse(after).extendEntries[0].code, 9002);
    assert.deepEqual(newEntryIn(after, 9002)!.edits, []);
    assert.equal(newEntryIn('{ "extendEntries": [', 9002), undefined);
    assert.equal(newEntryIn('[]', 9002), undefined);
  });
});
