import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Bytes read at a time: small enough for a piece and the batch it completes to stay in V8's young generation (see streamScanner.ts). */
const CHUNK_BYTES = 64 * 1024;
/** A NUL byte in the first this many bytes makes a file binary, as for git and ripgrep. */
const BINARY_SNIFF_BYTES = 8 * 1024;
const NEWLINE = 0x0a;

export type ReadOutcome = 'read' | 'binary';

/** A part of a file, in bytes: its lines are those that start in [start, end). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a file a chunk at a time, decoded as UTF-8, and hands each piece of text to `onText`:
 * memory stays bounded whatever its size. A binary file is not read past its first chunk.
 * Throws what the file system throws.
 */
export function readFileInPieces(path: string, onText: (text: string) => void): ReadOutcome {
  return readLinesOfRange(path, { start: 0, end: Infinity }, onText, true);
}

/**
 * Reads the lines of a file that start in a byte range, as readFileInPieces reads the whole file:
 * from the start of the first line at or after `start` (just after the first "\n" at or after
 * `start - 1`; 0 is the start of the file) to the end of the line holding byte `end - 1` (its
 * "\n" included). Ranges that meet (one's end the next one's start) read every line of the file
 * once, a line longer than a range included, in the range where it starts; each is read a chunk at
 * a time, so memory stays bounded. No binary check: a range is a part of a file already sniffed.
 */
export function readFileRangeInPieces(path: string, range: ByteRange, onText: (text: string) => void): void {
  readLinesOfRange(path, range, onText, false);
}

function readLinesOfRange(path: string, range: ByteRange, onText: (text: string) => void, sniff: boolean): ReadOutcome {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let position = range.start === 0 ? 0 : afterNewline(fd, buffer, range.start - 1);
    if (position === undefined || position >= range.end) return 'read';
    for (let bytes = readSync(fd, buffer, 0, CHUNK_BYTES, position); bytes > 0; bytes = readSync(fd, buffer, 0, CHUNK_BYTES, position)) {
      if (sniff && position === 0 && isBinary(buffer.subarray(0, bytes))) return 'binary';
      // The range's last line ends at the first "\n" at or after its last byte.
      const newline = position + bytes >= range.end ? buffer.subarray(0, bytes).indexOf(NEWLINE, Math.max(0, range.end - 1 - position)) : -1;
      const used = newline < 0 ? bytes : newline + 1;
      onText(decoder.write(buffer.subarray(0, used)));
      position += used;
      if (newline >= 0) break;
    }
    onText(decoder.end());
    return 'read';
  } finally {
    closeSync(fd);
  }
}

/** Where the line after the first "\n" at or after `offset` starts; undefined when there is none. */
function afterNewline(fd: number, buffer: Buffer, offset: number): number | undefined {
  for (let position = offset, bytes = readSync(fd, buffer, 0, CHUNK_BYTES, position); bytes > 0; position += bytes, bytes = readSync(fd, buffer, 0, CHUNK_BYTES, position)) {
    const newline = buffer.subarray(0, bytes).indexOf(NEWLINE);
    if (newline >= 0) return position + newline + 1;
  }
  return undefined;
}

/** A stream (standard input, a file being read by the language server), as readFileInPieces reads a file. */
export async function readStreamInPieces(stream: AsyncIterable<Buffer>, onText: (text: string) => void): Promise<ReadOutcome> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of stream) {
    if (first && isBinary(chunk)) return 'binary';
    first = false;
    onText(decoder.write(chunk));
  }
  onText(decoder.end());
  return 'read';
}

/** Whether a file is binary by its first bytes, as readFileInPieces tells. */
export function isBinaryFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(BINARY_SNIFF_BYTES);
    return isBinary(buffer.subarray(0, readSync(fd, buffer, 0, BINARY_SNIFF_BYTES, 0)));
  } finally {
    closeSync(fd);
  }
}

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
