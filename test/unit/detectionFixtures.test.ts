// Runs the detector over the labelled fixture corpus in test/fixtures/detection/ (the marker
// format is defined in that folder's README.md) and reports, per file, every missed, false and
// wrong occurrence with its line.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import type { Occurrence } from '../../server/src/core/detection/occurrence';
import { checkFile, compare, corpusFiles, languageOf, parseMarkers } from '../support/detectionCorpus';

const FIXTURES = path.resolve('test/fixtures/detection');

const catalog = catalogOf();
const fixtureFiles = corpusFiles(FIXTURES);

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
    const problems = compare(text, expected, bad, catalog).map((p) => p.message);
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
    it(path.basename(file), () => {
      const { languageId, expected, problems } = checkFile(file, catalog);
      // A trap file (name starting with "trap-") may hold no code at all; any other file must.
      if (!path.basename(file).startsWith('trap-')) assert.ok(expected.length > 0, `${file}: no ⟦…⟧ markers`);
      const found = expected.length - problems.filter((p) => p.kind === 'missed').length;
      assert.ok(
        problems.length === 0,
        `${path.basename(file)} (${languageId}): ${problems.length} problem(s); ${found}/${expected.length} expected found\n  ${problems.map((p) => p.message).join('\n  ')}`,
      );
    });
  }
});
