import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { detect } from '../../server/src/core/detection/detect';
import { OccurrenceIndex, type TextEdit } from '../../server/src/core/occurrenceIndex';

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

const view = (occurrences: readonly { start: number; end: number; code: number; picked?: { id: string } }[]) =>
  occurrences.map((o) => `${o.start}-${o.end}:${o.code}:${o.picked?.id ?? '?'}`);

function checkRandomEdits(languageId: string, pieces: string[], seed: number) {
  const next = random(seed);
  const choose = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  let text = Array.from({ length: 60 }, () => choose(pieces)).join('');
  const index = new OccurrenceIndex(text, languageId, catalog);
  for (let step = 0; step < 300; step++) {
    const edits: TextEdit[] = [];
    for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(next() * 12));
      const insert = next() < 0.3 ? '' : choose(pieces);
      edits.push({ start, end, text: insert });
      text = text.slice(0, start) + insert + text.slice(end);
    }
    index.update(edits, text);
    assert.deepEqual(view(index.all), view(detect(text, languageId, catalog)), `seed ${seed}, step ${step}`);
  }
}

describe('occurrence index', () => {
  it('after any sequence of edits in a log, equals a full re-scan', () => {
    for (const seed of [1, 2, 3, 4, 5]) checkRandomEdits('log', LOG_PIECES, seed);
  });

  it('after any sequence of edits in code, equals a full re-scan', () => {
    for (const seed of [11, 12, 13]) checkRandomEdits('typescript', CODE_PIECES, seed);
  });

  it('finds the occurrence under a cursor, including just after it', () => {
    const text = 'x code=1008 y';
    const index = new OccurrenceIndex(text, 'log', catalog);
    assert.equal(index.at(text.indexOf('1008'))?.code, 1008);
    assert.equal(index.at(text.indexOf('1008') + 4)?.code, 1008);
    assert.equal(index.at(0), undefined);
    assert.equal(index.at(text.length), undefined);
  });

  it('lists the occurrences in a range', () => {
    const text = 'code=1008\ncode=1009\ncode=1010\n';
    const index = new OccurrenceIndex(text, 'log', catalog);
    assert.deepEqual(index.inRange(10, 20).map((o) => o.code), [1009]);
  });
});
