import type { Node } from '@vscode/tree-sitter-wasm';
import { escapeRegExp } from '../detection/candidates/catalogPattern';
import type { TextInsertion } from '../snippets/spot';
import { binaryParts } from '../syntax/codeSlots';
import { captured, contains, matchesIn, type SourceSyntax } from '../syntax/syntax';
import { formOf } from './caseForms';

/** A test of whether a value is in a collection (memberships.scm): `RETRYABLE.has(err.code)`, `code not in RETRYABLE`. */
interface CollectionTest {
  readonly test: Node;
  readonly subject: Node;
  /** The test is that it is not a member (`not in`). */
  readonly negated: boolean;
}

/** One test of a collection, and what makes it leave a code out: nothing when that is written already, or where it cannot be. */
export interface Exclusion {
  readonly test: Node;
  /** The test leaves the code out already. */
  readonly written: boolean;
  readonly insertions: readonly TextInsertion[];
}

/**
 * For each test of the collection named `name` in the document (`RETRYABLE.has(err.code)`,
 * `error.code in RETRYABLE_CODES`, `in_array($code, self::RETRYABLE)`…), what written before it
 * makes it false for `code`, as if the collection did not hold it: `err.code !== 470 && `, in
 * parentheses where an operator binds the test (`!RETRYABLE.has(c)`). Only inserts, so that the
 * collection stays as the team wrote it. A test whose subject computes (a call with arguments, an
 * await) gets none: written twice, it would run twice.
 */
export function exclusionsOf(syntax: SourceSyntax, text: string, name: string, code: string): Exclusion[] {
  const form = formOf(syntax.grammar);
  if (!form) return [];
  return testsOf(syntax, text, name).map(({ test, subject, negated }): Exclusion => {
    const template = negated ? form.excludesNegated : form.excludes;
    if (!template || !readsOnly(subject)) return { test, written: false, insertions: [] };
    const exclusion = template.replace('{subject}', subject.text).replace('{code}', code);
    const before = text.slice(Math.max(0, test.startIndex - 2 * exclusion.length), test.startIndex);
    if (squeezed(before).endsWith(squeezed(exclusion))) return { test, written: true, insertions: [] };
    const joiner = exclusion.trim().split(/\s+/).pop() ?? '';
    const insertions = bound(test, joiner)
      ? [{ offset: test.startIndex, text: `(${exclusion}` }, { offset: test.endIndex, text: ')' }]
      : [{ offset: test.startIndex, text: exclusion }];
    return { test, written: false, insertions };
  });
}

/** A retry-permanent quick fix: the collection's name, and what leaves the code out of its tests. */
export interface RetryExclusion {
  readonly collection: string;
  readonly code: string;
  /** How many tests it changes. */
  readonly tests: number;
  readonly insertions: readonly TextInsertion[];
}

/**
 * For the literal at `offset`, a member of a collection declared with a name (`RETRYABLE = [470]`):
 * what leaves it out of each test of that collection that does not yet. Undefined where no test
 * in the document can be changed.
 */
export function retryExclusionAt(syntax: SourceSyntax, text: string, offset: number): RetryExclusion | undefined {
  for (const match of matchesIn(syntax, 'codeSlots', offset, offset + 1)) {
    const literal = captured(match, 'code');
    const name = captured(match, 'name');
    if (!literal || !name || !captured(match, 'members') || !contains(literal, offset)) continue;
    const changed = exclusionsOf(syntax, text, name.text, literal.text).filter((e) => e.insertions.length > 0);
    if (changed.length === 0) return undefined;
    return { collection: name.text, code: literal.text, tests: changed.length, insertions: changed.flatMap((e) => e.insertions) };
  }
  return undefined;
}

/** The last name of an expression: `RETRYABLE` of `self::RETRYABLE`, `$retry` of `$this->retry`. */
function lastName(expression: string): string | undefined {
  return expression.match(/[A-Za-z_$][\w$]*/g)?.pop();
}

/** The tests of the collection named `name`: each mention of the name, asked of the tree around it alone. */
function testsOf(syntax: SourceSyntax, text: string, name: string): CollectionTest[] {
  const last = lastName(name);
  if (!last) return [];
  const tests = new Map<number, CollectionTest>();
  for (const { index } of text.matchAll(new RegExp(`(?<![\\w$])${escapeRegExp(last)}(?![\\w$])`, 'g'))) {
    for (const match of matchesIn(syntax, 'memberships', index, index + last.length)) {
      const [test, collection, subject] = ['test', 'collection', 'subject'].map((capture) => captured(match, capture));
      if (!test || !collection || !subject || !contains(collection, index) || lastName(collection.text) !== last) continue;
      tests.set(test.id, { test, subject, negated: captured(match, 'negated') !== undefined });
    }
  }
  return [...tests.values()];
}

/** Nodes that compute a value, not read one. */
const COMPUTES = /await|yield|assignment|update|increment|decrement|new_expression|object_creation|lambda|closure|arrow_function|macro_invocation/;

/** The expression reads a value (names, members, indexes, calls without arguments such as `e.getCode()`), computing nothing. */
function readsOnly(node: Node): boolean {
  if (COMPUTES.test(node.type)) return false;
  if (/call|invocation/.test(node.type) && (node.childForFieldName('arguments')?.namedChildCount ?? 0) > 0) return false;
  return node.namedChildren.every((child) => child === null || readsOnly(child));
}

/** Expressions whose operator binds what they hold tighter than a `&&`, unless it is one of the operators below. */
const OPERATIONS = /unary|not_operator|binary|boolean_operator|comparison_operator|ternary|conditional|cast|await|member|field|selector|index|subscript|range|spread/;

/** Operators beside which a joiner needs no parentheses: itself and those that bind more loosely. */
const LOOSER: Readonly<Record<string, ReadonlySet<string>>> = {
  '&&': new Set(['&&', '||', 'and', 'or']),
  and: new Set(['&&', '||', 'and', 'or']),
  or: new Set(['||', 'or']),
};

/** An operator around the test binds it, so that what is written before it must come in parentheses. */
function bound(test: Node, joiner: string): boolean {
  const parent = test.parent;
  if (!parent || /parenthesized/.test(parent.type) || parent.childForFieldName('condition')?.id === test.id || !OPERATIONS.test(parent.type)) return false;
  const operator = binaryParts(parent)?.operator;
  return operator === undefined || !(LOOSER[joiner]?.has(operator) ?? false);
}

/** Text without its spacing, to compare what is written with what would be. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}
