import type { Language } from '../../language';
import type { Candidate } from '../candidates/findCandidates';
import { WHATSAPP_LINES_ABOVE } from '../context/limits';
import { linesAbove } from '../context/linesAbove';
import { columnHeader } from '../context/table';
import type { Site } from '../context/site';
import { CEQUENS_SOURCE } from '../../../../../shared/src/cequensCatalog';
import { CEQUENS_NAMED, GRAPH_LINES_ABOVE, headerSpeaksForOtherProvider, mentionsWhatsApp, showsCodeFirstEnvelope, everydayTier, showsGraphError, WHATSAPP_IN_WORDS, type EverydayTier } from '../vocabulary/vocabulary';

/** The start of the document, read once per detection: whether it names WhatsApp is asked of every code. */
export class FileHead {
  private named: boolean | undefined;
  private readonly providers = new Map<string, boolean>();
  constructor(readonly text: string) {}

  names(provider: RegExp): boolean {
    let found = this.providers.get(provider.source);
    if (found === undefined) this.providers.set(provider.source, (found = provider.test(this.text)));
    return found;
  }

  get namesWhatsApp(): boolean {
    return (this.named ??= mentionsWhatsApp(this.text));
  }

  private otherProvider: boolean | undefined;
  /** Whether the header speaks for another provider; a document's (`isDocument`) only by a disclaimer. Asked of one language per detection. */
  speaksForOtherProvider(isDocument: boolean): boolean {
    return (this.otherProvider ??= headerSpeaksForOtherProvider(this.text, isDocument));
  }

  private readonly mentions = new Map<string, number[]>();

  /** Where `provider` is named in the detected text `text`, found once per detection (asked of every code it shares). */
  mentionsIn(provider: RegExp, text: string): readonly number[] {
    let found = this.mentions.get(provider.source);
    if (!found) {
      found = [...text.matchAll(new RegExp(provider.source, 'gi'))].map((m) => m.index!);
      this.mentions.set(provider.source, found);
    }
    return found;
  }
}

/**
 * Where WhatsApp must be named for a status: on the line, where the response it is read from was
 * assigned, or (neither) nearby; `cequens` where only CEQUENS's name will do (an HTTP status compared with a code of its table).
 */
export type WhatsAppScope = ({ readonly line: true } | { readonly response: string } | Record<never, never>) & {
  readonly cequens?: boolean;
  /** Only a name in words will do (an HTTP status number, which WhatsApp Web libraries' `waBinary` errors carry too). */
  readonly inWords?: boolean;
};

/**
 * WhatsApp, CEQUENS or a wa-prefixed name on the line; for a status read from a response,
 * where that response was assigned (or the request built just above it); otherwise in code,
 * a little above or at the top of the file. For a scope that says so, CEQUENS too, on the line or in the file.
 */
export function namesWhatsApp(site: Site, language: Language, fileHead: FileHead, scope?: WhatsAppScope): boolean {
  return (!scope?.cequens || fileNames(site, language, fileHead, CEQUENS_NAMED)) && namesWhatsAppIn(site, language, fileHead, scope);
}

function namesWhatsAppIn(site: Site, language: Language, fileHead: FileHead, scope?: WhatsAppScope): boolean {
  const mentions = scope?.inWords ? (text: string) => WHATSAPP_IN_WORDS.test(text) : mentionsWhatsApp;
  if (mentions(site.lineText)) return true;
  if (language.isText || (scope && 'line' in scope)) return false;
  if (scope && 'response' in scope) {
    if (mentions(scope.response)) return true;
    const above = [...linesAbove(site, WHATSAPP_LINES_ABOVE)];
    const name = scope.response.replace(/[$]/g, '\\$&');
    const assignment = new RegExp(`(?:^|[^\\w$.])${name}\\s*(?:,\\s*[\\w$]+\\s*)?(?::=|=(?![=>]))`);
    const found = above.findIndex((line) => assignment.test(line));
    if (found >= 0) return above.slice(found, found + 6).some(mentions);
  }
  return scope?.inWords ? fileNames(site, language, fileHead, WHATSAPP_IN_WORDS) : fileNamesWhatsApp(site, language, fileHead);
}

/** The file names what `named` matches: on the line; in code also at its head or a little above. */
function fileNames(site: Site, language: Language, fileHead: FileHead, named: RegExp): boolean {
  return (!language.isText && fileHead.names(named)) || nearby(site, language, WHATSAPP_LINES_ABOVE, (text) => named.test(text));
}

/** The file names WhatsApp, CEQUENS or the Graph API: on the line; in code also at its head or a little above. */
export function fileNamesWhatsApp(site: Site, language: Language, fileHead: FileHead): boolean {
  return (!language.isText && fileHead.namesWhatsApp) || nearby(site, language, WHATSAPP_LINES_ABOVE, mentionsWhatsApp);
}

/** WhatsApp named on the line or a little above it, a document (Markdown) read with its lines above as code is. */
export function namedAbove(site: Site, language: Language): boolean {
  return nearby(site, language, WHATSAPP_LINES_ABOVE, mentionsWhatsApp, !language.readsLineAlone);
}

/**
 * A small Cloud code (`190`, `4`) stands in a Graph error: its envelope's signs on the line or just
 * above it (`OAuthException`, `fbtrace_id`, `(#190)`), or for some codes WhatsApp named there.
 */
export function showsGraphContext(site: Site, language: Language, tier: EverydayTier): boolean {
  // A document (Markdown) is read with the lines above it, as code is: a section names WhatsApp above its codes.
  const envelope = (text: string) => showsGraphError(text) || (!language.isText && showsCodeFirstEnvelope(text));
  return nearby(site, language, GRAPH_LINES_ABOVE, (text) => envelope(text) || (tier === 'whatsApp' && mentionsWhatsApp(text)), !language.readsLineAlone);
}

const providerPatterns = new Map<string, RegExp>();

/**
 * Every meaning of the code is a number another provider sends with its own meaning (Gupshup's
 * 1002), and the file names that provider (on the line; in code also at its head or above) but not CEQUENS on the line.
 */
export function namesProviderSharingIt(site: Site, candidate: Candidate, language: Language, fileHead: FileHead): boolean {
  const providers = candidate.entries.every((e) => e.sharedWith) ? candidate.entries.flatMap((e) => e.sharedWith ?? []) : [];
  if (providers.length === 0 || CEQUENS_NAMED.test(site.lineText)) return false;
  return providers.some((provider) => {
    let pattern = providerPatterns.get(provider);
    if (!pattern) providerPatterns.set(provider, (pattern = new RegExp(provider, 'i')));
    if (language.isText) return pattern.test(site.lineText);
    if (fileHead.names(pattern)) return true;
    // Named on the line or a little above it: among the detection's mentions of the provider.
    let from = site.lineStart;
    for (let n = 0; n < WHATSAPP_LINES_ABOVE && from > 0; n++) from = site.text.lastIndexOf('\n', from - 2) + 1;
    return fileHead.mentionsIn(pattern, site.text).some((at) => at >= from && at < site.lineEnd);
  });
}

/**
 * Source or a document (Markdown, not a log read line by line) whose header says it speaks for another
 * provider (a billing API that is "not WhatsApp", Gupshup, Twilio, a WhatsApp Web library, a service's
 * own codes): a number of the CEQUENS table or a small Cloud code there is that provider's, unless its line names WhatsApp or CEQUENS in words.
 */
export function speaksForOtherProvider(site: Site, candidate: Candidate, language: Language, fileHead: FileHead): boolean {
  // A distinctive Cloud code (131047) is WhatsApp's whoever speaks; a small one (`code === 0`) may be the provider's own.
  const sharable = candidate.entries.every((e) => e.source === CEQUENS_SOURCE) || everydayTier(candidate.code) !== undefined;
  if (language.readsLineAlone || candidate.stringCode || !sharable) return false;
  if (!fileHead.speaksForOtherProvider(language.isText) || WHATSAPP_IN_WORDS.test(site.lineText)) return false;
  // A document's table row is named by its header row: `| Twilio | WhatsApp error code |`.
  const header = language.isText ? columnHeader(site) : undefined;
  return header === undefined || !WHATSAPP_IN_WORDS.test(header);
}

/** `test` holds for the site's line or, in code (logs read their line only), one of the `limit` lines above it. */
function nearby(site: Site, language: Language, limit: number, test: (text: string) => boolean, readsAbove = !language.isText): boolean {
  if (test(site.lineText)) return true;
  if (!readsAbove) return false;
  for (const line of linesAbove(site, limit)) if (test(line)) return true;
  return false;
}
