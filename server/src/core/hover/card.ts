import type { Arrival, CatalogEntry } from '../../../../shared/src/catalogTypes';
import { apiOf, headingOf, twinName } from '../../../../shared/src/entryNames';
import { MARKDOWN_STYLE, type CardStyle } from './cardStyle';

/**
 * The hover card of a code: the picked entry in full, then the other meanings of the code in one
 * line each; when the context cannot pick one, a compact card of one line per meaning. Markdown
 * unless another style is asked for (a terminal's).
 */
export function renderCard(entries: readonly CatalogEntry[], picked?: CatalogEntry, style: CardStyle = MARKDOWN_STYLE): string {
  if (entries.length === 0) return '';
  if (picked || entries.length === 1) {
    const main = picked ?? entries[0];
    const others = entries.filter((e) => e !== main);
    return [renderEntry(main, style), ...(others.length > 0 ? [renderOtherMeanings(main.code, others, style)] : [])].join(`\n\n${style.rule}\n\n`);
  }
  return renderMeanings(entries, style);
}

/** One line per meaning (its name and first sentence), then the facts they share, once. */
function renderMeanings(entries: readonly CatalogEntry[], s: CardStyle): string {
  const facts = entries.map(factsOf);
  const shared = facts[0].filter((fact, i) => facts.every((f) => f[i] === fact));
  const lines = entries.map((entry, n) => {
    const own = facts[n].filter((fact) => !shared.includes(fact));
    return `- ${s.strong(s.text(nameOf(entry)))}: ${s.text(firstSentence(entry))}${own.length > 0 ? ` ${s.emphasis(`(${own.map(s.text).join(' · ')})`)}` : ''}`;
  });
  const heading = `${s.strong(`${entries[0].code} can mean ${entries.length} things`)}; the context does not say which:`;
  const sources = new Set(entries.map((e) => sourceLink(e, s)));
  return [heading, lines.join('\n'), [...shared.map(s.text), ...sources].join(' · ')].join('\n\n');
}

/** One entry's full card: heading, description, details, what to do, and its facts line. */
export function renderEntry(entry: CatalogEntry, s: CardStyle = MARKDOWN_STYLE): string {
  const parts = [s.heading(s.text(headingOf(entry)))];
  if (entry.pageTitle) parts.push(s.emphasis(s.text(`Meta’s page: ${entry.pageTitle}`)));
  if (entry.deprecated) parts.push(s.emphasis('Deprecated'));
  if (entry.description) parts.push(s.text(entry.description));
  if (entry.details.length > 0) parts.push(entry.details.map((d) => `- ${s.text(d)}`).join('\n'));
  const remedyNote = REMEDY_NOTES[entry.remedySource];
  parts.push(`${s.strong('What to do:')} ${s.text(entry.remedy)}${remedyNote ? ` ${s.emphasis(`(${s.text(remedyNote)})`)}` : ''}`);
  if (entry.runbook) parts.push(`${s.strong('Runbook:')} ${s.link(s.text(entry.runbook), entry.runbook)}`);
  if (entry.pitfall) parts.push(`${s.strong('Watch out:')} ${s.text(entry.pitfall)}`);
  if (entry.unsettled) parts.push(`${s.strong('Open:')} ${s.text(entry.unsettled)}`);
  if (entry.arrives) parts.push(`${s.strong('Where it arrives:')} ${s.text(whereItArrives(entry, entry.arrives))}`);
  const support = forMetaSupport(entry);
  if (support) parts.push(`${s.strong('For Meta support:')} ${s.text(support)}`);
  if (entry.twins && entry.twins.length > 0) parts.push(`${s.strong('Same meaning elsewhere:')} ${entry.twins.map((t) => s.text(twinName(t))).join(' · ')}`);
  parts.push([...factsOf(entry).map(s.text), sourceLink(entry, s)].join(' · '));
  return parts.join('\n\n');
}

/** Where the remedy comes from, where it is not the source's own words. */
const REMEDY_NOTES: Readonly<Record<CatalogEntry['remedySource'], string | undefined>> = {
  provider: undefined,
  editorial: 'this extension’s advice; the source gives none',
  team: 'your team’s catalog',
};

/** The source's name, linked to the public page the entry comes from, and when the entry was checked against it. */
function sourceLink(entry: CatalogEntry, s: CardStyle): string {
  const link = entry.page ? s.link(s.text(entry.source), entry.page) : s.text(entry.source);
  return entry.checked ? `${link} ${s.text(`(checked ${dayOf(entry.checked)})`)}` : link;
}

const ARRIVAL_NAMES: Readonly<Record<Arrival, string>> = {
  response: 'the response (error)',
  'status webhook': 'a status webhook (statuses[].errors[])',
  'system webhook': 'the system webhook (value.errors[])',
  'inbound message': 'an inbound message (messages[].errors[])',
};

/** "in the response (error), as error_subcode under code 100; read error_user_msg first." */
function whereItArrives(entry: CatalogEntry, arrives: readonly Arrival[]): string {
  const where = `in ${arrives.map((a) => ARRIVAL_NAMES[a]).join(' or ')}`;
  // A send answered 200 with a message id may still fail: the webhook says so later.
  const after = arrives.length === 1 && arrives[0] === 'status webhook' ? ', after an HTTP 200 with a message id' : '';
  const under = entry.subcodeOf !== undefined ? `, as error_subcode under code ${entry.subcodeOf}` : '';
  const read = entry.subcodeOf !== undefined ? 'error_user_msg' : 'error_data.details';
  // Graph's own retry hint, where the fault may be Meta's and pass.
  const hint = entry.category === 'server' ? ', then is_transient (whether a retry may help)' : '';
  return `${where}${after}${under}; read ${read} first${hint}.`;
}

/** Categories of error that Meta must look into; calling errors go to support with the call's ID. */
const SUPPORT_CATEGORIES = new Set(['server', 'integrity', 'billing']);

/** What a ticket to Meta needs, where Meta must look into the error: the trace ID only a response carries. */
function forMetaSupport(entry: CatalogEntry): string | undefined {
  const ids = 'phone number ID, WABA ID, UTC time.';
  if (entry.category === 'calling') return `Call ID, ${ids}`;
  if (!entry.arrives || !SUPPORT_CATEGORIES.has(entry.category)) return undefined;
  const trace = entry.arrives.includes('response') ? 'fbtrace_id (capture it at once: it expires soon), ' : '';
  return `${trace}message id (wamid), ${ids}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 2026-09-11 → 11 Sep 2026. */
function dayOf(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function renderOtherMeanings(code: number, others: readonly CatalogEntry[], s: CardStyle): string {
  const lines = others.map((e) => `- ${s.text(nameOf(e))}: ${s.text(firstSentence(e))}`);
  return [s.strong(`Other meanings of ${code}:`), ...lines].join('\n');
}



/** The textual code where an entry has one (MISSING_TOKEN), else its title (and the API it belongs to). */
export function nameOf(entry: CatalogEntry): string {
  return entry.stringCode ?? `${entry.title}${apiOf(entry)}`;
}

/** How the code is known, where Meta does not document it. */
const EVIDENCE_NOTES = { documented: [], sdk: ['only in an SDK’s list, on no Meta page'], field: ['seen in the field, on no Meta page'] } as const;

/** Category, retry verdict, usual HTTP status and how the code is known, as shown under a card (before its source). */
function factsOf(entry: CatalogEntry): string[] {
  const nature = entry.transient ? 'transient' : 'permanent';
  const retry = entry.retry ? `${nature}: ${lowerFirst(entry.retry)}` : entry.transient ? 'transient: retry with back-off' : 'permanent: do not retry as is';
  const status = entry.httpStatusSometimes ? `often HTTP ${entry.httpStatus}, sometimes ${entry.httpStatusSometimes}` : `usually HTTP ${entry.httpStatus}`;
  return [capitalize(entry.category), retry, ...(entry.httpStatus ? [status] : []), ...(entry.evidence ? EVIDENCE_NOTES[entry.evidence] : [])];
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The first complete sentence of the description (or of the remedy when there is none); a lead
 * that only introduces a list ("The account is:") comes with the list's first item.
 */
function firstSentence(entry: CatalogEntry): string {
  const text = entry.description || entry.remedy;
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  return sentence.endsWith(':') && entry.details.length > 0 ? `${sentence} ${entry.details[0]}` : sentence;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
