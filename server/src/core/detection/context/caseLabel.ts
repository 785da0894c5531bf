import { identifierWords, normalizeKey } from '../vocabulary/vocabulary';
import { CASE_KEYWORDS, SWITCH_KEYWORDS } from './branchKeywords';
import { READS_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import type { Site } from './site';

const SWITCH_HEADER = new RegExp(`\\b(?:${SWITCH_KEYWORDS.join('|')})\\b\\s*(.*)$`);

/** `case 470:`, `case 470, ErrTooMany:` (Go), `case 470 | 131047:` (Python), `case 470 ->` (Java). */
export function isCaseLabel(site: Site): boolean {
  if (site.mode !== 'code') return false;
  let before = site.index - 1;
  while (before >= 0 && isCaseListPart(site, before)) before--;
  if (!CASE_KEYWORDS.has(site.at(before))) return false;
  let after = site.index + 1;
  while (after < site.tokens.length && isCaseListPart(site, after)) after++;
  return [':', '->', '=>', ''].includes(site.at(after));
}

/** What a case label's list is made of: literals, constants (`Codes.TooMany`), `,` and `|`. */
function isCaseListPart(site: Site, index: number): boolean {
  const token = site.at(index);
  const kind = site.kindAt(index);
  return kind === 'number' || kind === 'string' || (kind === 'word' && !CASE_KEYWORDS.has(token)) || [',', '|', '.'].includes(token);
}

/** The name the nearest `switch`/`match` above compares, and its words: `switch (err.code)` → code. */
export function switchSubject(site: Site): { key: string; words: string[] } | undefined {
  for (const line of linesAbove(site.text, site.lineStart, READS_LINES_ABOVE)) {
    const header = SWITCH_HEADER.exec(line);
    if (!header) continue;
    const subject = header[1].replace(/[\s{:]+$/, '').replace(/^\((.*)\)$/, '$1').trim();
    const quotedKey = /\[\s*["']([^"']+)["']\s*\]$/.exec(subject);
    const lastName = /([A-Za-z_$][\w$]*)\s*(?:\(\s*\))?$/.exec(subject);
    const key = quotedKey?.[1] ?? lastName?.[1];
    return key === undefined ? undefined : { key: normalizeKey(key), words: identifierWords(subject) };
  }
  return undefined;
}
