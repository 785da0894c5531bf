import { comparisonOf } from './comparison';
import { normalizeKey } from '../vocabulary/vocabulary';
import type { Site } from './site';

/**
 * The key the candidate is assigned to or compared with, normalized: `code: 470`, `err.code === 470`,
 * `470 == e.Code`, `ex.Code is 1013 or 1026` (C#), `"TOKEN".equals(ex.getTitle())` (Java).
 */
export function keyOf(site: Site): string | undefined {
  const comparison = comparisonOf(site.bracketed, site.index);
  return comparison && keyEndingAt(site, comparison.last);
}

/** Whether the candidate is compared (`===`, `is`, `equals`), not assigned (`code: 0`). */
export function isCompared(site: Site): boolean {
  const operator = comparisonOf(site.bracketed, site.index)?.operator;
  return operator !== undefined && !['=', ':', '=>', ':='].includes(operator);
}

/**
 * The variable whose member the candidate is compared with: `r.status === 429` → r,
 * `429 == waResp.StatusCode` → waResp. Undefined for a bare key (`status: 429`).
 */
export function comparedObject(site: Site): string | undefined {
  const comparison = comparisonOf(site.bracketed, site.index);
  if (!comparison || comparison.first === comparison.last || site.kindAt(comparison.first) !== 'word') return undefined;
  return site.at(comparison.first);
}

/**
 * The name that an expression ending at `index` reads: `err.code` → code, `error["code"]` →
 * code, `$e->getCode()` → code, `"code"` → code. Undefined when it reads no name.
 */
function keyEndingAt(site: Site, index: number): string | undefined {
  const kind = site.kindAt(index);
  const token = site.at(index);
  if (kind === 'word') return normalizeKey(token);
  if (kind === 'string') return normalizeKey(site.contentAt(index));
  if (token === ')' && site.at(index - 1) === '(' && site.kindAt(index - 2) === 'word') {
    return normalizeKey(site.at(index - 2));
  }
  // A getter with the key as its one argument: error.get("code"), $e->get('code').
  if (token === ')' && site.kindAt(index - 1) === 'string' && site.at(index - 2) === '(') {
    return normalizeKey(site.contentAt(index - 1));
  }
  if (token === ']') {
    const open = site.bracketed.partner[index];
    if (open < 0) return undefined;
    if (open === index - 2 && site.kindAt(index - 1) === 'string') return normalizeKey(site.contentAt(index - 1));
    return keyEndingAt(site, open - 1);
  }
  return undefined;
}
