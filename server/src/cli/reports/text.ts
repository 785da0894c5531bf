import { messageOf } from '../../core/summary/codeTally';
import type { Finding } from '../findings';
import { printable } from '../../core/hover/cardStyle';
import type { Paint } from '../terminal';
import type { Report, ReportStreams } from './report';
import { severityOf } from './levels';
import { placeText, summaryText } from './summaryText';

/** `path:line:col code title`, a line per finding, then a blank line and the summary. */
export function textReport(summaryOnly: boolean, { out, outPaint }: ReportStreams): Report {
  let listed = false;
  return {
    finding: (finding) => {
      if (summaryOnly) return;
      listed = true;
      out.write(`${placeText(finding.place, outPaint)} ${codeText(finding, outPaint)}\n`);
    },
    check: ({ place, rule, message }) => {
      if (summaryOnly) return;
      listed = true;
      out.write(`${placeText(place, outPaint)} ${outPaint.bold(outPaint.yellow(rule))} ${printable(message)}\n`);
    },
    error: () => {},
    end: (outcome) => out.write(`${listed ? '\n' : ''}${summaryText(outcome, outPaint)}`),
  };
}

function codeText({ occurrence, meanings }: Finding, paint: Paint): string {
  const message = printable(messageOf(occurrence.code, meanings));
  const code = String(occurrence.code);
  const colour = { error: paint.red, warning: paint.yellow }[severityOf(meanings) as string] ?? paint.cyan;
  return `${paint.bold(colour(code))}${message.slice(code.length)}`;
}
