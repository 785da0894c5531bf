import type { Connection, Range, ResultProgressReporter } from 'vscode-languageserver';
import { SummaryRequest, type SummaryReading, type SummaryResult, type SummaryRow } from '../../../shared/src/protocol';
import type { PlacedOccurrence } from '../core/occurrenceIndex';
import type { RangeReading } from '../core/streaming/fileRanges';
import { CodeTally, inBrief, type TalliedCode } from '../core/summary/codeTally';
import { MinuteCounts } from '../core/summary/minuteCounts';
import type { AnalysedDocument, DocumentStore } from '../documents';
import { forEachOccurrenceInSlices } from './slices';

/** While the document is being read, a report of the summary so far goes out at most this often (after the first). */
const REPORT_EVERY_MS = 200;

/**
 * `cequens/summary`: read in slices, so that a 50 MB log keeps hovers answered meanwhile. Asked with
 * a partialResultToken while the document is still being read (a big log just opened), the summary
 * so far is reported at the first pause and then every REPORT_EVERY_MS, so that the view shows
 * counts before the reading is done; a document already read is summarized too fast to need it.
 */
export function registerSummaryRequest(connection: Connection, store: DocumentStore): void {
  connection.onRequest(SummaryRequest, async (params, token) => {
    const reporter = connection.languages.attachPartialResultProgress(SummaryRequest, params);
    // A document edited while it is summarized is summarized again, as it is now.
    while (!token.isCancellationRequested) {
      const document = store.get(params.textDocument.uri);
      if (!document) return null;
      const summary = await summarizeDocument(document, params.range, () => token.isCancellationRequested || store.get(document.uri) !== document, reporter);
      if (summary) return summary;
    }
    return null;
  });
}

/** The summary of a document (of a range of it), reporting the counts so far while it reads; undefined once `isStale`. */
export async function summarizeDocument(
  document: AnalysedDocument,
  range: Range | undefined,
  isStale: () => boolean,
  reporter: ResultProgressReporter<SummaryResult> | undefined,
): Promise<SummaryResult | undefined> {
  const summary = new LogSummary();
  const inRange = (o: PlacedOccurrence) =>
    !range || ((o.line > range.start.line || o.end > range.start.character) && (o.line < range.end.line || o.start < range.end.character));
  const from = Math.max(0, range?.start.line ?? 0);
  const to = Math.min(range?.end.line ?? Infinity, document.index.text.lineCount - 1);
  let reported = -Infinity;
  const report = (line: number) => {
    if (!reporter || performance.now() - reported < REPORT_EVERY_MS) return;
    reported = performance.now();
    reporter.report(summary.result({ linesRead: line - from, lines: to - from + 1 }));
  };
  const done = await forEachOccurrenceInSlices(document, from, to, (o) => inRange(o) && summary.add(o, () => document.index.text.line(o.line)), isStale, report);
  return done ? summary.result() : undefined;
}

/** Occurrences added in document order (or the readings of a file's ranges, in the file's order), counted per meaning and per minute. */
export class LogSummary {
  private readonly tally = new CodeTally<number>();
  private readonly minutes = new MinuteCounts();

  /** `lineText`: the text of the occurrence's line, asked for its timestamp. */
  add(occurrence: PlacedOccurrence, lineText: () => string): void {
    this.tally.add(occurrence, occurrence.line);
    this.minutes.add(occurrence.line, lineText);
  }

  /** Adds what a range of a file read apart holds, its lines numbered after `linesBefore`. */
  addLater({ rows, minutes }: RangeReading, linesBefore: number): void {
    this.tally.addLater(rows, (place) => linesBefore + place.line);
    this.minutes.addAll(minutes);
  }

  /** The summary of what was added; `reading` says how far that is, while lines are still to come. */
  result(reading?: SummaryReading): SummaryResult {
    return { total: this.tally.total, ...(reading ? { reading } : {}), rows: this.tally.rows().map(rowOf), perMinute: this.minutes.result() };
  }
}

function rowOf({ meanings, code, count, first, last }: TalliedCode<number>): SummaryRow {
  const { title, category, transient, remedy } = inBrief(meanings);
  return { code, title, category, transient, count, firstLine: first, lastLine: last, remedy };
}
