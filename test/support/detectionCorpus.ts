// The labelled detection corpus (test/fixtures/detection/, marker format in its README.md): reads a
// marked file, runs the detector over it as the server would (on the syntax tree where the
// language has a grammar), and compares, per file or as precision and recall per catalog.
// Call from a test (or once the grammars are loaded): importing it loads them before the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog } from '../../shared/src/catalog';
import { languageIdOfFile } from '../../shared/src/languages';
import { detect } from '../../server/src/core/detection/detect';
import type { Occurrence } from '../../server/src/core/detection/occurrence';
import { syntaxOf } from './syntax';

const OPEN = '⟦';
const CLOSE = '⟧';

/** What a marker says the detector must report at one place. */
export interface Expected {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly stringCode?: string;
  /**
   * 'exact': picked must be the entry `pickedId`. 'none': picked must be absent (an ambiguous
   * code with no hint). 'noneOrSole': the code has a single entry; picked may be absent or it.
   */
  readonly picked: 'exact' | 'none' | 'noneOrSole';
  readonly pickedId?: string;
  /** The marker as written, for messages. */
  readonly marker: string;
}

interface Parsed {
  readonly text: string;
  readonly expected: Expected[];
}

/** Strips ⟦…⟧ markers (keeping the code text inside) and returns the expected occurrences. */
export function parseMarkers(marked: string, catalog: Catalog): Parsed {
  const expected: Expected[] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    const strayClose = marked.indexOf(CLOSE, i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new Error(`marker: "${CLOSE}" without "${OPEN}" at ${where(marked, strayClose)}`);
    }
    if (open === -1) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const close = marked.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) throw new Error(`marker: unterminated "${OPEN}" at ${where(marked, open)}`);
    const inner = marked.slice(open + OPEN.length, close);
    if (inner.includes(OPEN) || inner.includes('\n')) {
      throw new Error(`marker: nested or multi-line marker at ${where(marked, open)}`);
    }
    const marker = `${OPEN}${inner}${CLOSE}`;
    const start = text.length;
    const spec = interpretMarker(inner, catalog, () => where(marked, open));
    text += spec.kept;
    expected.push({ start, end: text.length, marker, ...spec.expectation });
    i = close + CLOSE.length;
  }
  return { text, expected };
}

function interpretMarker(
  inner: string,
  catalog: Catalog,
  at: () => string,
): { kept: string; expectation: Omit<Expected, 'start' | 'end' | 'marker'> } {
  // A number may be written with separators (`131_049`): the code is its digits.
  let m = /^(\d+(?:_\d+)*)$/.exec(inner);
  if (m) {
    const code = Number(m[1].replaceAll('_', ''));
    const entries = catalog.entriesForCode(code);
    if (entries.length === 0) throw new Error(`marker ${inner}: no catalog entry for code ${code} (${at()})`);
    return { kept: m[1], expectation: { code, picked: entries.length === 1 ? 'noneOrSole' : 'none' } };
  }
  m = /^(\d+)@(cloud:[\w/@-]+|[A-Za-z0-9_-]+)$/.exec(inner);
  if (m) {
    const code = Number(m[1]);
    const id = m[2].startsWith('cloud:') ? m[2] : `cequens:${code}:${m[2]}`;
    const entry = catalog.entry(id);
    if (!entry) throw new Error(`marker ${inner}: no catalog entry ${id} (${at()})`);
    return { kept: m[1], expectation: { code, picked: 'exact', pickedId: id } };
  }
  m = /^([A-Z][A-Z_]*)$/.exec(inner);
  if (m) {
    const entries = catalog.entriesForStringCode(m[1]);
    if (entries.length !== 1) {
      throw new Error(`marker ${inner}: ${entries.length} catalog entries have string code ${m[1]} (${at()})`);
    }
    return {
      kept: m[1],
      expectation: { code: entries[0].code, stringCode: m[1], picked: 'exact', pickedId: entries[0].id },
    };
  }
  throw new Error(`marker: cannot read "${OPEN}${inner}${CLOSE}" (${at()})`);
}

function where(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}:${column}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

function lineText(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to === -1 ? text.length : to).replace(/\r$/, '');
}

/** One difference between what the markers expect and what the detector reported. */
export interface Problem {
  readonly kind: 'missed' | 'false' | 'wrong' | 'dup';
  readonly offset: number;
  /** The code marked (missed, wrong) or reported (false, dup). */
  readonly code: number;
  readonly message: string;
}

/** Every difference between what the markers expect and what the detector reported, in text order. */
export function compare(text: string, expected: readonly Expected[], actual: readonly Occurrence[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const say = (offset: number, kind: Problem['kind'], code: number, what: string) => {
    const { line, column } = lineColumn(text, offset);
    problems.push({ kind, offset, code, message: `${kind.padEnd(6)} L${line}:${column} ${what}\n         | ${lineText(text, offset)}` });
  };
  const key = (start: number, end: number) => `${start}:${end}`;
  const actualByRange = new Map<string, Occurrence>();
  for (const occ of actual) {
    const k = key(occ.start, occ.end);
    if (actualByRange.has(k)) say(occ.start, 'dup', occ.code, `reported twice: ${JSON.stringify(text.slice(occ.start, occ.end))}`);
    actualByRange.set(k, occ);
  }
  const expectedKeys = new Set<string>();
  for (const exp of expected) {
    const k = key(exp.start, exp.end);
    expectedKeys.add(k);
    const occ = actualByRange.get(k);
    if (!occ) {
      const overlapping = actual.find((o) => o.start < exp.end && o.end > exp.start);
      const note = overlapping ? ` (reported ${JSON.stringify(text.slice(overlapping.start, overlapping.end))} at ${overlapping.start}-${overlapping.end} instead)` : '';
      say(exp.start, 'missed', exp.code, `${exp.marker}${note}`);
      continue;
    }
    const wrong: string[] = [];
    if (occ.code !== exp.code) wrong.push(`code ${occ.code}, expected ${exp.code}`);
    if (occ.stringCode !== exp.stringCode) wrong.push(`stringCode ${occ.stringCode}, expected ${exp.stringCode}`);
    const pickedId = occ.picked?.id;
    if (exp.picked === 'exact' && pickedId !== exp.pickedId) wrong.push(`picked ${pickedId}, expected ${exp.pickedId}`);
    if (exp.picked === 'none' && pickedId !== undefined) wrong.push(`picked ${pickedId}, expected none (ambiguous)`);
    if (exp.picked === 'noneOrSole' && pickedId !== undefined && pickedId !== catalog.entriesForCode(exp.code)[0].id) {
      wrong.push(`picked ${pickedId}, expected none or ${catalog.entriesForCode(exp.code)[0].id}`);
    }
    const entryIds = occ.entries.map((e) => e.id);
    if (occ.entries.length === 0 || occ.entries.some((e) => exp.code < e.code || exp.code > (e.lastCode ?? e.code)) || occ.code !== exp.code) {
      wrong.push(`entries [${entryIds.join(', ')}] or code ${occ.code} are not all of code ${exp.code}`);
    }
    if (occ.picked && !entryIds.includes(occ.picked.id)) wrong.push(`picked ${occ.picked.id} is not among entries`);
    if (exp.stringCode === undefined) {
      const all = catalog.entriesForCode(exp.code).map((e) => e.id).sort();
      if ([...entryIds].sort().join() !== all.join()) wrong.push(`entries [${entryIds.join(', ')}], expected [${all.join(', ')}]`);
    }
    if (wrong.length > 0) say(exp.start, 'wrong', exp.code, `${exp.marker}: ${wrong.join('; ')}`);
  }
  for (const occ of actual) {
    if (expectedKeys.has(key(occ.start, occ.end))) continue;
    const shown = JSON.stringify(text.slice(occ.start, occ.end));
    say(occ.start, 'false', occ.code, `${shown} reported as ${occ.code}${occ.stringCode ? ` ${occ.stringCode}` : ''}${occ.picked ? ` (picked ${occ.picked.id})` : ''}`);
  }
  return problems.sort((a, b) => a.offset - b.offset);
}


/** A fixture's language, from its extension once a trailing `.fixture` is dropped. */
export function languageOf(file: string): string | undefined {
  return languageIdOfFile(path.basename(file).replace(/\.fixture$/, ''));
}

/** The fixture files of a folder (README.md aside), sorted. */
export function corpusFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f !== 'README.md' && fs.statSync(path.join(folder, f)).isFile())
    .sort()
    .map((f) => path.join(folder, f));
}

export interface FileResult {
  readonly file: string;
  readonly languageId: string;
  readonly text: string;
  readonly expected: readonly Expected[];
  readonly problems: readonly Problem[];
}

/** Reads a marked file and compares what the detector reports in it with its markers. */
export function checkFile(file: string, catalog: Catalog): FileResult {
  const languageId = languageOf(file);
  if (!languageId) throw new Error(`${file}: no language for this extension`);
  const { text, expected } = parseMarkers(fs.readFileSync(file, 'utf8'), catalog);
  const tree = syntaxOf(text, languageId);
  const actual = detect(text, languageId, catalog, tree ? { syntax: { tree, offset: 0 } } : {});
  return { file, languageId, text, expected, problems: compare(text, expected, actual, catalog) };
}

/** The catalog a code belongs to: the CEQUENS table's, or (every meaning of it a Graph one) the Cloud API's. */
export type CatalogName = 'cequens' | 'cloud';
export function catalogOfCode(code: number, catalog: Catalog): CatalogName {
  return catalog.entriesForCode(code).every((e) => e.id.startsWith('cloud:')) ? 'cloud' : 'cequens';
}

export interface Score {
  /** Codes marked and reported right. */
  found: number;
  /** Codes marked. */
  marked: number;
  /** Cards given: right ones and false or wrong ones. */
  reported: number;
}

/** Precision and recall per catalog over the files: a wrong card (right place, wrong code or entry) is a false one and a miss. */
export function score(results: readonly FileResult[], catalog: Catalog): Record<CatalogName, Score> {
  const scores: Record<CatalogName, Score> = { cequens: { found: 0, marked: 0, reported: 0 }, cloud: { found: 0, marked: 0, reported: 0 } };
  for (const { expected, problems } of results) {
    for (const e of expected) {
      const s = scores[catalogOfCode(e.code, catalog)];
      s.marked++;
      s.found++;
      s.reported++;
    }
    for (const p of problems) {
      const s = scores[catalogOfCode(p.code, catalog)];
      if (p.kind === 'missed' || p.kind === 'wrong') {
        s.found--;
        s.reported--;
      }
      if (p.kind === 'false' || p.kind === 'wrong' || p.kind === 'dup') s.reported++;
    }
  }
  return scores;
}

export const precision = (s: Score): number => (s.reported === 0 ? 1 : s.found / s.reported);
export const recall = (s: Score): number => (s.marked === 0 ? 1 : s.found / s.marked);

/** `cequens P 0.98 (49/50) R 0.96 (49/51); cloud …`, for a report. */
export function describeScores(scores: Record<CatalogName, Score>): string {
  return (Object.keys(scores) as CatalogName[])
    .map((name) => {
      const s = scores[name];
      return `${name}: precision ${precision(s).toFixed(3)} (${s.found}/${s.reported}) recall ${recall(s).toFixed(3)} (${s.found}/${s.marked})`;
    })
    .join('; ');
}
