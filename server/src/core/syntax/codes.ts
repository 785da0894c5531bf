import type { Node } from '@vscode/tree-sitter-wasm';
import { answers } from './queries';
import { captured, matchesIn, type SourceSyntax } from './syntax';

/** What the syntax tree says a literal is part of (codes.scm). */
export interface LiteralContext {
  /** The collection it is a member of: its members' texts (itself included) and the names it is given. */
  readonly collection?: { readonly members: readonly string[]; readonly names: readonly string[] };
  /** It is a match arm's pattern (or one of its alternatives). */
  readonly label?: boolean;
  /** The call it is passed to: what is called and, for a keyword argument, the parameter's name. */
  readonly call?: { readonly callee: string; readonly parameter?: string };
}

/** What the batch query found of one literal. */
interface Found {
  collection?: Node;
  label?: boolean;
  call?: LiteralContext['call'];
}

/**
 * Reads literals' contexts from a document's tree, for one detection: the codes.scm query runs once
 * over the text detected (not once per number), and a collection's members are gathered once for all
 * its members.
 */
export class LiteralContexts {
  private readonly collections = new Map<number, readonly string[]>();
  /** The literals of the range by the offset where their node starts, and the names given to values there. */
  private found: { readonly literals: Map<number, Found>; readonly named: readonly { name: Node; value: Node }[] } | undefined;

  /** `offset` is the document offset of the detected text's first character; `from`, `to` the part of it read, in its offsets. */
  constructor(
    readonly syntax: SourceSyntax,
    private readonly offset: number,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The document offset of an offset in the detected text. */
  offsetOf(start: number): number {
    return start + this.offset;
  }

  /** Whether the grammar says anything of literals (it has codes.scm). */
  static readable(syntax: SourceSyntax): boolean {
    return answers(syntax.grammar, 'codes');
  }

  /** The context of the literal whose text starts at `start` (an offset in the detected text, inside its quotes for a string); undefined when the tree has none. */
  at(start: number): LiteralContext | undefined {
    const { literals, named } = (this.found ??= this.read());
    const at = this.offsetOf(start);
    const found = literals.get(at) ?? literals.get(at - 1);
    if (!found) return undefined;
    const result: { -readonly [K in keyof LiteralContext]: LiteralContext[K] } = {};
    const node = found.collection;
    if (node) {
      // The names given to the collection, or to what holds it (`new Map([...])`, `{…}.freeze`): the nearest first.
      const names = named
        .filter(({ value }) => value.startIndex <= node.startIndex && node.endIndex <= value.endIndex)
        .sort((a, b) => a.value.endIndex - a.value.startIndex - (b.value.endIndex - b.value.startIndex))
        .map(({ name }) => lastName(name.text));
      result.collection = { members: this.membersOf(node), names };
    }
    if (found.label) result.label = true;
    if (found.call) result.call = found.call;
    return result;
  }

  private read(): NonNullable<LiteralContexts['found']> {
    const literals = new Map<number, Found>();
    const named: { name: Node; value: Node }[] = [];
    const of = (node: Node) => {
      let entry = literals.get(node.startIndex);
      if (!entry) literals.set(node.startIndex, (entry = {}));
      return entry;
    };
    for (const match of matchesIn(this.syntax, 'codes', this.offsetOf(this.from), this.offsetOf(this.to))) {
      const member = captured(match, 'member');
      if (member) {
        const entry = of(member);
        entry.collection = outermost(captured(match, 'collection')!, entry.collection);
      }
      const label = captured(match, 'label');
      if (label) of(label).label = true;
      const argument = captured(match, 'argument');
      if (argument) {
        const parameter = captured(match, 'parameter')?.text;
        of(argument).call = { callee: lastName(captured(match, 'call')!.text), ...(parameter ? { parameter } : {}) };
      }
      const name = captured(match, 'name');
      const value = captured(match, 'named');
      if (name && value) named.push({ name, value });
    }
    return { literals, named };
  }

  /** The texts of a collection's members, nested collections of its kind included (`[[190, 'a'], [131047, 'b']]`, `| 0 | 4 | 190`). */
  private membersOf(collection: Node): readonly string[] {
    let members = this.collections.get(collection.id);
    if (!members) {
      const found: string[] = [];
      for (const match of matchesIn(this.syntax, 'codes', collection.startIndex, collection.endIndex)) {
        const member = captured(match, 'member');
        const own = captured(match, 'collection');
        if (member && own && outermost(own, undefined).id === collection.id) found.push(member.text);
      }
      this.collections.set(collection.id, (members = found));
    }
    return members;
  }
}

/**
 * The runs of lines [from, to) where the tree may read a number otherwise than the lexer: the lines
 * of the literals codes.scm places as an arm's pattern or an argument in document offsets [from, to)
 * that `isCode` accepts, and all the lines of a collection with a number among its members there
 * (one member's edit changes what its siblings are: `131047` made `8` takes `0` and `4` with it).
 * In order, merged.
 */
export function linesReadOnTheTree(syntax: SourceSyntax, from: number, to: number, isCode: (literal: string) => boolean): [number, number][] {
  if (!answers(syntax.grammar, 'codes')) return [];
  const runs: [number, number][] = [];
  for (const match of matchesIn(syntax, 'codes', from, to)) {
    const member = captured(match, 'member');
    const literal = member ?? captured(match, 'label') ?? captured(match, 'argument');
    if (!literal || !(member ? /^["'`]?[\d_]+["'`]?$/.test(literal.text) : isCode(literal.text))) continue;
    const lines = member ? outermost(captured(match, 'collection')!, undefined) : literal;
    runs.push([lines.startPosition.row, lines.endPosition.row + 1]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && run[0] <= last[1]) last[1] = Math.max(last[1], run[1]);
    else merged.push(run);
  }
  return merged;
}

/** A collection, or the collection of its kind it is nested in (a union type's inner unions, a Map's pairs). */
function outermost(node: Node, current: Node | undefined): Node {
  let top = node;
  for (let parent = top.parent; parent && (parent.type === top.type || isWrapper(parent)); parent = parent.parent) {
    if (parent.type === node.type) top = parent;
  }
  if (current && current.startIndex <= top.startIndex && top.endIndex <= current.endIndex) return current;
  return top;
}

/** A node between a collection and a collection it is nested in: an argument list, a pair, an element. */
function isWrapper(node: Node): boolean {
  return node.type.endsWith('_element') || node.type === 'arguments' || node.type === 'argument' || node.type === 'pair';
}

/** The last name of an expression's text: `expect(x).toBe` → toBe, `self.close` → close, `$REASONS` → REASONS. */
function lastName(text: string): string {
  return /([A-Za-z_$][\w$]*)[!?]?\s*$/.exec(text)?.[1]?.replace(/^\$/, '') ?? text;
}
