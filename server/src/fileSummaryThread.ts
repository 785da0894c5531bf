// A thread of the language server that reads a range of a big file for its summary (fileSummary.ts):
// dist/fileSummaryThread.js, given a FileSummaryJob, answers each range it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { Catalog } from '../../shared/src/catalog';
import type { ByteRange } from './core/streaming/readPieces';
import { readFileRangeInPieces } from './core/streaming/readPieces';
import { StreamScanner } from './core/streaming/streamScanner';
import { DiagnosticList } from './features/diagnostics';
import type { FileSummaryJob, RangeSummary } from './features/fileSummary';
import { LogSummary } from './features/summary';

const { path, uri, languageId, entries, neverCodes, settings } = workerData as FileSummaryJob;
const catalog = new Catalog(entries, neverCodes);

parentPort!.on('message', (range: ByteRange) => {
  let lineHead = '';
  const summary = new LogSummary(() => lineHead);
  const problems = new DiagnosticList(uri, settings);
  const scanner = new StreamScanner(
    languageId,
    catalog,
    (occurrence) => {
      lineHead = occurrence.lineHead;
      summary.add(occurrence);
      problems.add(occurrence);
    },
    range.start > 0,
  );
  readFileRangeInPieces(path, range, (text) => scanner.push(text));
  scanner.end();
  parentPort!.postMessage({ summary: summary.part(), problems: problems.part(), lineBreaks: scanner.lineBreaks } satisfies RangeSummary);
});
