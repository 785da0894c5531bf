import type { CatalogEntry } from '../../../../../shared/src/catalogTypes';
import { escapeRegExp } from '../candidates/catalogPattern';
import type { Candidate } from '../candidates/findCandidates';
import type { Site } from '../context/site';

/** The entry the line names, by its textual code or its title; the only entry when there is one. */
export function pick(site: Site, candidate: Candidate): CatalogEntry | undefined {
  const { entries } = candidate;
  if (candidate.stringCode || entries.length === 1) return entries[0];
  return entries.find((e) => e.stringCode && namesEntry(site, e)) ?? entries.find((e) => namesEntry(site, e));
}

/** The line holds the entry's textual code (as a word, in capitals) or its title (in any case). */
export function namesEntry(site: Site, entry: CatalogEntry): boolean {
  return nameOf(entry).test(site.lineText);
}

const names = new WeakMap<CatalogEntry, RegExp>();
function nameOf(entry: CatalogEntry): RegExp {
  let name = names.get(entry);
  if (!name) {
    name = entry.stringCode ? new RegExp(`\\b${escapeRegExp(entry.stringCode)}\\b`) : new RegExp(escapeRegExp(entry.title), 'i');
    names.set(entry, name);
  }
  return name;
}
