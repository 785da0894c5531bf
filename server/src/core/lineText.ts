/** A position as LSP counts it: zero-based line, UTF-16 code units into the line. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** What an edit did to the lines: lines [first, first + removed) became [first, first + inserted). */
export interface LineSplice {
  readonly first: number;
  readonly removed: number;
  readonly inserted: number;
}

/** Beyond this many lines a splice's arguments could overflow the stack. */
const SPREAD_LIMIT = 10_000;

/**
 * A document as lines (each without its "\n"; a "\r" before it stays). A line the user has not
 * edited is kept as its offset in the text the document was opened with: opening a 50 MB log makes
 * one number per line, not one string, and a run of such lines is read back as one slice of that text.
 * An edit replaces only the lines it touches: a keystroke copies one line, not the whole text.
 *
 * Lines end as LSP says: at "\n", "\r\n" or a lone "\r" (old Mac files, binary data). A lone "\r"
 * is kept as "\r\n", so that the text read back has the same lines and positions while everything
 * downstream splits at "\n" only; which lines end so is remembered, because a "\n" that an edit puts
 * right after such a line joins it, as "\r\n", instead of starting a line.
 */
export class LineText {
  /** Each line: its text once edited, else where it starts in `opened`. */
  private lines: (string | number)[];
  /** Per line: true when it ends with a lone "\r"; undefined while no line does. */
  private loneCr?: boolean[];
  private readonly opened: string;

  constructor(text: string) {
    const lone = loneCrOffsets(text);
    this.opened = lone.length === 0 ? text : withLf(text, lone);
    const starts = [0];
    const opened = this.opened;
    for (let newline = opened.indexOf('\n'); newline >= 0; newline = opened.indexOf('\n', newline + 1)) starts.push(newline + 1);
    this.lines = starts;
    if (lone.length > 0) {
      // The n-th lone "\r" of the text stands n characters further on in `opened`.
      const ends = new Set(lone.map((offset, n) => offset + n + 2));
      this.loneCr = starts.map((start) => ends.has(start)).slice(1).concat(false);
    }
  }

  /** Whether a line is longer than `length` characters. */
  hasLineLongerThan(length: number): boolean {
    for (let n = 0; n < this.lines.length; n++) if (this.lineLength(n) > length) return true;
    return false;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  line(index: number): string {
    const line = this.lines[index];
    return typeof line === 'number' ? this.opened.slice(line, this.openedLineEnd(line)) : (line ?? '');
  }

  /** Lines [from, to) joined with "\n"; the whole text by default. */
  text(from = 0, to = this.lines.length): string {
    if (from >= to) return '';
    const first = this.lines[from];
    const last = this.lines[to - 1];
    // Lines no edit has touched follow each other in the opened text: one slice, no copy.
    if (typeof first === 'number' && typeof last === 'number' && this.unedited(from, to)) {
      return this.opened.slice(first, this.openedLineEnd(last));
    }
    const lines: string[] = [];
    for (let n = from; n < to; n++) lines.push(this.line(n));
    return lines.join('\n');
  }

  /** Offset of the start of `line` in the whole text (its length past the last line). */
  offsetOfLine(line: number): number {
    const count = Math.min(line, this.lines.length);
    const start = this.lines[count];
    if (typeof start === 'number' && this.unedited(0, count + 1)) return start;
    let offset = 0;
    for (let n = 0; n < count; n++) offset += this.lineLength(n) + 1;
    return line < this.lines.length ? offset : offset - 1;
  }

  /** The first `length` characters of the text, read from as few lines as that takes. */
  prefix(length: number): string {
    let end = 0;
    // `<=`: the "\n" that ends a line is part of the text only together with a line after it.
    for (let chars = 0; end < this.lines.length && chars <= length; end++) chars += this.lineLength(end) + 1;
    return this.text(0, end).slice(0, length);
  }

  /** Replaces the text between two positions, clamped and ordered as LSP wants. */
  replace(start: Position, end: Position, text: string): LineSplice {
    let from = this.clamp(start);
    let to = this.clamp(end);
    if (to.line < from.line || (to.line === from.line && to.character < from.character)) [from, to] = [to, from];
    const before = this.line(from.line).slice(0, from.character);
    const after = this.line(to.line).slice(to.character); // with the "\r" of its line break
    const { lines, loneCr } = splitLines(before + text + after, to.line === this.lines.length - 1, this.isLoneCr(to.line));
    let first = from.line;
    let removed = to.line - from.line + 1;
    // A "\n" right after a line that ends with a lone "\r" joins it: the line now ends with "\r\n".
    const endsWithLf = lines.length > 1 || to.line < this.lines.length - 1;
    if (first > 0 && this.isLoneCr(first - 1) && lines[0] === '' && endsWithLf) {
      lines[0] = this.line(first - 1);
      loneCr[0] = false;
      first--;
      removed++;
    }
    this.splice(first, removed, lines, loneCr);
    return { first, removed, inserted: lines.length };
  }

  private splice(first: number, removed: number, lines: string[], loneCr: boolean[]): void {
    if (lines.length < SPREAD_LIMIT) this.lines.splice(first, removed, ...lines);
    else this.lines = this.lines.slice(0, first).concat(lines, this.lines.slice(first + removed));
    if (!this.loneCr && !loneCr.includes(true)) return;
    this.loneCr ??= new Array<boolean>(this.lines.length - lines.length + removed).fill(false);
    if (loneCr.length < SPREAD_LIMIT) this.loneCr.splice(first, removed, ...loneCr);
    else this.loneCr = this.loneCr.slice(0, first).concat(loneCr, this.loneCr.slice(first + removed));
  }

  private isLoneCr(line: number): boolean {
    return this.loneCr?.[line] ?? false;
  }

  /** No line in [from, to) was edited: each edit leaves at least one line of text in its place. */
  private unedited(from: number, to: number): boolean {
    for (let n = from; n < to; n++) if (typeof this.lines[n] !== 'number') return false;
    return true;
  }

  /** A line's length (with the "\r" of its line break), without making its text. */
  lineLength(index: number): number {
    const line = this.lines[index];
    return typeof line === 'number' ? this.openedLineEnd(line) - line : (line ?? '').length;
  }

  private openedLineEnd(start: number): number {
    const newline = this.opened.indexOf('\n', start);
    return newline < 0 ? this.opened.length : newline;
  }

  /** A position inside the text: past a line's end it stands before the line's "\r\n", never between the two. */
  private clamp({ line, character }: Position): Position {
    const clampedLine = Math.max(0, Math.min(line, this.lines.length - 1));
    const length = this.lineLength(clampedLine);
    const contentLength = length > 0 && this.endsWithCr(clampedLine, length) ? length - 1 : length;
    if (line < 0) return { line: 0, character: 0 };
    const clampedCharacter = line >= this.lines.length ? contentLength : Math.max(0, Math.min(character, contentLength));
    return { line: clampedLine, character: clampedCharacter };
  }

  private endsWithCr(line: number, length: number): boolean {
    const stored = this.lines[line];
    return typeof stored === 'number' ? this.opened.charCodeAt(stored + length - 1) === 13 : stored.endsWith('\r');
  }
}

/** Offsets of the "\r"s that no "\n" follows. */
function loneCrOffsets(text: string): number[] {
  const found: number[] = [];
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 10) found.push(cr);
  return found;
}

/** `text` with a "\n" after each of its lone "\r"s (at `lone`). */
function withLf(text: string, lone: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const cr of lone) {
    parts.push(text.slice(from, cr + 1), '\n');
    from = cr + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Splits the new text of some lines into lines, each with the "\r" of a "\r\n" or a lone "\r" that
 * ends it. Its last line keeps the line break the replaced lines ended with; when they were the
 * document's last line, a final "\r" is a lone one, and an empty last line follows it.
 */
function splitLines(text: string, isLastLine: boolean, endedWithLoneCr: boolean): { lines: string[]; loneCr: boolean[] } {
  const lines: string[] = [];
  const loneCr: boolean[] = [];
  const pieces = text.split('\n');
  pieces.forEach((piece, n) => {
    const isLast = n === pieces.length - 1;
    let from = 0;
    for (let cr = piece.indexOf('\r'); cr >= 0; cr = piece.indexOf('\r', cr + 1)) {
      // A final "\r" ends its line with the "\n" after it, or with the replaced lines' own line break.
      if (cr === piece.length - 1 && (!isLast || !isLastLine)) continue;
      lines.push(piece.slice(from, cr + 1));
      loneCr.push(true);
      from = cr + 1;
    }
    lines.push(piece.slice(from));
    loneCr.push(isLast && !isLastLine && endedWithLoneCr);
  });
  return { lines, loneCr };
}
