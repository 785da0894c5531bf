// A log read in byte ranges apart (what the command-line tool's threads do with a big file) gives
// the very summary that reading it whole gives: counts, first and last places, the order of the rows.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import { catalogOf } from '../../shared/src/catalogSources';
import type { MinuteCount } from '../../shared/src/protocol';
import { cutInto, MIN_RANGE_BYTES, rangesOf, readFileRange, readsInRanges, type RangePlace } from '../../server/src/core/streaming/fileRanges';
import { readFileInPieces } from '../../server/src/core/streaming/readPieces';
import { StreamScanner } from '../../server/src/core/streaming/streamScanner';
import { CodeTally } from '../../server/src/core/summary/codeTally';
import { ListedCodes, type ListedCodesResult, type ListWanted } from '../../server/src/core/summary/listedCodes';
import { MinuteCounts } from '../../server/src/core/summary/minuteCounts';

const catalog = catalogOf();
const dir = mkdtempSync(join(tmpdir(), 'cequens-ranges-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const transient = (meanings: readonly CatalogEntry[]) => meanings.some((e) => e.transient);
/** The problems' list asks for the transient meanings: a list that leaves codes out. */
const listed: ListWanted = { ids: catalog.entries.filter((e) => e.transient).map((e) => e.id), most: 40 };

interface Summary {
  readonly rows: readonly string[];
  readonly total: number;
  readonly transient: number;
  readonly minutes: readonly MinuteCount[];
  readonly listed: readonly string[];
}

const placeOf = (line: number, start: number) => `${line}:${start}`;

function summaryOf(tally: CodeTally<RangePlace>, minutes: MinuteCounts, list: ListedCodesResult): Summary {
  const rows = tally.rows();
  return {
    rows: rows.map((r) => `${r.key} ×${r.count} ${placeOf(r.first.line, r.first.start)} … ${placeOf(r.last.line, r.last.start)}`),
    total: tally.total,
    transient: rows.filter((r) => transient(r.meanings)).reduce((sum, r) => sum + r.count, 0),
    minutes: minutes.result(),
    listed: [...list.codes.map((c) => `${c.code} ${placeOf(c.line, c.start)}`), `${list.more} more from ${list.firstMore && placeOf(list.firstMore.line, list.firstMore.start)}`],
  };
}

/** The file read whole, as the tool reads a file in one piece. */
function whole(path: string, languageId: string): Summary {
  const tally = new CodeTally<RangePlace>();
  const minutes = new MinuteCounts();
  const list = new ListedCodes(listed);
  const scanner = new StreamScanner(languageId, catalog, (o) => {
    tally.add(o, { line: o.line, start: o.start });
    minutes.add(o.line, () => o.lineHead);
    list.add(o);
  });
  readFileInPieces(path, (text) => scanner.push(text));
  scanner.end();
  return summaryOf(tally, minutes, list.result());
}

/** The file read in `count` ranges, each apart, then added up in order with its lines shifted. */
function inRanges(path: string, languageId: string, count: number): Summary {
  const tally = new CodeTally<RangePlace>();
  const minutes = new MinuteCounts();
  const list = new ListedCodes(listed);
  let linesBefore = 0;
  for (const range of cutInto(statSync(path).size, count)) {
    const part = readFileRange(path, range, languageId, catalog, { perMinute: true, listed });
    const before = linesBefore;
    tally.addLater(part.rows, (p) => ({ line: before + p.line, start: p.start }));
    minutes.addAll(part.minutes);
    list.addLater(part.listed, before);
    linesBefore += part.lineBreaks;
  }
  return summaryOf(tally, minutes, list.result());
}

function assertSameInRanges(name: string, text: string, counts: readonly number[], languageId = 'log'): Summary {
  const path = join(dir, name);
  writeFileSync(path, text);
  const expected = whole(path, languageId);
  assert.ok(expected.total > 0, `${name}: no codes, the comparison would say nothing`);
  for (const count of counts) assert.deepEqual(inRanges(path, languageId, count), expected, `${name} in ${count} ranges`);
  return expected;
}

const gatewayLog = readFileSync('samples/logs/gateway.log', 'utf8');

describe('reading a log in byte ranges', () => {
  it('gives the summary of the whole file, however the ranges cut its lines', () => {
    const text = gatewayLog.repeat(20);
    // 7-byte ranges: most hold no line start, many cut a line (and a UTF-8 character) in two.
    const summary = assertSameInRanges('gateway.log', text, [2, 3, 10, 97, Math.ceil(Buffer.byteLength(text) / 7)]);
    assert.ok(summary.rows.length > 5 && summary.transient > 0 && summary.transient < summary.total);
    assert.ok(summary.minutes.some((m) => m.count > 0), 'codes counted per minute');
    assert.ok(summary.listed.length === listed.most + 1 && !summary.listed.at(-1)!.startsWith('0 more'), 'more transient codes than the list takes');
  });

  it('counts "\\r\\n" and a lone "\\r" as line ends, and reads a byte order mark only at the start', () => {
    const text = `\ufeff${gatewayLog.replace(/\n/g, '\r\n')}\rerror code=1015 a\r\n${gatewayLog.replace(/\n/g, '\r')}\n\ufeffx error code=1015 b\n`;
    const summary = assertSameInRanges('crlf.log', text, [2, 5, 50, 500, 2000]);
    // The last 1015 is on a line that starts with U+FEFF, a character of that line: its column counts it.
    assert.ok(summary.rows.some((row) => row.startsWith('cequens:1015 ') && row.endsWith(':14')), summary.rows.join('\n'));
  });

  it('reads a line longer than a range (and than the 64 KB a line is read in segments past) in the range where it starts', () => {
    const huge = Array.from({ length: 8000 }, (_, n) => `ts=${n} error code=1015 retry=${n % 7}`).join(' ');
    assert.ok(huge.length > 200_000);
    const text = `${gatewayLog}${huge}\n${gatewayLog}${huge}`;
    const summary = assertSameInRanges('huge-line.log', text, [2, 3, 8, 40]);
    assert.ok(summary.total > 16_000, `${summary.total} codes`);
  });

  it('gives a file smaller than a range one range, and ranges with no line start nothing', () => {
    assert.deepEqual(rangesOf(MIN_RANGE_BYTES * 2 - 1, 8), [{ start: 0, end: Infinity }]);
    assert.equal(rangesOf(MIN_RANGE_BYTES * 5, 2).length, 2);
    assert.equal(rangesOf(MIN_RANGE_BYTES * 5, 1).length, 1);
    // A big file: more ranges than threads, which take the next as they finish one.
    assert.equal(rangesOf(1024 * 1024 * 1024, 2).length, 32);
    const line = 'error code=470 x\n';
    // More ranges than bytes: most are empty.
    assertSameInRanges('tiny.log', line, [1, 2, line.length, line.length * 3]);
  });

  it('is done for logs and JSON Lines, which read each line alone, not for text read with the lines above it', () => {
    assert.deepEqual(['log', 'jsonl', 'plaintext', 'markdown', 'typescript', 'json'].map(readsInRanges), [true, true, false, false, false, false]);
    assertSameInRanges('cloud.jsonl', readFileSync('samples/logs/cloud-api.jsonl', 'utf8').repeat(5), [2, 7, 300], 'jsonl');
  });
});
