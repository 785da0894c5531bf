import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { headingOf } from '../../../../shared/src/entryNames';
import type { Occurrence } from '../detection/occurrence';
import { nameOf } from '../hover/card';

/** One meaning of a code (or, where the context leaves it open, one code), counted. */
export interface TalliedCode<Place> {
  /** The entry's id, or `code:401` for a code whose meaning the context left open. */
  readonly key: string;
  readonly code: number;
  readonly meanings: readonly CatalogEntry[];
  count: number;
  readonly first: Place;
  last: Place;
}

/**
 * Occurrences counted per meaning, in the order they are found: the summary of an open log (the
 * summary view) and of the files a command-line scan reads. `Place` is wherever an occurrence is
 * (a line of a document, a file and a position).
 */
export class CodeTally<Place> {
  private readonly byKey = new Map<string, TalliedCode<Place>>();
  total = 0;

  add(occurrence: Occurrence, place: Place): void {
    const meanings = meaningsOf(occurrence);
    const key = keyOf(meanings, occurrence.code);
    const row = this.byKey.get(key);
    if (row) {
      row.count++;
      row.last = place;
    } else {
      this.byKey.set(key, { key, code: occurrence.code, meanings, count: 1, first: place, last: place });
    }
    this.total++;
  }

  /** The rows in the order their meanings were first found. */
  inOrderFound(): IterableIterator<TalliedCode<Place>> {
    return this.byKey.values();
  }

  /**
   * Adds the rows of a tally of what comes after this one's occurrences (the next part of a file,
   * read apart): counts add up, the later last places win, meanings new here come after the others.
   */
  addLater<Other>(rows: Iterable<TalliedCode<Other>>, placeOf: (place: Other) => Place): void {
    for (const row of rows) {
      const mine = this.byKey.get(row.key);
      if (mine) {
        mine.count += row.count;
        mine.last = placeOf(row.last);
      } else {
        this.byKey.set(row.key, { ...row, first: placeOf(row.first), last: placeOf(row.last) });
      }
      this.total += row.count;
    }
  }

  /** Most frequent first, then by code. */
  rows(): TalliedCode<Place>[] {
    return [...this.byKey.values()].sort((a, b) => b.count - a.count || a.code - b.code);
  }
}

/** The meanings an occurrence stands for: the one its context picks, else every meaning of its code. */
export function meaningsOf(occurrence: Occurrence): readonly CatalogEntry[] {
  return occurrence.picked ? [occurrence.picked] : occurrence.entries;
}

/** What counts one meaning: the entry's id, or the code where the meanings are several. */
export function keyOf(meanings: readonly CatalogEntry[], code: number): string {
  return meanings.length === 1 ? meanings[0].id : `code:${code}`;
}

/** "470 Re-engagement message"; for a code the context left open, every meaning. */
export function messageOf(code: number, meanings: readonly CatalogEntry[]): string {
  return meanings.length === 1 ? headingOf(meanings[0]) : `${code} (one of: ${meanings.map(nameOf).join(', ')})`;
}

/** What a summary says of one or several meanings of a code, in a line each. */
export interface MeaningsInBrief {
  /** The title, or the textual codes and titles of every meaning, joined by " / ". */
  readonly title: string;
  /** The categories of the meanings, joined by ", ". */
  readonly category: string;
  /** True when every meaning is worth a retry. */
  readonly transient: boolean;
  /** What to do; for several meanings, each one's, under its heading. */
  readonly remedy: string;
}

export function inBrief(meanings: readonly CatalogEntry[]): MeaningsInBrief {
  const one = meanings.length === 1;
  return {
    title: one ? meanings[0].title : meanings.map(nameOf).join(' / '),
    category: [...new Set(meanings.map((e) => e.category))].join(', '),
    transient: meanings.every((e) => e.transient),
    remedy: one ? meanings[0].remedy : meanings.map((e) => `${headingOf(e)}: ${e.remedy}`).join(' '),
  };
}
