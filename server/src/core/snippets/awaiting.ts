import type { Statements } from '../../../../shared/src/languages';
import { awaitsAtTopLevel, functionAround } from '../syntax/scopes';
import type { SourceSyntax } from '../syntax/syntax';

/**
 * True when a handler may use `await` at `offset`: the function around it is async (an `async`
 * function, method, arrow, lambda or closure; Python's `async def`). At the top level, only where
 * the language awaits there too (a TypeScript/JavaScript module) and the document already does (so
 * it is an ES module where that is valid). Languages without `await` always get false.
 * `indent`: for a language of indented blocks, the handler's indentation, which says which of the
 * functions around the code before it the handler is in.
 */
export function awaitAllowed(syntax: SourceSyntax, statements: Statements, offset: number, indent?: number): boolean {
  if (statements.await === 'none') return false;
  let around = functionAround(syntax, offset);
  if (indent !== undefined) while (around && around.node.startPosition.column >= indent) around = functionAround(syntax, around.node.startIndex - 1);
  if (around) return around.async;
  return statements.await === 'async-functions-and-module' && awaitsAtTopLevel(syntax);
}
