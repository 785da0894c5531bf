import type { PlacedOccurrence } from '../core/occurrenceIndex';
import { READ_BUDGET_MS, READ_SLICE_LINES, type AnalysedDocument } from '../documents';

/** How many occurrences or lines are visited between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Visits the occurrences on lines [from, to] of a document, a slice of lines at a time, yielding
 * between slices so that hovers are answered meanwhile; lines not read yet are read first, in slices.
 * Resolves to false, early, when `isStale` says the work is no longer wanted (the document changed).
 */
export function forEachOccurrenceInSlices(
  document: AnalysedDocument,
  from: number,
  to: number,
  visit: (occurrence: PlacedOccurrence) => void,
  isStale: () => boolean,
): Promise<boolean> {
  const last = Math.min(to, document.index.text.lineCount - 1);
  let line = Math.max(0, from);
  let next = 0; // the next occurrence of `line` to visit: one line can hold tens of thousands (a minified payload)
  return new Promise((resolve) => {
    const step = () => {
      if (isStale()) return resolve(false);
      const until = performance.now() + READ_BUDGET_MS;
      // Lines not read yet are read a slice at a time first: asked for at once, a long line would be read in one piece.
      while (!document.index.isComplete) {
        document.index.scanSome(READ_SLICE_LINES);
        if (performance.now() >= until) return void setImmediate(step);
      }
      let visited = 0;
      while (line <= last) {
        const occurrences = document.index.onLine(line);
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
