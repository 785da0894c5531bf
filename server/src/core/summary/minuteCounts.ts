import type { MinuteCount } from '../../../../shared/src/protocol';

/** An ISO-8601-like timestamp ("2025-03-14T09:00:07.663Z", "2025-03-14 09:00:07"), up to its minute. */
const TIMESTAMP = /\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/;

/**
 * Codes counted per minute of their line's timestamp (the summary view's chart). Codes come in line
 * order; a line's timestamp is looked for once, at its first code.
 */
export class MinuteCounts {
  private readonly counts = new Map<string, number>();
  private lastLine = -1;
  private lastMinute: string | undefined;

  /** Counts a code on `line`; `lineText` is asked only for a line not seen just before. */
  add(line: number, lineText: () => string): void {
    if (line !== this.lastLine) {
      this.lastLine = line;
      const match = TIMESTAMP.exec(lineText());
      this.lastMinute = match ? `${match[1]}T${match[2]}` : undefined;
    }
    if (this.lastMinute) this.addTo(this.lastMinute, 1);
  }

  /** Adds the counts of another part of the file (read apart). */
  addAll(counts: Iterable<readonly [string, number]>): void {
    for (const [minute, count] of counts) this.addTo(minute, count);
  }

  entries(): IterableIterator<[string, number]> {
    return this.counts.entries();
  }

  /** The minutes in order. */
  result(): MinuteCount[] {
    const perMinute = [...this.counts].map(([minute, count]) => ({ minute, count }));
    return perMinute.sort((a, b) => (a.minute < b.minute ? -1 : a.minute > b.minute ? 1 : 0));
  }

  private addTo(minute: string, count: number): void {
    this.counts.set(minute, (this.counts.get(minute) ?? 0) + count);
  }
}
