import { Parser, type Language, type Point, type Tree } from '@vscode/tree-sitter-wasm';

/** A place in a document as LSP gives it: its line and UTF-16 column. */
export interface TextPlace {
  readonly line: number;
  readonly character: number;
}

/**
 * One document's syntax tree, kept in step with its text: an edit edits the old tree, and the next
 * parse re-reads only what the edit touched. A parse goes in slices of a given budget (tree-sitter
 * stops at its progress callback and resumes where it stopped), so that a big document is parsed
 * between requests instead of blocking them.
 */
export class SourceTree {
  private readonly parser = new Parser();
  /** The tree of the text before the edits made since; undefined before the first parse ends. */
  private tree: Tree | undefined;
  /** True while the tree lags behind the text. */
  private stale = true;
  /** A parse stopped part-way: resuming it needs the same parser, untouched, and the same text. */
  private resumable = false;

  constructor(
    language: Language,
    private content: string,
  ) {
    this.parser.setLanguage(language);
  }

  get text(): string {
    return this.content;
  }

  /** The tree of the current text, or undefined until `parse` has caught up with the edits. */
  get current(): Tree | undefined {
    return this.stale ? undefined : this.tree;
  }

  /** Replaces the text between `start` and `end` (LSP positions in the text before the edit) by `text`. */
  edit(start: TextPlace, end: TextPlace, text: string): void {
    const before = this.content;
    const from = offsetOf(before, start);
    const to = Math.max(from, offsetOf(before, end));
    this.content = before.slice(0, from) + text + before.slice(to);
    this.tree?.edit({
      startIndex: from,
      oldEndIndex: to,
      newEndIndex: from + text.length,
      startPosition: pointAt(before, from),
      oldEndPosition: pointAt(before, to),
      newEndPosition: pointAt(this.content, from + text.length),
    });
    this.restart();
  }

  /** Replaces the whole text. */
  replace(text: string): void {
    this.content = text;
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
    const parsed = this.parser.parse(this.content, this.tree ?? null, progressCallback ? { progressCallback } : undefined);
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

/** The offset of an LSP position: lines end at "\n", "\r\n" or "\r"; a character past its line's end is at the end. */
function offsetOf(text: string, { line, character }: TextPlace): number {
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (let n = 0; n < line; n++) {
    if (!breaks.exec(text)) return text.length;
    start = breaks.lastIndex;
  }
  breaks.lastIndex = start;
  const end = breaks.exec(text)?.index ?? text.length;
  return Math.min(start + character, end);
}

/** Tree-sitter's point of an offset: rows end at "\n" alone, columns count UTF-16 units. */
function pointAt(text: string, offset: number): Point {
  let row = 0;
  for (let lf = text.indexOf('\n'); lf >= 0 && lf < offset; lf = text.indexOf('\n', lf + 1)) row++;
  return { row, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}
