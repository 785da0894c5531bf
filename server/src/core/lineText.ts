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
 * A document as lines (each without its "\n"; a "\r" stays). A line the user has not edited is
 * kept as its offset in the text the document was opened with: opening a 50 MB log makes one
 * number per line, not one string, and a run of such lines is read back as one slice of that text.
 * An edit replaces only the lines it touches: a keystroke copies one line, not the whole text.
 */
export class LineText {
  /** Each line: its text once edited, else where it starts in `opened`. */
  private lines: (string | number)[];

  constructor(private readonly opened: string) {
    const starts = [0];
    for (let newline = opened.indexOf('\n'); newline >= 0; newline = opened.indexOf('\n', newline + 1)) starts.push(newline + 1);
    this.lines = starts;
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

  /** Replaces the text between two positions (clamped to the document, as LSP wants). */
  replace(start: Position, end: Position, text: string): LineSplice {
    const from = this.clamp(start);
    const to = this.clamp(end);
    const before = this.line(from.line).slice(0, from.character);
    const after = this.line(to.line).slice(to.character);
    const replacement = (before + text + after).split('\n');
    const removed = to.line - from.line + 1;
    if (replacement.length < SPREAD_LIMIT) this.lines.splice(from.line, removed, ...replacement);
    else this.lines = this.lines.slice(0, from.line).concat(replacement, this.lines.slice(to.line + 1));
    return { first: from.line, removed, inserted: replacement.length };
  }

  /** No line in [from, to) was edited: each edit leaves at least one line of text in its place. */
  private unedited(from: number, to: number): boolean {
    for (let n = from; n < to; n++) if (typeof this.lines[n] !== 'number') return false;
    return true;
  }

  /** A line's length, without making its text. */
  private lineLength(index: number): number {
    const line = this.lines[index];
    return typeof line === 'number' ? this.openedLineEnd(line) - line : (line ?? '').length;
  }

  private openedLineEnd(start: number): number {
    const newline = this.opened.indexOf('\n', start);
    return newline < 0 ? this.opened.length : newline;
  }

  private clamp({ line, character }: Position): Position {
    if (line >= this.lines.length) return { line: this.lines.length - 1, character: this.lineLength(this.lines.length - 1) };
    const clampedLine = Math.max(0, line);
    return { line: clampedLine, character: Math.max(0, Math.min(character, this.lineLength(clampedLine))) };
  }
}
