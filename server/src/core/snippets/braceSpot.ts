import type { BraceRules, Statements } from '../../../../shared/src/languages';
import { firstOnLine, indentAt, lineStart } from './layout';
import { afterToken, LEAVING, type Spot } from './spot';
import type { CodeTokens } from './tokens';

/** What a `{` opens: statements, a declaration's members (class, enum...), or a value (object, composite literal). */
type BraceKind = 'block' | 'declaration' | 'literal';

/** Words right before `{` that make it a value: `return {`, `export default {`. */
const VALUE_BEFORE = new Set(['return', 'yield', 'await', 'throw', 'case', 'in', 'of', 'typeof', 'default', 'new']);
/** First words of a statement whose `{` opens a block. */
const BLOCK_HEADS = new Set([
  'if', 'for', 'foreach', 'while', 'switch', 'select', 'else', 'try', 'catch', 'finally', 'do',
  'using', 'lock', 'fixed', 'synchronized', 'go', 'defer', 'func', 'function',
]);
const DECLARATIONS = new Set(['class', 'interface', 'enum', 'struct', 'record', 'namespace', 'trait', 'module', 'impl']);
/** Tokens that carry a statement on after a block's `}`. */
const AFTER_BLOCK = new Set(['else', 'elseif', 'catch', 'finally', ';', ',', '.', '?.', '(', ')']);
/** Words that continue an expression on the next line, where JavaScript inserts no semicolon. */
const JS_CONTINUING_WORDS = new Set(['else', 'catch', 'finally', 'instanceof', 'in', 'of', 'as', 'satisfies']);
const CONTROL_WORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'foreach', 'using', 'lock']);
/** Words before the parenthesized test whose branch follows: `if (…)`, PHP's `elseif (…)`, C#'s `catch (…) when (…)`. */
const TEST_HEADS = ['if', 'elseif', 'when'];

/** Go's rule: a line ends a statement after a name, literal, closing bracket, `++` or `--`, but a few keywords. */
export function endsGoLine(code: CodeTokens, last: number): boolean {
  const token = code.tokens[last];
  if (token.kind === 'word') return !['else', 'func', 'if', 'for', 'switch', 'case', 'go', 'defer', 'var', 'const'].includes(code.str(last));
  if (token.kind === 'number' || token.kind === 'string') return true;
  if (code.is(last, ')', ']', '}')) return true;
  return isIncrement(code, last);
}

/** `++` or `--` ending at token i (the lexer reads them as two tokens). */
function isIncrement(code: CodeTokens, i: number): boolean {
  return code.is(i, '+', '-') && code.str(i - 1) === code.str(i) && code.tokens[i - 1].end === code.tokens[i].start;
}

/**
 * Where a handler goes in a language with braces (TypeScript, JavaScript, Java, Go, C#, PHP):
 * into the case branch the code labels, or after the statement that holds it.
 */
export function braceSpot(code: CodeTokens, at: number, isCaseLabel: boolean, indent: string, statements: Statements): Spot | undefined {
  return new BraceStructure(code, statements, indent).spot(at, isCaseLabel);
}

/**
 * Into the branch of an `if` (or of a C# `catch … when`) whose head tests the code at token `at`
 * for equality (`if (err.code === 470) {`): that branch is the code's, as a case branch is, and
 * `handled` where it does something already; in an unbraced branch (`if (…) return retry();`),
 * after it, `handled`. A branch for several codes (`||`, a collection's: `several`) tests its own. Undefined for any other statement.
 */
export function testedBranchSpot(code: CodeTokens, at: number, indent: string, statements: Statements, several: boolean): Spot | undefined {
  return new BraceStructure(code, statements, indent).testedBranchSpot(at, several);
}

/**
 * After the arm of a switch expression whose values hold the code at token `at` (PHP's `470 =>
 * 'send-template',` in `match ($code) {`, C#'s `470 => "template",`): the arm maps its codes to a
 * value already, and takes no statement, so the handler comes as comments after it, `handled`.
 */
export function switchArmSpot(code: CodeTokens, at: number, indent: string): Spot | undefined {
  let end = at;
  while (code.nextSibling(end) >= 0 && !code.is(end, '=>')) end = code.nextSibling(end);
  if (!code.is(end, '=>')) return undefined;
  while (code.nextSibling(end) >= 0 && !code.is(end, ',')) end = code.nextSibling(end);
  const baseIndent = indentAt(code.text, code.tokens[at].start) + indent;
  return { form: 'case', baseIndent, closeBranch: false, handled: true, scope: code.parent[at], ...afterToken(code, code.lastOf(end), baseIndent) };
}

/**
 * Where a handler goes for a cursor on a line without code at `offset`: on that line, indented as
 * the statements of the block around it; after the statement around it when the line lies inside
 * brackets or a value; undefined in a declaration's body (a class) or at a top level without statements.
 */
export function braceLineSpot(code: CodeTokens, offset: number, indent: string, statements: Statements): Spot | undefined {
  return new BraceStructure(code, statements, indent).lineSpot(offset);
}

class BraceStructure {
  private readonly kinds = new Map<number, BraceKind>();
  private readonly braces: BraceRules;

  constructor(
    private readonly code: CodeTokens,
    private readonly statements: Statements,
    private readonly indent: string,
  ) {
    this.braces = statements.braces!;
  }

  spot(at: number, isCaseLabel: boolean): Spot | undefined {
    if (isCaseLabel) {
      const label = this.caseLabel(at);
      if (label) return label.arrow && !this.code.is(label.end + 1, '{') ? this.armSpot(label) : this.caseSpot(label);
      // A label whose branch cannot take statements (a match arm): the handler goes after the whole switch.
      const body = this.code.parent[at];
      return body >= 0 ? this.blockSpot(body) : undefined;
    }
    return this.blockSpot(at);
  }

  // ---- After the statement that holds token `at` ----

  private blockSpot(at: number): Spot | undefined {
    const block = this.enclosingBlock(at);
    if (block === undefined) return undefined;
    if (block < 0 && !this.statements.topLevel) return undefined;
    let anchor = at;
    while (this.code.parent[anchor] !== block) anchor = this.code.parent[anchor];
    const first = this.statementStart(anchor);
    const last = this.statementEnd(anchor);
    const baseIndent = this.indentOfStatementAt(first);
    const start = this.code.tokens[first].start;
    if (LEAVING.has(this.code.str(first)) && firstOnLine(this.code.text, start)) {
      return { form: 'block', closeBranch: false, baseIndent, offset: lineStart(this.code.text, start), before: true, scope: first };
    }
    return { form: 'block', closeBranch: false, baseIndent, scope: first, ...afterToken(this.code, last, baseIndent) };
  }

  testedBranchSpot(at: number, several: boolean): Spot | undefined {
    const { code } = this;
    const block = this.enclosingBlock(at);
    if (block === undefined) return undefined;
    let anchor = at;
    while (code.parent[anchor] !== block) anchor = code.parent[anchor];
    const head = this.testHead(anchor);
    if (head < 0) return undefined;
    const last = this.statementEnd(anchor);
    let open = code.nextSibling(anchor);
    while (open >= 0 && open <= last && !code.is(open, '{')) open = code.nextSibling(open);
    const either = several || code.tokens.slice(head, open < 0 ? last : open).some((_, k) => code.is(head + k, '||', 'or'));
    if (open < 0 || open > last) {
      const after = this.blockSpot(at);
      return after && { ...after, form: 'case', handled: true };
    }
    if (this.kind(open) !== 'block') return undefined;
    const handled = code.tokens.slice(open + 1, code.partner[open]).some((_, k) => !code.is(open + 1 + k, ';'));
    const baseIndent = this.statementIndentAfter(open, open);
    const form = either && !handled ? 'block' : 'case';
    return { form, baseIndent, closeBranch: false, handled, scope: open + 1, ...afterToken(code, open, baseIndent) };
  }

  /** The `if` (PHP's `elseif`, C#'s `when`) whose head holds sibling `anchor`, a test of the code: `if (…)`, Go's `if …; … {`; -1 for none. */
  private testHead(anchor: number): number {
    const { code } = this;
    if (code.is(anchor, '(') && code.is(anchor - 1, ...TEST_HEADS)) return anchor - 1;
    if (this.statements.braces?.headerScopes.length === 0) return -1;
    // A head without parentheses (Go): back over its siblings, on its line.
    for (let j = code.prevSibling(anchor); j >= 0 && !code.is(j, '{', '}'); j = code.prevSibling(j)) {
      if (code.is(j, 'if')) return j;
      if (code.lineBreakBetween(j, code.nextSibling(j))) return -1;
    }
    return -1;
  }

  // ---- On a line without code, for a handler inserted at the cursor ----

  lineSpot(offset: number): Spot | undefined {
    const { code } = this;
    const { before, bracket } = code.around(offset);
    if (bracket >= 0 && !(code.is(bracket, '{') && this.kind(bracket) === 'block')) {
      return code.is(bracket, '{') && this.kind(bracket) === 'declaration' ? undefined : this.blockSpot(bracket);
    }
    if (bracket < 0 && !this.statements.topLevel) return undefined;
    return { form: 'block', closeBranch: false, baseIndent: this.statementIndentAfter(bracket, before), offset };
  }

  /** The indentation of a statement in block `block` (-1: the top level) after token `before` (the block's `{` when first). */
  private statementIndentAfter(block: number, before: number): string {
    const { code } = this;
    if (before === block || before < 0) {
      const next = before + 1;
      if (code.tokens[next] && code.parent[next] === block && firstOnLine(code.text, code.tokens[next].start)) return indentAt(code.text, code.tokens[next].start);
      return block < 0 ? '' : indentAt(code.text, code.tokens[this.statementStart(block)].start) + this.indent;
    }
    if (code.is(before, ':', '->') && this.isLabelEnd(before)) return indentAt(code.text, code.tokens[before].start) + this.indent;
    const opener = code.partner[before] >= 0 && code.partner[before] < before ? code.partner[before] : before;
    return this.indentOfStatementAt(this.statementStart(opener));
  }

  /** The innermost `{` around token i that holds statements: -1 for top level, undefined inside a class body. */
  private enclosingBlock(i: number): number | undefined {
    for (let p = this.code.parent[i]; p >= 0; p = this.code.parent[p]) {
      if (!this.code.is(p, '{')) continue;
      const kind = this.kind(p);
      if (kind === 'block') return p;
      if (kind === 'declaration') return undefined;
    }
    return -1;
  }

  private statementStart(i: number): number {
    let start = i;
    for (let prev = this.code.prevSibling(start); prev >= 0 && !this.endsStatement(prev, start); prev = this.code.prevSibling(start)) {
      start = prev;
    }
    return start;
  }

  /** Index of the last token of the statement holding sibling i. */
  private statementEnd(i: number): number {
    let end = i;
    for (let next = this.code.nextSibling(end); next >= 0; next = this.code.nextSibling(end)) {
      if (this.endsStatement(end, next) || this.startsLabel(next)) break;
      end = next;
    }
    return this.code.lastOf(end);
  }

  /** True when a statement ends between siblings `prev` and `next` (prev may be a bracket pair's opener). */
  private endsStatement(prev: number, next: number): boolean {
    const { code } = this;
    const last = this.code.lastOf(prev);
    if (code.is(prev, ';')) return !code.is(next, 'else'); // `if (x) a(); else b();` is one statement
    if (code.is(prev, '{') && this.kind(prev) !== 'literal') {
      if (code.is(next, 'while')) return !code.is(prev - 1, 'do');
      return !code.is(next, ...AFTER_BLOCK);
    }
    if (code.is(prev, ':', '->') && this.isLabelEnd(prev)) return true;
    if (!code.lineBreakBetween(last, next)) return false;
    if (this.statements.end === 'go-newline') return endsGoLine(code, last);
    if (this.statements.end === 'javascript-newline') return this.jsEndsLine(last, next);
    return false;
  }

  /** Automatic semicolon insertion, roughly: a complete expression, and a next line that does not continue it. */
  private jsEndsLine(last: number, next: number): boolean {
    const { code } = this;
    const token = code.tokens[last];
    const complete =
      (token.kind === 'word' && !['else', 'do', 'return'].includes(code.str(last))) ||
      token.kind === 'number' ||
      token.kind === 'string' ||
      code.is(last, ']', '}') ||
      (code.is(last, ')') && !CONTROL_WORDS.has(code.str(code.partner[last] - 1)));
    if (!complete) return false;
    const following = code.tokens[next];
    return !(following.kind === 'punct' || (following.kind === 'word' && JS_CONTINUING_WORDS.has(code.str(next))));
  }

  private startsLabel(i: number): boolean {
    return this.code.is(i, 'case') || (this.code.is(i, 'default') && this.code.is(i + 1, ':', '->'));
  }

  /** True when `:` or `->` at i ends a `case ...` / `default` label rather than, say, a ternary. */
  private isLabelEnd(i: number): boolean {
    for (let j = this.code.prevSibling(i); j >= 0; j = this.code.prevSibling(j)) {
      if (this.startsLabel(j)) return true;
      if (this.code.is(j, ';', '?', ':', '{', '}') || this.code.partner[j] > i) return false;
    }
    return false;
  }

  /** Indentation for a handler after the statement starting at token i (one deeper when it sits on a `case` line). */
  private indentOfStatementAt(i: number): string {
    const { code } = this;
    const start = code.tokens[i].start;
    const lineIndent = indentAt(code.text, start);
    if (firstOnLine(code.text, start)) return lineIndent;
    const lineHead = code.indexAt(lineStart(code.text, start) + lineIndent.length);
    return lineHead >= 0 && this.startsLabel(lineHead) ? lineIndent + this.indent : lineIndent;
  }

  // ---- Into the branch of a case label ----

  private caseLabel(at: number): { caseToken: number; end: number; arrow: boolean } | undefined {
    const { code } = this;
    let caseToken = -1;
    for (let j = at; j >= 0; j = code.prevSibling(j)) {
      if (code.is(j, 'case')) {
        caseToken = j;
        break;
      }
      if (j !== at && code.is(j, ':', ';', '->', '=>', '{', '}')) return undefined;
    }
    if (caseToken < 0) return undefined;
    for (let j = code.nextSibling(at); j >= 0; j = code.nextSibling(j)) {
      if (code.is(j, ...this.statements.caseLabelEnds)) return { caseToken, end: j, arrow: false };
      if (code.is(j, '->')) return { caseToken, end: j, arrow: true };
    }
    return undefined;
  }

  private caseSpot(label: { caseToken: number; end: number; arrow: boolean }): Spot {
    const { code } = this;
    const labelIndent = indentAt(code.text, code.tokens[label.caseToken].start);
    const braced = code.is(label.end + 1, '{') && this.kind(label.end + 1) === 'block';
    const anchor = braced ? label.end + 1 : label.end;
    // The branch's statements: inside its braces, or up to the next label or the end of the switch.
    const content: number[] = [];
    if (braced) {
      for (let j = anchor + 1; j < code.partner[anchor]; j++) content.push(j);
    }
    for (let j = code.nextSibling(anchor); j >= 0 && !this.startsLabel(j); j = code.nextSibling(j)) content.push(j);
    const statements = content.filter((j) => !(code.is(j, '{') && code.partner[j] === j + 1) && !code.is(j, '}'));
    const firstStatement = statements[0];
    const bodyIndent =
      firstStatement !== undefined && firstOnLine(code.text, code.tokens[firstStatement].start)
        ? indentAt(code.text, code.tokens[firstStatement].start)
        : labelIndent + this.indent;
    const closesBraces = braced && code.partner[anchor] === anchor + 1;
    const place = afterToken(code, anchor, closesBraces ? labelIndent : bodyIndent);
    const closeBranch = statements.length === 0 && !label.arrow;
    const sharedBody = closeBranch && !braced ? this.sharedBody(anchor, labelIndent) : undefined;
    const handled = statements.some((j) => !code.is(j, 'break', ';'));
    return { form: 'case', baseIndent: bodyIndent, closeBranch, handled, scope: label.caseToken, ...place, ...(sharedBody ? { sharedBody } : {}) };
  }

  /**
   * After the arm of Java's `case 470 -> resend();` (a statement, or a switch expression's value):
   * it handles its codes, and takes no statement, so the handler comes as comments after it.
   */
  private armSpot(label: { caseToken: number; end: number }): Spot | undefined {
    const { code } = this;
    let end = code.nextSibling(label.end);
    while (end >= 0 && !code.is(end, ';') && !this.startsLabel(end)) end = code.nextSibling(end);
    if (!code.is(end, ';')) return undefined;
    const baseIndent = indentAt(code.text, code.tokens[label.caseToken].start) + this.indent;
    return { form: 'case', baseIndent, closeBranch: false, handled: true, scope: label.caseToken, ...afterToken(code, end, baseIndent) };
  }

  /**
   * After the `:` of an empty label stacked on the labels that follow it (`case 1008: case 1009:
   * return 'fix';`): where the statements the stack shares begin, just after the last label.
   * Undefined when no statement follows the stack.
   */
  private sharedBody(labelEnd: number, labelIndent: string): Spot['sharedBody'] {
    const { code } = this;
    let end = labelEnd;
    let next = code.nextSibling(end);
    while (next >= 0 && this.startsLabel(next)) {
      let j = next;
      while (j >= 0 && !(code.is(j, ...this.statements.caseLabelEnds) && this.isLabelEnd(j))) {
        if (code.is(j, '->')) return undefined;
        j = code.nextSibling(j);
      }
      if (j < 0) return undefined;
      end = j;
      next = code.nextSibling(end);
    }
    if (next < 0 || end === labelEnd || code.is(next, '{', '}')) return undefined;
    const baseIndent = firstOnLine(code.text, code.tokens[next].start) ? indentAt(code.text, code.tokens[next].start) : labelIndent + this.indent;
    return { baseIndent, scope: next, ...afterToken(code, end, baseIndent) };
  }

  // ---- What a `{` opens ----

  private kind(i: number): BraceKind {
    let kind = this.kinds.get(i);
    if (!kind) {
      kind = this.classify(i);
      this.kinds.set(i, kind);
    }
    return kind;
  }

  private classify(i: number): BraceKind {
    const { code, braces } = this;
    const parent = code.parent[i];
    const outer: BraceKind | 'parens' = parent < 0 ? 'block' : code.is(parent, '{') ? this.kind(parent) : 'parens';
    const prev = i - 1;
    if (prev < 0) return 'block';
    const before = code.str(prev);
    if (braces.lambdaArrows.includes(before)) return 'block';
    if (code.is(prev, ')')) {
      const callee = code.partner[prev] - 1;
      if (code.is(callee, ...braces.switchExpressions)) return 'literal';
      if (this.followsNew(callee)) return braces.anonymousClasses ? 'declaration' : 'literal';
      return 'block';
    }
    if (code.isWord(prev) && braces.blockWords.includes(before)) return 'block';
    if (code.is(prev, '{', '}', ';', ':')) return outer === 'block' || outer === 'declaration' ? 'block' : 'literal';
    if (code.isWord(prev) && VALUE_BEFORE.has(before)) return 'literal';
    // A literal or `++` before `{` ends a head without parentheses (Go's `if e.Code == 1015 {`, `for …; i++ {`), or nothing that takes a block.
    const afterLiteral = code.kind(prev) === 'number' || code.kind(prev) === 'string' || isIncrement(code, prev);
    if (!(code.isWord(prev) || code.is(prev, '>', ']', '?') || afterLiteral)) return 'literal';
    // A name before `{`: read the statement's head (`if x`, `class Foo`, `func f() error`, `x := Msg`).
    const head = this.headBefore(i);
    const words = head.filter((j) => code.isWord(j)).map((j) => code.str(j));
    if (afterLiteral) return BLOCK_HEADS.has(words[0] ?? '') ? 'block' : 'literal';
    if (words.includes('new')) return 'literal';
    if (head.some((j, n) => DECLARATIONS.has(code.str(j)) && (code.isWord(head[n + 1]) || head[n + 1] === undefined))) return 'declaration';
    if (BLOCK_HEADS.has(words[0] ?? '') || words.includes('function') || words.includes('func')) return 'block';
    if (outer !== 'block' && outer !== 'declaration') return 'literal';
    if (head.some((j) => code.is(j, '=', ':=', 'return', '=>'))) return 'literal';
    if (braces.compositeLiterals) return 'literal';
    if (head.some((j) => code.is(j, '('))) return 'block'; // a method with a return type or `throws`
    return 'declaration';
  }

  /**
   * Siblings before token i back to the previous statement boundary. Where a newline ends
   * statements (Go), that is the line start, and a `;` on the line is part of a head that begins
   * with a keyword (`if _, err := post(); err != nil {`, `for i := 0; i < n; i++ {`), else a boundary
   * (`x := p; if x != nil {` heads from `if`, `x := 1; y := T{` from `y`).
   */
  private headBefore(i: number): number[] {
    const { code } = this;
    const goLines = this.statements.end === 'go-newline';
    const head: number[] = [];
    let j = i - 1;
    while (j >= 0 && code.parent[j] === code.parent[i]) {
      if (code.is(j, '{', '}') || (code.is(j, ';') && !goLines)) break;
      if (goLines && code.lineBreakBetween(j, head[0] ?? i)) break;
      if (code.partner[j] >= 0 && code.partner[j] < j) j = code.partner[j]; // a bracket pair, by its opener
      head.unshift(j);
      j--;
    }
    if (!goLines) return head;
    const keyword = head.findLastIndex((k) => code.is(k, ...this.braces.headerScopes));
    const boundary = head.findLastIndex((k) => code.is(k, ';'));
    return keyword >= 0 ? head.slice(keyword) : head.slice(boundary + 1);
  }

  /** True when the type name ending at token i follows `new` (`new Foo`, `new Foo<Bar>`, `new pkg.Foo`). */
  private followsNew(i: number): boolean {
    const { code } = this;
    let j = i;
    while (j >= 0 && (code.isWord(j) || code.is(j, '.', '<', '>', ',', '::', '\\'))) {
      if (code.is(j, 'new')) return true;
      j--;
    }
    return false;
  }
}
