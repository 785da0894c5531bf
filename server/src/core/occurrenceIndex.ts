import type { Catalog } from '../../../shared/src/catalog';
import { detect } from './detection/detect';
import type { Occurrence } from './detection/occurrence';
import { languageFor } from './language';

/** One edit in the coordinates of the text it applies to: text[start, end) becomes `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Lines below an edit that may read it. In code, a case label reads its switch and an enum
 * member its enum (up to 200 lines up), and a status code reads the file's head: so edits
 * there re-read that far. In logs and plain text every rule reads its own line only.
 */
const CODE_REACH_LINES = 200;
const CODE_HEAD_CHARS = 3000;

/**
 * The occurrences of a document, kept sorted, and updated by re-reading only the lines an edit
 * touched (plus the lines that may depend on them).
 */
export class OccurrenceIndex {
  private occurrences: Occurrence[];
  private readonly isText: boolean;

  constructor(
    private text: string,
    private readonly languageId: string,
    private readonly catalog: Catalog,
  ) {
    this.isText = languageFor(languageId).isText;
    this.occurrences = detect(text, languageId, catalog);
  }

  get all(): readonly Occurrence[] {
    return this.occurrences;
  }

  /** The occurrence whose range holds `offset` (its end included, as a cursor after it). */
  at(offset: number): Occurrence | undefined {
    const i = this.firstEndingAtOrAfter(offset);
    const found = this.occurrences[i];
    return found && found.start <= offset ? found : undefined;
  }

  /** Occurrences that overlap [start, end). */
  inRange(start: number, end: number): Occurrence[] {
    const result: Occurrence[] = [];
    for (let i = this.firstEndingAtOrAfter(start); i < this.occurrences.length && this.occurrences[i].start < end; i++) {
      result.push(this.occurrences[i]);
    }
    return result;
  }

  /** Applies edits in order (each in the coordinates left by the previous ones). */
  update(edits: readonly TextEdit[], newText: string): void {
    if (!this.isText && edits.some((e) => e.start < CODE_HEAD_CHARS)) {
      this.text = newText;
      this.occurrences = detect(newText, this.languageId, this.catalog);
      return;
    }
    let dirty: { start: number; end: number }[] = [];
    for (const edit of edits) {
      const delta = edit.text.length - (edit.end - edit.start);
      this.occurrences = this.occurrences
        .filter((o) => o.end < edit.start || o.start > edit.end)
        .map((o) => (o.start > edit.end ? shift(o, delta) : o));
      dirty = dirty.map((d) => shiftRange(d, edit, delta));
      dirty.push({ start: edit.start, end: edit.start + edit.text.length });
    }
    this.text = newText;
    for (const range of mergeRanges(dirty)) this.rescan(range);
  }

  private rescan(range: { start: number; end: number }): void {
    const start = this.text.lastIndexOf('\n', range.start - 1) + 1;
    let end = this.text.indexOf('\n', range.end);
    end = end < 0 ? this.text.length : end;
    if (!this.isText) end = lineEndAfter(this.text, end, CODE_REACH_LINES);
    const fresh = detect(this.text, this.languageId, this.catalog, { start, end });
    const from = this.firstEndingAtOrAfter(start);
    let to = from;
    while (to < this.occurrences.length && this.occurrences[to].start <= end) to++;
    this.occurrences.splice(from, to - from, ...fresh);
  }

  private firstEndingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.occurrences.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.occurrences[mid].end < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function shift(o: Occurrence, delta: number): Occurrence {
  return { ...o, start: o.start + delta, end: o.end + delta };
}

function shiftRange(range: { start: number; end: number }, edit: TextEdit, delta: number) {
  const move = (offset: number) => (offset >= edit.end ? offset + delta : Math.min(offset, edit.start + edit.text.length));
  return { start: move(range.start), end: move(range.end) };
}

function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function lineEndAfter(text: string, from: number, lines: number): number {
  let end = from;
  for (let n = 0; n < lines && end < text.length; n++) {
    const next = text.indexOf('\n', end + 1);
    end = next < 0 ? text.length : next;
  }
  return end;
}
