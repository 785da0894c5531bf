import type { Catalog } from '../../../shared/src/catalog';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import type { ByteRange } from '../core/streaming/readPieces';
import { readRangesOnThreads } from '../core/streaming/rangeThreads';
import type { CodeTally } from '../core/summary/codeTally';
import type { Place } from './findings';

/**
 * Reads the ranges of a file on `threads` threads (the tool's own file, run as a range thread) and
 * adds what they found to `tally` in the file's order, each range's lines numbered after those of
 * the ranges before it: the tally reading the file whole would give. Resolves to how many codes
 * `matches` (the gate) took.
 */
export async function tallyInRanges(
  file: { readonly path: string; readonly languageId: string; readonly ranges: readonly ByteRange[] },
  threads: number,
  catalog: Catalog,
  matches: (meanings: readonly CatalogEntry[]) => boolean,
  tally: CodeTally<Place>,
): Promise<number> {
  const { path } = file;
  let linesBefore = 0;
  let matching = 0;
  await readRangesOnThreads({ script: __filename, ...file, catalog, wants: { perMinute: false }, threads }, ({ rows, lineBreaks }) => {
    const before = linesBefore;
    tally.addLater(rows, (place) => ({ path, line: before + place.line + 1, column: place.start + 1 }));
    for (const row of rows) if (matches(row.meanings)) matching += row.count;
    linesBefore += lineBreaks;
  });
  return matching;
}
