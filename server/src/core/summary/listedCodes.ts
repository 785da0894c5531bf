import type { PlacedOccurrence } from '../occurrenceIndex';
import { meaningsOf } from './codeTally';

/** A code as a list of problems holds it: its place, and its meanings by id (a thread can send it as it is). */
export interface ListedCode {
  readonly code: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly meaningIds: readonly string[];
}

/** What a part of a file gives its list of problems. */
export interface ListedCodesResult {
  /** The first codes with a listed meaning, at most the list's length, in order. */
  readonly codes: readonly ListedCode[];
  /** How many more there are, and the first of them. */
  readonly more: number;
  readonly firstMore?: ListedCode;
}

/** Which codes a list of problems takes: those with one of these meanings, at most `most` of them. */
export interface ListWanted {
  readonly ids: readonly string[];
  readonly most: number;
}

/** The first codes of a file (of a part of it) with one of some meanings: the problems an editor lists, and how many more there are. */
export class ListedCodes {
  private readonly codes: ListedCode[] = [];
  private readonly ids: ReadonlySet<string>;
  private more = 0;
  private firstMore: ListedCode | undefined;

  constructor(private readonly wanted: ListWanted) {
    this.ids = new Set(wanted.ids);
  }

  add(occurrence: PlacedOccurrence): void {
    const meanings = meaningsOf(occurrence);
    if (!meanings.some((e) => this.ids.has(e.id))) return;
    const { code, line, start, end } = occurrence;
    this.list({ code, line, start, end, meaningIds: meanings.map((e) => e.id) });
  }

  /** Adds what a later part of the file, read apart with the same wants, listed; its lines numbered after `linesBefore`. */
  addLater({ codes, more, firstMore }: ListedCodesResult, linesBefore: number): void {
    const shifted = (listed: ListedCode) => ({ ...listed, line: linesBefore + listed.line });
    for (const listed of codes) this.list(shifted(listed));
    this.more += more;
    if (firstMore) this.firstMore ??= shifted(firstMore);
  }

  private list(listed: ListedCode): void {
    if (this.codes.length < this.wanted.most) this.codes.push(listed);
    else {
      this.more++;
      this.firstMore ??= listed;
    }
  }

  result(): ListedCodesResult {
    return { codes: this.codes, more: this.more, ...(this.firstMore ? { firstMore: this.firstMore } : {}) };
  }
}
