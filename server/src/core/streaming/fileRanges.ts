import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { languageFor } from '../language';
import { CodeTally, meaningsOf } from '../summary/codeTally';
import { readFileRangeInPieces, type ByteRange } from './readPieces';
import { StreamScanner } from './streamScanner';

/** A file is cut into ranges only when each is at least this big: a range's thread takes ~0.1 s to start. */
export const MIN_RANGE_BYTES = 8 * 1024 * 1024;
/**
 * Beyond that, ranges of about this size: more ranges than threads, handed to each thread as it
 * finishes one, so that a thread the machine gives less time to does not hold the others up.
 */
const RANGE_BYTES = 32 * 1024 * 1024;

/** Where a code is within a range of a file: its zero-based line there, and its zero-based start on the line. */
export interface RangePlace {
  readonly line: number;
  readonly start: number;
}

/** What a range of a file holds: its codes counted, how many of them `matches` took, and its line breaks. */
export interface RangeTally {
  readonly tally: CodeTally<RangePlace>;
  readonly matching: number;
  readonly lineBreaks: number;
}

/**
 * Whether a file of this language can be read in ranges apart and give what reading it whole
 * gives: only where each line is read alone (logs, JSON Lines), never with the lines above it or
 * the file's head.
 */
export function readsInRanges(languageId: string): boolean {
  return languageFor(languageId).readsLineAlone;
}

/**
 * The ranges to read a file of `size` bytes in with `threads` threads: one for one thread or a file
 * under two MIN_RANGE_BYTES, else at least as many as threads, of RANGE_BYTES where the file is big.
 */
export function rangesOf(size: number, threads: number): ByteRange[] {
  const count = threads === 1 ? 1 : Math.max(1, Math.min(Math.floor(size / MIN_RANGE_BYTES), Math.max(threads, Math.ceil(size / RANGE_BYTES))));
  return cutInto(size, count);
}

/** `size` bytes cut into `count` ranges that meet. */
export function cutInto(size: number, count: number): ByteRange[] {
  const at = (n: number) => Math.round((size * n) / count);
  return Array.from({ length: count }, (_, n) => ({ start: at(n), end: n === count - 1 ? Infinity : at(n + 1) }));
}

/**
 * Counts the codes of the lines that start in a range of a file (readFileRangeInPieces), as a
 * StreamScanner reading the whole file would find them; places are within the range.
 */
export function tallyFileRange(path: string, range: ByteRange, languageId: string, catalog: Catalog, matches: (meanings: readonly CatalogEntry[]) => boolean): RangeTally {
  const tally = new CodeTally<RangePlace>();
  let matching = 0;
  const scanner = new StreamScanner(
    languageId,
    catalog,
    (occurrence) => {
      if (matches(meaningsOf(occurrence))) matching++;
      tally.add(occurrence, { line: occurrence.line, start: occurrence.start });
    },
    range.start > 0,
  );
  readFileRangeInPieces(path, range, (text) => scanner.push(text));
  scanner.end();
  return { tally, matching, lineBreaks: scanner.lineBreaks };
}
