import type { CatalogEntry } from '../../../../../shared/src/catalogTypes';
import { escapeRegExp } from '../candidates/catalogPattern';
import type { Candidate } from '../candidates/findCandidates';
import { linesAbove } from '../context/linesAbove';
import type { Site } from '../context/site';
import type { Language } from '../../language';
import { GRAPH_LINES_ABOVE } from '../vocabulary/vocabulary';

/**
 * The entry the line names, by its textual code or its title (in code and JSON also the Graph
 * error's `"message": "(#200) Provide valid app ID"` a few lines above); the only entry when there
 * is one; the code's general meaning when its others belong to an API the line does not name (100
 * on the Marketing Messages API).
 */
export function pick(site: Site, candidate: Candidate, language: Language): CatalogEntry | undefined {
  const { entries } = candidate;
  if (candidate.stringCode || entries.length === 1) return entries[0];
  const named =
    entries.find((e) => e.stringCode && namesEntry(site, e)) ??
    entries.find((e) => namesEntry(site, e) || namesApi(site.lineText, e)) ??
    (language.isText ? undefined : namedInMessageAbove(site, candidate));
  if (named) return named;
  const general = entries.filter((e) => e.api === undefined);
  return general.length === 1 ? general[0] : undefined;
}

/** The entry a Graph error's message names in the nearest line above that holds `(#code)`: a pretty-printed payload's. */
function namedInMessageAbove(site: Site, candidate: Candidate): CatalogEntry | undefined {
  const marker = `(#${candidate.code})`;
  for (const line of linesAbove(site, GRAPH_LINES_ABOVE)) {
    if (line.includes(marker)) return candidate.entries.find((e) => nameOf(e).test(line) || namesApi(line, e));
  }
  return undefined;
}

/** The text names the API an entry's meaning belongs to: `/marketing_messages`, "Marketing Messages API". */
function namesApi(text: string, entry: CatalogEntry): boolean {
  if (entry.api === undefined) return false;
  let pattern = apiNames.get(entry);
  if (!pattern) {
    const words = entry.api.split(/\s+/).filter((w) => w.toLowerCase() !== 'api').map(escapeRegExp);
    pattern = new RegExp(`\\b${words.join('[\\s_-]?')}\\b`, 'i');
    apiNames.set(entry, pattern);
  }
  return pattern.test(text);
}
const apiNames = new WeakMap<CatalogEntry, RegExp>();

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
