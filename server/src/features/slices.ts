import type { PlacedOccurrence } from '../core/occurrenceIndex';
import type { AnalysedDocument } from '../documents';

/** Work on a document yields to other requests after this long (as its reading does). */
const BUDGET_MS = 2;
const SLICE_LINES = 200;

/**
 * Visits the occurrences on lines [from, to] of a document, a slice of lines at a time, yielding
 * between slices so that hovers are answered meanwhile; lines not read yet are read as they come.
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
  return new Promise((resolve) => {
    const step = () => {
      if (isStale()) return resolve(false);
      const until = performance.now() + BUDGET_MS;
      while (line <= last) {
        for (const occurrence of document.index.inLines(line, Math.min(last, line + SLICE_LINES - 1))) visit(occurrence);
        line += SLICE_LINES;
        if (performance.now() >= until) return void setImmediate(step);
      }
      resolve(true);
    };
    step();
  });
}
