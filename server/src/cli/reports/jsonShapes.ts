import { twinName } from '../../../../shared/src/entryNames';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { inBrief, keyOf, type TalliedCode } from '../../core/summary/codeTally';
import type { CheckFinding, Finding, Place, ScanOutcome } from '../findings';
import { severityOf } from './levels';

/** The version of the json and jsonl documents: raised when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

/** One finding as json and jsonl write it. */
export function findingJson({ place, endColumn, occurrence, meanings }: Finding) {
  const { title, category, transient } = inBrief(meanings);
  return {
    path: place.path,
    line: place.line,
    column: place.column,
    endColumn,
    code: occurrence.code,
    ...(occurrence.stringCode ? { stringCode: occurrence.stringCode } : {}),
    key: keyOf(meanings, occurrence.code),
    entries: meanings.map((e) => e.id),
    title,
    category,
    transient,
    severity: severityOf(meanings),
  };
}

/** A policy check's finding as json and jsonl write it: `check` names the check. */
export function checkJson({ place, endColumn, rule, message, entry }: CheckFinding) {
  return { path: place.path, line: place.line, column: place.column, endColumn, check: rule, ...(entry ? { code: entry.code, entries: [entry.id] } : {}), message };
}

/** The summary as json and jsonl write it: counts by meaning, most frequent first. */
export function summaryJson(outcome: ScanOutcome) {
  return {
    total: outcome.tally.total,
    filesRead: outcome.filesRead,
    checks: outcome.checks,
    failOn: outcome.gate,
    failing: outcome.failing,
    codes: outcome.tally.rows().map(rowJson),
    errors: outcome.errors,
  };
}

function rowJson({ key, code, meanings, count, first, last }: TalliedCode<Place>) {
  const { title, category, transient, remedy } = inBrief(meanings);
  const pages = [...new Set(meanings.map((e) => e.page).filter((p): p is string => p !== undefined))];
  return { key, code, entries: meanings.map((e) => e.id), title, category, transient, count, first, last, remedy, twins: twinsOf(meanings), pages };
}

/** The twins of every meaning, by name ("Cloud API 131047"), each once. */
export function twinsOf(meanings: readonly CatalogEntry[]): string[] {
  return [...new Set(meanings.flatMap((e) => (e.twins ?? []).map(twinName)))];
}
