import type { Node, QueryMatch } from '@vscode/tree-sitter-wasm';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/** What a name's declaration says of its type: the words of the type written, or that it is inferred from the value (`var ex = …`, `_, err := post()`). */
export type DeclaredType = { readonly words: readonly string[] } | 'inferred';

/** The local names seen at an offset, each with the type its last declaration before it gives (undefined: none written). */
export type NamesSeen = ReadonlyMap<string, DeclaredType | undefined>;

/**
 * The local names seen at `offset` (names.scm): those declared before it in the innermost scope
 * around it and in each scope around that one whose names nested scopes see (`@scope`, not
 * `@scope.own`), but not in another scope nested in them (another method, a comprehension).
 */
export function namesSeenAt(syntax: SourceSyntax, offset: number): NamesSeen {
  const around = new Map<number, { node: Node; own: boolean }>();
  for (const match of matchesIn(syntax, 'names', offset, offset + 1)) {
    const scope = scopeOf(match);
    if (scope && contains(scope.node, offset)) around.set(scope.node.id, scope);
  }
  const chain = [...around.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
  // The innermost scope, and those around it that share their names with it.
  const seenScopes = chain.filter((scope, i) => i === chain.length - 1 || !scope.own).map((scope) => scope.node);
  const from = seenScopes[0]?.startIndex ?? 0;
  const matches = matchesIn(syntax, 'names', from, offset);
  const scopes = new Map<number, Node>(chain.map((scope) => [scope.node.id, scope.node]));
  for (const match of matches) {
    const scope = scopeOf(match);
    if (scope) scopes.set(scope.node.id, scope.node);
  }
  const homeOf = innermostScopes([...scopes.values()]);
  const seenIds = new Set(seenScopes.map((scope) => scope.id));
  // A name's declarations, by its node: one pattern may name it and another give its type.
  const declared = new Map<number, { name: Node; type: DeclaredType | undefined }>();
  for (const match of matches) {
    const name = captured(match, 'name');
    const within = captured(match, 'within');
    if (!name || name.startIndex < from || name.startIndex >= offset || (within && !contains(within, offset))) continue;
    const type = typeOf(match) ?? declared.get(name.id)?.type;
    declared.set(name.id, { name, type });
  }
  const seen = new Map<string, DeclaredType | undefined>();
  for (const { name, type } of [...declared.values()].sort((a, b) => a.name.startIndex - b.name.startIndex)) {
    const home = homeOf(name.startIndex);
    if (home === undefined || seenIds.has(home.id)) seen.set(name.text, type);
  }
  return seen;
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
