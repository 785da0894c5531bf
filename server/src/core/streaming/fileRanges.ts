import type { Catalog } from '../../../../shared/src/catalog';
import { languageFor } from '../language';
import { CodeTally, type TalliedCode } from '../summary/codeTally';
import { ListedCodes, type ListedCodesResult, type ListWanted } from '../summary/listedCodes';
import { MinuteCounts } from '../summary/minuteCounts';
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

/** What a range of a file is read for, beside its codes' counts: the chart's minutes, the problems' list. */
export interface RangeWants {
  readonly perMinute: boolean;
  readonly listed?: ListWanted;
}

/**
 * What a range of a file holds: its codes counted (places within the range), in the order found,
 * its line breaks, and what `RangeWants` asked (empty where it did not).
 */
export interface RangeReading {
  readonly rows: readonly TalliedCode<RangePlace>[];
  readonly lineBreaks: number;
  readonly minutes: readonly (readonly [string, number])[];
  readonly listed: ListedCodesResult;
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
 * Reads the lines of a file that start in a range (readFileRangeInPieces) as a StreamScanner
 * reading the whole file would read them; places are within the range.
 */
export function readFileRange(path: string, range: ByteRange, languageId: string, catalog: Catalog, wants: RangeWants): RangeReading {
  const tally = new CodeTally<RangePlace>();
  const minutes = new MinuteCounts();
  const listed = new ListedCodes(wants.listed ?? { ids: [], most: 0 });
  const scanner = new StreamScanner(
    languageId,
    catalog,
    (occurrence) => {
      tally.add(occurrence, { line: occurrence.line, start: occurrence.start });
      if (wants.perMinute) minutes.add(occurrence.line, () => occurrence.lineHead);
      if (wants.listed) listed.add(occurrence);
    },
    range.start > 0,
  );
  readFileRangeInPieces(path, range, (text) => scanner.push(text));
  scanner.end();
  return { rows: [...tally.inOrderFound()], lineBreaks: scanner.lineBreaks, minutes: [...minutes.entries()], listed: listed.result() };
}
