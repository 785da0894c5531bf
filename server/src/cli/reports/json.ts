import { version } from '../../../../package.json';
import { TOOL_NAME } from '../commandLine';
import type { Output } from '../output';
import type { Report } from './report';
import { findingJson, JSON_FORMAT_VERSION, summaryJson } from './jsonShapes';

/** One versioned JSON document: the findings (held until the end), the summary and the paths that could not be read. */
export function jsonReport(summaryOnly: boolean, out: Output): Report {
  const findings: ReturnType<typeof findingJson>[] = [];
  return {
    finding: (finding) => {
      if (!summaryOnly) findings.push(findingJson(finding));
    },
    error: () => {},
    end: (outcome) => {
      const document = { version: JSON_FORMAT_VERSION, tool: { name: TOOL_NAME, version }, ...(summaryOnly ? {} : { findings }), summary: summaryJson(outcome) };
      out.write(`${JSON.stringify(document, null, 2)}\n`);
    },
  };
}

/**
 * JSON Lines, for ingestion: a `finding` record as each is found, an `error` record for each path
 * that could not be read, and a `summary` record at the end. Every record carries the version.
 */
export function jsonLinesReport(summaryOnly: boolean, out: Output): Report {
  const line = (type: string, record: object) => out.write(`${JSON.stringify({ type, version: JSON_FORMAT_VERSION, ...record })}\n`);
  return {
    finding: (finding) => {
      if (!summaryOnly) line('finding', findingJson(finding));
    },
    error: (error) => line('error', error),
    end: (outcome) => line('summary', summaryJson(outcome)),
  };
}
