import type { Node, QueryMatch } from '@vscode/tree-sitter-wasm';
import { wordNodes } from './documentNames';
import { outermostFunctionAround } from './scopes';
import { captured, contains, matchesIn, within, type SourceSyntax } from './syntax';

/** What a name's declaration says of its type: the words of the type written, or that it is inferred from the value (`var ex = …`, `_, err := post()`). */
export type DeclaredType = { readonly words: readonly string[] } | 'inferred';

/**
 * The local names seen at an offset (names.scm): those declared before it in the innermost scope
 * around it and in each scope around that one whose names nested scopes see (`@scope`, not
 * `@scope.own`), but not in another scope nested in them (another method, a comprehension).
 * Only the outermost function around the offset is read (the whole file where there is none): a
 * name from around it (a field, a module's variable, a global) is known by its use instead
 * (comesFromOutside), so that the cost is the function's, not the file's.
 */
export class NamesSeen {
  /** Each name seen, with the type its last declaration gives it (undefined: none written). */
  private readonly declared: ReadonlyMap<string, DeclaredType | undefined>;
  /** The outermost function around the offset; undefined at the top level. */
  private readonly outermost: Node | undefined;

  constructor(
    private readonly syntax: SourceSyntax,
    private readonly text: string,
    offset: number,
  ) {
    const chain = new Map<number, { node: Node; own: boolean }>();
    for (const match of matchesIn(syntax, 'names', offset, offset + 1)) {
      const scope = scopeOf(match);
      if (scope && contains(scope.node, offset)) chain.set(scope.node.id, scope);
    }
    const around = [...chain.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
    // The innermost scope, and those around it that share their names with it.
    const seenScopes = around.filter((scope, i) => i === around.length - 1 || !scope.own).map((scope) => scope.node);
    this.outermost = outermostFunctionAround(syntax, offset);
    const from = Math.max(seenScopes[0]?.startIndex ?? 0, this.outermost?.startIndex ?? 0);
    const matches = matchesIn(syntax, 'names', from, offset);
    const scopes = new Map<number, Node>(around.map(({ node }) => [node.id, node]));
    for (const match of matches) {
      const scope = scopeOf(match);
      if (scope) scopes.set(scope.node.id, scope.node);
    }
    // A name's declarations, by its node: one pattern may name it and another give its type.
    const byNode = new Map<number, { name: Node; type: DeclaredType | undefined }>();
    for (const match of matches) {
      const name = captured(match, 'name');
      const within = captured(match, 'within');
      if (!name || name.startIndex < from || name.startIndex >= offset || (within && !contains(within, offset))) continue;
      byNode.set(name.id, { name, type: typeOf(match) ?? byNode.get(name.id)?.type });
    }
    const homeOf = innermostScopes([...scopes.values()]);
    const seenIds = new Set(seenScopes.map((scope) => scope.id));
    const declared = new Map<string, DeclaredType | undefined>();
    for (const { name, type } of [...byNode.values()].sort((a, b) => a.name.startIndex - b.name.startIndex)) {
      const home = homeOf(name.startIndex);
      if (home === undefined || seenIds.has(home.id)) declared.set(name.text, type);
    }
    this.declared = declared;
  }

  has(name: string): boolean {
    return this.declared.has(name);
  }

  /** The type the last declaration of `name` seen here gives it. */
  typeOf(name: string): DeclaredType | undefined {
    return this.declared.get(name);
  }

  /**
   * Nothing in the outermost function around the offset (the document, at the top level) declares
   * `name` (PHP's `$error` with its `$`): where the code reads it, it is a field, a module's
   * variable or a global, seen throughout the function.
   */
  comesFromOutside(name: string): boolean {
    const { startIndex = 0, endIndex = this.text.length } = this.outermost ?? {};
    return !wordNodes(this.syntax, this.text, name, startIndex, endIndex).some((node) =>
      matchesIn(this.syntax, 'names', node.startIndex, node.endIndex).some((match) => {
        const declared = captured(match, 'name');
        return declared !== undefined && within(declared, node);
      }),
    );
  }
}

/** The type a match gives its name: the words of its `@type`, or the one a `#set! type` names where none is written ("inferred", TypeScript's caught `unknown`). */
function typeOf(match: QueryMatch): DeclaredType | undefined {
  const set = match.setProperties?.type;
  if (set === 'inferred') return 'inferred';
  if (set) return { words: [set] };
  const type = captured(match, 'type');
  return type && { words: wordsOf(type) };
}

/** The names a type is written with: `*whatsapp.Error` → whatsapp, Error; `Error | undefined`. */
function wordsOf(type: Node): string[] {
  if (type.namedChildCount === 0) return [type.text];
  return type.namedChildren.flatMap((child) => (child ? wordsOf(child) : []));
}

function scopeOf(match: QueryMatch): { node: Node; own: boolean } | undefined {
  const own = captured(match, 'scope.own');
  const node = own ?? captured(match, 'scope');
  return node && { node, own: own !== undefined };
}

/**
 * For offsets asked in increasing order, the innermost of the (nested or disjoint) scopes that
 * holds each: one sweep over the scopes in order of their starts.
 */
function innermostScopes(scopes: Node[]): (offset: number) => Node | undefined {
  scopes.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  const open: Node[] = [];
  let next = 0;
  return (offset) => {
    while (next < scopes.length && scopes[next].startIndex <= offset) open.push(scopes[next++]);
    // A scope ended before the offset is done with: the later offsets lie past it too.
    while (open.length > 0 && open[open.length - 1].endIndex <= offset) open.pop();
    return open[open.length - 1];
  };
}
