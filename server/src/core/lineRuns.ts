/**
 * Runs of lines [from, to), disjoint and in order, kept through edits: lines of a document left to
 * read again. Each run keeps its place, so that reading one after an edit elsewhere does not start
 * over from the edit.
 */
export class LineRuns {
  private runs: [number, number][] = [];

  get isEmpty(): boolean {
    return this.runs.length === 0;
  }

  add(from: number, to: number): void {
    if (from >= to) return;
    const kept: [number, number][] = [];
    let run: [number, number] = [from, to];
    for (const other of this.runs) {
      if (other[1] < run[0] || other[0] > run[1]) kept.push(other);
      else run = [Math.min(run[0], other[0]), Math.max(run[1], other[1])];
    }
    kept.push(run);
    this.runs = kept.sort((a, b) => a[0] - b[0]);
  }

  /** Moves every run into `into`. */
  moveTo(into: LineRuns): void {
    for (const [from, to] of this.runs) into.add(from, to);
    this.runs = [];
  }

  /** Lines [first, first + removed) became `inserted` lines: runs after them move, a run across them takes the new lines. */
  splice(first: number, removed: number, inserted: number): void {
    const runs = this.runs;
    this.runs = [];
    const delta = inserted - removed;
    for (const [from, to] of runs) {
      if (to <= first) this.add(from, to);
      else if (from >= first + removed) this.add(from + delta, to + delta);
      else this.add(Math.min(from, first), Math.max(to + delta, first + inserted));
    }
  }

  /** Takes up to `most` lines from the first run; undefined when there are none. */
  take(most: number): [number, number] | undefined {
    const first = this.runs[0];
    if (!first) return undefined;
    const end = Math.min(first[1], first[0] + most);
    const taken: [number, number] = [first[0], end];
    if (end < first[1]) first[0] = end;
    else this.runs.shift();
    return taken;
  }
}
