import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import type { StreamOccurrence } from '../core/streaming/streamScanner';
import type { CodeTally } from '../core/summary/codeTally';
import type { ReadError } from './inputs';

/** Where a code was found, as a person reads it: the path as given, 1-based line and column (UTF-16 code units). */
export interface Place {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** One error code found by a scan. */
export interface Finding {
  readonly place: Place;
  /** Past the code's last character, on its line. */
  readonly endColumn: number;
  readonly occurrence: StreamOccurrence;
  /** The meaning its context picks, else every meaning of its code. */
  readonly meanings: readonly CatalogEntry[];
}

/** What a whole scan found. */
export interface ScanOutcome {
  readonly tally: CodeTally<Place>;
  readonly errors: readonly ReadError[];
  readonly filesRead: number;
  /** Findings that fail the scan. */
  readonly failing: number;
  /** The `--fail-on` gate, as written. */
  readonly gate: string;
}
