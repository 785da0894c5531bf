// The command-line tool's reader (core/streaming) finds what the editor finds in the same text,
// however the text is cut into pieces.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { languageIdOfFile } from '../../shared/src/languages';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { StreamScanner, type StreamOccurrence } from '../../server/src/core/streaming/streamScanner';

const catalog = catalogOf();

function streamed(text: string, languageId: string, pieceLength: number): StreamOccurrence[] {
  const found: StreamOccurrence[] = [];
  const scanner = new StreamScanner(languageId, catalog, (o) => found.push(o));
  for (let at = 0; at < text.length; at += pieceLength) scanner.push(text.slice(at, at + pieceLength));
  scanner.end();
  return found;
}

const placed = (list: readonly { line: number; start: number; end: number; code: number; picked?: { id: string } }[]) =>
  list.map((o) => `${o.line}:${o.start}-${o.end} ${o.code} ${o.picked?.id ?? ''}`);

function assertSameAsEditor(text: string, languageId: string, pieceLengths: readonly number[], name = languageId): void {
  const editor = placed(new OccurrenceIndex(text, languageId, catalog).all);
  for (const pieceLength of pieceLengths) assert.deepEqual(placed(streamed(text, languageId, pieceLength)), editor, `${name}, in pieces of ${pieceLength}`);
}

/** Every sample and detection fixture whose language the file name says. */
function fixtures(): { file: string; languageId: string }[] {
  return ['samples', 'test/fixtures/detection']
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name)))
    .map((file) => ({ file, languageId: languageIdOfFile(file) ?? 'plaintext' }));
}

describe('reading a stream', () => {
  it('finds in every sample and fixture what the editor finds, in pieces of any size', () => {
    const files = fixtures();
    assert.ok(files.length > 20);
    let codes = 0;
    for (const { file, languageId } of files) {
      const text = readFileSync(file, 'utf8');
      assertSameAsEditor(text, languageId, [1, 13, 4096, text.length + 1], file);
      codes += new OccurrenceIndex(text, languageId, catalog).all.length;
    }
    assert.ok(codes > 100, `only ${codes} codes in the fixtures: the comparison would say little`);
  });

  it('reads code with the 200 lines above a batch and the file’s head, across batches', () => {
    // A case label reads its switch far above it; batches are cut every 512 KB.
    const filler = Array.from({ length: 30_000 }, (_, n) => `  const x${n} = ${n}; // padding`).join('\n');
    const text = `import { whatsapp } from 'whatsapp';\n${filler}\nswitch (err.code) {\n  case 470:\n    break;\n  case 131047:\n}\n`;
    assertSameAsEditor(text, 'typescript', [65_536, 1_000_003]);
    assert.equal(streamed(text, 'typescript', 65_536).length, 2);
  });

  it('reads a line longer than 64 KB in segments as the editor does, and the lines around it', () => {
    const payload = (n: number) => `{"errors":[{"code":131047,"title":"Re-engagement message","n":${n}}]}`;
    const longLine = `[${Array.from({ length: 4000 }, (_, n) => payload(n)).join(',')}]`;
    assert.ok(longLine.length > 64 * 1024);
    const text = `${payload(-1)}\n${longLine}\n${payload(-2)}\n`;
    assertSameAsEditor(text, 'json', [1000, 65_536, text.length]);
    assertSameAsEditor(text, 'jsonl', [1000, text.length]);
    const found = streamed(text, 'json', 1000);
    assert.equal(found.length, 4002);
    const last = found.at(-1)!;
    assert.equal(last.line, 2);
    const secondLast = found.at(-2)!;
    assert.equal(longLine.slice(secondLast.start, secondLast.end), '131047', 'positions count from the start of the long line');
  });

  it('ends lines at "\\n", "\\r\\n" and a lone "\\r", even where a piece ends between "\\r" and "\\n", and skips a byte order mark', () => {
    const text = '\ufefferror code=1008 x\r\nerror code=1015\rnext code=470\r\r\nlast code=1026';
    const found = streamed(text, 'log', 1);
    assert.deepEqual(
      found.map((o) => [o.line, o.start, o.code]),
      [
        [0, 11, 1008],
        [1, 11, 1015],
        [2, 10, 470],
        [4, 10, 1026],
      ],
    );
    assertSameAsEditor(text.slice(1), 'log', [1, 2, 3, 100]);
  });

  it('keeps a bounded excerpt of the line around each code', () => {
    const text = `${'x '.repeat(500)}error code=1008 ${'y '.repeat(500)}`;
    const [found] = streamed(text, 'log', 100);
    assert.ok(found.excerpt.includes('error code=1008'));
    assert.ok(found.excerpt.length <= 80 * 2 + 4);
  });
});
