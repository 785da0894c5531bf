import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { languageIdOfFile } from '../../../shared/src/languages';
import { FileSummaryRequest, type SummaryResult } from '../../../shared/src/protocol';
import { cutInto, MIN_RANGE_BYTES, readsInRanges } from '../core/streaming/fileRanges';
import { defaultThreadCount, readRangesOnThreads } from '../core/streaming/rangeThreads';
import { isBinaryFile } from '../core/streaming/readPieces';
import { DiagnosticList } from './diagnostics';
import type { Settings } from './settings';
import { LogSummary } from './summary';

/** While the file is read, a report of the summary so far goes out at most this often (after the first). */
const REPORT_EVERY_MS = 200;
/** The bundle the reading threads run (esbuild.mjs builds it beside the server's). */
const RANGE_THREAD_SCRIPT = join(__dirname, 'rangeThread.js');

/**
 * `cequens/summarizeFile`: a file too big for the editor to hand over, read from disk as the
 * command-line tool reads it, in ranges of MIN_RANGE_BYTES on one thread per CPU (a log; other text
 * in one range, read with the lines above each), so that the server's own thread stays free for requests. Its summary
 * is reported as the ranges come in, in the file's order, and its codes are published as the
 * file's problems.
 */
export function registerFileSummaryRequest(connection: Connection, catalog: () => Catalog, settings: Settings): void {
  connection.onRequest(FileSummaryRequest, async ({ uri, ...params }, token) => {
    const reporter = connection.languages.attachPartialResultProgress(FileSummaryRequest, params);
    let path: string;
    let bytes: number;
    try {
      path = fileURLToPath(uri);
      bytes = statSync(path).size;
      if (isBinaryFile(path)) return null;
    } catch {
      return null; // unreadable
    }
    const languageId = languageIdOfFile(path) ?? 'plaintext';
    const summary = new LogSummary();
    const codes = catalog();
    const problems = new DiagnosticList(uri, await settings.for(uri), codes);
    const stop = new AbortController();
    token.onCancellationRequested(() => stop.abort());
    const ranges = readsInRanges(languageId) ? cutInto(bytes, Math.max(1, Math.floor(bytes / MIN_RANGE_BYTES))) : [{ start: 0, end: Infinity }];
    let linesBefore = 0;
    let reported = -Infinity;
    let read: boolean;
    try {
      const wants = { perMinute: true, listed: problems.wanted() };
      read = await readRangesOnThreads({ script: RANGE_THREAD_SCRIPT, path, languageId, catalog: codes, wants, ranges, threads: defaultThreadCount(), signal: stop.signal }, (reading, range) => {
        summary.addLater(reading, linesBefore);
        problems.addLater(reading.listed, linesBefore);
        linesBefore += reading.lineBreaks;
        if (reporter && range.end < bytes && performance.now() - reported >= REPORT_EVERY_MS) {
          reported = performance.now();
          reporter.report(summary.result({ linesRead: range.end, lines: bytes, unit: 'bytes' }));
        }
      });
    } catch {
      return null; // unreadable, or a thread failed
    }
    if (!read || token.isCancellationRequested) return null;
    void connection.sendDiagnostics({ uri, diagnostics: problems.result() });
    return summary.result() satisfies SummaryResult;
  });
}
