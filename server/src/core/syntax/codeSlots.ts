import type { Node, QueryMatch } from '@vscode/tree-sitter-wasm';
import { CODE_KEYS, CONTEXT_WORDS, HTTP_STATUSES, identifierWords, namesOtherKindOfCode, normalizeKey, NOT_CODE_WORDS, SUBCODE_KEYS } from '../detection/vocabulary/vocabulary';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/** A literal written where an error code goes (codeSlots.scm): a case label, a side of `code ===`, a member of a set of codes. */
export interface CodeSlot {
  /** The literal: a number, or a string (`code === '470'`). */
  readonly literal: Node;
  /** Where the code itself starts and ends: inside the quotes of a string. */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  /** The switch or comparison it belongs to, or the collection (list, map, union type) it is a member of. */
  readonly around: Node;
}

/**
 * The literal holding `offset` (or ending at it) that stands for an error code: compared with a
 * subject named for a code (`err.code`, `getErrorCode()`, `error_code`), or a member of a
 * collection named for codes or errors (`RETRYABLE_CODES`) or holding another code of the catalog
 * (`[470, |]`). `isCode` says whether a number is one of the catalog's.
 */
export function codeSlotAt(syntax: SourceSyntax, offset: number, isCode: (code: number) => boolean): CodeSlot | undefined {
  for (const match of matchesIn(syntax, 'codeSlots', Math.max(0, offset - 1), offset + 1)) {
    const literal = captured(match, 'code');
    if (!literal || offset < literal.startIndex || offset > literal.endIndex) continue;
    const subject = captured(match, 'subject');
    const members = captured(match, 'members');
    const name = captured(match, 'name');
    const aboutCodes = subject
      ? namesErrorCode(subject.text)
      : members !== undefined && ((name !== undefined && namesCodes(name.text)) || holdsAnotherCode(syntax, members, literal, isCode));
    if (!aboutCodes) continue;
    const quoted = /^\D/.test(literal.text);
    const inner = quoted ? quotesOf(literal.text) : { open: 0, close: 0 };
    return { literal, start: literal.startIndex + inner.open, end: literal.endIndex - inner.close, quoted, around: subject?.parent ?? members! };
  }
  return undefined;
}

/** A literal compared with an expression (codeSlots.scm's `@comparison`): `err.code === 470`, `"failed".equals(s)`, `== Some("failed")`. */
export interface Comparison {
  readonly literal: Node;
  /** What the literal is compared with, as written. */
  readonly subject: Node;
  /** It tests equality (`==`, `===`, `equals`), not inequality. */
  readonly equal: boolean;
  /** The literal is not itself the other side, but wrapped in it (Rust's `Some("failed")`). */
  readonly wrapped: boolean;
}

/** The comparisons whose literal starts in [from, to), in the document's order. */
export function comparisonsIn(syntax: SourceSyntax, from: number, to: number): Comparison[] {
  return matchesIn(syntax, 'codeSlots', from, to).flatMap((match) => {
    const found = comparisonMatched(match);
    return found && found.literal.startIndex >= from && found.literal.startIndex < to ? [found] : [];
  });
}

/** The comparison whose literal holds `offset` (inside a string's quotes too). */
export function comparisonAt(syntax: SourceSyntax, offset: number): Comparison | undefined {
  for (const match of matchesIn(syntax, 'codeSlots', offset, offset + 1)) {
    const found = comparisonMatched(match);
    if (found && contains(found.literal, offset)) return found;
  }
  return undefined;
}

/** The comparison a codeSlots.scm match captured (`@comparison`), if it is one. */
function comparisonMatched(match: QueryMatch): Comparison | undefined {
  const [literal, subject, comparison] = ['code', 'subject', 'comparison'].map((name) => captured(match, name));
  if (!literal || !subject || !comparison) return undefined;
  const equal = !comparison.children.some((child) => child?.type === '!=' || child?.type === '!==');
  return { literal, subject, equal, wrapped: literal.parent?.parent?.parent?.id === comparison.id };
}

/** A test of whether the code is one of a collection's literals. */
export interface Membership {
  /** The expression tested: `err.code` of `[470, 131047].includes(err.code)`, without a default it falls back on (`?? 0`). */
  readonly subject: Node;
  /** The test is negated (`not in`, `!codes.includes(x)`): its branch is for the other codes. */
  readonly negated: boolean;
  /** The collection holds other codes too: a branch for all of them tests its own. */
  readonly several: boolean;
}

/**
 * The membership test (codeSlots.scm's `@test`) the literal at `offset` is a member of:
 * `[131047, 470].includes(err.code)`, `new Set([…]).has(code)`, `Set.of(…).contains(e.getCode())`,
 * `new[] { … }.Contains(ex.Code)`, Python's `e.code in (…)`, PHP's `in_array($code, […])`, Go's
 * `slices.Contains([]int{…}, code)`, Ruby's `[…].include?(code)`. Undefined for any other place,
 * or a collection with more than literals.
 */
export function membershipAt(syntax: SourceSyntax, offset: number): Membership | undefined {
  const matches = matchesIn(syntax, 'codeSlots', offset, offset + 1);
  for (const match of matches) {
    const [literal, test, members, subject] = ['code', 'test', 'members', 'subject'].map((name) => captured(match, name));
    if (!literal || !test || !members || !subject || offset < literal.startIndex || offset >= literal.endIndex) continue;
    const literals = matchesIn(syntax, 'codeSlots', members.startIndex, members.endIndex).filter((other) => captured(other, 'test')?.id === test.id).length;
    if (literals !== members.namedChildCount) return undefined;
    const negated = matches.some((other) => captured(other, 'negated')?.id === test.id);
    return { subject: withoutFallback(subject), negated, several: literals > 1 };
  }
  return undefined;
}

/** Operators whose right side is a default the left falls back on (`error?.code ?? 0`, `code || 0`, Python's `or`). */
const FALLBACKS = new Set(['??', '||', 'or']);

/** A binary expression's sides and operator, by the fields the grammars give them (the operator's text, else the token between the sides). */
export function binaryParts(node: Node): { readonly left: Node; readonly operator: string; readonly right: Node } | undefined {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text ?? node.child(1)?.text;
  return left && right && operator !== undefined ? { left, operator, right } : undefined;
}

/** An expression without the literal default it falls back on at its end (`$e['code'] ?? 0`): what a handler compares. */
export function withoutFallback(expression: Node): Node {
  const parts = binaryParts(expression);
  return parts && parts.right.namedChildCount === 0 && FALLBACKS.has(parts.operator) ? parts.left : expression;
}

/** What a guard's other side may be: a test that its object is there (`result.error != null`). */
const ABSENT = new Set(['null', 'undefined']);

/**
 * The objects the `&&`s around `offset` test first, so that what follows them reads them only when
 * they are there: `result.error` of `result.error && result.error.code !== 1013` and of
 * `result.Error != null && …`.
 */
export function guardedAround(syntax: SourceSyntax, offset: number): ReadonlySet<string> {
  const guarded = new Set<string>();
  for (let node = syntax.tree.rootNode.descendantForIndex(offset); node; node = node.parent) {
    const guard = binaryParts(node);
    if (guard?.operator !== '&&' || offset < guard.right.startIndex) continue;
    const presence = binaryParts(guard.left);
    const testsPresence = presence && ['!=', '!=='].includes(presence.operator) && ABSENT.has(presence.right.text);
    guarded.add(testsPresence ? presence.left.text : guard.left.text);
  }
  return guarded;
}

/** The last name of an expression names an error code: `err.response.data.error.code`, `e.getCode()`, `$e->code`. */
export function namesErrorCode(expression: string): boolean {
  const names = expression.match(/[A-Za-z_$][\w$]*/g);
  const key = names ? normalizeKey(names[names.length - 1]) : '';
  return CODE_KEYS.has(key) || SUBCODE_KEYS.has(key) || (key.endsWith('code') && !namesOtherKindOfCode(key));
}

/** A collection's name says it holds codes or errors (`RETRYABLE_CODES`, `permanentErrors`), and nothing else (`RETRY_DELAYS`). */
function namesCodes(name: string): boolean {
  const words = identifierWords(name);
  return words.some((w) => CONTEXT_WORDS.has(w)) && !words.some((w) => NOT_CODE_WORDS.has(w));
}

/** Another member of the collection is one of the catalog's codes, and not an HTTP status. */
function holdsAnotherCode(syntax: SourceSyntax, members: Node, literal: Node, isCode: (code: number) => boolean): boolean {
  return matchesIn(syntax, 'codeSlots', members.startIndex, members.endIndex).some((match) => {
    const other = captured(match, 'code');
    if (!other || other.startIndex === literal.startIndex || captured(match, 'members')?.startIndex !== members.startIndex) return false;
    const code = Number(other.text);
    return Number.isInteger(code) && isCode(code) && !HTTP_STATUSES.has(code);
  });
}

/** How many characters of a string literal's text open and close it: `'`, `"""`, `b"`, `@"`. */
function quotesOf(text: string): { open: number; close: number } {
  const open = /^[^'"`]*(['"`]+)/.exec(text);
  const close = /(['"`]+)$/.exec(text);
  return { open: open ? open[0].length : 0, close: close && text.length > (open?.[0].length ?? 0) ? Math.min(close[1].length, open?.[1].length ?? 1) : 0 };
}
