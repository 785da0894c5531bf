// A file read a chunk at a time (as the command-line tool and the server's reading threads read
// one) is its exact text, characters cut between chunks included; a binary file gives no text.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readFileInPieces } from '../../server/src/core/streaming/readPieces';

const dir = mkdtempSync(join(tmpdir(), 'cequens-pieces-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readFileInPieces: a file a chunk at a time', () => {
  it('gives the file’s text, a character cut between two chunks whole', () => {
    // "é" is two bytes: at 65,535 it straddles the first 64 KiB chunk and the second.
    const text = `${'a'.repeat(65_535)}é error 131049\n${'ü'.repeat(100_000)}\nend`;
    const pieces: string[] = [];
    assert.equal(readFileInPieces(write('utf8.log', text), (piece) => pieces.push(piece)), 'read');
    assert.equal(pieces.join(''), text);
    assert.ok(pieces.length > 2, 'several pieces');
  });

  it('reads no further than the first chunk of a binary file, and gives no text of it', () => {
    const pieces: string[] = [];
    assert.equal(readFileInPieces(write('image.png', Buffer.concat([Buffer.from('PNG\0error 131049\n'), Buffer.alloc(200_000, 0x41)])), (piece) => pieces.push(piece)), 'binary');
    assert.equal(pieces.join(''), '');
  });
});
