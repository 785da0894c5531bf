import type { Node } from '@vscode/tree-sitter-wasm';
import { functionAround } from './scopes';
import { allMatches, captured, contains, matchesIn, within, type SourceSyntax } from './syntax';

/** A catch (except, rescue) clause: the type it catches and the name it gives the error, where it has them. */
export interface CatchClause {
  readonly node: Node;
  readonly body: Node;
  readonly type?: Node;
  readonly name?: Node;
}

/**
 * The innermost catch clause whose block holds `offset` (catches.scm). `indent`: for a language of
 * indented blocks, the indentation of a handler going after the code at `offset`, which says which
 * of the clauses around that code it is in. `withinFunction`: not a clause outside the function
 * around `offset` (Python: a function inside an except block does not see its error).
 */
export function catchAround(syntax: SourceSyntax, offset: number, { indent, withinFunction = false }: { indent?: number; withinFunction?: boolean } = {}): CatchClause | undefined {
  const clauses = clausesOf(matchesIn(syntax, 'catches', offset, offset + 1)).filter((c) => contains(c.body, offset) || (indent !== undefined && contains(c.node, offset)));
  clauses.sort((a, b) => b.node.startIndex - a.node.startIndex); // innermost first
  const clause = clauses.find((c) => indent === undefined || c.node.startPosition.column < indent);
  if (!clause || !withinFunction) return clause;
  const fn = functionAround(syntax, offset)?.node;
  return fn && fn.startIndex > clause.node.startIndex ? undefined : clause;
}

/** Every catch clause within `node` (the whole document when undefined), in document order. */
export function catchesWithin(syntax: SourceSyntax, node: Node | undefined): CatchClause[] {
  const matches = node ? matchesIn(syntax, 'catches', node.startIndex, node.endIndex) : allMatches(syntax, 'catches');
  return clausesOf(matches)
    .filter((c) => !node || within(c.node, node))
    .sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** The clauses of the matches, each once, with what any of its matches captured. */
function clausesOf(matches: ReturnType<typeof allMatches>): CatchClause[] {
  const byClause = new Map<number, { node: Node; body?: Node; type?: Node; name?: Node }>();
  for (const match of matches) {
    const node = captured(match, 'catch');
    if (!node) continue;
    const clause = byClause.get(node.id) ?? { node };
    clause.body ??= captured(match, 'body');
    clause.type ??= captured(match, 'type');
    clause.name ??= captured(match, 'name');
    byClause.set(node.id, clause);
  }
  return [...byClause.values()].flatMap((c) => (c.body ? [{ ...c, body: c.body }] : []));
}
