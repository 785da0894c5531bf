import { version } from '../../../../package.json';
import { TOOL_NAME } from '../commandLine';
import type { Output } from '../output';
import type { Report } from './report';
import { checkJson, findingJson, JSON_FORMAT_VERSION, summaryJson } from './jsonShapes';

/**
 * One versioned JSON document: the findings, the summary and the paths that could not be read. It
 * is written as the findings come, laid out as `JSON.stringify(document, null, 2)` would: a
 * log of millions of codes is never held.
 */
export function jsonReport(summaryOnly: boolean, out: Output): Report {
  const head = `{\n  "version": ${JSON_FORMAT_VERSION},\n  "tool": ${indented({ name: TOOL_NAME, version }, 2)}`;
  let findings = 0;
  if (!summaryOnly) out.write(`${head},\n  "findings": [`);
  const item = (json: object) => out.write(`${findings++ === 0 ? '' : ','}\n    ${indented(json, 4)}`);
  return {
    finding: (finding) => {
      if (!summaryOnly) item(findingJson(finding));
    },
    // A policy check's finding (`--checks`) among the codes', told apart by its `check`.
    check: (check) => {
      if (!summaryOnly) item(checkJson(check));
    },
    error: () => {},
    end: (outcome) => {
      const summary = `"summary": ${indented(summaryJson(outcome), 2)}\n}\n`;
      if (summaryOnly) out.write(`${head},\n  ${summary}`);
      else out.write(`${findings === 0 ? ']' : '\n  ]'},\n  ${summary}`);
    },
  };
}

/** A value as JSON.stringify lays it out with two spaces, placed `depth` spaces in. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);
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
    check: (check) => {
      if (!summaryOnly) line('check', checkJson(check));
    },
    error: (error) => line('error', error),
    end: (outcome) => line('summary', summaryJson(outcome)),
  };
}
