import type { Token } from './lexer';

/**
 * Tokens (of a line, a string's content or a whole document) with their bracket structure: the
 * one model of brackets that detection and handler placement read. The pairs are computed on
 * first use, once for all the questions asked of these tokens.
 */
export class BracketedTokens {
  private pairs?: { readonly partner: readonly number[]; readonly parent: readonly number[] };

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** For a bracket token: the index of its partner; -1 when unbalanced. */
  get partner(): readonly number[] {
    return (this.pairs ??= this.pair()).partner;
  }

  /** Index of the innermost open bracket around each token (a bracket pair counts as outside itself); -1 at top level. */
  get parent(): readonly number[] {
    return (this.pairs ??= this.pair()).parent;
  }

  /** The token's text; '' past either end. */
  str(i: number): string {
    const token = this.tokens[i];
    return token ? this.text.slice(token.start, token.end) : '';
  }

  /** A string token's content or any other token's text; '' past either end. */
  content(i: number): string {
    const token = this.tokens[i];
    return token ? this.text.slice(token.innerStart, token.innerEnd) : '';
  }

  kind(i: number): Token['kind'] | undefined {
    return this.tokens[i]?.kind;
  }

  /** The token is one of `texts`, and no string that reads like one. */
  is(i: number, ...texts: string[]): boolean {
    return i >= 0 && i < this.tokens.length && this.tokens[i].kind !== 'string' && texts.includes(this.str(i));
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /** A closer pairs with the innermost open bracket when it is of its kind; otherwise it is left unbalanced. */
  private pair(): { partner: number[]; parent: number[] } {
    const { text, tokens } = this;
    const partner: number[] = [];
    const parent: number[] = [];
    const open: number[] = []; // indices of the brackets still open
    const expected: number[] = []; // the closer each of them waits for
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const c = token.kind === 'punct' && token.end - token.start === 1 ? text.charCodeAt(token.start) : 0;
      partner.push(-1);
      if (open.length > 0 && expected[expected.length - 1] === c) {
        const top = open.pop()!;
        expected.pop();
        partner[top] = i;
        partner[i] = top;
      }
      parent.push(open.length > 0 ? open[open.length - 1] : -1);
      const closer = c === 40 /* ( */ ? 41 : c === 91 /* [ */ ? 93 : c === 123 /* { */ ? 125 : 0;
      if (closer !== 0) {
        open.push(i);
        expected.push(closer);
      }
    }
    return { partner, parent };
  }
}
