import type { Node } from '@vscode/tree-sitter-wasm';
import { answers } from './queries';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/**
 * The local names seen at `offset` (names.scm): those declared before it in the innermost scope
 * around it, but not in a scope nested in that one (another method). Undefined where the
 * grammar's folder has no names.scm: the tokens tell instead (errorSubject.ts).
 */
export function namesSeenAt(syntax: SourceSyntax, offset: number): ReadonlySet<string> | undefined {
  if (!answers(syntax.grammar, 'names')) return undefined;
  let scope: Node | undefined;
  for (const match of matchesIn(syntax, 'names', offset, offset + 1)) {
    const found = captured(match, 'scope');
    if (found && contains(found, offset) && (!scope || found.startIndex >= scope.startIndex)) scope = found;
  }
  const from = scope?.startIndex ?? 0;
  const matches = matchesIn(syntax, 'names', from, offset);
  // The scopes nested in it before the offset, outermost only, in order: their names are not seen.
  const nested: Node[] = [];
  for (const found of matches.flatMap((m) => captured(m, 'scope') ?? []).sort((a, b) => a.startIndex - b.startIndex)) {
    const last = nested[nested.length - 1];
    if (found.startIndex > from && found.id !== scope?.id && (!last || found.startIndex >= last.endIndex)) nested.push(found);
  }
  const seen = new Set<string>();
  for (const match of matches) {
    const name = captured(match, 'name');
    if (!name || name.startIndex < from || name.startIndex >= offset) continue;
    if (!inAny(nested, name.startIndex)) seen.add(name.text);
  }
  return seen;
}

/** True when one of the ordered, disjoint nodes holds `offset`: a binary search. */
function inAny(nodes: readonly Node[], offset: number): boolean {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle].startIndex <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 && contains(nodes[low - 1], offset);
}
