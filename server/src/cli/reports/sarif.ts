import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../../package.json';
import { headingOf } from '../../../../shared/src/entryNames';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { inBrief, keyOf, messageOf } from '../../core/summary/codeTally';
import { POLICY_RULE_TITLES, type PolicyRule } from '../../core/writing/policyChecks';
import { TOOL_NAME } from '../commandLine';
import type { Output } from '../output';
import type { Report } from './report';
import { sarifLevelOf } from './levels';
import { twinsOf } from './jsonShapes';

const SRCROOT = '%SRCROOT%';
/** Code scanning takes at most this many results per run (GitHub's limit): the rest are counted, not listed. */
export const MAX_SARIF_RESULTS = 25_000;

/**
 * SARIF 2.1.0 as code-scanning services take it: one run, rules only for the codes found (ruleId:
 * the catalog entry's id, or `code:401` where the context leaves the meaning open), results with
 * paths relative to the working folder under %SRCROOT%, 1-based lines and UTF-16 columns, a
 * fingerprint that stays when lines move, and the paths that could not be read under `invocations`.
 * SARIF is one document: results are held until the end, at most MAX_SARIF_RESULTS of them (a note
 * under `invocations` says how many more there were; the summary on standard error counts them all).
 */
export function sarifReport(out: Output): Report {
  const rules = new Map<string, { index: number; rule: object }>();
  const indexOf = (id: string, rule: () => object) => {
    if (!rules.has(id)) rules.set(id, { index: rules.size, rule: rule() });
    return rules.get(id)!.index;
  };
  /** The nth result of a fingerprint: identical lines of a file each get their own. */
  const numbered = (base: string) => {
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    return `${base}:${nth}`;
  };
  const results: object[] = [];
  /** How many times each fingerprint has been seen: identical lines of a file get their own. */
  const seen = new Map<string, number>();
  let leftOut = 0;
  return {
    finding: (finding) => {
      if (results.length >= MAX_SARIF_RESULTS) return void leftOut++;
      const { place, endColumn, occurrence, meanings } = finding;
      const ruleId = keyOf(meanings, occurrence.code);
      const uri = artifactLocation(place.path);
      results.push({
        ruleId,
        ruleIndex: indexOf(ruleId, () => ruleOf(ruleId, meanings)),
        level: sarifLevelOf(meanings),
        message: { text: `${messageOf(occurrence.code, meanings)}. What to do: ${inBrief(meanings).remedy}` },
        locations: [{ physicalLocation: { artifactLocation: uri, region: { startLine: place.line, startColumn: place.column, endColumn } } }],
        partialFingerprints: { 'cequensFinding/v1': numbered(fingerprint(ruleId, uri.uri, occurrence.excerpt)) },
      });
    },
    check: ({ place, endColumn, rule, message, entry }) => {
      if (results.length >= MAX_SARIF_RESULTS) return void leftOut++;
      const ruleId = `check/${rule}`;
      const uri = artifactLocation(place.path);
      results.push({
        ruleId,
        ruleIndex: indexOf(ruleId, () => checkRuleOf(ruleId, rule as PolicyRule)),
        level: 'warning',
        message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: uri, region: { startLine: place.line, startColumn: place.column, endColumn } } }],
        partialFingerprints: { 'cequensFinding/v1': numbered(fingerprint(ruleId, uri.uri, `${entry?.code ?? ''} ${message}`)) },
      });
    },
    error: () => {},
    end: ({ errors }) => {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: TOOL_NAME, version, rules: [...rules.values()].map(({ rule }) => rule) } },
            originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(process.cwd()).href.replace(/\/?$/, '/')}` } },
            columnKind: 'utf16CodeUnits',
            invocations: [
              {
                executionSuccessful: errors.length === 0,
                toolExecutionNotifications: [
                  ...errors.map((e) => ({
                    level: 'error',
                    message: { text: `cannot read ${e.path}: ${e.message}` },
                    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.path) } }],
                  })),
                  ...(leftOut > 0 ? [{ level: 'warning', message: { text: `${leftOut} more findings are not listed: code scanning takes ${MAX_SARIF_RESULTS} results per run` } }] : []),
                ],
              },
            ],
            results,
          },
        ],
      };
      out.write(`${JSON.stringify(log, null, 2)}\n`);
    },
  };
}

function ruleOf(id: string, meanings: readonly CatalogEntry[]) {
  const { title, category, transient, remedy } = inBrief(meanings);
  const one = meanings.length === 1 ? meanings[0] : undefined;
  const heading = one ? headingOf(one) : `${meanings[0].code} ${title}`;
  const description = one ? one.description || one.title : `The code ${meanings[0].code} can mean: ${meanings.map(headingOf).join('; ')}.`;
  const twins = twinsOf(meanings);
  const help = [`What to do: ${remedy}`, ...(one?.pitfall ? [`Watch out: ${one.pitfall}`] : []), ...(twins.length > 0 ? [`Same meaning elsewhere: ${twins.join(', ')}`] : [])];
  const page = meanings.every((e) => e.page === meanings[0].page) ? meanings[0].page : undefined;
  return {
    id,
    name: heading,
    shortDescription: { text: heading },
    fullDescription: { text: description },
    ...(page ? { helpUri: page } : {}),
    help: { text: help.join('\n') },
    defaultConfiguration: { level: sarifLevelOf(meanings) },
    properties: { category, transient, tags: [...new Set(meanings.map((e) => e.category)), transient ? 'transient' : 'permanent'] },
  };
}

/** A policy check (`--checks`) as a rule. */
function checkRuleOf(id: string, rule: PolicyRule) {
  const title = POLICY_RULE_TITLES[rule];
  return { id, name: rule, shortDescription: { text: title }, fullDescription: { text: title }, defaultConfiguration: { level: 'warning' }, properties: { tags: ['policy-check'] } };
}

/**
 * A path as SARIF wants it: relative to the working folder under %SRCROOT%, with forward slashes
 * and each segment escaped; outside the working folder, an absolute file URI; standard input as named.
 */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(path);
  const fromRoot = relative(process.cwd(), absolute);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { uri: pathToFileURL(absolute).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The same code on the same text of the same file: a line that moves keeps its fingerprint. */
function fingerprint(ruleId: string, uri: string, excerpt: string): string {
  return createHash('sha256').update(`${ruleId}\0${uri}\0${excerpt.trim()}`).digest('hex').slice(0, 32);
}
