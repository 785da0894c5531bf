import type { PlacedOccurrence } from '../core/occurrenceIndex';
import { READ_BUDGET_MS, READ_SLICE_LINES, type AnalysedDocument } from '../documents';

/** How many occurrences or lines are visited between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Visits the occurrences on lines [from, to] of a document, a slice of lines at a time, yielding
 * between slices so that hovers are answered meanwhile. A line not read yet is read when the visit
 * reaches it, a slice at a time, so that visiting goes along with reading rather than after it.
 * Resolves to false, early, when `isStale` says the work is no longer wanted (the document changed).
 * `onReadingPause` is told, at each pause made to read lines, the line the visit has got to.
 */
export function forEachOccurrenceInSlices(
  document: AnalysedDocument,
  from: number,
  to: number,
  visit: (occurrence: PlacedOccurrence) => void,
  isStale: () => boolean,
  onReadingPause?: (line: number) => void,
): Promise<boolean> {
  const { index } = document;
  const last = Math.min(to, index.text.lineCount - 1);
  let line = Math.max(0, from);
  let next = 0; // the next occurrence of `line` to visit: one line can hold tens of thousands (a minified payload)
  return new Promise((resolve) => {
    const step = () => {
      if (isStale()) return resolve(false);
      const until = performance.now() + READ_BUDGET_MS;
      let visited = 0;
      while (line <= last) {
        // A long line is read a few segments at a time: asked for at once, it would be read in one piece.
        if (!index.isRead(line)) {
          index.scanSome(READ_SLICE_LINES, line);
          if (performance.now() >= until) {
            onReadingPause?.(line);
            return void setImmediate(step);
          }
          continue;
        }
        const occurrences = index.onLine(line);
        while (next < occurrences.length) {
          visit({ ...occurrences[next], line });
          next++;
          if (++visited % CHECK_EVERY === 0 && performance.now() >= until) return void setImmediate(step);
        }
        line++;
        next = 0;
        if (++visited % CHECK_EVERY === 0 && performance.now() >= until) return void setImmediate(step);
      }
      resolve(true);
    };
    step();
  });
}
