import type { Node, QueryMatch } from '@vscode/tree-sitter-wasm';
import { answers } from './queries';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/**
 * The local names seen at `offset` (names.scm): those declared before it in the innermost scope
 * around it and in each scope around that one whose names nested scopes see (`@scope`, not
 * `@scope.own`), but not in another scope nested in them (another method, a comprehension).
 * Undefined where the grammar's folder has no names.scm: the tokens tell instead (errorSubject.ts).
 */
export function namesSeenAt(syntax: SourceSyntax, offset: number): ReadonlySet<string> | undefined {
  if (!answers(syntax.grammar, 'names')) return undefined;
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
  const seen = new Set<string>();
  const homeOf = innermostScopes([...scopes.values()]);
  const seenIds = new Set(seenScopes.map((scope) => scope.id));
  const names = matches.flatMap((match) => {
    const name = captured(match, 'name');
    const within = captured(match, 'within');
    return name && name.startIndex >= from && name.startIndex < offset && (!within || contains(within, offset)) ? [name] : [];
  });
  for (const name of names.sort((a, b) => a.startIndex - b.startIndex)) {
    const home = homeOf(name.startIndex);
    if (home === undefined || seenIds.has(home.id)) seen.add(name.text);
  }
  return seen;
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
