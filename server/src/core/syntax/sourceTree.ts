import { Parser, type Language, type Point, type Tree } from '@vscode/tree-sitter-wasm';

/** How much text the parser is handed at a time. */
const READ_CHUNK = 8192;

/** A place in a document as LSP gives it: its line and UTF-16 column. */
export interface TextPlace {
  readonly line: number;
  readonly character: number;
}

/** A document's text with where its lines start: LSP positions to offsets and back, without a scan of the text. */
export interface PlacedText {
  readonly text: string;
  offsetAt(place: TextPlace): number;
  placeAt(offset: number): TextPlace;
}

/**
 * Documents longer than this many UTF-16 units get no tree: the lexer alone reads them. A tree takes
 * about 40 bytes of WebAssembly memory per byte of source, so 4 M units cost ~160 MB at most, and
 * source files that long are generated, not written.
 */
export const MAX_TREE_LENGTH = 4 * 1024 * 1024;

/**
 * One document's syntax tree, kept in step with its text: an edit edits the old tree, and the next
 * parse re-reads only what the edit touched. A parse goes in slices of a given budget (tree-sitter
 * stops at its progress callback and resumes where it stopped), so that a big document is parsed
 * between requests instead of blocking them.
 */
export class SourceTree implements PlacedText {
  private readonly parser = new Parser();
  /** The tree of the text before the edits made since; undefined before the first parse ends. */
  private tree: Tree | undefined;
  /** True while the tree lags behind the text. */
  private stale = true;
  /** A parse stopped part-way: resuming it needs the same parser, untouched, and the same text. */
  private resumable = false;

  private lines: LineStarts;

  constructor(
    language: Language,
    private content: string,
  ) {
    this.parser.setLanguage(language);
    this.lines = new LineStarts(content);
  }

  get text(): string {
    return this.content;
  }

  offsetAt(place: TextPlace): number {
    return this.lines.offsetOf(place);
  }

  placeAt(offset: number): TextPlace {
    return this.lines.placeAt(offset);
  }

  /** The tree of the current text, or undefined until `parse` has caught up with the edits. */
  get current(): Tree | undefined {
    return this.stale ? undefined : this.tree;
  }

  /** Replaces the text between `start` and `end` (LSP positions in the text before the edit) by `text`. */
  edit(start: TextPlace, end: TextPlace, text: string): void {
    const from = this.lines.offsetOf(start);
    const to = Math.max(from, this.lines.offsetOf(end));
    const startPosition = this.lines.pointAt(from);
    const oldEndPosition = this.lines.pointAt(to);
    this.content = this.content.slice(0, from) + text + this.content.slice(to);
    this.lines.replace(this.content, from, to, text.length);
    this.tree?.edit({
      startIndex: from,
      oldEndIndex: to,
      newEndIndex: from + text.length,
      startPosition,
      oldEndPosition,
      newEndPosition: this.lines.pointAt(from + text.length),
    });
    this.restart();
  }

  /** Replaces the whole text. */
  replace(text: string): void {
    this.content = text;
    this.lines = new LineStarts(text);
    this.tree?.delete();
    this.tree = undefined;
    this.restart();
  }

  /**
   * Parses for at most about `budgetMs` (tree-sitter checks the time every so many bytes); true
   * when the tree is current. A parse stopped by the budget resumes at the next call.
   */
  parse(budgetMs = Infinity): boolean {
    if (!this.stale) return true;
    const deadline = performance.now() + budgetMs;
    const progressCallback = budgetMs === Infinity ? undefined : () => performance.now() > deadline;
    const text = this.content;
    // Read in chunks: given the whole string, the runtime copies all of it into WebAssembly memory at every parse.
    const parsed = this.parser.parse((index) => text.slice(index, index + READ_CHUNK), this.tree ?? null, progressCallback ? { progressCallback } : undefined);
    if (!parsed) {
      this.resumable = true;
      return false;
    }
    this.tree?.delete();
    this.tree = parsed;
    this.stale = false;
    this.resumable = false;
    return true;
  }

  /** Frees the tree and the parser (WebAssembly memory, which the garbage collector does not see). */
  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.parser.delete();
  }

  private restart(): void {
    this.stale = true;
    // A parse stopped part-way read the old text: it cannot resume over the new one.
    if (this.resumable) this.parser.reset();
    this.resumable = false;
  }
}

/**
 * Where the lines of a text start, kept through edits (a keystroke costs a look-up and a shift of
 * the line starts after it, not a scan of the text). Lines end at "\n", "\r\n" or "\r", as in LSP;
 * tree-sitter counts rows at "\n" alone, which is the same but where a "\r" stands alone.
 */
class LineStarts {
  private starts: number[];
  private loneCr: boolean;

  constructor(private text: string) {
    this.starts = [0, ...breaksIn(text, 0, text.length)];
    this.loneCr = /\r(?!\n)/.test(text);
  }

  /** The offset of an LSP position: a character past its line's end is at the end. */
  offsetOf({ line, character }: TextPlace): number {
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    // The line ends before its break: "\r\n", "\n" or "\r"; the last line at the end of the text.
    const end = line + 1 >= this.starts.length ? next : next - (this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? 2 : 1);
    return Math.min(start + character, end);
  }

  /** The LSP position of an offset. */
  placeAt(offset: number): TextPlace {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** Tree-sitter's point of an offset: its row (lines ended by "\n") and UTF-16 column. */
  pointAt(offset: number): Point {
    if (this.loneCr) {
      let row = 0;
      for (let lf = this.text.indexOf('\n'); lf >= 0 && lf < offset; lf = this.text.indexOf('\n', lf + 1)) row++;
      return { row, column: offset - (this.text.lastIndexOf('\n', offset - 1) + 1) };
    }
    const line = this.lineAt(offset);
    return { row: line, column: offset - this.starts[line] };
  }

  /** The text's edit: `from` to `to` (old offsets) became `length` units; `text` is the new whole text. */
  replace(text: string, from: number, to: number, length: number): void {
    const delta = length - (to - from);
    // A break at either edge may join or part a "\r\n": lines are found anew from the line before the edit to the first start past it.
    const first = Math.max(0, this.lineAt(from) - 1);
    let kept = this.lineAt(to + 1) + 1;
    while (kept < this.starts.length && this.starts[kept] <= to + 1) kept++;
    const scanFrom = this.starts[first];
    const scanTo = kept < this.starts.length ? this.starts[kept] + delta : text.length;
    const found = breaksIn(text, scanFrom, scanTo).filter((s) => s < scanTo || kept >= this.starts.length);
    const after = this.starts.slice(kept).map((s) => s + delta);
    this.starts = [...this.starts.slice(0, first + 1), ...found, ...after];
    this.text = text;
    if (this.loneCr || text.slice(Math.max(0, from - 1), from + length + 1).includes('\r')) this.loneCr = /\r(?!\n)/.test(text);
  }

  /** The line holding `offset`: the last whose start is at or before it. */
  private lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** The starts of the lines that line breaks between `from` and `to` begin. */
function breaksIn(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) starts.push(breaks.lastIndex);
  return starts;
}
