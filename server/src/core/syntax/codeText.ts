import type { Node } from '@vscode/tree-sitter-wasm';
import { contains, type SourceSyntax } from './syntax';

/** Where code is in a document's text: not whitespace, nor a comment, as its syntax tree tells comments. */

/** How far above the node at an offset a comment holding it may be: a comment's parts are its leaves (Rust's doc comment and its marker). */
const COMMENT_PART_DEPTH = 2;

/**
 * The comment holding `offset`: a comment node, or the one a comment's parts are in (Rust's doc
 * comments). Only the few nodes above the one at `offset` are asked: detection asks this of every
 * candidate of a source, and the walk to the root cost it as much as the rest of its reading.
 */
export function commentAt(syntax: SourceSyntax, offset: number): Node | undefined {
  let comment: Node | undefined;
  let node: Node | null = syntax.tree.rootNode.descendantForIndex(offset);
  for (let depth = 0; node && depth <= COMMENT_PART_DEPTH; depth++, node = node.parent) {
    if (node.type.endsWith('comment') && contains(node, offset)) comment = node;
    else if (comment) break;
  }
  return comment;
}

/**
 * A comment that runs from before `offset` onto a later line: inserting there would land inside it.
 * Not one whose node only holds its line's break (Rust's `///`, `//!`).
 */
export function commentAcross(syntax: SourceSyntax, text: string, offset: number): Node | undefined {
  const comment = commentAt(syntax, offset);
  return comment && comment.startIndex < offset && text.slice(offset, comment.endIndex).replace(/\r?\n$/, '').includes('\n') ? comment : undefined;
}

function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** The offset of the first code at or after `offset`, before `stop`; -1 where there is none. */
export function codeFrom(syntax: SourceSyntax, text: string, offset: number, stop = text.length): number {
  for (let at = offset; at < stop; ) {
    if (isSpace(text, at)) at++;
    else {
      const comment = commentAt(syntax, at);
      if (!comment) return at;
      at = comment.endIndex;
    }
  }
  return -1;
}

/** The end of the last code before `offset`, after `stop`; -1 where there is none. */
export function codeEndBefore(syntax: SourceSyntax, text: string, offset: number, stop = 0): number {
  for (let at = offset; at > stop; ) {
    if (isSpace(text, at - 1)) at--;
    else {
      const comment = commentAt(syntax, at - 1);
      if (!comment) return at;
      at = comment.startIndex;
    }
  }
  return -1;
}
