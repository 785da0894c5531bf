import type { CatalogEntry } from './catalogTypes';
import { CEQUENS_SOURCE } from './cequensCatalog';

/**
 * The TextMate injection grammar that marks error codes, their titles and their textual codes in
 * log files (VS Code's `log` language, scope `text.log`), made from the catalog: syntaxes/ holds
 * its output, and a unit test fails when the two differ (`npm run grammar` writes it anew).
 * Codes are marked only where the line says they are codes (after `code=`, `"code":`, `error_subcode=`, `error`,
 * `(#…)`), as the detector would, and three-digit ones only in WhatsApp's shapes (`(#470)`,
 * `whatsapp error 470`, `{"code":401,"title":…}`); standard scope names, so that every theme colours them.
 */
export const LOG_INJECTION_SCOPE = 'cequens.log-codes.injection';

const SCOPES = {
  code: 'constant.numeric.integer.error-code.cequens',
  textualCode: 'constant.language.error-code.cequens',
  title: 'keyword.other.error-title.cequens',
} as const;

export function logGrammar(entries: readonly CatalogEntry[]): object {
  const all = [...new Set(entries.flatMap(codesOf))];
  const codes = alternation(all);
  // Three digits could be anyone's HTTP status (429, 500): marked only where WhatsApp's error shape says so.
  const fourDigit = alternation(all.filter((code) => code.length > 3));
  const textual = [...new Set(entries.flatMap((e) => (e.stringCode ? [e.stringCode] : [])))];
  // MISSING_TOKEN is a code wherever it stands; TOKEN or VALIDATION only as the value of a key.
  const distinctive = alternation(textual.filter((code) => code.includes('_')));
  const plain = alternation(textual.filter((code) => !code.includes('_')));
  // A Cloud title of one or two words ("Access denied", "Service unavailable") is any server's phrase.
  const titled = entries.filter((e) => !e.stringCode && (e.source === CEQUENS_SOURCE || e.title.split(/\s+/).length >= 3));
  const titles = alternation([...new Set(titled.map((e) => e.title))]);
  const code = { 1: { name: SCOPES.code } };
  return {
    $comment: 'Generated from the catalog by shared/src/logGrammar.ts (npm run grammar); do not edit.',
    scopeName: LOG_INJECTION_SCOPE,
    injectionSelector: 'L:text.log',
    patterns: [
      // Each may start at the quote before it: the log grammar would otherwise take the quoted text as a string first.
      { match: `(?i)["']?\\b(?:error_?code|err_?code|code|error_?subcode)\\b["']?\\s*[:=]\\s*["']?(${fourDigit})(?![\\w.])`, captures: code },
      { match: `(?i)\\b(?:error|err)\\b\\s*(?:code\\s*)?[:#=]?\\s*(${fourDigit})(?![\\w.])`, captures: code },
      { match: `(?i)\\b(?:whatsapp|cequens)\\s+error\\s*(?:code\\s*)?[:#=]?\\s*(${codes})(?![\\w.])`, captures: code },
      { match: `"code"\\s*:\\s*"?(${codes})"?\\s*,\\s*"title"`, captures: code },
      { match: `\\(#(${codes})\\)`, captures: code },
      { match: `["']?\\b(${distinctive})\\b`, captures: { 1: { name: SCOPES.textualCode } } },
      { match: `(?i)["']?\\b(?:title|error|reason|code)\\b["']?\\s*[:=]\\s*["']?(${plain})\\b`, captures: { 1: { name: SCOPES.textualCode } } },
      { match: `(?i)(?<![\\w-])["']?(${titles})(?![\\w-])`, captures: { 1: { name: SCOPES.title } } },
    ],
  };
}

/** The code, or every code of a range (200–299). */
function codesOf(entry: CatalogEntry): string[] {
  const codes: string[] = [];
  for (let code = entry.code; code <= (entry.lastCode ?? entry.code); code++) codes.push(String(code));
  return codes;
}

/** A regular expression alternation of the words, longest first (so that a longer title wins). */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}
