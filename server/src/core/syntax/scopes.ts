import type { Node } from '@vscode/tree-sitter-wasm';
import { allMatches, captured, contains, matchesIn, within, type SourceSyntax } from './syntax';

/** A function, method, lambda or closure, and whether it may await. */
export interface FunctionScope {
  readonly node: Node;
  readonly async: boolean;
}

/** The innermost function around `offset` (functions.scm); undefined outside any. */
export function functionAround(syntax: SourceSyntax, offset: number): FunctionScope | undefined {
  let innermost: Node | undefined;
  let async = false;
  for (const match of matchesIn(syntax, 'functions', offset, offset + 1)) {
    const node = captured(match, 'function');
    if (!node || !contains(node, offset)) continue;
    const marked = captured(match, 'async') !== undefined;
    if (innermost && node.id === innermost.id) async ||= marked;
    else if (!innermost || within(node, innermost)) [innermost, async] = [node, marked];
  }
  return innermost && { node: innermost, async };
}

/** The outermost function around `offset` (functions.scm): what a handler there may name lies in it; undefined outside any. */
export function outermostFunctionAround(syntax: SourceSyntax, offset: number): Node | undefined {
  let outermost: Node | undefined;
  for (const match of matchesIn(syntax, 'functions', offset, offset + 1)) {
    const node = captured(match, 'function');
    if (node && contains(node, offset) && (!outermost || node.startIndex < outermost.startIndex || node.endIndex > outermost.endIndex)) outermost = node;
  }
  return outermost;
}

const topLevelAwaits = new WeakMap<SourceSyntax['tree'], boolean>();

/**
 * An `await` outside any function: the document is a module that awaits at its top level. Read once
 * per tree (every function and await of the document): each await's ancestors, not a query per await.
 */
export function awaitsAtTopLevel(syntax: SourceSyntax): boolean {
  let found = topLevelAwaits.get(syntax.tree);
  if (found === undefined) {
    const matches = allMatches(syntax, 'functions');
    const functions = new Set(matches.flatMap((match) => captured(match, 'function')?.id ?? []));
    const outsideFunctions = (node: Node) => {
      for (let up = node.parent; up; up = up.parent) if (functions.has(up.id)) return false;
      return true;
    };
    found = matches.some((match) => {
      const awaited = captured(match, 'await');
      return awaited !== undefined && outsideFunctions(awaited);
    });
    topLevelAwaits.set(syntax.tree, found);
  }
  return found;
}
