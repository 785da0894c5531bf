import type { Node } from '@vscode/tree-sitter-wasm';
import { answers } from './queries';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/** What the syntax tree says a literal is part of (codes.scm). */
export interface LiteralContext {
  /** The collection it is a member of: its members' texts (itself included) and the names it is given. */
  readonly collection?: { readonly members: readonly string[]; readonly names: readonly string[] };
  /** It is a match arm's pattern (or one of its alternatives). */
  readonly label?: boolean;
  /** The call it is passed to: what is called and, for a keyword argument, the parameter's name. */
  readonly call?: { readonly callee: string; readonly parameter?: string };
}

/**
 * Reads literals' contexts from a document's tree. One per detection: a collection's members are
 * gathered once for all its members.
 */
export class LiteralContexts {
  private readonly collections = new Map<number, readonly string[]>();

  /** `offset` is the document offset of the detected text's first character. */
  constructor(
    readonly syntax: SourceSyntax,
    private readonly offset: number,
  ) {}

  /** The document offset of an offset in the detected text. */
  offsetOf(start: number): number {
    return start + this.offset;
  }

  /** Whether the grammar says anything of literals (it has codes.scm). */
  static readable(syntax: SourceSyntax): boolean {
    return answers(syntax.grammar, 'codes');
  }

  /** The context of the literal whose text starts at `start` (an offset in the detected text); undefined when the tree has no literal there. */
  at(start: number): LiteralContext | undefined {
    const at = this.offsetOf(start);
    const literal = (node: Node | undefined) => node !== undefined && node.startIndex <= at && at < node.endIndex && node.childCount <= 3;
    let collection: Node | undefined;
    let label = false;
    let call: LiteralContext['call'];
    const named: { name: Node; value: Node }[] = [];
    for (const match of matchesIn(this.syntax, 'codes', at, at + 1)) {
      if (literal(captured(match, 'member'))) collection = outermost(captured(match, 'collection')!, collection);
      if (literal(captured(match, 'label'))) label = true;
      if (literal(captured(match, 'argument'))) {
        const parameter = captured(match, 'parameter')?.text;
        call = { callee: lastName(captured(match, 'call')!.text), ...(parameter ? { parameter } : {}) };
      }
      const name = captured(match, 'name');
      const value = captured(match, 'named');
      if (name && value && contains(value, at)) named.push({ name, value });
    }
    if (!collection && !label && !call) return undefined;
    const result: { -readonly [K in keyof LiteralContext]: LiteralContext[K] } = {};
    if (collection) {
      const node = collection;
      // The names given to the collection, or to what holds it (`new Map([...])`, `{…}.freeze`): the nearest first.
      const names = named
        .filter(({ value }) => value.startIndex <= node.startIndex && node.endIndex <= value.endIndex)
        .sort((a, b) => a.value.endIndex - a.value.startIndex - (b.value.endIndex - b.value.startIndex))
        .map(({ name }) => lastName(name.text));
      result.collection = { members: this.membersOf(node), names };
    }
    if (label) result.label = true;
    if (call) result.call = call;
    return result;
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

/** The outermost collections of codes (codes.scm) that overlap document offsets [from, to): their members' lines read each other. */
export function collectionsIn(syntax: SourceSyntax, from: number, to: number): Node[] {
  if (!answers(syntax.grammar, 'codes')) return [];
  const found = new Map<number, Node>();
  for (const match of matchesIn(syntax, 'codes', from, to)) {
    const collection = captured(match, 'collection');
    if (collection) {
      const top = outermost(collection, undefined);
      found.set(top.id, top);
    }
  }
  return [...found.values()];
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
