import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { languageIdOfFile } from '../../../shared/src/languages';
import { FileSummaryRequest, type SummaryResult } from '../../../shared/src/protocol';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { defaultThreadCount, rangesOf, readsInRanges } from '../core/streaming/fileRanges';
import { readRangesOnThreads } from '../core/streaming/rangeThreads';
import { readStreamInPieces } from '../core/streaming/readPieces';
import { StreamScanner } from '../core/streaming/streamScanner';
import { DiagnosticList, type ProblemsPart } from './diagnostics';
import type { ResourceSettings, Settings } from './settings';
import { LogSummary, type SummaryPart } from './summary';

/** Read a chunk at a time: each is detected in a few milliseconds, and requests are answered between chunks. */
const CHUNK_BYTES = 64 * 1024;
/** While the file is read, a report of the summary so far goes out at most this often (after the first). */
const REPORT_EVERY_MS = 200;

/** What the threads that read a big file's ranges are told once (fileSummaryThread.ts). */
export interface FileSummaryJob {
  readonly path: string;
  readonly uri: string;
  readonly languageId: string;
  readonly entries: readonly CatalogEntry[];
  readonly neverCodes: readonly number[];
  readonly settings: ResourceSettings;
}

/** What a thread found in a range: its summary and problems, its lines numbered from the range's first, and its line breaks. */
export interface RangeSummary {
  readonly summary: SummaryPart;
  readonly problems: ProblemsPart;
  readonly lineBreaks: number;
}

/**
 * `cequens/summarizeFile`: a file too big for the editor to hand over, read from disk with the
 * command-line tool's reader (core/streaming) in bounded memory, its summary reported as it grows
 * and its codes published as the file's problems. A big log is read in ranges on every core, as the
 * tool reads it (its threads run dist/fileSummaryThread.js), the ranges' summaries added in order.
 */
export function registerFileSummaryRequest(connection: Connection, catalog: () => Catalog, settings: Settings): void {
  connection.onRequest(FileSummaryRequest, async ({ uri, ...params }, token) => {
    const reporter = connection.languages.attachPartialResultProgress(FileSummaryRequest, params);
    let path: string;
    let bytes: number;
    try {
      path = fileURLToPath(uri);
      bytes = statSync(path).size;
    } catch {
      return null;
    }
    const summary = new LogSummary(() => lineHead);
    let lineHead = '';
    const problems = new DiagnosticList(uri, await settings.for(uri));
    const languageId = languageIdOfFile(path) ?? 'plaintext';
    const threads = defaultThreadCount();
    const ranges = readsInRanges(languageId) ? rangesOf(bytes, threads) : [];
    let reported = -Infinity;
    const report = (bytesRead: number) => {
      if (!reporter || performance.now() - reported < REPORT_EVERY_MS) return;
      reported = performance.now();
      reporter.report(summary.result({ linesRead: bytesRead, lines: bytes, unit: 'bytes' }));
    };
    try {
      if (ranges.length > 1) {
        // A big log (each line read alone) on every core, as the command-line tool reads it.
        report(0);
        const job: FileSummaryJob = { path, uri, languageId, entries: catalog().entries, neverCodes: [...catalog().neverCodes], settings: await settings.for(uri) };
        let linesBefore = 0;
        await readRangesOnThreads<RangeSummary>(
          join(__dirname, 'fileSummaryThread.js'),
          job,
          ranges,
          threads,
          (answer, index) => {
            summary.addLater(answer.summary, linesBefore, catalog());
            problems.addLater(answer.problems, linesBefore);
            linesBefore += answer.lineBreaks;
            report(Math.min(bytes, ranges[index].end));
          },
          () => token.isCancellationRequested,
        );
      } else {
        const scanner = new StreamScanner(languageId, catalog(), (occurrence) => {
          lineHead = occurrence.lineHead;
          summary.add(occurrence);
          problems.add(occurrence);
        });
        const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
        await readStreamInPieces(stream, (text) => {
          if (token.isCancellationRequested) stream.destroy();
          scanner.push(text);
          report(stream.bytesRead);
        });
        scanner.end();
      }
    } catch {
      return null; // unreadable, or cancelled
    }
    if (token.isCancellationRequested) return null;
    void connection.sendDiagnostics({ uri, diagnostics: problems.result() });
    return summary.result() satisfies SummaryResult;
  });
}
