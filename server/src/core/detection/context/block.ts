import { lex } from '../../lexer';
import { identifierWords, NOT_CODE_WORDS } from '../vocabulary/vocabulary';
import { READS_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import { holdsDistinctiveCode, type CodeKindAt } from './collection';
import type { Site } from './site';
import { speaksOfErrors } from './words';

const LIST_SEPARATORS = new Set([',', '|', 'or']);
const GENERIC_NAME_WORDS = new Set(['error', 'err', 'code', 'wa', 'whatsapp', 'cequens', 'k', 'e']);

/**
 * A line that starts with codes inside a block whose opening line speaks of errors: an element
 * of a list spread over lines (`    1015,`), the key of a map entry (`    470: send_template,`,
 * `["TOKEN"] = "reissue",`, `"TOKEN", "reissue",` in Map.of), a match arm (`472, 1013 => ...`,
 * C# `1008 or 1009 => ...`).
 */
export function isElementOfErrorBlock(site: Site, codeKind: CodeKindAt): boolean {
  if (site.mode !== 'code') return false;
  const tokens = site.tokens.map((_, i) => i).filter((i) => site.kindAt(i) !== 'comment');
  const distinctive = holdsDistinctiveCode(site, codeKind);
  const isCode = (i: number) => codeKind(i) !== undefined;
  const at = (position: number) => site.at(tokens[position]);
  let position = at(0) === '[' ? 1 : 0;
  let listsValue = false;
  while (position < tokens.length && isCode(tokens[position])) {
    listsValue ||= tokens[position] === site.index;
    if (!LIST_SEPARATORS.has(at(position + 1)) || !isCode(tokens[position + 2])) break;
    position += 2;
  }
  if (!listsValue) return false;
  const next = at(position + 1);
  const endsLine = position + 1 >= tokens.length || (position + 2 === tokens.length && next === ',');
  const leadsEntry = next === ':' || next === '=>' || next === ',' || (next === ']' && at(position + 2) === '=');
  if (!endsLine && !leadsEntry) return false;
  if (distinctive) return true; // `    131026, "Mark the contact unreachable",`: a WhatsApp code leads the entry
  const header = enclosingHeader(site);
  return header !== undefined && speaksOfErrors(identifierWords(header));
}

/**
 * An enum member or named constant equal to the code whose name is one of `names` (an entry's
 * title: `RE_ENGAGEMENT = 470`, `TooManyRequests(1015)`), or any member of an enum named for errors.
 */
export function isEnumMember(site: Site, names: readonly string[]): boolean {
  if (site.mode !== 'code') return false;
  const i = site.index;
  const opener = site.at(i - 1);
  if (opener !== '=' && opener !== '(') return false;
  if (site.kindAt(i - 2) !== 'word') return false;
  const name = site.at(i - 2);
  const startsLine = i - 2 === firstCodeToken(site);
  if (opener === '(' && !startsLine) return false;
  if (names.some((title) => nameMatchesTitle(name, title))) return true;
  if (!startsLine) return false;
  const header = enclosingHeader(site);
  return (
    header !== undefined &&
    /\b(enum|IntEnum|Enum|StrEnum)\b/.test(header) &&
    speaksOfErrors(identifierWords(header)) &&
    !identifierWords(name).some((word) => NOT_CODE_WORDS.has(word))
  );
}

/** RE_ENGAGEMENT ~ "Re-engagement message"; every meaningful word of the name is in the title. */
function nameMatchesTitle(name: string, title: string): boolean {
  const titleWords = identifierWords(title);
  const nameWords = identifierWords(name).filter((w) => !GENERIC_NAME_WORDS.has(w));
  return (
    nameWords.length > 0 &&
    nameWords.every((w) => titleWords.some((t) => t === w || (w.length >= 4 && t.startsWith(w))))
  );
}

function firstCodeToken(site: Site): number {
  return site.tokens.findIndex((t) => t.kind !== 'comment');
}

/**
 * The line that opens the block around the site: the nearest line above that leaves a bracket
 * open (or the line before it, when the bracket stands alone), or (Python) that is indented
 * less than the site's line.
 */
function enclosingHeader(site: Site): string | undefined {
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const ownIndent = indent(site.lineText);
  let balance = 0;
  const lines = [...linesAbove(site, READS_LINES_ABOVE)];
  for (const [n, line] of lines.entries()) {
    const previousLine = lines[n + 1] ?? '';
    for (const token of lex(line, site.syntax)) {
      if (token.kind !== 'punct') continue;
      const c = line[token.start];
      if (c === ')' || c === ']' || c === '}') balance++;
      if (c === '(' || c === '[' || c === '{') balance--;
    }
    if (balance < 0) return line.trim() === '{' ? previousLine : line;
    if (balance === 0 && line.trim() !== '' && indent(line) < ownIndent) return line;
  }
  return undefined;
}
