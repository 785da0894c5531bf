import { READS_LINES_ABOVE } from './limits';

/**
 * The lines above the site's line, nearest first, at most `limit`. The only way rules read above
 * their line, and never more than READS_LINES_ABOVE lines: an edit re-reads that many lines around
 * it, so a rule that read further would find on a fresh open what it misses after an edit.
 */
export function* linesAbove(site: { readonly text: string; readonly lineStart: number }, limit: number): Generator<string> {
  if (limit > READS_LINES_ABOVE) throw new RangeError(`a rule asked for ${limit} lines above its own, past the ${READS_LINES_ABOVE} an edit re-reads`);
  let end = site.lineStart - 1;
  for (let n = 0; n < limit && end >= 0; n++) {
    const start = site.text.lastIndexOf('\n', end - 1) + 1;
    yield site.text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
  }
}
