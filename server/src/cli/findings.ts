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

/**
 * A policy check's finding (`--checks`): a code handled against what it means (a permanent one
 * retried, a transient one given up on), or a failed status whose errors are dropped.
 */
export interface CheckFinding {
  readonly place: Place;
  readonly endColumn: number;
  /** The check's name: `retry-permanent`, `final-transient`, `failed-status-errors`. */
  readonly rule: string;
  readonly message: string;
  /** The code it is about, where there is one. */
  readonly entry?: CatalogEntry;
}

/** What a whole scan found. */
export interface ScanOutcome {
  readonly tally: CodeTally<Place>;
  readonly errors: readonly ReadError[];
  readonly filesRead: number;
  /** How many policy check findings there were (`--checks`). */
  readonly checks: number;
  /** Findings that fail the scan. */
  readonly failing: number;
  /** The `--fail-on` gate, as written. */
  readonly gate: string;
}
