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
 * A document as an array of lines (each without its "\n"; a "\r" stays). An edit replaces only the
 * lines it touches: on a 50 MB log a keystroke copies one line, not the whole text.
 */
export class LineText {
  private lines: string[];

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  get lineCount(): number {
    return this.lines.length;
  }

  line(index: number): string {
    return this.lines[index] ?? '';
  }

  /** Lines [from, to) joined with "\n"; the whole text by default. */
  text(from = 0, to = this.lines.length): string {
    return this.lines.slice(from, to).join('\n');
  }

  /** Offset of the start of `line` in the whole text (its length past the last line). */
  offsetOfLine(line: number): number {
    const count = Math.min(line, this.lines.length);
    let offset = 0;
    for (let n = 0; n < count; n++) offset += this.lines[n].length + 1;
    return line < this.lines.length ? offset : offset - 1;
  }

  /** The first `length` characters of the text, read from as few lines as that takes. */
  prefix(length: number): string {
    let end = 0;
    for (let chars = 0; end < this.lines.length && chars < length; end++) chars += this.lines[end].length + 1;
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

  private clamp({ line, character }: Position): Position {
    if (line >= this.lines.length) return { line: this.lines.length - 1, character: this.line(this.lines.length - 1).length };
    const clampedLine = Math.max(0, line);
    return { line: clampedLine, character: Math.max(0, Math.min(character, this.line(clampedLine).length)) };
  }
}
