import { inBrief, messageOf } from '../../core/summary/codeTally';
import type { Output } from '../output';
import type { Report } from './report';
import { severityOf } from './levels';

/**
 * GitHub Actions workflow commands, an annotation per finding:
 * `::error file=…,line=…,col=…,endColumn=…,title=…::message`, with what to do on a line below.
 * GitHub shows at most 10 annotations of each level per step; the summary on standard error has the rest.
 */
export function githubReport(out: Output): Report {
  const perLevel = { error: 0, warning: 0, notice: 0 };
  return {
    finding: ({ place, endColumn, occurrence, meanings }) => {
      const severity = severityOf(meanings);
      const level = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
      perLevel[level]++;
      const { remedy } = inBrief(meanings);
      const properties = [`file=${property(place.path)}`, `line=${place.line}`, `col=${place.column}`, `endColumn=${endColumn}`, `title=${property(`CEQUENS ${occurrence.code}`)}`];
      out.write(`::${level} ${properties.join(',')}::${data(`${messageOf(occurrence.code, meanings)}\nWhat to do: ${remedy}`)}\n`);
    },
    check: ({ place, endColumn, rule, message }) => {
      perLevel.warning++;
      const properties = [`file=${property(place.path)}`, `line=${place.line}`, `col=${place.column}`, `endColumn=${endColumn}`, `title=${property(`CEQUENS ${rule}`)}`];
      out.write(`::warning ${properties.join(',')}::${data(message)}\n`);
    },
    error: (error) => out.write(`::error file=${property(error.path)}::${data(`cannot read ${error.path}: ${error.message}`)}\n`),
    end: () => {
      const hidden = Object.values(perLevel).reduce((sum, n) => sum + Math.max(0, n - SHOWN_PER_LEVEL), 0);
      if (hidden > 0) out.write(`::notice title=CEQUENS::${data(`${hidden} more findings than GitHub shows as annotations (${SHOWN_PER_LEVEL} of each level per step): the summary counts them all, --format text lists them`)}\n`);
    },
  };
}

/** GitHub shows this many annotations of each level per step. */
const SHOWN_PER_LEVEL = 10;

/** A workflow command's message, escaped as the runner reads it. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also without the ":" and "," that end it. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
