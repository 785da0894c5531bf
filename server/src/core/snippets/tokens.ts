import { BracketedTokens } from '../bracketedTokens';
import type { Syntax } from '../language';
import { lex, type Token } from '../lexer';

/**
 * The tokens of a document (or of its text from `from` to `to`, offsets still the document's)
 * with bracket structure. Comments are kept apart: they never delimit statements, but an
 * insertion must not land inside one.
 */
export class CodeTokens extends BracketedTokens {
  readonly comments: readonly Token[];

  constructor(
    text: string,
    syntax: Syntax,
    from = 0,
    /** Where the tokens read end. */
    readonly end = text.length,
  ) {
    const all = lex(text, syntax, from, end);
    super(text, all.filter((t) => t.kind !== 'comment'));
    this.comments = all.filter((t) => t.kind === 'comment');
  }

  /** Index of the token holding `offset` (or starting right at it); -1 when none does. */
  indexAt(offset: number): number {
    const after = this.firstEndingAfter(offset);
    return after < this.tokens.length && this.tokens[after].start <= offset ? after : -1;
  }

  /** Index of the first token starting at or after `offset`; -1 when none does. */
  firstFrom(offset: number): number {
    let next = this.firstEndingAfter(offset);
    if (next < this.tokens.length && this.tokens[next].start < offset) next++;
    return next < this.tokens.length ? next : -1;
  }

  /** Index of the first token that ends after `offset` (the tokens' count when none does): a binary search, as tokens follow each other. */
  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.tokens[middle].end > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** The innermost bracket holding a cursor just before token `at` (one before a closing brace is in its block); -1: top level. */
  blockAt(at: number): number {
    return this.is(at, '}') && this.partner[at] >= 0 ? this.partner[at] : this.parent[at];
  }

  /** For text inserted at `offset`: the last token before it (-1: none) and the innermost bracket open around it (-1: top level). */
  around(offset: number): { readonly before: number; readonly bracket: number } {
    let before = this.tokens.length - 1;
    while (before >= 0 && this.tokens[before].end > offset) before--;
    const bracket = before < 0 ? -1 : this.partner[before] > before ? before : this.parent[before];
    return { before, bracket };
  }

  /** The last token of what token i begins: the closer of the bracket pair it opens, else itself. */
  lastOf(i: number): number {
    return this.partner[i] > i ? this.partner[i] : i;
  }

  /** The previous token with the same parent, skipping over bracket pairs; -1 when none. */
  prevSibling(i: number): number {
    let j = i - 1;
    if (j >= 0 && this.partner[j] >= 0 && this.partner[j] < j) j = this.partner[j];
    return j >= 0 && this.parent[j] === this.parent[i] ? j : -1;
  }

  /** The next token with the same parent, skipping over bracket pairs; -1 when none. */
  nextSibling(i: number): number {
    const j = this.partner[i] > i ? this.partner[i] + 1 : i + 1;
    return j < this.tokens.length && this.parent[j] === this.parent[i] ? j : -1;
  }

  /** True when a line break lies between the end of token i and the start of token j. */
  lineBreakBetween(i: number, j: number): boolean {
    return this.text.slice(this.tokens[i].end, this.tokens[j].start).includes('\n');
  }

  /** A block comment that runs from before `offset` onto a later line: inserting there would land inside it. */
  commentAcross(offset: number): Token | undefined {
    return this.comments.find((c) => c.start < offset && offset < c.end && this.text.slice(offset, c.end).includes('\n'));
  }
}
