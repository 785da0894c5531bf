/** Line endings and indentation of a document, so that inserted text looks like its neighbours. */

export function detectEol(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The document's indent unit: a tab when most indented lines start with one, otherwise the most
 * common step between a line and a deeper next line. `fallback` when nothing is indented.
 */
export function detectIndentUnit(text: string, fallback: string): string {
  let tabbed = 0;
  let spaced = 0;
  let previous = -1; // the last non-blank line's indentation width; -1 before the first
  const steps = new Map<number, number>();
  // One pass over the characters, no line split: a big file's quick fix reads it once per version.
  for (let start = 0; start < text.length; ) {
    let end = start;
    let hasTab = false;
    for (let c = text.charCodeAt(end); c === 32 || c === 9; c = text.charCodeAt(++end)) hasTab ||= c === 9;
    const next = text.indexOf('\n', end);
    const lineEnd = next < 0 ? text.length : next;
    const blank = end === lineEnd || (end + 1 === lineEnd && text.charCodeAt(end) === 13);
    if (!blank) {
      const width = end - start;
      if (text.charCodeAt(start) === 9) tabbed++;
      else if (width > 0) spaced++;
      const step = width - previous;
      // Steps of one space are alignment (a JSDoc " *", an operator continuation), not nesting.
      if (previous >= 0 && step >= 2 && step <= 8 && !hasTab) steps.set(step, (steps.get(step) ?? 0) + 1);
      previous = width;
    }
    start = lineEnd + 1;
  }
  if (tabbed === 0 && spaced === 0) return fallback;
  if (tabbed > spaced) return '\t';
  const best = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? ' '.repeat(best[0]) : fallback;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its "\r\n" or "\n". */
export function lineEnd(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  if (lf < 0) return text.length;
  return lf > 0 && text[lf - 1] === '\r' ? lf - 1 : lf;
}

/** The leading whitespace of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))![0];
}

/** True when only whitespace lies between the line start and `offset`. */
export function firstOnLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}
