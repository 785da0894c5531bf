import { Parser, type Point } from '@vscode/tree-sitter-wasm';
import type { SourceSyntax } from './syntax';

/**
 * The syntax of the text as it would be with `typed` inserted at `offset` (a UTF-16 offset at
 * `point`), re-parsed from the current tree so that only the text around the insertion is read
 * again. Completion asks it with a digit typed at the cursor: an unfinished `case |` parses as the
 * label it is about to be. The caller frees the result with `dispose`.
 */
export function withTyped(syntax: SourceSyntax, text: string, offset: number, point: Point, typed: string): SourceSyntax & { dispose(): void } {
  const before = syntax.tree.copy();
  before.edit({
    startIndex: offset,
    oldEndIndex: offset,
    newEndIndex: offset + typed.length,
    startPosition: point,
    oldEndPosition: point,
    newEndPosition: { row: point.row, column: point.column + typed.length },
  });
  const changed = text.slice(0, offset) + typed + text.slice(offset);
  const parser = new Parser();
  try {
    parser.setLanguage(syntax.tree.language);
    const tree = parser.parse((index) => changed.slice(index, index + READ_CHUNK), before);
    if (!tree) throw new Error('tree-sitter returned no tree without a progress callback');
    return { tree, grammar: syntax.grammar, dispose: () => tree.delete() };
  } finally {
    parser.delete();
    before.delete();
  }
}

/** As SourceTree hands the parser its text: a chunk at a time, not copied whole into WebAssembly memory. */
const READ_CHUNK = 8192;
