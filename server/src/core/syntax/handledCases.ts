import type { Node } from '@vscode/tree-sitter-wasm';
import { captured, contains, matchesIn, type SourceSyntax } from './syntax';

/** A switch (match, case…when) or a map of literal keys to strings, as cases.scm finds it. */
export interface HandledCases {
  readonly node: Node;
  /** What a switch compares; none for a map. */
  readonly subject?: Node;
  /** Each case's label or pattern, or each map key, in order. */
  readonly labels: readonly Node[];
  /** The clauses new cases go beside (a map's entries), in order. */
  readonly clauses: readonly Node[];
  /** The clause for any other value (`default`, `case _`, `else`, `_ =>`). */
  readonly fallback?: Node;
  /** Its cases are arms (`case 470 ->`, `470 =>`): each has its own value or statement, none falls through. */
  readonly arms?: boolean;
  /** A map that takes a bounded number of entries (Java's `Map.of`: 10). */
  readonly bounded?: boolean;
}

/** The innermost switch or map around `offset` (the cursor anywhere in it). */
export function handledCasesAround(syntax: SourceSyntax, offset: number): HandledCases | undefined {
  let innermost: { node: Node; subject?: Node; cases?: Node; arms: boolean; bounded: boolean } | undefined;
  for (const match of matchesIn(syntax, 'cases', offset, offset + 1)) {
    const node = captured(match, 'switch') ?? captured(match, 'map');
    if (!node || !contains(node, offset) || (innermost && node.startIndex < innermost.node.startIndex)) continue;
    innermost = { node, subject: captured(match, 'subject'), cases: captured(match, 'cases'), arms: captured(match, 'arms') !== undefined, bounded: captured(match, 'bounded') !== undefined };
  }
  if (!innermost) return undefined;
  if (!innermost.cases) return { ...mapOf(syntax, innermost.node), ...(innermost.bounded ? { bounded: true } : {}) };
  return { ...switchOf(syntax, innermost.node, innermost.cases, innermost.subject), ...(innermost.arms ? { arms: true } : {}) };
}

function switchOf(syntax: SourceSyntax, node: Node, cases: Node, subject: Node | undefined): HandledCases {
  const labels: Node[] = [];
  /** The node types of the clauses with a label: clauses without one (`_ when tries > 3 =>`, `case Integer i when …`) are beside them too, and new cases go after the last. */
  const kinds = new Set<string>();
  let fallback: Node | undefined;
  for (const match of matchesIn(syntax, 'cases', node.startIndex, node.endIndex)) {
    const clause = captured(match, 'case');
    const label = captured(match, 'label');
    const other = captured(match, 'default');
    if (clause && label && clause.parent?.id === cases.id) {
      labels.push(label);
      kinds.add(clause.type);
    } else if (other && other.parent?.id === cases.id) fallback = other;
  }
  const clauses = cases.namedChildren.filter((c): c is Node => c !== null && kinds.has(c.type) && c.id !== fallback?.id);
  return { node, subject, labels: byStart(labels), clauses, fallback };
}

function mapOf(syntax: SourceSyntax, node: Node): HandledCases {
  const keys = matchesIn(syntax, 'cases', node.startIndex, node.endIndex).flatMap((match) => {
    const key = captured(match, 'key');
    return key && captured(match, 'map')?.id === node.id ? [key] : [];
  });
  const labels = byStart(keys);
  return { node, labels, clauses: labels.map((key) => entryOf(key, node, labels)) };
}

/** A key's entry: the largest node around it below the map that holds no other key; where that is the key alone (`Map.of(470, "…", …)`), its value, the entry's last node. */
function entryOf(key: Node, map: Node, keys: readonly Node[]): Node {
  let entry = key;
  for (let up = key.parent; up && up.id !== map.id && !keys.some((k) => k.id !== key.id && contains(up!, k.startIndex)); up = up.parent) entry = up;
  return entry.id === key.id ? (key.nextNamedSibling ?? key) : entry;
}

function byStart(nodes: Node[]): Node[] {
  return nodes.sort((a, b) => a.startIndex - b.startIndex);
}
