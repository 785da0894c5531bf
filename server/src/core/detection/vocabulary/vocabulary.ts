import vocabulary from './vocabulary.json';

const ALREADY_NORMAL = /^[a-z0-9]+$/;

/** Lower-cases a name and drops separators and a getter prefix: getErrorCode → errorcode. */
export function normalizeKey(name: string): string {
  if (ALREADY_NORMAL.test(name)) return name; // most keys (port, bytes, code): no need to rewrite
  return name
    .replace(/^\$/, '')
    .replace(/^get(?=[A-Z_])/, '')
    .replace(/[_\-\s]/g, '')
    .toLowerCase();
}

/** Splits an identifier into lower-case words: RETRYABLE_CODES, retryableCodes → retryable, codes. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

const set = (words: readonly string[]) => new Set(words);

export const CODE_KEYS = set(vocabulary.codeKeys);
export const SUBCODE_KEYS = set(vocabulary.subcodeKeys.keys);
export const STATUS_KEYS = set(vocabulary.statusKeys);
export const STRING_CODE_KEYS = set(vocabulary.stringCodeKeys);
export const ERROR_WORDS = set(vocabulary.errorWords);
export const CONTEXT_WORDS = set(vocabulary.contextWords);
export const NOT_CODE_WORDS = set(vocabulary.notCodeWords);
export const HTTP_STATUSES = new Set(vocabulary.httpStatuses);
export const FREE_TEXT_KEYS = set(vocabulary.freeTextKeys.keys);
const otherCodeKeyWords = vocabulary.otherCodeKeyWords.words;

/** `postal_code`, `authCode`, `verification_code`: a normalized key naming another kind of code. */
export function namesOtherKindOfCode(key: string): boolean {
  return otherCodeKeyWords.some((word) => key.includes(word));
}

const distinctiveWhatsAppCode = new RegExp(vocabulary.otherWhatsAppCodes.pattern);

/** A WhatsApp code no other number looks like (Cloud API 131047, 80007), chosen catalog or not. */
export function isDistinctiveWhatsAppCode(digits: string): boolean {
  return distinctiveWhatsAppCode.test(digits);
}

/** How much Graph context a small Cloud code needs (`exit(3)`, `code == 200` are not Graph errors): see vocabulary.json. */
export type EverydayTier = 'graphOnly' | 'compared' | 'whatsApp';
const everyday = vocabulary.everydayCodes;

const tiers = new Map<number, EverydayTier>();
for (const tier of ['graphOnly', 'compared', 'whatsApp'] as const) {
  for (const item of everyday[tier]) {
    const [first, last] = typeof item === 'number' ? [item, item] : item;
    for (let code = first; code <= last; code++) tiers.set(code, tier);
  }
}

/** Asked of every number a log holds: one look-up. */
export function everydayTier(code: number): EverydayTier | undefined {
  return tiers.get(code);
}

/** How many lines above its own a small code looks for its Graph error's signs. */
export const GRAPH_LINES_ABOVE = everyday.linesAbove;
const graphSigns = new RegExp(everyday.graphSigns);

/** The text shows a Graph API error envelope: `OAuthException`, `fbtrace_id`, `(#190)` … */
export function showsGraphError(text: string): boolean {
  return graphSigns.test(text);
}

const codeFirstEnvelope = new RegExp(everyday.codeFirstEnvelope);

/** Source code writes a Graph error body by hand, code first: `{"error": {"code": 4}}` (not read in logs). */
export function showsCodeFirstEnvelope(text: string): boolean {
  return codeFirstEnvelope.test(text);
}

/** The Graph error's signs, WhatsApp's names and the distinctive codes in one pattern: logs ask it of every line with a small number. */
const graphOrWhatsApp = new RegExp(
  [everyday.graphSigns, vocabulary.whatsappContext.anyCase, `\\b(?:${vocabulary.otherWhatsAppCodes.pattern.replace(/^\^|\$$/g, '')})\\b`].join('|'),
  'i',
);

/**
 * A log line where a small code (`190`, `0`) may be a Graph error's: it shows the envelope, names
 * WhatsApp or holds a distinctive WhatsApp code. Elsewhere in a log (`GET /health 200 1ms`) it is not.
 */
export function lineMayHoldGraphError(line: string): boolean {
  return graphOrWhatsApp.test(line) || whatsappExactCase.test(line);
}

const whatsappAnyCase = new RegExp(vocabulary.whatsappContext.anyCase, 'i');
const whatsappExactCase = new RegExp(vocabulary.whatsappContext.exactCase);
/** WhatsApp or CEQUENS named in words: a `wa`-prefixed name (`waBinary` of a WhatsApp Web library) does not count. */
export const WHATSAPP_IN_WORDS = whatsappAnyCase;
const otherProviderDisclaimer = new RegExp(vocabulary.otherProvider.disclaimerAnyCase, 'i');
const otherProvider = new RegExp(`${vocabulary.otherProvider.providersAnyCase}|${vocabulary.otherProvider.disclaimerAnyCase}`, 'i');
const headerLines = vocabulary.otherProvider.headerLines;
const ownApi = new RegExp(vocabulary.otherProvider.ownApiAnyCase, 'i');

/** The text names one of WhatsApp's own APIs: the Cloud API, the On-Premises API, the Graph API's host. */
export function namesWhatsAppApi(text: string): boolean {
  return ownApi.test(text);
}

/**
 * The file's header (its first lines) says it speaks for another provider than WhatsApp: see vocabulary.json.
 * A document's header says so only by a disclaimer ("nothing to do with WhatsApp's"), not by naming a provider.
 */
export function headerSpeaksForOtherProvider(head: string, isDocument: boolean): boolean {
  let end = -1;
  for (let n = 0; n < headerLines; n++) {
    const next = head.indexOf('\n', end + 1);
    if (next < 0) {
      end = head.length;
      break;
    }
    end = next;
  }
  const header = head.slice(0, end);
  return (isDocument ? otherProviderDisclaimer : otherProvider).test(header) && !ownApi.test(header) && !CEQUENS_NAMED.test(head);
}

/** CEQUENS named: the one gateway that relays the table's codes as HTTP response codes. */
export const CEQUENS_NAMED = new RegExp(vocabulary.cequensContext.anyCase, 'i');

/** True when the text names WhatsApp or CEQUENS (or a `wa`-prefixed name such as waClient). */
export function mentionsWhatsApp(text: string): boolean {
  return whatsappAnyCase.test(text) || whatsappExactCase.test(text);
}

/** A textual code of several words (MISSING_TOKEN) is never an everyday word, unlike TOKEN. */
export function isDistinctiveTextualCode(stringCode: string): boolean {
  return stringCode.includes('_');
}
