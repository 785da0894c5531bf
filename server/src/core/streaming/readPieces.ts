import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Bytes read at a time. */
const CHUNK_BYTES = 256 * 1024;
/** A NUL byte in the first this many bytes makes a file binary, as for git and ripgrep. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type ReadOutcome = 'read' | 'binary';

/**
 * Reads a file a chunk at a time, decoded as UTF-8, and hands each piece of text to `onText`:
 * memory stays bounded whatever its size. A binary file is not read past its first chunk.
 * Throws what the file system throws.
 */
export function readFileInPieces(path: string, onText: (text: string) => void): ReadOutcome {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let first = true;
    for (let bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null); bytes > 0; bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
      if (first && isBinary(buffer.subarray(0, bytes))) return 'binary';
      first = false;
      onText(decoder.write(buffer.subarray(0, bytes)));
    }
    onText(decoder.end());
    return 'read';
  } finally {
    closeSync(fd);
  }
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

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
