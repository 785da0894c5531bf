import type { Catalog } from '../../../../shared/src/catalog';
import { detect } from '../detection/detect';
import { FILE_HEAD_CHARS, LONG_LINE, READS_LINES_ABOVE, SEGMENT_LENGTH } from '../detection/context/limits';
import type { Occurrence } from '../detection/occurrence';
import { languageFor, type Syntax } from '../language';
import { segmentEnd } from '../lexer';
import type { PlacedOccurrence } from '../occurrenceIndex';

/**
 * Lines are read in batches of about this many characters: with a chunk of the file (readPieces),
 * under 128 K characters, past which V8 gives a string pages of its own from the system; with
 * 128 K batches of 256 KiB chunks, those pages took ~0.15 s of system time per 100 MiB of log and ~40 MB of memory.
 */
const BATCH_CHARS = 60 * 1024;
/** A segment of a long line is cut only this far from the end of what has come: a quote may be cut in two there. */
const CUT_MARGIN = 16;
/**
 * A segment of a long line is cut outside strings; a string (or a line comment) that runs on past
 * this many characters is cut inside, so that memory stays bounded on a line of any length.
 */
const MAX_SEGMENT = 1024 * 1024;
/** An occurrence comes with this many characters of its line on either side, for a fingerprint or a glance. */
const EXCERPT_CHARS = 80;
/** And with the start of its line, where a log writes the time. */
const LINE_HEAD_CHARS = 40;

/** An occurrence found in a stream, with a bounded excerpt of its line around it and the line's start. */
export interface StreamOccurrence extends PlacedOccurrence {
  readonly excerpt: string;
  readonly lineHead: string;
}

/**
 * Finds the error codes of a text that comes in pieces (a file read from disk, standard input) in
 * memory bounded by the length of its longest ordinary line, not by its size: lines are cut here,
 * read in batches with the lines above them that the detector may look at (in code), and a line
 * longer than LONG_LINE is read in segments as it comes, as the editor reads it, so a single line
 * of 500 MB is read like any other text. Lines end as LSP says: at "\n", "\r\n" or a lone "\r".
 * Occurrences are reported in order, each with its zero-based line and its start and end within
 * the line, in UTF-16 code units: what the editor's occurrence index finds in the same text.
 */
export class StreamScanner {
  private readonly readsLineAlone: boolean;
  private readonly syntax: Syntax;
  /** The text not read yet, from the start of line `line`. */
  private pending = '';
  private line = 0;
  /** The start of the text (code reads it for a mention of WhatsApp), once it is known. */
  private head: string | undefined;
  /** The lines above the next batch that the detector may read (code only), each ending with "\n". */
  private context = '';
  private longLine: LongLineReader | undefined;
  private started = false;
  /** A "\r" at the end of a piece: a "\n" may follow it in the next one. */
  private heldCr = false;

  /**
   * `midText`: the text is a part of a file that starts at the start of a line past the file's first
   * (a range of it, read by readFileRangeInPieces): no byte order mark is looked for.
   */
  constructor(
    private readonly languageId: string,
    private readonly catalog: Catalog,
    private readonly onOccurrence: (occurrence: StreamOccurrence) => void,
    midText = false,
  ) {
    const language = languageFor(languageId);
    this.readsLineAlone = language.readsLineAlone;
    this.syntax = language.syntax;
    this.started = midText;
  }

  /** How many line breaks have been read, once what has been read ends with one (a range of a file but the last always does). */
  get lineBreaks(): number {
    return this.line;
  }

  push(piece: string): void {
    let text = this.heldCr ? `\r${piece}` : piece;
    this.heldCr = text.endsWith('\r');
    if (this.heldCr) text = text.slice(0, -1);
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark is no text
    }
    // A lone "\r" ends a line as "\r\n" does, as the editor's LineText keeps it.
    if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\r\n');
    this.pending += text;
    if (this.longLine || this.pending.length >= BATCH_CHARS) this.read(false);
  }

  /** The text has ended: reads what is left. */
  end(): void {
    if (this.heldCr) this.pending += '\r\n';
    this.heldCr = false;
    this.read(true);
  }

  private read(atEnd: boolean): void {
    while (this.pending.length > 0 || (atEnd && this.longLine)) {
      if (this.longLine) {
        const newline = this.pending.indexOf('\n');
        if (newline < 0 && !atEnd) {
          this.longLine.feed(this.pending);
          this.pending = '';
          return;
        }
        const lineEnd = newline < 0 ? this.pending.length : newline;
        this.longLine.feed(this.pending.slice(0, lineEnd));
        this.longLine.finish();
        this.longLine = undefined;
        this.line++;
        this.pending = this.pending.slice(lineEnd + 1);
        continue;
      }
      this.head ??= this.pending.slice(0, FILE_HEAD_CHARS);
      const lastNewline = this.pending.lastIndexOf('\n');
      if (lastNewline >= 0) {
        this.readLines(this.pending.slice(0, lastNewline));
        this.pending = this.pending.slice(lastNewline + 1);
      }
      if (atEnd) {
        // The last line, with no line break after it.
        if (this.pending.length > 0) this.readLines(this.pending);
        this.pending = '';
        return;
      }
      if (this.pending.length <= LONG_LINE) return;
      this.startLongLine();
    }
  }

  /** Reads whole lines (the "\n" after the last is not in `text`), the long ones in segments, and moves past them. */
  private readLines(text: string): void {
    let runStart = 0;
    for (let lineStart = 0; lineStart + LONG_LINE < text.length; ) {
      // A line break within LONG_LINE characters: no long line starts here; go on from the last one.
      const newline = text.lastIndexOf('\n', lineStart + LONG_LINE);
      if (newline >= lineStart) {
        lineStart = newline + 1;
        continue;
      }
      const next = text.indexOf('\n', lineStart);
      const lineEnd = next < 0 ? text.length : next;
      if (lineStart > runStart) this.readRun(text.slice(runStart, lineStart - 1));
      this.startLongLine();
      this.longLine!.feed(text.slice(lineStart, lineEnd));
      this.longLine!.finish();
      this.longLine = undefined;
      this.line++;
      runStart = lineStart = lineEnd + 1;
    }
    if (runStart <= text.length) this.readRun(text.slice(runStart));
  }

  /** Reads a run of ordinary lines (the "\n" after the last is not in `text`) and moves past them. */
  private readRun(text: string): void {
    let found: Occurrence[];
    let offset = 0;
    if (this.readsLineAlone) {
      found = detect(text, this.languageId, this.catalog);
    } else {
      const window = this.context + text;
      offset = this.context.length;
      found = detect(window, this.languageId, this.catalog, { range: { start: offset, end: window.length }, fileHead: this.head ?? '' });
      this.context = `${lastLines(window, READS_LINES_ABOVE)}\n`;
    }
    let line = this.line;
    let lineStart = 0;
    let nextNewline = text.indexOf('\n');
    for (const o of found) {
      const start = o.start - offset;
      const end = o.end - offset;
      while (nextNewline >= 0 && nextNewline < start) {
        line++;
        lineStart = nextNewline + 1;
        nextNewline = text.indexOf('\n', lineStart);
      }
      const lineEnd = nextNewline < 0 ? text.length : nextNewline;
      const excerpt = text.slice(Math.max(lineStart, start - EXCERPT_CHARS), Math.min(lineEnd, end + EXCERPT_CHARS));
      const lineHead = text.slice(lineStart, Math.min(lineEnd, lineStart + LINE_HEAD_CHARS));
      this.onOccurrence(placed(o, line, start - lineStart, end - lineStart, excerpt, lineHead));
    }
    for (; nextNewline >= 0; nextNewline = text.indexOf('\n', nextNewline + 1)) line++;
    this.line = line + 1;
  }

  private startLongLine(): void {
    // Lines above a long line are not read through it, as in the editor.
    this.context = '';
    const head = this.readsLineAlone ? '' : (this.head ?? '');
    this.longLine = new LongLineReader(this.line, head, this.languageId, this.catalog, this.syntax, this.onOccurrence);
  }
}

/**
 * A line longer than LONG_LINE, read in segments as it comes, each cut where the editor cuts it
 * (segmentEnd, outside strings) and read as a line of its own: only the segment being cut is held.
 */
class LongLineReader {
  private buffer = '';
  /** Characters of the line read before `buffer`. */
  private consumed = 0;
  private lineHead = '';

  constructor(
    private readonly line: number,
    private readonly head: string,
    private readonly languageId: string,
    private readonly catalog: Catalog,
    private readonly syntax: Syntax,
    private readonly onOccurrence: (occurrence: StreamOccurrence) => void,
  ) {}

  feed(text: string): void {
    this.buffer += text;
    if (this.consumed === 0) this.lineHead = this.buffer.slice(0, LINE_HEAD_CHARS);
    while (this.buffer.length > SEGMENT_LENGTH + CUT_MARGIN) {
      let end = segmentEnd(this.buffer, this.syntax, 0, SEGMENT_LENGTH);
      // Cut at the end of what has come, the segment may go on in what comes next: wait for it.
      if (end > this.buffer.length - CUT_MARGIN) {
        if (this.buffer.length < MAX_SEGMENT) return;
        end = this.buffer.length - CUT_MARGIN;
      }
      this.readSegment(end);
    }
  }

  finish(): void {
    while (this.buffer.length > 0) this.readSegment(Math.min(segmentEnd(this.buffer, this.syntax, 0, SEGMENT_LENGTH), MAX_SEGMENT));
  }

  private readSegment(end: number): void {
    const segment = this.buffer.slice(0, end);
    for (const o of detect(segment, this.languageId, this.catalog, { fileHead: this.head })) {
      const excerpt = segment.slice(Math.max(0, o.start - EXCERPT_CHARS), o.end + EXCERPT_CHARS);
      this.onOccurrence(placed(o, this.line, o.start + this.consumed, o.end + this.consumed, excerpt, this.lineHead));
    }
    this.consumed += end;
    this.buffer = this.buffer.slice(end);
  }
}

/**
 * An occurrence placed on its line, one shape for all: a spread of the detector's occurrences,
 * which come in several shapes (with a textual code, a picked meaning or neither), went through
 * V8's slow path and took ~3 µs each: most of what reading a log cost besides the detector.
 */
function placed(o: Occurrence, line: number, start: number, end: number, excerpt: string, lineHead: string): StreamOccurrence {
  return { start, end, code: o.code, stringCode: o.stringCode, entries: o.entries, picked: o.picked, isCaseLabel: o.isCaseLabel, line, excerpt, lineHead };
}

/** The last `count` lines of `text`, without the "\n" that ends the last. */
function lastLines(text: string, count: number): string {
  let start = text.length;
  for (let n = 0; n < count && start > 0; n++) start = text.lastIndexOf('\n', start - 1);
  return start <= 0 ? text : text.slice(start + 1);
}
