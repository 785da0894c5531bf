import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { languageIdOfFile } from '../../../shared/src/languages';
import { FileSummaryRequest, type SummaryResult } from '../../../shared/src/protocol';
import { readStreamInPieces } from '../core/streaming/readPieces';
import { StreamScanner } from '../core/streaming/streamScanner';
import { DiagnosticList } from './diagnostics';
import type { Settings } from './settings';
import { LogSummary } from './summary';

/** Read a chunk at a time: each is detected in a few milliseconds, and requests are answered between chunks. */
const CHUNK_BYTES = 64 * 1024;
/** While the file is read, a report of the summary so far goes out at most this often (after the first). */
const REPORT_EVERY_MS = 200;

/**
 * `cequens/summarizeFile`: a file too big for the editor to hand over, read from disk with the
 * command-line tool's reader (core/streaming) in bounded memory, its summary reported as it grows
 * and its codes published as the file's problems.
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
    let lineHead = '';
    const summary = new LogSummary(() => lineHead);
    const problems = new DiagnosticList(uri, await settings.for(uri));
    const languageId = languageIdOfFile(path) ?? 'plaintext';
    const scanner = new StreamScanner(languageId, catalog(), (occurrence) => {
      lineHead = occurrence.lineHead;
      summary.add(occurrence);
      problems.add(occurrence);
    });
    let reported = -Infinity;
    const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    try {
      await readStreamInPieces(stream, (text) => {
        if (token.isCancellationRequested) stream.destroy();
        scanner.push(text);
        if (reporter && performance.now() - reported >= REPORT_EVERY_MS) {
          reported = performance.now();
          reporter.report(summary.result({ linesRead: stream.bytesRead, lines: bytes, unit: 'bytes' }));
        }
      });
    } catch {
      return null; // unreadable, or cancelled
    }
    if (token.isCancellationRequested) return null;
    scanner.end();
    void connection.sendDiagnostics({ uri, diagnostics: problems.result() });
    return summary.result() satisfies SummaryResult;
  });
}
