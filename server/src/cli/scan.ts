import type { Catalog } from '../../../shared/src/catalog';
import { languageIdOfFile } from '../../../shared/src/languages';
import { StreamScanner, type StreamOccurrence } from '../core/streaming/streamScanner';
import { CodeTally, meaningsOf } from '../core/summary/codeTally';
import type { ScanCommand } from './commandLine';
import { CheckedSource } from './checks';
import type { Place, ScanOutcome } from './findings';
import { inputsOf, reason, type Input, type ReadError } from './inputs';
import { isBinaryFile, readFileInPieces, readStreamInPieces, type ByteRange, type ReadOutcome } from '../core/streaming/readPieces';
import { rangesOf, readsInRanges } from '../core/streaming/fileRanges';
import { tallyInRanges } from './rangeScan';
import { statSync } from 'node:fs';
import { reportFor, type ReportStreams } from './reports/report';
import { printable } from '../core/hover/cardStyle';
import { UsageError } from './usageError';

/** Exit codes, as ESLint and ruff use them. */
export const EXIT = { clean: 0, found: 1, error: 2 } as const;

/**
 * `scan`: reads every input in turn, each as a stream, and reports each code as it is found; then
 * the summary. A path that cannot be read is named on standard error and the rest is still read.
 * Resolves to the exit code.
 */
export async function scan(command: ScanCommand, catalog: Catalog, streams: ReportStreams, stdin: NodeJS.ReadStream): Promise<number> {
  const paths = command.paths.length > 0 ? command.paths : ['-'];
  if (command.paths.length === 0 && stdin.isTTY) throw new UsageError('no paths to scan, and standard input is a terminal: name files or folders, or pipe a log in (… | cequens-errors scan -)');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const report = reportFor(command.format, command.summaryOnly, streams);
  const tally = new CodeTally<Place>();
  const errors: ReadError[] = [];
  let filesRead = 0;
  let failing = 0;
  let checks = 0;
  const onError = (error: ReadError) => {
    errors.push(error);
    streams.out.flush();
    streams.err.write(`${streams.errPaint.red('error')}: cannot read ${printable(error.path)}: ${error.message}\n`);
    streams.err.flush();
    report.error(error);
  };
  for (const input of inputsOf(paths, command.noIgnore, onError)) {
    const path = input.kind === 'stdin' ? command.stdinName : input.path;
    const languageId = languageIdOfFile(path) ?? (input.kind === 'stdin' ? 'log' : 'plaintext');
    const checked = command.checks && input.kind !== 'stdin' ? new CheckedSource(path, languageId) : undefined;
    const scanner = new StreamScanner(languageId, catalog, (occurrence: StreamOccurrence) => {
      checked?.found(occurrence);
      const meanings = meaningsOf(occurrence);
      const place = { path, line: occurrence.line + 1, column: occurrence.start + 1 };
      if (command.gate.matches(meanings)) failing++;
      tally.add(occurrence, place);
      report.finding({ place, endColumn: occurrence.end + 1, occurrence, meanings });
    });
    let outcome: ReadOutcome;
    try {
      const ranges = checked ? [] : rangesToRead(input, languageId, command);
      if (ranges.length > 1) {
        outcome = isBinaryFile(path) ? 'binary' : 'read';
        if (outcome === 'read') failing += await tallyInRanges({ path, languageId, ranges }, command.threads, catalog, command.gate.matches, tally);
      } else {
        outcome = await read(input, stdin, (text) => {
          scanner.push(text);
          checked?.push(text);
        });
      }
    } catch (error) {
      onError({ path, message: reason(error) });
      continue;
    }
    if (outcome === 'binary') {
      if (input.kind === 'stdin' || input.named) streams.err.write(`${printable(path)}: binary, skipped\n`);
      continue;
    }
    scanner.end();
    for (const check of (await checked?.findings(catalog)) ?? []) {
      checks++;
      report.check(check);
    }
    filesRead++;
    streams.out.flush();
  }
  const outcome: ScanOutcome = { tally, errors, filesRead, checks, failing, gate: command.gate.description };
  report.end(outcome);
  streams.out.flush();
  streams.err.flush();
  if (errors.length > 0) return EXIT.error;
  // A check's finding fails the scan whatever the gate: --checks is asked for to find code that loses messages.
  return (failing > 0 || checks > 0) && !command.exitZero ? EXIT.found : EXIT.clean;
}

/**
 * The ranges to read a file in on several threads: with --summary-only, which lists nothing as it
 * is found, a log whose lines are read alone; a file too small for two ranges is one.
 */
function rangesToRead(input: Input, languageId: string, command: ScanCommand): ByteRange[] {
  if (!command.summaryOnly || input.kind !== 'file' || !readsInRanges(languageId)) return [];
  const stat = statSync(input.path);
  // A named pipe or a device is read as it comes, in one piece.
  return stat.isFile() ? rangesOf(stat.size, command.threads) : [];
}

function read(input: Input, stdin: NodeJS.ReadStream, onText: (text: string) => void): Promise<ReadOutcome> {
  if (input.kind === 'stdin') return readStreamInPieces(stdin, onText);
  return Promise.resolve().then(() => readFileInPieces(input.path, onText));
}
