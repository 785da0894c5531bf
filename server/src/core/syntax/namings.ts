import { capturesIn, type SourceSyntax } from './syntax';

/** What the source between two offsets says about the numbers in it (namings.scm). */
export interface Namings {
  /** The rows (lines) a comment covers. */
  readonly commentRows: ReadonlySet<number>;
  /** The starts of the literals a declaration names (`const RATE_LIMITED = 130429`). */
  readonly named: ReadonlySet<number>;
  /** The starts of the numbers written in code: not in a string or a comment. */
  readonly literals: ReadonlySet<number>;
}

export function namingsIn(syntax: SourceSyntax, from: number, to: number): Namings {
  const commentRows = new Set<number>();
  const named = new Set<number>();
  const literals = new Set<number>();
  for (const { name, node } of capturesIn(syntax, 'namings', from, to)) {
    if (name === 'comment') for (let row = node.startPosition.row; row <= node.endPosition.row; row++) commentRows.add(row);
    else if (name === 'named') named.add(node.startIndex);
    else if (name === 'literal') literals.add(node.startIndex);
  }
  return { commentRows, named, literals };
}
