import type { CatalogEntry, Twin } from './catalogTypes';
import { CEQUENS_SOURCE } from './cequensCatalog';

/** "On-Premises 470", "Cloud API 131026 (likely)", "Twilio 63016": a twin as cards and the look-up name it. */
export function twinName(twin: Twin): string {
  const layer = twin.source === CEQUENS_SOURCE ? 'On-Premises' : twin.source;
  const which = twin.stringCode ? ` ${twin.stringCode}` : '';
  const sure = twin.confidence === 'confirmed' ? '' : twin.confidence === 'guess' ? ' (a guess)' : ` (${twin.confidence})`;
  return `${layer} ${twin.code}${which}${sure}`;
}

/** The code, or the range of codes an entry stands for: "470", "200–299". */
export function codeOf(entry: CatalogEntry): string {
  return entry.lastCode === undefined ? String(entry.code) : `${entry.code}–${entry.lastCode}`;
}

/** "470 Re-engagement message", "401 MISSING_TOKEN", "200–299 API Permission", "100 Message must be a template message (Marketing Messages API)". */
export function headingOf(entry: CatalogEntry): string {
  return `${codeOf(entry)} ${entry.title}${apiOf(entry)}`;
}

/** " (Marketing Messages API)" for a meaning that belongs to one API; else nothing. */
export function apiOf(entry: CatalogEntry): string {
  return entry.api ? ` (${entry.api})` : '';
}
