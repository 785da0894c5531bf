import type { BracketedTokens } from '../../bracketedTokens';
import type { Syntax } from '../../language';
import type { Token } from '../../lexer';

/**
 * A candidate code and what surrounds it: the tokens of its line (or of the string or comment
 * it sits in), and the whole document for the rare rule that must look further up.
 */
export class Site {
  readonly text: string;
  readonly tokens: readonly Token[];

  constructor(
    /** The tokens around the candidate with their brackets, shared by every candidate of their line. */
    readonly bracketed: BracketedTokens,
    /** Index of the candidate's token in `tokens`. */
    readonly index: number,
    /** 'text' inside strings, comments and logs, where code syntax (case, enum) means nothing. */
    readonly mode: 'code' | 'text',
    readonly lineStart: number,
    readonly lineEnd: number,
    readonly syntax: Syntax,
  ) {
    this.text = bracketed.text;
    this.tokens = bracketed.tokens;
  }

  get value(): Token {
    return this.tokens[this.index];
  }

  /** The text of the token at `index`, or '' past either end. */
  at(index: number): string {
    return this.bracketed.str(index);
  }

  kindAt(index: number): Token['kind'] | undefined {
    return this.bracketed.kind(index);
  }

  /** A string token's content or any other token's text. */
  contentAt(index: number): string {
    return this.bracketed.content(index);
  }

  get lineText(): string {
    return this.text.slice(this.lineStart, this.lineEnd);
  }

  /** The candidate is part of a longer name in its text: `whatsapp-error-131049`, `/errors/131047`, `v1.131047`. */
  isPartOfName(): boolean {
    const { innerStart, innerEnd } = this.value;
    return /[-\w./\\]/.test(this.text[innerStart - 1] ?? '') || /[-\w/\\]/.test(this.text[innerEnd] ?? '');
  }

  /** The innermost bracket on this line that encloses the candidate, if any. */
  enclosingOpen(): number | undefined {
    const open = this.bracketed.parent[this.index];
    return open < 0 ? undefined : open;
  }

  /** The bracket that closes the one at `open`; undefined when the line leaves it open. */
  matchingClose(open: number): number | undefined {
    const close = this.bracketed.partner[open];
    return close < open ? undefined : close;
  }
}
