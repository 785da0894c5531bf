// A file taken a piece at a time (how the language server reads a log too big to open, between
// requests) is its exact text, characters cut between chunks included, with a count of the bytes
// read for the view's progress; a binary file gives no text, and a reader that stops closes it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FilePieces } from '../../server/src/core/streaming/readPieces';

const dir = mkdtempSync(join(tmpdir(), 'cequens-pieces-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('FilePieces: a file a piece at a time', () => {
  it('gives the file’s text, a character cut between two chunks whole, and counts the bytes read', () => {
    // "é" is two bytes: at 65,535 it straddles the first 64 KiB chunk and the second.
    const text = `${'a'.repeat(65_535)}é error 131049\n${'ü'.repeat(100_000)}\nend`;
    const pieces = new FilePieces(write('utf8.log', text));
    let read = '';
    const progress: number[] = [];
    for (let piece = pieces.next(); piece !== undefined; piece = pieces.next()) {
      read += piece;
      progress.push(pieces.bytesRead);
    }
    assert.equal(read, text);
    assert.equal(pieces.outcome, 'read');
    assert.ok(progress.length > 2, 'several pieces');
    assert.equal(progress.at(-1), Buffer.byteLength(text));
  });

  it('reads no further than the first chunk of a binary file, and gives no text of it', () => {
    const pieces = new FilePieces(write('image.png', Buffer.concat([Buffer.from('PNG\0error 131049\n'), Buffer.alloc(200_000, 0x41)])));
    assert.equal(pieces.next(), undefined);
    assert.equal(pieces.outcome, 'binary');
  });

  it('gives nothing more once closed', () => {
    const pieces = new FilePieces(write('stopped.log', 'x'.repeat(200_000)));
    assert.equal(pieces.next()?.length, 64 * 1024);
    pieces.close();
    assert.equal(pieces.next(), undefined);
    pieces.close();
  });
});
