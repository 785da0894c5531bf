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
  return handOver(new FilePieces(path), onText);
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
  handOver(new FilePieces(path, range), onText);
}

function handOver(pieces: FilePieces, onText: (text: string) => void): ReadOutcome {
  for (let text = pieces.next(); text !== undefined; text = pieces.next()) onText(text);
  return pieces.outcome;
}

/**
 * The pieces of text of a file (of the lines that start in a byte range of it) that
 * readFileInPieces and readFileRangeInPieces hand over, taken one at a time: a reader may take a
 * few between other work (the language server, between requests). The file is open until they are
 * all taken or close() is called. The whole file is sniffed for binary; a range is not.
 */
export class FilePieces {
  private readonly fd: number;
  private readonly range: ByteRange;
  private readonly sniff: boolean;
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private readonly decoder = new StringDecoder('utf8');
  private open = true;
  /** Where the next chunk starts; undefined once the bytes are all read. */
  private position: number | undefined;
  /** Whether the decoder's last characters are still to be handed over. */
  private endPending = true;
  /** Bytes read so far (from the range's first line). */
  bytesRead = 0;
  /** 'binary' once the file turned out binary: it is read no further. */
  outcome: ReadOutcome = 'read';

  /** `range`: the lines of the file that start in it; the whole file (sniffed for binary) without. Throws what the file system throws. */
  constructor(path: string, range?: ByteRange) {
    this.range = range ?? { start: 0, end: Infinity };
    this.sniff = range === undefined;
    this.fd = openSync(path, 'r');
    try {
      const start = this.range.start === 0 ? 0 : afterNewline(this.fd, this.buffer, this.range.start - 1);
      this.position = start !== undefined && start < this.range.end ? start : undefined;
    } catch (error) {
      this.close();
      throw error;
    }
    if (this.position === undefined) this.close();
  }

  /** The next piece of text; undefined once there is none (the file is closed then). Throws what the file system throws. */
  next(): string | undefined {
    if (this.position === undefined) {
      if (!this.endPending) return undefined;
      this.endPending = false;
      return this.decoder.end();
    }
    try {
      return this.read(this.position);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Stops reading: the file is closed, and no more pieces come. */
  close(): void {
    this.position = undefined;
    this.endPending = false;
    this.closeFile();
  }

  private read(position: number): string | undefined {
    const bytes = readSync(this.fd, this.buffer, 0, CHUNK_BYTES, position);
    if (this.sniff && position === 0 && isBinary(this.buffer.subarray(0, bytes))) {
      this.outcome = 'binary';
      this.close();
      return undefined;
    }
    // The range's last line ends at the first "\n" at or after its last byte.
    const newline = position + bytes >= this.range.end ? this.buffer.subarray(0, bytes).indexOf(NEWLINE, Math.max(0, this.range.end - 1 - position)) : -1;
    const used = newline < 0 ? bytes : newline + 1;
    this.bytesRead += used;
    this.position = bytes > 0 && newline < 0 ? position + used : undefined;
    if (this.position === undefined) this.closeFile();
    return bytes > 0 ? this.decoder.write(this.buffer.subarray(0, used)) : this.next();
  }

  private closeFile(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
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

/** A stream (standard input), as readFileInPieces reads a file. */
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
