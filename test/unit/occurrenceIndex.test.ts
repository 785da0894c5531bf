import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { detect } from '../../server/src/core/detection/detect';
import { READS_LINES_ABOVE } from '../../server/src/core/detection/context/limits';
import { linesAbove } from '../../server/src/core/detection/context/linesAbove';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';

const catalog = new Catalog(cequensEntries());

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const LOG_PIECES = [
  'code=1008 ', 'error_code=1004\n', 'whatsapp error 470: ', 'took 1000ms ', '\n', 'pid=1006 ', '1017 Not Primary Master\n',
  '{"code":401,"title":"MISSING_TOKEN"}\n', 'errors[0].code=1015', ' port=2000', 'cequens status=429\n', '10', '0', ' ',
];
const CODE_PIECES = [
  'switch (err.code) {\n', '  case 470:\n', '    break;\n', '}\n', 'if (err.code === 1015) retry();\n', 'sleep(1000);\n',
  'const RETRYABLE = new Set([1011, 1015]);\n', 'enum WaError {\n', '  ReEngagement = 470,\n', 'const port = 2000;\n', '1', ' ',
];

/** Occurrences as "line:start-end:code:picked", from the index or from a full scan. */
const view = (occurrences: readonly { line: number; start: number; end: number; code: number; picked?: { id: string } }[]) =>
  occurrences.map((o) => `${o.line}:${o.start}-${o.end}:${o.code}:${o.picked?.id ?? '?'}`);

function fullScan(text: string, languageId: string) {
  return detect(text, languageId, catalog).map((o) => {
    const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length - 1;
    return { ...o, line, start: o.start - lineStart, end: o.end - lineStart };
  });
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function checkRandomEdits(languageId: string, pieces: string[], seed: number, lines = 60, readInSlices = false) {
  const next = random(seed);
  const choose = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  let text = Array.from({ length: lines }, () => choose(pieces)).join('');
  let index = new OccurrenceIndex(text, languageId, catalog, readInSlices ? { readInSlicesAbove: 0 } : {});
  for (let step = 0; step < 300; step++) {
    if (readInSlices && next() < 0.2) index.scanSome(3);
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + Math.floor(next() * 12));
    const insert = next() < 0.3 ? '' : choose(pieces);
    index.replace(positionOf(text, start), positionOf(text, end), insert);
    text = text.slice(0, start) + insert + text.slice(end);
    assert.equal(index.text.text(), text, `seed ${seed}, step ${step}: the text`);
    // Comparing reads every line; read in slices, let edits land on unread lines in between.
    if (readInSlices && step % 50 !== 49) continue;
    assert.deepEqual(view(index.all), view(fullScan(text, languageId)), `seed ${seed}, step ${step}`);
    // Start over unread, so that later edits land on unread lines again.
    if (readInSlices) index = new OccurrenceIndex(text, languageId, catalog, { readInSlicesAbove: 0 });
  }
}

describe('occurrence index', () => {
  it('after any sequence of edits in a log, equals a full re-scan', () => {
    for (const seed of [1, 2, 3, 4, 5]) checkRandomEdits('log', LOG_PIECES, seed);
  });

  it('after any sequence of edits in code, equals a full re-scan', () => {
    for (const seed of [11, 12, 13]) checkRandomEdits('typescript', CODE_PIECES, seed);
  });

  it('read in slices between edits, equals a full re-scan', () => {
    checkRandomEdits('log', LOG_PIECES, 31, 60, true);
    checkRandomEdits('typescript', CODE_PIECES, 32, 60, true);
  });

  it('takes thousands of edits in one batch (a replace-all) and equals a full re-scan', () => {
    for (const [languageId, pieces, seed] of [['typescript', CODE_PIECES, 41], ['log', LOG_PIECES, 42]] as const) {
      const next = random(seed);
      const choose = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
      let text = Array.from({ length: 900 }, () => choose(pieces)).join('');
      const index = new OccurrenceIndex(text, languageId, catalog);
      const edits = [];
      for (let n = 0; n < 3000; n++) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 12));
        const insert = next() < 0.3 ? '' : choose(pieces);
        edits.push({ start: positionOf(text, start), end: positionOf(text, end), text: insert });
        text = text.slice(0, start) + insert + text.slice(end);
      }
      index.applyEdits(edits);
      assert.equal(index.text.text(), text, `${languageId}: the text`);
      assert.deepEqual(view(index.all), view(fullScan(text, languageId)), languageId);
    }
  });

  it('reads a big document in slices, and a line asked for early on the spot', () => {
    const text = 'noise 1000ms\n'.repeat(50) + 'code=1008\n' + 'noise\n'.repeat(50);
    const index = new OccurrenceIndex(text, 'log', catalog, { readInSlicesAbove: 0 });
    assert.equal(index.isComplete, false);
    assert.equal(index.at({ line: 50, character: 6 })?.code, 1008, 'read on the spot');
    let slices = 0;
    while (index.scanSome(10)) slices++;
    assert.equal(index.isComplete, true);
    assert.ok(slices >= 9, `read in ${slices + 1} slices of at most 10 lines`);
    assert.deepEqual(index.all.map((o) => o.line), [50]);
  });

  it('reads a slice from a given line, leaving the lines above it for later', () => {
    const text = 'code=1015\n'.repeat(30) + 'code=1008\n' + 'noise\n'.repeat(30);
    const index = new OccurrenceIndex(text, 'log', catalog, { readInSlicesAbove: 0 });
    index.scanSome(5, 30);
    assert.ok(index.isRead(30) && index.isRead(34) && !index.isRead(35), 'lines 30–34 read');
    assert.ok(!index.isRead(0) && !index.isRead(29), 'the lines above are not');
    assert.deepEqual(index.onLine(30).map((o) => o.code), [1008]);
    while (index.scanSome(7));
    assert.deepEqual(index.all.map((o) => o.line), [...Array(31).keys()], 'every line read once in the end');
  });

  it('after edits far below the head of a long code file, equals a full re-scan', () => {
    const head = "// client for https://apis.cequens.com/conversation/wab/v1\n" + 'const filler = 1;\n'.repeat(400);
    checkRandomEdits('typescript', [...CODE_PIECES, 'if (resp.status === 429) {}\n'], 21, 400);
    const index = new OccurrenceIndex(head + 'if (resp.status === 429) {}\n', 'typescript', catalog);
    assert.equal(index.all.length, 1, 'the file head names CEQUENS');
    index.replace({ line: 300, character: 0 }, { line: 300, character: 0 }, 'if (resp.status === 429) {}\n');
    assert.equal(index.all.length, 2, 'an edit far below still reads the head');
  });

  it('finds the occurrence under a cursor, including just after it', () => {
    const index = new OccurrenceIndex('x code=1008 y\n', 'log', catalog);
    assert.equal(index.at({ line: 0, character: 7 })?.code, 1008);
    assert.equal(index.at({ line: 0, character: 11 })?.code, 1008);
    assert.equal(index.at({ line: 0, character: 0 }), undefined);
    assert.equal(index.at({ line: 1, character: 0 }), undefined);
  });

  it('lists the occurrences of some lines', () => {
    const index = new OccurrenceIndex('code=1008\ncode=1009\ncode=1010\n', 'log', catalog);
    assert.deepEqual(index.inLines(1, 1).map((o) => o.code), [1009]);
  });

  it('takes edits that clamp to the document and multi-line pastes', () => {
    const index = new OccurrenceIndex('a\n', 'log', catalog);
    index.replace({ line: 9, character: 9 }, { line: 9, character: 9 }, '\ncode=1015\ncode=1016');
    assert.deepEqual(index.all.map((o) => `${o.line}:${o.code}`), ['2:1015', '3:1016']);
  });

  it('places codes on the lines LSP counts when lines end with a lone "\\r", read at once or in slices', () => {
    const text = 'INFO start\rWARN code=1008\rERROR whatsapp error 470: x\r\ncode=1015\n';
    for (const options of [{}, { readInSlicesAbove: 0 }]) {
      const index = new OccurrenceIndex(text, 'log', catalog, options);
      assert.deepEqual(index.all.map((o) => `${o.line}:${o.start}:${o.code}`), ['1:10:1008', '2:21:470', '3:5:1015']);
      assert.equal(index.at({ line: 2, character: 21 })?.code, 470);
    }
  });

  it('reads no further up than the window an edit re-reads: a C# enum whose "{" stands 200 lines up', () => {
    const members = Array.from({ length: 199 }, (_, n) => `    Reserved${n} = ${n + 1},`);
    const text = ['public enum WhatsAppErrorCode', '{', ...members, '    Throttled = 1015,', '}', ''].join('\n');
    const index = new OccurrenceIndex(text, 'csharp', catalog);
    const fresh = view(index.all);
    const line = members.length + 2;
    index.replace({ line, character: 0 }, { line, character: 0 }, ' ');
    index.replace({ line, character: 0 }, { line, character: 1 }, '');
    assert.deepEqual(view(index.all), fresh, 'the same after an edit as on a fresh open');
  });

  it('refuses a rule that asks for more lines above than an edit re-reads', () => {
    const site = { text: 'a\nb\n', lineStart: 4 };
    assert.equal([...linesAbove(site, READS_LINES_ABOVE)].length, 2);
    assert.throws(() => [...linesAbove(site, READS_LINES_ABOVE + 1)], RangeError);
  });

  it('reads two long lines in turns (the background reader on one, a visit on the other) to the end', () => {
    const long = '{"errors":[{"code":131047,"title":"Re-engagement message"}]} '.repeat(6_000);
    const index = new OccurrenceIndex(['start', long, 'middle', long, 'end'].join('\n'), 'log', catalogOf());
    // Each reader takes a slice in turn: neither may throw away what the other has read of its line.
    for (let turn = 0; turn < 10_000 && !(index.isRead(1) && index.isRead(3)); turn++) index.scanSome(100, turn % 2 === 0 ? undefined : 3);
    assert.ok(index.isRead(1) && index.isRead(3), 'both long lines read');
    assert.equal(index.onLine(3).length, 6_000);
  });

  it('reads a long line a few segments at a time, and a hover on it only as far as the hover', () => {
    const fields = Array.from({ length: 20_000 }, (_, n) => (n % 7 === 0 ? `error_code=${n % 2 ? 1008 : 1015}` : `port=${2000 + (n % 9)} "a, b"`));
    const line = fields.join(' ');
    const index = new OccurrenceIndex(`${line}\nnext code=1026\n`, 'log', catalog);
    assert.equal(index.isComplete, false, 'a document with a long line is read in slices');
    const first = line.indexOf('1015');
    assert.equal(index.at({ line: 0, character: first + 1 })?.code, 1015, 'a hover near the start');
    assert.equal(index.isComplete, false, 'answered without reading the whole line');
    let slices = 0;
    while (index.scanSome()) slices++;
    assert.ok(slices >= 5, `read in ${slices + 1} slices`);
    const expected = fields.filter((field) => field.startsWith('error_code=')).length + 1;
    assert.equal(index.all.length, expected, 'every code, none lost where segments meet');
  });
});

describe('the editor reads a document as the detector does', () => {
  it('a Markdown document that names WhatsApp at its head: a code span far below it is a code, in the editor as in a full scan, after an edit and in slices too', () => {
    const cloud = catalogOf();
    const text = `# WhatsApp Cloud API errors\n\n${'Some notes on sending.\n\n'.repeat(40)}If a message fails with \`131049\`, wait before sending again.\n`;
    const line = text.split('\n').findIndex((l) => l.includes('`131049`'));
    const full = detect(text, 'markdown', cloud).map((o) => o.code);
    assert.deepEqual(full, [131049]);
    const index = new OccurrenceIndex(text, 'markdown', cloud);
    assert.deepEqual(index.inLines(line, line).map((o) => o.code), [131049], 'read whole');
    index.replace({ line, character: 0 }, { line, character: 2 }, 'If');
    assert.deepEqual(index.inLines(line, line).map((o) => o.code), [131049], 'read again after an edit on its line');
    const sliced = new OccurrenceIndex(text, 'markdown', cloud, { readInSlicesAbove: 0 });
    while (sliced.scanSome());
    assert.deepEqual(sliced.inLines(line, line).map((o) => o.code), [131049], 'read in slices, as a big document is');
  });
});
