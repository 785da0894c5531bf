import type { Node } from '@vscode/tree-sitter-wasm';
import { captured, matchesIn, type SourceSyntax } from './syntax';

/** A number a declaration names, which a case label may use instead of the literal (`case RATE_LIMITED:`). */
export interface NamedConstant {
  readonly name: string;
  readonly value: number;
  /** The declaration: the smallest node holding both the name and the value (`RATE = 130429`, an enum member). */
  readonly declaration: Node;
}

/** What the source between two offsets says about the numbers in it (namings.scm). */
export interface Namings {
  /** The rows (lines) a comment covers. */
  readonly commentRows: ReadonlySet<number>;
  /** Where the literals a declaration names start (`const RATE_LIMITED = 130429`), as `placeKey` gives. */
  readonly named: ReadonlySet<string>;
  /** Where the numbers written in code start (not in a string or a comment), as `placeKey` gives. */
  readonly literals: ReadonlySet<string>;
  /** The named numbers a case label may use. */
  readonly constants: readonly NamedConstant[];
}

export function namingsIn(syntax: SourceSyntax, from: number, to: number): Namings {
  const commentRows = new Set<number>();
  const named = new Set<string>();
  const literals = new Set<string>();
  const constants: NamedConstant[] = [];
  for (const match of matchesIn(syntax, 'namings', from, to)) {
    const comment = captured(match, 'comment');
    if (comment) for (let row = comment.startPosition.row; row <= comment.endPosition.row; row++) commentRows.add(row);
    const literal = captured(match, 'literal');
    if (literal) literals.add(placeKey(literal.startPosition.row, literal.startPosition.column));
    const value = captured(match, 'named');
    if (!value) continue;
    named.add(placeKey(value.startPosition.row, value.startPosition.column));
    const name = captured(match, 'name');
    if (name && /^\d+$/.test(value.text)) constants.push({ name: name.text, value: Number(value.text), declaration: holding(name, value) });
  }
  return { commentRows, named, literals, constants };
}

/** A place as a key: its row (line) and UTF-16 column, which the tree gives as LSP does. */
export function placeKey(row: number, column: number): string {
  return `${row}:${column}`;
}

function holding(a: Node, b: Node): Node {
  let node = a.parent;
  while (node && !(node.startIndex <= b.startIndex && b.endIndex <= node.endIndex)) node = node.parent;
  return node ?? a;
}
