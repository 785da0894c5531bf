import type { Syntax } from '../language';
import type { Token } from '../lexer';
import { normalizeKey } from './vocabulary';

/**
 * A candidate code and what surrounds it: the tokens of its line (or of the string or comment
 * it sits in), and the whole document for the rare rule that must look further up.
 */
export class Site {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    /** Index of the candidate's token in `tokens`. */
    readonly index: number,
    /** 'text' inside strings, comments and logs, where code syntax (case, enum) means nothing. */
    readonly mode: 'code' | 'text',
    readonly lineStart: number,
    readonly lineEnd: number,
    readonly syntax: Syntax,
  ) {}

  get value(): Token {
    return this.tokens[this.index];
  }

  /** The text of the token at `index`, or '' past either end. */
  at(index: number): string {
    const token = this.tokens[index];
    return token ? this.text.slice(token.start, token.end) : '';
  }

  kindAt(index: number): Token['kind'] | undefined {
    return this.tokens[index]?.kind;
  }

  /** A string token's content or any other token's text. */
  contentAt(index: number): string {
    const token = this.tokens[index];
    return token ? this.text.slice(token.innerStart, token.innerEnd) : '';
  }

  get lineText(): string {
    return this.text.slice(this.lineStart, this.lineEnd);
  }

  /**
   * The name that a member chain ending at `index` reads: `err.code` → code, `error["code"]` →
   * code, `$e->getCode()` → code, `"code"` → code. Undefined when the token is not a name.
   */
  keyEndingAt(index: number): string | undefined {
    const kind = this.kindAt(index);
    const token = this.at(index);
    if (kind === 'word') return normalizeKey(token);
    if (kind === 'string') return normalizeKey(this.contentAt(index));
    if (token === ')' && this.at(index - 1) === '(' && this.kindAt(index - 2) === 'word') {
      return normalizeKey(this.at(index - 2));
    }
    // A getter with the key as its one argument: error.get("code"), $e->get('code').
    if (token === ')' && this.kindAt(index - 1) === 'string' && this.at(index - 2) === '(') {
      return normalizeKey(this.contentAt(index - 1));
    }
    // In prose and logs ' is no quote: 'code' => 470 reads as ' code ' => 470.
    if (token === "'" && this.kindAt(index - 1) === 'word' && this.at(index - 2) === "'") {
      return normalizeKey(this.at(index - 1));
    }
    if (token === ']') {
      const open = this.matchingOpen(index);
      if (open === undefined) return undefined;
      if (open === index - 2 && this.kindAt(index - 1) === 'string') return normalizeKey(this.contentAt(index - 1));
      return this.keyEndingAt(open - 1);
    }
    return undefined;
  }

  /** The last name of the member chain that starts at `index`: `err.code` → code. */
  keyStartingAt(index: number): string | undefined {
    let last: number | undefined;
    let i = index;
    while (i < this.tokens.length) {
      const kind = this.kindAt(i);
      const token = this.at(i);
      if (kind === 'word' || (kind === 'string' && last !== undefined)) last = i;
      else if (token === '(' && this.at(i + 1) === ')') i++;
      else if (token !== '.' && token !== '?.' && token !== '->' && token !== '[' && token !== ']') break;
      i++;
    }
    return last === undefined ? undefined : this.keyEndingAt(last);
  }

  /** The first name of the member chain that ends at `index`: `waResp.StatusCode` → waResp. */
  chainRootEndingAt(index: number): string | undefined {
    let i = index;
    let root: string | undefined;
    while (i >= 0) {
      const token = this.at(i);
      if (this.kindAt(i) === 'word') {
        root = token;
        if (!['.', '?.', '->'].includes(this.at(i - 1))) break;
        i -= 2;
      } else if (token === ')' || token === ']') {
        const open = this.matchingOpen(i);
        if (open === undefined) return undefined;
        i = open - 1;
      } else break;
    }
    return root;
  }

  matchingOpen(closeIndex: number): number | undefined {
    let depth = 0;
    for (let i = closeIndex; i >= 0; i--) {
      const token = this.at(i);
      if (this.kindAt(i) !== 'punct') continue;
      if (token === ')' || token === ']' || token === '}') depth++;
      else if (token === '(' || token === '[' || token === '{') {
        depth--;
        if (depth === 0) return i;
      }
    }
    return undefined;
  }

  matchingClose(openIndex: number): number | undefined {
    let depth = 0;
    for (let i = openIndex; i < this.tokens.length; i++) {
      if (this.kindAt(i) !== 'punct') continue;
      const token = this.at(i);
      if (token === '(' || token === '[' || token === '{') depth++;
      else if (token === ')' || token === ']' || token === '}') {
        depth--;
        if (depth === 0) return i;
      }
    }
    return undefined;
  }

  /** The innermost bracket on this line that encloses the candidate, if any. */
  enclosingOpen(): number | undefined {
    let depth = 0;
    for (let i = this.index - 1; i >= 0; i--) {
      if (this.kindAt(i) !== 'punct') continue;
      const token = this.at(i);
      if (token === ')' || token === ']' || token === '}') depth++;
      else if (token === '(' || token === '[' || token === '{') {
        if (depth === 0) return i;
        depth--;
      }
    }
    return undefined;
  }

}
