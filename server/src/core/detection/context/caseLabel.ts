import { identifierWords, normalizeKey } from '../vocabulary/vocabulary';
import type { Language } from '../../language';
import { READS_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import type { Site } from './site';

/** The header of a language's multi-way branch (`switch (…)`, `match …`, Ruby's `case …`), by its keywords. */
const switchHeaders = new WeakMap<readonly string[], RegExp | undefined>();
function switchHeader(keywords: readonly string[]): RegExp | undefined {
  if (!switchHeaders.has(keywords)) {
    switchHeaders.set(keywords, keywords.length === 0 ? undefined : new RegExp(`\\b(?:${keywords.join('|')})\\b\\s*(.*)$`));
  }
  return switchHeaders.get(keywords);
}

/**
 * `case 470:`, `case 470, ErrTooMany:` (Go), `case 470 | 131047:` (Python), `case 470 ->` (Java),
 * `when 131026` (Ruby): the language's label keyword, a list of codes, then the end of the label.
 */
export function isCaseLabel(site: Site, language: Language): boolean {
  if (site.mode !== 'code') return false;
  const keywords = language.caseKeywords;
  let before = site.index - 1;
  while (before >= 0 && isCaseListPart(site, before, keywords)) before--;
  // An arm without a keyword starts its line and ends with an arrow: Kotlin's `when`, Elixir's `case`, Dart's switch expression.
  const keyword = keywords.includes(site.at(before));
  if (!keyword && before >= 0) return false;
  let after = site.index + 1;
  while (after < site.tokens.length && isCaseListPart(site, after, keywords)) after++;
  const end = site.at(after);
  if (keyword) return [':', '->', '=>', '', 'then'].includes(end);
  return (language.statements?.armArrows ?? []).includes(end);
}

/** What a case label's list is made of: literals, constants (`Codes.TooMany`), `,` and `|`. */
function isCaseListPart(site: Site, index: number, caseKeywords: readonly string[]): boolean {
  const token = site.at(index);
  const kind = site.kindAt(index);
  return kind === 'number' || kind === 'string' || (kind === 'word' && !caseKeywords.includes(token) && token !== 'then') || [',', '|', '||', '.'].includes(token);
}

/** A default an expression falls back on, at its end: `?? 0`, `|| null`. */
const FALLBACK = /\s*(?:\?\?|\|\|)\s*(?:-?\d+|null|nil|None|''|"")\s*$/;

/** The name the nearest `switch`/`match`/`case` above compares, and its words: `switch (err.code)` → code. */
export function switchSubject(site: Site, language: Language): { key: string; words: string[] } | undefined {
  const headerPattern = switchHeader(language.switchKeywords);
  if (!headerPattern) return undefined;
  for (const line of linesAbove(site, READS_LINES_ABOVE)) {
    const header = headerPattern.exec(line);
    if (!header) continue;
    const after = header[1].replace(/[\s{:]+$/, '').replace(/^\((.*)\)$/, '$1');
    // Scala's `error.code match {` names its subject before the keyword.
    return subjectOf(after === '' ? line.slice(0, header.index) : after);
  }
  return undefined;
}

/** The name a switch's subject reads, and its words: `err.code` → code, `$r['error']['code'] ?? 0` → code. */
export function subjectOf(text: string): { key: string; words: string[] } | undefined {
  // Without the default it falls back on: `switch ($response['error']['code'] ?? 0)` compares `code`.
  const subject = text.replace(/\s+do$/, '').replace(FALLBACK, '').trim(); // Elixir's and Ruby's `case code do`
  const quotedKey = /\[\s*["']([^"']+)["']\s*\]$/.exec(subject);
  const lastName = /([A-Za-z_$][\w$]*)\s*(?:\(\s*\))?$/.exec(subject);
  const key = quotedKey?.[1] ?? lastName?.[1];
  return key === undefined ? undefined : { key: normalizeKey(key), words: identifierWords(subject) };
}
