import type { ScanFormat } from '../commandLine';
import type { CheckFinding, Finding, ScanOutcome } from '../findings';
import type { ReadError } from '../inputs';
import { Output } from '../output';
import { Paint, wantsColour } from '../terminal';
import { githubReport } from './github';
import { jsonLinesReport, jsonReport } from './json';
import { sarifReport } from './sarif';
import { summaryText } from './summaryText';
import { textReport } from './text';

/** A format of a scan's findings: told of each as it is found, and of the end. */
export interface Report {
  finding(finding: Finding): void;
  /** A policy check's finding (`--checks`). */
  check(check: CheckFinding): void;
  /** A path that could not be read (it is also named on standard error). */
  error(error: ReadError): void;
  end(outcome: ScanOutcome): void;
}

export interface ReportStreams {
  readonly out: Output;
  /** Standard error: the summary of the machine formats goes there, so that standard output holds only the report. */
  readonly err: Output;
  readonly outPaint: Paint;
  readonly errPaint: Paint;
}

export function reportStreams(): ReportStreams {
  return {
    out: new Output(process.stdout),
    err: new Output(process.stderr),
    outPaint: new Paint(wantsColour(process.stdout)),
    errPaint: new Paint(wantsColour(process.stderr)),
  };
}

export function reportFor(format: ScanFormat, summaryOnly: boolean, streams: ReportStreams): Report {
  switch (format) {
    case 'text':
      return textReport(summaryOnly, streams);
    case 'json':
      return withSummaryOnStderr(jsonReport(summaryOnly, streams.out), summaryOnly, streams);
    case 'jsonl':
      return withSummaryOnStderr(jsonLinesReport(summaryOnly, streams.out), summaryOnly, streams);
    case 'sarif':
      return withSummaryOnStderr(sarifReport(streams.out), summaryOnly, streams);
    case 'github':
      return withSummaryOnStderr(githubReport(streams.out), summaryOnly, streams);
  }
}

/** A machine format, then the summary for the person watching, on standard error (not with --summary-only: the report is the summary). */
function withSummaryOnStderr(report: Report, summaryOnly: boolean, { err, errPaint }: ReportStreams): Report {
  return {
    finding: (f) => report.finding(f),
    check: (c) => report.check(c),
    error: (e) => report.error(e),
    end: (outcome) => {
      report.end(outcome);
      if (!summaryOnly) err.write(summaryText(outcome, errPaint));
    },
  };
}
