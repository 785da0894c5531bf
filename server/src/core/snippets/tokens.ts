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

  /** True when a line break lies between the end of token i and the start of token j. */
  lineBreakBetween(i: number, j: number): boolean {
    return this.text.slice(this.tokens[i].end, this.tokens[j].start).includes('\n');
  }

  /** A block comment that runs from before `offset` onto a later line: inserting there would land inside it. */
  commentAcross(offset: number): Token | undefined {
    return this.comments.find((c) => c.start < offset && offset < c.end && this.text.slice(offset, c.end).includes('\n'));
  }
}
