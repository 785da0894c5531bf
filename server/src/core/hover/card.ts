import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { escapeMarkdown as md } from './markdown';

/**
 * The hover card of a code: the picked entry in full (or every entry when the context cannot
 * pick one), then the other meanings of the code in one line each.
 */
export function renderCard(entries: readonly CatalogEntry[], picked?: CatalogEntry): string {
  if (entries.length === 0) return '';
  if (picked || entries.length === 1) {
    const main = picked ?? entries[0];
    const others = entries.filter((e) => e !== main);
    return [renderEntry(main), ...(others.length > 0 ? [renderOtherMeanings(main.code, others)] : [])].join('\n\n---\n\n');
  }
  const heading = `**${entries[0].code} can mean ${entries.length} things**; the context does not say which:`;
  return [heading, ...entries.map(renderEntry)].join('\n\n---\n\n');
}

/** One entry's full card: heading, description, details, what to do, and its facts line. */
export function renderEntry(entry: CatalogEntry): string {
  const parts = [`### ${md(headingOf(entry))}`];
  if (entry.deprecated) parts.push('_Deprecated_');
  if (entry.description) parts.push(md(entry.description));
  if (entry.details.length > 0) parts.push(entry.details.map((d) => `- ${md(d)}`).join('\n'));
  const remedyNote = entry.remedySource === 'editorial' ? ` _(${md('this extension’s advice; the table gives none')})_` : '';
  parts.push(`**What to do:** ${md(entry.remedy)}${remedyNote}`);
  parts.push(factsOf(entry));
  return parts.join('\n\n');
}

function renderOtherMeanings(code: number, others: readonly CatalogEntry[]): string {
  const lines = others.map((e) => `- ${md(e.stringCode ? e.stringCode : e.title)}: ${md(firstSentence(e))}`);
  return [`**Other meanings of ${code}:**`, ...lines].join('\n');
}

/** "470 Re-engagement message", "401 MISSING_TOKEN". */
export function headingOf(entry: CatalogEntry): string {
  return `${entry.code} ${entry.title}`;
}

function factsOf(entry: CatalogEntry): string {
  const retry = entry.transient ? 'transient: retry with back-off' : 'permanent: do not retry as is';
  return `${md(capitalize(entry.category))} · ${md(retry)} · ${md(entry.source)}`;
}

function firstSentence(entry: CatalogEntry): string {
  const text = entry.description || entry.remedy;
  const end = text.search(/[.:](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
