// Runs the detector over the labelled fixture corpus in test/fixtures/detection/ (the marker
// format is defined in that folder's README.md) and reports, per file, every missed, false and
// wrong occurrence with its line.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Catalog } from '../../shared/src/catalog';
import { catalogOf } from '../../shared/src/catalogSources';
import { detect } from '../../server/src/core/detection/detect';
import type { Occurrence } from '../../server/src/core/detection/occurrence';

const FIXTURES = path.resolve('test/fixtures/detection');

/** File extension (after dropping a trailing ".fixture") → VS Code language id. */
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  ts: 'typescript',
  js: 'javascript',
  py: 'python',
  java: 'java',
  go: 'go',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
  log: 'log',
  jsonl: 'jsonl',
  json: 'json',
  txt: 'plaintext',
};

const OPEN = '⟦';
const CLOSE = '⟧';

/** What a marker says the detector must report at one place. */
interface Expected {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly stringCode?: string;
  /**
   * 'exact': picked must be the entry `pickedId`. 'none': picked must be absent (an ambiguous
   * code with no hint). 'noneOrSole': the code has a single entry; picked may be absent or it.
   */
  readonly picked: 'exact' | 'none' | 'noneOrSole';
  readonly pickedId?: string;
  /** The marker as written, for messages. */
  readonly marker: string;
}

interface Parsed {
  readonly text: string;
  readonly expected: Expected[];
}

/** Strips ⟦…⟧ markers (keeping the code text inside) and returns the expected occurrences. */
function parseMarkers(marked: string, catalog: Catalog): Parsed {
  const expected: Expected[] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    const strayClose = marked.indexOf(CLOSE, i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new Error(`marker: "${CLOSE}" without "${OPEN}" at ${where(marked, strayClose)}`);
    }
    if (open === -1) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const close = marked.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) throw new Error(`marker: unterminated "${OPEN}" at ${where(marked, open)}`);
    const inner = marked.slice(open + OPEN.length, close);
    if (inner.includes(OPEN) || inner.includes('\n')) {
      throw new Error(`marker: nested or multi-line marker at ${where(marked, open)}`);
    }
    const marker = `${OPEN}${inner}${CLOSE}`;
    const start = text.length;
    const spec = interpretMarker(inner, catalog, () => where(marked, open));
    text += spec.kept;
    expected.push({ start, end: text.length, marker, ...spec.expectation });
    i = close + CLOSE.length;
  }
  return { text, expected };
}

function interpretMarker(
  inner: string,
  catalog: Catalog,
  at: () => string,
): { kept: string; expectation: Omit<Expected, 'start' | 'end' | 'marker'> } {
  let m = /^(\d+)$/.exec(inner);
  if (m) {
    const code = Number(m[1]);
    const entries = catalog.entriesForCode(code);
    if (entries.length === 0) throw new Error(`marker ${inner}: no catalog entry for code ${code} (${at()})`);
    return { kept: m[1], expectation: { code, picked: entries.length === 1 ? 'noneOrSole' : 'none' } };
  }
  m = /^(\d+)@(cloud:[\w/@-]+|[A-Za-z0-9_-]+)$/.exec(inner);
  if (m) {
    const code = Number(m[1]);
    const id = m[2].startsWith('cloud:') ? m[2] : `cequens:${code}:${m[2]}`;
    const entry = catalog.entry(id);
    if (!entry) throw new Error(`marker ${inner}: no catalog entry ${id} (${at()})`);
    return { kept: m[1], expectation: { code, picked: 'exact', pickedId: id } };
  }
  m = /^([A-Z][A-Z_]*)$/.exec(inner);
  if (m) {
    const entries = catalog.entriesForStringCode(m[1]);
    if (entries.length !== 1) {
      throw new Error(`marker ${inner}: ${entries.length} catalog entries have string code ${m[1]} (${at()})`);
    }
    return {
      kept: m[1],
      expectation: { code: entries[0].code, stringCode: m[1], picked: 'exact', pickedId: entries[0].id },
    };
  }
  throw new Error(`marker: cannot read "${OPEN}${inner}${CLOSE}" (${at()})`);
}

function where(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}:${column}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

function lineText(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to).replace(/\r$/, '');
}

/** Every difference between what the markers expect and what the detector reported. */
function compare(text: string, expected: readonly Expected[], actual: readonly Occurrence[], catalog: Catalog): string[] {
  const problems: { offset: number; message: string }[] = [];
  const say = (offset: number, kind: string, what: string) => {
    const { line, column } = lineColumn(text, offset);
    problems.push({ offset, message: `${kind.padEnd(6)} L${line}:${column} ${what}\n         | ${lineText(text, offset)}` });
  };
  const key = (start: number, end: number) => `${start}:${end}`;
  const actualByRange = new Map<string, Occurrence>();
  for (const occ of actual) {
    const k = key(occ.start, occ.end);
    if (actualByRange.has(k)) say(occ.start, 'dup', `reported twice: ${JSON.stringify(text.slice(occ.start, occ.end))}`);
    actualByRange.set(k, occ);
  }
  const expectedKeys = new Set<string>();
  for (const exp of expected) {
    const k = key(exp.start, exp.end);
    expectedKeys.add(k);
    const occ = actualByRange.get(k);
    if (!occ) {
      const overlapping = actual.find((o) => o.start < exp.end && o.end > exp.start);
      const note = overlapping ? ` (reported ${JSON.stringify(text.slice(overlapping.start, overlapping.end))} at ${overlapping.start}-${overlapping.end} instead)` : '';
      say(exp.start, 'missed', `${exp.marker}${note}`);
      continue;
    }
    const wrong: string[] = [];
    if (occ.code !== exp.code) wrong.push(`code ${occ.code}, expected ${exp.code}`);
    if (occ.stringCode !== exp.stringCode) wrong.push(`stringCode ${occ.stringCode}, expected ${exp.stringCode}`);
    const pickedId = occ.picked?.id;
    if (exp.picked === 'exact' && pickedId !== exp.pickedId) wrong.push(`picked ${pickedId}, expected ${exp.pickedId}`);
    if (exp.picked === 'none' && pickedId !== undefined) wrong.push(`picked ${pickedId}, expected none (ambiguous)`);
    if (exp.picked === 'noneOrSole' && pickedId !== undefined && pickedId !== catalog.entriesForCode(exp.code)[0].id) {
      wrong.push(`picked ${pickedId}, expected none or ${catalog.entriesForCode(exp.code)[0].id}`);
    }
    const entryIds = occ.entries.map((e) => e.id);
    if (occ.entries.length === 0 || occ.entries.some((e) => exp.code < e.code || exp.code > (e.lastCode ?? e.code)) || occ.code !== exp.code) {
      wrong.push(`entries [${entryIds.join(', ')}] or code ${occ.code} are not all of code ${exp.code}`);
    }
    if (occ.picked && !entryIds.includes(occ.picked.id)) wrong.push(`picked ${occ.picked.id} is not among entries`);
    if (exp.stringCode === undefined) {
      const all = catalog.entriesForCode(exp.code).map((e) => e.id).sort();
      if ([...entryIds].sort().join() !== all.join()) wrong.push(`entries [${entryIds.join(', ')}], expected [${all.join(', ')}]`);
    }
    if (wrong.length > 0) say(exp.start, 'wrong', `${exp.marker}: ${wrong.join('; ')}`);
  }
  for (const occ of actual) {
    if (expectedKeys.has(key(occ.start, occ.end))) continue;
    const shown = JSON.stringify(text.slice(occ.start, occ.end));
    say(occ.start, 'false', `${shown} reported as ${occ.code}${occ.stringCode ? ` ${occ.stringCode}` : ''}${occ.picked ? ` (picked ${occ.picked.id})` : ''}`);
  }
  return problems.sort((a, b) => a.offset - b.offset).map((p) => p.message);
}

function languageOf(file: string): string | undefined {
  const name = file.replace(/\.fixture$/, '');
  return LANGUAGE_BY_EXTENSION[path.extname(name).slice(1)];
}

const catalog = catalogOf();
const fixtureFiles = fs
  .readdirSync(FIXTURES)
  .filter((f) => f !== 'README.md' && fs.statSync(path.join(FIXTURES, f)).isFile())
  .sort();

describe('detector on the labelled fixture corpus', () => {
  it('marker parser and comparison work on an inline example', () => {
    const { text, expected } = parseMarkers(
      "if (waErr.code === ⟦470⟧) x('⟦MISSING_TOKEN⟧'); // {\"code\":⟦401@TOKEN⟧} ⟦401⟧ ⟦401@group-does-not-exist⟧ sleep(1000)",
      catalog,
    );
    assert.equal(text, "if (waErr.code === 470) x('MISSING_TOKEN'); // {\"code\":401} 401 401 sleep(1000)");
    assert.deepEqual(
      expected.map((e) => [text.slice(e.start, e.end), e.code, e.stringCode, e.picked, e.pickedId]),
      [
        ['470', 470, undefined, 'noneOrSole', undefined],
        ['MISSING_TOKEN', 401, 'MISSING_TOKEN', 'exact', 'cequens:401:MISSING_TOKEN'],
        ['401', 401, undefined, 'exact', 'cequens:401:TOKEN'],
        ['401', 401, undefined, 'none', undefined],
        ['401', 401, undefined, 'exact', 'cequens:401:group-does-not-exist'],
      ],
    );
    assert.throws(() => parseMarkers('x ⟦9999⟧', catalog), /no catalog entry/);
    assert.throws(() => parseMarkers('x ⟦401@NOPE⟧', catalog), /no catalog entry/);
    assert.throws(() => parseMarkers('x ⟦470 y', catalog), /unterminated/);
    assert.throws(() => parseMarkers('x 470⟧ y', catalog), /without/);
    assert.throws(() => parseMarkers('x ⟦RATE_LIMIT⟧', catalog), /string code/);

    // The comparison must flag a missed, a false and a wrongly picked occurrence.
    const entry = (id: string) => catalog.entry(id)!;
    const occurrence = (start: number, end: number, code: number, picked?: string): Occurrence => ({
      start,
      end,
      code,
      entries: catalog.entriesForCode(code),
      ...(picked ? { picked: entry(picked) } : {}),
      isCaseLabel: false,
    });
    const [e470, eMissing, eToken, e401, eGroup] = expected;
    const good: Occurrence[] = [
      occurrence(e470.start, e470.end, 470),
      { ...occurrence(eMissing.start, eMissing.end, 401, 'cequens:401:MISSING_TOKEN'), stringCode: 'MISSING_TOKEN' },
      occurrence(eToken.start, eToken.end, 401, 'cequens:401:TOKEN'),
      occurrence(e401.start, e401.end, 401),
      occurrence(eGroup.start, eGroup.end, 401, 'cequens:401:group-does-not-exist'),
    ];
    assert.deepEqual(compare(text, expected, good, catalog), []);
    const sleep = text.indexOf('1000');
    const bad = [
      ...good.slice(1, 3),
      occurrence(e401.start, e401.end, 401, 'cequens:401:VALIDATION'),
      good[4],
      occurrence(sleep, sleep + 4, 1000),
    ];
    const problems = compare(text, expected, bad, catalog);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /^missed.*⟦470⟧/);
    assert.match(problems[1], /^wrong .*picked cequens:401:VALIDATION, expected none/);
    assert.match(problems[2], /^false .*"1000"/);
  });

  it('finds fixture files, each with a known language', () => {
    assert.ok(fixtureFiles.length >= 10, `only ${fixtureFiles.length} fixture files in ${FIXTURES}`);
    for (const file of fixtureFiles) assert.ok(languageOf(file), `${file}: no language for this extension`);
  });

  for (const file of fixtureFiles) {
    it(file, () => {
      const languageId = languageOf(file);
      assert.ok(languageId, `${file}: no language for this extension`);
      const { text, expected } = parseMarkers(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), catalog);
      // A trap file (name starting with "trap-") may hold no code at all; any other file must.
      if (!file.startsWith('trap-')) assert.ok(expected.length > 0, `${file}: no ⟦…⟧ markers`);
      const actual = detect(text, languageId, catalog);
      const problems = compare(text, expected, actual, catalog);
      const found = expected.length - problems.filter((p) => p.startsWith('missed')).length;
      assert.ok(
        problems.length === 0,
        `${file} (${languageId}): ${problems.length} problem(s); ${found}/${expected.length} expected found\n  ${problems.join('\n  ')}`,
      );
    });
  }
});
