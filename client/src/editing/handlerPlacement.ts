/**
 * Where a handler goes and how deep it is indented. Pure: works on the lines of a document, so it
 * can be unit-tested without VS Code.
 */

export interface Placement {
  /** The line the handler's first line will occupy. */
  readonly line: number;
  /** True: the handler replaces that (blank) line; false: it is inserted as new lines before it. */
  readonly replaceLine: boolean;
  readonly indent: string;
}

/** Lines that open a block: the handler inside goes one level deeper. */
const OPENS_BLOCK = /(\{|:|=>|->|\bthen|\bdo)\s*$/;

export function leadingWhitespace(line: string): string {
  return /^\s*/.exec(line)?.[0] ?? '';
}

/**
 * The handler goes on the line after `line` (the line of an error code, or of the cursor), unless
 * `line` is blank, in which case it replaces it. Its indent is that of the block it lands in: one
 * level deeper after a line that opens a block (`case 470:`, `if (...) {`), else the depth of the
 * following line when that is deeper, else the depth of `line`.
 */
export function placeHandler(lines: readonly string[], line: number, indentUnit: string): Placement {
  const current = lines[line] ?? '';
  if (current.trim() === '') {
    const previous = findNonBlank(lines, line, -1);
    const indent =
      current.length > 0
        ? current
        : previous === undefined
          ? ''
          : deeperAfter(lines[previous] ?? '', indentUnit);
    return { line, replaceLine: true, indent };
  }
  const base = leadingWhitespace(current);
  const next = lines[line + 1];
  let indent = deeperAfter(current, indentUnit);
  if (indent === base && next !== undefined && next.trim() !== '') {
    const nextIndent = leadingWhitespace(next);
    if (nextIndent.length > base.length) indent = nextIndent;
  }
  return { line: line + 1, replaceLine: false, indent };
}

function deeperAfter(line: string, indentUnit: string): string {
  const base = leadingWhitespace(line);
  return OPENS_BLOCK.test(stripLineComment(line)) ? base + indentUnit : base;
}

function stripLineComment(line: string): string {
  return line.replace(/\s+(\/\/|#).*$/, '');
}

function findNonBlank(lines: readonly string[], from: number, step: 1 | -1): number | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    if ((lines[i] ?? '').trim() !== '') return i;
  }
  return undefined;
}

/**
 * The handler text as it goes into the document: the first line starts with `indent` whether or not
 * the server already indented it, and the text ends with one line break.
 */
export function normalizeHandlerText(text: string, indent: string, eol: string): string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  lines[0] = indent + (lines[0] ?? '').trimStart();
  return lines.join(eol) + eol;
}
