/** The lines above the one that starts at `lineStart`, nearest first, at most `limit`. */
export function* linesAbove(text: string, lineStart: number, limit: number): Generator<string> {
  let end = lineStart - 1;
  for (let n = 0; n < limit && end >= 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
  }
}
