import type { Catalog } from '../../../../shared/src/catalog';
import { languageFor, type Language } from '../language';
import type { Site } from './context/site';
import { everydayTier, HTTP_STATUSES, isDistinctiveWhatsAppCode } from './vocabulary/vocabulary';
import { pick } from './judge/entry';
import { forEachCandidate, forEachUnknownNumber, type Candidate, type CandidateFinder } from './candidates/findCandidates';
import { FILE_HEAD_CHARS } from './context/limits';
import { isHeldByQuantityOrOtherCode, judge } from './judge/judge';
import { FileHead, fileNamesWhatsApp } from './judge/whatsappNearby';
import type { Occurrence } from './occurrence';
import { LiteralContexts } from '../syntax/codes';
import { commentAt } from '../syntax/codeText';
import type { SourceSyntax } from '../syntax/syntax';

export interface DetectOptions {
  /** Only the lines this range touches are read (the text around them is context). */
  readonly range?: { readonly start: number; readonly end: number };
  /** The start of the whole document, when `text` is only a part of it: it may name WhatsApp. */
  readonly fileHead?: string;
  /**
   * The document's syntax tree, and the document offset of `text`'s first character: where its
   * grammar has codes.scm, a number's context in code is read from the tree first.
   */
  readonly syntax?: { readonly tree: SourceSyntax; readonly offset: number };
}

/**
 * Finds the error codes meant in `text` (or in the lines that `range` touches): numbers and
 * textual codes of the catalog in a context that makes them error codes. Silent when in doubt.
 */
export function detect(text: string, languageId: string, catalog: Catalog, options: DetectOptions = {}): Occurrence[] {
  return judged(text, languageId, catalog, options, forEachCandidate);
}

/**
 * The numbers the catalog lacks that stand where a code would (`code: 9001`, `case 9001:`) in text
 * that names WhatsApp: codes of the team's own, which it may add to its catalog. Without entries.
 */
export function detectUnknownCodes(text: string, languageId: string, catalog: Catalog, options: DetectOptions = {}): Occurrence[] {
  return judged(text, languageId, catalog, options, forEachUnknownNumber, (site, language, fileHead) => fileNamesWhatsApp(site, language, fileHead));
}

function judged(
  text: string,
  languageId: string,
  catalog: Catalog,
  { range, syntax, ...options }: DetectOptions,
  find: CandidateFinder,
  alsoNeeds: (site: Site, language: Language, fileHead: FileHead) => boolean = () => true,
): Occurrence[] {
  const fileHead = new FileHead(options.fileHead ?? text.slice(0, FILE_HEAD_CHARS));
  const language = languageFor(languageId);
  const from = range ? text.lastIndexOf('\n', range.start - 1) + 1 : 0;
  const end = range?.end ?? text.length;
  const literals = syntax && LiteralContexts.readable(syntax.tree) ? new LiteralContexts(syntax.tree, syntax.offset, from, end) : undefined;
  const occurrences: Occurrence[] = [];
  const repeats = new LineRepeats(occurrences, language);
  const tree = syntax?.tree;
  const opened = language.syntax.blockComment && blockCommentOpenBefore(text, language.syntax.blockComment);
  // The tree is asked only where a block comment may be open: asking it of every candidate cost a fifth of a source's reading.
  const inComment = tree ? (offset: number) => (!opened || opened(offset)) && commentAt(tree, offset + syntax.offset) !== undefined : continuesDocComment(text, language);
  find(text, language, catalog, from, end, (site, candidate) => {
    repeats.enter(site);
    const occurrence = judge(site, candidate, catalog, language, fileHead, literals);
    if (occurrence && alsoNeeds(site, language, fileHead)) occurrences.push(occurrence);
    else repeats.hold(site, candidate);
  }, inComment);
  return repeats.done();
}

/**
 * `expect(format({ code: 470 })).toBe('470: Outside window')`: a number written as text on a line
 * where the same number is a code is that code too; a distinctive WhatsApp code (`"code": 470, 131008`)
 * beside any code. Only numbers no status or count looks like (not 500, not 4), and not inside a
 * longer name. Read per line, as the candidates come: no pass of its own.
 */
class LineRepeats {
  private lineStart = -1;
  /** The first occurrence of the current line: the candidates come line by line, in order. */
  private lineFirst = 0;
  private held: { site: Site; candidate: Candidate }[] = [];
  private added = false;

  constructor(
    private readonly occurrences: Occurrence[],
    private readonly language: Language,
  ) {}

  enter(site: Site): void {
    if (site.lineStart === this.lineStart) return;
    this.flush();
    this.lineStart = site.lineStart;
    this.lineFirst = this.occurrences.length;
  }

  hold(site: Site, candidate: Candidate): void {
    const { code, stringCode } = candidate;
    if (stringCode || HTTP_STATUSES.has(code) || everydayTier(code) !== undefined || (site.mode !== 'text' && site.value.kind !== 'string')) return;
    if (!site.isPartOfName() && !isHeldByQuantityOrOtherCode(site)) this.held.push({ site, candidate });
  }

  done(): Occurrence[] {
    this.flush();
    return this.added ? this.occurrences.sort((a, b) => a.start - b.start) : this.occurrences;
  }

  private flush(): void {
    if (this.held.length === 0) return;
    const onLine = this.occurrences.slice(this.lineFirst);
    for (const { site, candidate } of this.held) {
      const same = onLine.find((o) => o.code === candidate.code && !o.stringCode);
      const { innerStart: start, innerEnd: end } = site.value;
      if (same) this.occurrences.push({ ...same, start, end, isCaseLabel: false });
      else if (onLine.length > 0 && candidate.entries.length > 0 && isDistinctiveWhatsAppCode(String(candidate.code))) {
        const picked = pick(site, candidate, this.language);
        this.occurrences.push({ start, end, code: candidate.code, entries: candidate.entries, ...(picked ? { picked } : {}), isCaseLabel: false });
      } else continue;
      this.added = true;
    }
    this.held = [];
  }
}

/**
 * Without a syntax tree, a line of a doc comment begun above it (` * codes 470, 1013`: Javadoc's,
 * KDoc's, Doxygen's) is known by the star it starts with, in a language whose block comments open with `/*`.
 */
function continuesDocComment(text: string, language: Language): ((offset: number) => boolean) | undefined {
  if (language.syntax.blockComment?.[0] !== '/*') return undefined;
  return (offset) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*\*(?!\/)/.test(text.slice(start, offset));
  };
}

/**
 * Whether a block comment may be open at an offset: the last opener before it comes after the last
 * closer (a string may hold either; the syntax tree then tells). The candidates come in order, so
 * each opener and closer is found once; an offset before the last one asked starts the search again.
 */
function blockCommentOpenBefore(text: string, [open, close]: readonly string[]): (offset: number) => boolean {
  let asked = -1;
  let lastOpen = -1;
  let lastClose = -1;
  let nextOpen = text.indexOf(open);
  let nextClose = text.indexOf(close);
  return (offset) => {
    if (offset < asked) [lastOpen, lastClose, nextOpen, nextClose] = [-1, -1, text.indexOf(open), text.indexOf(close)];
    asked = offset;
    for (; nextOpen >= 0 && nextOpen < offset; nextOpen = text.indexOf(open, nextOpen + open.length)) lastOpen = nextOpen;
    for (; nextClose >= 0 && nextClose < offset; nextClose = text.indexOf(close, nextClose + close.length)) lastClose = nextClose;
    return lastOpen > lastClose;
  };
}
