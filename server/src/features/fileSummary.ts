import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { languageIdOfFile } from '../../../shared/src/languages';
import { FileSummaryRequest, type SummaryResult } from '../../../shared/src/protocol';
import { FilePieces } from '../core/streaming/readPieces';
import { StreamScanner } from '../core/streaming/streamScanner';
import { READ_BUDGET_MS } from '../documents';
import { DiagnosticList } from './diagnostics';
import type { Settings } from './settings';
import { LogSummary } from './summary';

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
    let pieces: FilePieces;
    try {
      pieces = new FilePieces(path);
    } catch {
      return null; // unreadable
    }
    let reported = -Infinity;
    // Read as the command-line tool reads, between requests a few chunks at a time: a stream's chunk
    // a turn waited for the disk after each and let a request in after ~1 ms of work.
    const read = await new Promise<boolean>((resolve) => {
      const step = () => {
        try {
          if (token.isCancellationRequested) return resolve(false);
          const until = performance.now() + READ_BUDGET_MS;
          for (let text = pieces.next(); text !== undefined; text = pieces.next()) {
            scanner.push(text);
            if (reporter && performance.now() - reported >= REPORT_EVERY_MS) {
              reported = performance.now();
              reporter.report(summary.result({ linesRead: pieces.bytesRead, lines: bytes, unit: 'bytes' }));
            }
            if (performance.now() >= until) return void setImmediate(step);
          }
          resolve(true);
        } catch {
          resolve(false); // unreadable
        }
      };
      step();
    });
    pieces.close();
    if (!read || token.isCancellationRequested) return null;
    scanner.end();
    void connection.sendDiagnostics({ uri, diagnostics: problems.result() });
    return summary.result() satisfies SummaryResult;
  });
}
