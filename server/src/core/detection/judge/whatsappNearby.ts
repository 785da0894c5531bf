import type { Language } from '../../language';
import { WHATSAPP_LINES_ABOVE } from '../context/limits';
import { linesAbove } from '../context/linesAbove';
import type { Site } from '../context/site';
import { mentionsWhatsApp } from '../vocabulary/vocabulary';

/** Where WhatsApp must be named for a status: on the line, or where the response it is read from was assigned. */
export type WhatsAppScope = { readonly line: true } | { readonly response: string };

/**
 * WhatsApp, CEQUENS or a wa-prefixed name on the line; for a status read from a response,
 * where that response was assigned (or the request built just above it); otherwise in code,
 * a little above or at the top of the file.
 */
export function namesWhatsApp(site: Site, language: Language, fileHead: string, scope?: WhatsAppScope): boolean {
  if (mentionsWhatsApp(site.lineText)) return true;
  if (language.isText || (scope && 'line' in scope)) return false;
  const above = [...linesAbove(site, WHATSAPP_LINES_ABOVE)];
  if (scope && 'response' in scope) {
    if (mentionsWhatsApp(scope.response)) return true;
    const name = scope.response.replace(/[$]/g, '\\$&');
    const assignment = new RegExp(`(?:^|[^\\w$.])${name}\\s*(?:,\\s*[\\w$]+\\s*)?(?::=|=(?![=>]))`);
    const found = above.findIndex((line) => assignment.test(line));
    if (found >= 0) return above.slice(found, found + 6).some(mentionsWhatsApp);
  }
  return above.some(mentionsWhatsApp) || mentionsWhatsApp(fileHead);
}
