import type { Node, Query, QueryCapture, QueryMatch, Tree } from '@vscode/tree-sitter-wasm';
import { queryOf, type Question } from './queries';

/** A source document's syntax tree, with the grammar (query folder) it was parsed with. */
export interface SourceSyntax {
  readonly tree: Tree;
  readonly grammar: string;
}

/** The matches of a question's patterns whose nodes overlap the UTF-16 offsets `from` to `to`. */
export function matchesIn({ tree, grammar }: SourceSyntax, question: Question, from: number, to: number): QueryMatch[] {
  const query: Query = queryOf(tree.language, grammar, question);
  // The runtime reads the document as UTF-16 and takes a query's range in its bytes: two per unit.
  return query.matches(tree.rootNode, { startIndex: 2 * from, endIndex: 2 * to });
}

/** The captures of a question's patterns whose matches overlap the UTF-16 offsets `from` to `to`. */
export function capturesIn({ tree, grammar }: SourceSyntax, question: Question, from: number, to: number): QueryCapture[] {
  return queryOf(tree.language, grammar, question).captures(tree.rootNode, { startIndex: 2 * from, endIndex: 2 * to });
}

/** Every match of a question's patterns in the document. */
export function allMatches({ tree, grammar }: SourceSyntax, question: Question): QueryMatch[] {
  return queryOf(tree.language, grammar, question).matches(tree.rootNode);
}

/** The node a match captured under `name`, if any. */
export function captured(match: QueryMatch, name: string): Node | undefined {
  return match.captures.find((c) => c.name === name)?.node;
}

export function contains(node: Node, offset: number): boolean {
  return node.startIndex <= offset && offset < node.endIndex;
}

/** Node `inner` lies within node `outer` (or is it). */
export function within(inner: Node, outer: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
