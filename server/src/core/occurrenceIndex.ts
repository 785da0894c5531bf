import type { Catalog } from '../../../shared/src/catalog';
import { detect, detectUnknownCodes } from './detection/detect';
import { FILE_HEAD_CHARS, LONG_LINE, READS_LINES_ABOVE, SEGMENT_LENGTH } from './detection/context/limits';
import type { Occurrence } from './detection/occurrence';
import { languageFor, type Syntax } from './language';
import { segmentEnd } from './lexer';
import { LineText, type Position } from './lineText';
import { linesReadOnTheTree } from './syntax/codes';
import { isDistinctiveWhatsAppCode } from './detection/vocabulary/vocabulary';
import type { SourceSyntax } from './syntax/syntax';
import { LineRuns } from './lineRuns';

/** An occurrence placed in a document: `start` and `end` count characters within its `line`. */
export type PlacedOccurrence = Occurrence & { readonly line: number };

/** An occurrence stored with its line; its offsets count characters within that line. */
type LineOccurrence = Occurrence;

/** A line not read yet: a big document is read in slices, between requests. */
const PENDING = null;
/** A line an edit of the batch being applied has touched: read again once the batch is in. */
const EDITED: readonly LineOccurrence[] = Object.freeze([]);

/** Whether a long line is read at once (asked for) or left to the background reading (edited). */
const NOW = 'now';
const LATER = 'later';

/** How far a long line has been read, and what was found in it so far. */
interface LongLineReading {
  readonly text: string;
  readonly head: string;
  next: number;
  readonly found: LineOccurrence[];
}

/** One LSP content change with a range. */
export interface TextEdit {
  readonly start: Position;
  readonly end: Position;
  readonly text: string;
}

export interface IndexOptions {
  /** Documents longer than this (in characters) are read in slices by `scanSome`, not at once. */
  readonly readInSlicesAbove?: number;
}

const SLICE_LINES = 1_000;
/** An edit's lines, and the code below them that may read them (a keystroke's ~200), are read at once; more wait for the slices. */
const REREAD_AT_ONCE = 250;
/** Segments of a long line read per slice of background reading (~1 ms). */
const SEGMENTS_PER_SLICE = 2;
const DEFAULT_SLICED_ABOVE = 2_000_000;

/**
 * A document's text and the occurrences in it, by line. An edit re-reads only the lines it
 * touched, plus, in code, the lines below that may read them (a case label reads its switch).
 * A big document is read in slices (`scanSome`), and a line asked for before its slice comes
 * is read on the spot. Results always equal a full re-scan of the current text.
 */
export class OccurrenceIndex {
  readonly text: LineText;
  private byLine: (readonly LineOccurrence[] | undefined | typeof PENDING)[] = [];
  private pendingLines = 0;
  private nextPending = 0;
  private readonly isText: boolean;
  /** Logs are read a line at a time; code and tables with the lines above. */
  private readonly readsLineAlone: boolean;
  private readonly syntax: Syntax;
  /**
   * The long lines being read a few segments at a time, and how far: each reader (the background
   * one, a visit, a hover) goes on where the last left its line, and none throws away another's.
   */
  private readonly longLines = new Map<number, LongLineReading>();
  /** The document's syntax tree while it is the tree of the text: source is read on it (useSyntax). */
  private tree: SourceSyntax | undefined;
  /** Lines read without the tree since it last matched the text: read again on the next one. */
  private readonly readWithoutTree = new LineRuns();
  /** Lines read without a tree before the current one came, still to be read on it (readOnTreeSome); an edit moves them, and the next tree reads them. */
  private readonly onTreePending = new LineRuns();
  /** Some line's occurrences changed (or were left to be read again) since useSyntax began. */
  private altered = false;

  constructor(
    text: string,
    readonly languageId: string,
    private readonly catalog: Catalog,
    options: IndexOptions = {},
  ) {
    const language = languageFor(languageId);
    this.isText = language.isText;
    this.readsLineAlone = language.readsLineAlone;
    this.syntax = language.syntax;
    this.text = new LineText(text);
    // Big documents, and documents with a long line (it is read a few segments at a time), in slices.
    const sliced = text.length > (options.readInSlicesAbove ?? DEFAULT_SLICED_ABOVE) || (text.length > LONG_LINE && this.text.hasLineLongerThan(LONG_LINE));
    if (sliced) {
      this.byLine = new Array(this.text.lineCount).fill(PENDING);
      this.pendingLines = this.text.lineCount;
    } else {
      this.byLine = new Array(this.text.lineCount);
      this.detectLines(0, this.text.lineCount, 0);
    }
  }

  /** True once every line has been read. */
  get isComplete(): boolean {
    return this.pendingLines === 0;
  }

  /** Whether a line has been read: its occurrences are known without detecting. */
  isRead(line: number): boolean {
    return this.byLine[line] !== PENDING;
  }

  /**
   * Reads the next slice of lines not read yet, from line `start` on (by default where the last
   * slice ended, then from the first line not read); true while some remain.
   */
  scanSome(maxLines = SLICE_LINES, start = this.nextPending): boolean {
    let from = start;
    while (from < this.byLine.length && this.byLine[from] !== PENDING) from++;
    if (from === this.byLine.length && this.pendingLines > 0) {
      from = this.byLine.indexOf(PENDING);
    }
    if (from < 0 || from >= this.byLine.length) return false;
    if (this.isLong(from)) {
      this.readSegments(from, SEGMENTS_PER_SLICE);
      return !this.isComplete;
    }
    let to = from;
    while (to < this.byLine.length && to - from < maxLines && this.byLine[to] === PENDING && !this.isLong(to)) to++;
    this.readLines(from, to);
    this.nextPending = to;
    return !this.isComplete;
  }

  /** The occurrence at a position, its end included (a cursor just after a code is on it). */
  at({ line, character }: Position): PlacedOccurrence | undefined {
    const found = this.occurrencesUpTo(line, character)?.find((o) => o.start <= character && character <= o.end);
    return found && { ...found, line };
  }

  /** The occurrences of one line, offsets within it, read first if need be; none past the last line. */
  onLine(line: number): readonly Occurrence[] {
    return (line >= 0 && line < this.byLine.length && this.lineOccurrences(line)) || [];
  }

  /** Occurrences on lines [from, to]. */
  inLines(from: number, to: number): PlacedOccurrence[] {
    const result: PlacedOccurrence[] = [];
    for (let line = Math.max(0, from); line <= Math.min(to, this.byLine.length - 1); line++) {
      for (const o of this.lineOccurrences(line) ?? []) result.push({ ...o, line });
    }
    return result;
  }

  get all(): PlacedOccurrence[] {
    while (this.scanSome());
    return this.inLines(0, this.byLine.length - 1);
  }

  /** Applies one edit: the text between two positions becomes `text`. */
  replace(start: Position, end: Position, text: string): void {
    this.applyEdits([{ start, end, text }]);
  }

  /**
   * Applies edits in order (one didChange can carry thousands: a replace-all), then reads the lines
   * they touched once, so the work grows with the lines touched, not with edits times lines read.
   */
  applyEdits(edits: readonly TextEdit[]): void {
    this.applyTextEdits(edits);
    this.readEdited();
  }

  /**
   * The first half of applyEdits, for a caller that spreads thousands of edits over several turns:
   * the text changes and the lines touched are marked, to be read by readEdited() before anything
   * is asked of the index.
   */
  applyTextEdits(edits: readonly TextEdit[]): void {
    this.longLines.clear(); // their lines may move or change: they are read again from their start
    this.tree = undefined;
    for (const { start, end, text } of edits) {
      const splice = this.text.replace(start, end, text);
      this.readWithoutTree.splice(splice.first, splice.removed, splice.inserted);
      this.onTreePending.splice(splice.first, splice.removed, splice.inserted);
      for (let line = splice.first; line < splice.first + splice.removed; line++) {
        if (this.byLine[line] === PENDING) this.pendingLines--;
      }
      const edited = new Array<typeof EDITED>(splice.inserted).fill(EDITED);
      if (splice.inserted < 10_000) this.byLine.splice(splice.first, splice.removed, ...edited);
      else this.byLine = this.byLine.slice(0, splice.first).concat(edited, this.byLine.slice(splice.first + splice.removed));
    }
  }

  /**
   * Reads source on its syntax tree from now on: `syntax` is the tree of the current text. Of the
   * lines read without a tree since the last one (all of them, on the first; after an edit, its lines
   * and those below that may read them), those where the tree may read a number otherwise are to
   * be read again (readOnTreeSome): a code literal the tree places, and the whole collection it
   * belongs to (a member's edit changes what its siblings are). Edits make the tree stale until the
   * next one comes.
   */
  useSyntax(syntax: SourceSyntax): void {
    this.tree = syntax;
    this.readWithoutTree.moveTo(this.onTreePending);
    this.altered = false;
  }

  /**
   * Reads up to `maxLines` more of the lines useSyntax left to read on the tree (a big file's, a
   * slice at a time between requests); true while some are left.
   */
  readOnTreeSome(maxLines = Infinity): boolean {
    const taken = this.tree && this.onTreePending.take(maxLines);
    if (!this.tree || !taken) return false;
    const [from, end] = taken;
    const runs = linesReadOnTheTree(this.tree, this.text.offsetOfLine(from), this.text.offsetOfLine(end), (literal) => this.isCodeLiteral(literal));
    const head = this.fileHead();
    for (const [first, last] of runs) this.reread(first, Math.min(last, this.text.lineCount), Math.max(0, first - READS_LINES_ABOVE), head);
    return !this.onTreePending.isEmpty;
  }

  /** Reading on the tree since useSyntax changed what some line holds (or left lines to be read again). */
  get changedOnTree(): boolean {
    return this.altered;
  }

  /** A literal that may be a code: a number or a quoted number of the catalog, or a distinctive WhatsApp code. */
  private isCodeLiteral(literal: string): boolean {
    const digits = literal.replace(/^["'`]|["'`]$/g, '').replaceAll('_', '');
    return /^\d+$/.test(digits) && (isDistinctiveWhatsAppCode(digits) || this.catalog.entriesForCode(Number(digits)).length > 0);
  }

  /** The second half: reads the lines the edits touched, once. */
  readEdited(): void {
    this.rescan(editedRuns(this.byLine));
  }

  /** The occurrences of a line as far as `character`: of a long line not read yet, only its segments up to there are read. */
  private occurrencesUpTo(line: number, character: number): readonly LineOccurrence[] | undefined {
    if (this.byLine[line] !== PENDING || !this.isLong(line)) return this.lineOccurrences(line);
    // A segment ends at a separator, so a code never straddles two: the one holding `character` is enough.
    while (!this.readSegments(line, 1) && this.longLines.get(line)!.next <= character);
    return this.byLine[line] === PENDING ? this.longLines.get(line)!.found : this.lineOccurrences(line);
  }

  private lineOccurrences(line: number): readonly LineOccurrence[] | undefined {
    if (this.byLine[line] === PENDING) this.readLines(line, line + 1);
    return this.byLine[line] ?? undefined;
  }

  /**
   * The numbers of lines [from, to] the catalog lacks that stand where a code would, in a document
   * that names WhatsApp (codes a team may add to its catalog): read on the spot, with the context
   * above them that the detector reads.
   */
  unknownCodesIn(from: number, to: number): PlacedOccurrence[] {
    const last = Math.min(to + 1, this.text.lineCount);
    const contextFrom = this.readsLineAlone ? from : Math.max(0, from - READS_LINES_ABOVE);
    const window = this.text.text(contextFrom, last);
    const found = detectUnknownCodes(window, this.languageId, this.catalog, {
      range: { start: offsetOfLine(window, from - contextFrom), end: window.length },
      fileHead: this.fileHead(),
    });
    return placeByLine(window, found, last - contextFrom).flatMap((occurrences, n) => (occurrences ?? []).map((o) => ({ ...o, line: contextFrom + n })));
  }

  /** Reads lines [from, to) with the context above them that the detector may look at. */
  private readLines(from: number, to: number): void {
    if (this.readsLineAlone) return this.detectLines(from, to, from);
    const head = this.fileHead();
    this.detectLines(from, to, Math.max(0, from - READS_LINES_ABOVE), head);
  }

  /** Re-reads the edited runs of lines and, in code, the lines below them that may read them. */
  private rescan(runs: readonly (readonly [number, number])[]): void {
    if (runs.length === 0) return;
    if (this.readsLineAlone) {
      for (const [from, to] of runs) this.reread(from, to, from);
      return;
    }
    const head = this.fileHead();
    if (offsetOfLine(head, runs[0][0]) < head.length || head.length < FILE_HEAD_CHARS) {
      return this.reread(0, this.text.lineCount, 0);
    }
    // Each run with the lines below it that may read it; overlapping windows read once.
    let [from, to] = runs[0];
    for (const [next, nextTo] of [...runs.slice(1), [Infinity, Infinity] as const]) {
      const last = Math.min(this.text.lineCount, to + READS_LINES_ABOVE);
      if (next <= last) {
        to = nextTo;
        continue;
      }
      this.reread(from, last, Math.max(0, from - READS_LINES_ABOVE), head);
      [from, to] = [next, nextTo];
    }
  }

  /**
   * Reads lines [from, to) again after an edit: a keystroke's at once; more (a replace-all) are
   * left to the reading in slices, so that other requests are answered meanwhile.
   */
  private reread(from: number, to: number, contextFrom: number, fileHead?: string): void {
    if (to - from <= REREAD_AT_ONCE) return this.detectLines(from, to, contextFrom, fileHead, LATER);
    for (let line = from; line < to; line++) this.readLater(line);
  }

  /**
   * Detects on lines [from, to), reading from line `contextFrom` for what lies above them. A long
   * line (a minified payload, a huge log line) is read in segments of its own, and lines above it
   * are not read through it: context stays near, and nothing lexes a megabyte for one code. After
   * an edit (LATER) a long line is left to the background reading, so a keystroke on it costs little.
   */
  private detectLines(from: number, to: number, contextFrom: number, fileHead?: string, longLines: typeof NOW | typeof LATER = NOW): void {
    let context = contextFrom;
    for (let line = from - 1; line >= contextFrom; line--) {
      if (this.text.lineLength(line) > LONG_LINE) {
        context = line + 1;
        break;
      }
    }
    let runFrom = from;
    for (let line = from; line < to; line++) {
      if (this.text.lineLength(line) <= LONG_LINE) continue;
      this.detectRun(runFrom, line, context, fileHead);
      if (longLines === NOW) this.detectLongLine(line, fileHead);
      else this.readLater(line);
      runFrom = context = line + 1;
    }
    this.detectRun(runFrom, to, context, fileHead);
  }

  private detectRun(from: number, to: number, contextFrom: number, fileHead?: string): void {
    if (from >= to) return;
    const window = this.text.text(contextFrom, to);
    const rangeStart = offsetOfLine(window, from - contextFrom);
    const found = detect(window, this.languageId, this.catalog, {
      range: { start: rangeStart, end: window.length },
      ...(fileHead !== undefined ? { fileHead } : {}),
      ...this.syntaxFrom(contextFrom, from, to),
    });
    const placed = placeByLine(window, found, to - contextFrom);
    for (let line = from; line < to; line++) this.setLine(line, placed[line - contextFrom]);
  }

  /** A long line, one segment at a time: each segment is read as a line of its own. */
  private detectLongLine(line: number, fileHead?: string): void {
    this.readSegments(line, Infinity, fileHead);
  }

  /**
   * Reads up to `segments` more segments of long line `line`, going on where the last call
   * stopped; true once the line is read. Between calls the server answers requests.
   */
  private readSegments(line: number, segments: number, fileHead?: string): boolean {
    const state = this.longLines.get(line) ?? this.startLongLine(line, fileHead);
    const head = state.head;
    for (let n = 0; n < segments && state.next < state.text.length; n++) {
      const end = segmentEnd(state.text, this.syntax, state.next, SEGMENT_LENGTH);
      const start = state.next;
      const syntax = this.syntaxFrom(line, line, line + 1);
      if (syntax.syntax) syntax.syntax = { ...syntax.syntax, offset: syntax.syntax.offset + start };
      for (const o of detect(state.text.slice(start, end), this.languageId, this.catalog, { fileHead: head, ...syntax })) {
        state.found.push({ ...o, start: o.start + start, end: o.end + start });
      }
      state.next = end;
    }
    if (state.next < state.text.length) {
      this.longLines.set(line, state);
      return false;
    }
    this.longLines.delete(line);
    this.setLine(line, state.found.length > 0 ? state.found : undefined);
    return true;
  }

  private startLongLine(line: number, fileHead?: string): LongLineReading {
    const head = fileHead ?? this.fileHead();
    return { text: this.text.line(line), head, next: 0, found: [] };
  }

  /** The document's head, as a full read of it gives the detector (a Markdown file naming WhatsApp at its top, a source's imports). */
  private fileHead(): string {
    return this.text.prefix(FILE_HEAD_CHARS);
  }

  private isLong(line: number): boolean {
    return this.longLines.has(line) || this.text.lineLength(line) > LONG_LINE;
  }

  private readLater(line: number): void {
    this.altered = true;
    if (this.byLine[line] !== PENDING) this.pendingLines++;
    this.byLine[line] = PENDING;
    this.nextPending = Math.min(this.nextPending, line);
  }

  /** The tree for a read of lines [from, to) whose text starts at line `textFrom`; without one, the lines are noted to be read again. */
  private syntaxFrom(textFrom: number, from: number, to: number): { syntax?: { tree: SourceSyntax; offset: number } } {
    if (this.isText) return {};
    if (this.tree) return { syntax: { tree: this.tree, offset: this.text.offsetOfLine(textFrom) } };
    this.readWithoutTree.add(from, to);
    return {};
  }

  private setLine(line: number, occurrences: readonly LineOccurrence[] | undefined): void {
    if (this.byLine[line] === PENDING) this.pendingLines--;
    else this.altered ||= !sameOccurrences(this.byLine[line], occurrences);
    this.byLine[line] = occurrences;
  }
}

function sameOccurrences(a: readonly LineOccurrence[] | undefined | typeof PENDING, b: readonly LineOccurrence[] | undefined): boolean {
  if (!a || !b) return (a ?? undefined) === b || (a?.length ?? 0) + (b?.length ?? 0) === 0;
  return a.length === b.length && a.every((o, n) => o.start === b[n].start && o.code === b[n].code && o.picked === b[n].picked && o.isCaseLabel === b[n].isCaseLabel);
}

/** The runs [from, to) of lines marked EDITED, in order. */
function editedRuns(byLine: readonly unknown[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let line = byLine.indexOf(EDITED); line >= 0 && line < byLine.length; ) {
    let end = line;
    while (end < byLine.length && byLine[end] === EDITED) end++;
    runs.push([line, end]);
    line = byLine.indexOf(EDITED, end);
  }
  return runs;
}

/** Offset of the start of line `line` of `text` (its length when there are fewer lines). */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 0; n < line; n++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return offset;
}

/** Sorts occurrences found in `text` into its first `lineCount` lines (index 0: the text's first line). */
function placeByLine(text: string, occurrences: Occurrence[], lineCount: number) {
  const byLine: (LineOccurrence[] | undefined)[] = new Array(lineCount);
  let line = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  for (const occurrence of occurrences) {
    while (nextNewline >= 0 && nextNewline < occurrence.start) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const inLine = { ...occurrence, start: occurrence.start - lineStart, end: occurrence.end - lineStart };
    (byLine[line] ??= []).push(inLine);
  }
  return byLine;
}
