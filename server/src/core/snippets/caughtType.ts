import type { Statements } from '../../../../shared/src/languages';
import { catchAround, catchesWithin } from '../syntax/catches';
import { functionAround } from '../syntax/scopes';
import type { SourceSyntax } from '../syntax/syntax';

/**
 * The exception type the document catches where a handler lands (at `offset`, indented `indent`):
 * the type of the catch clause around it, else the one the function around it catches most often
 * (the first of equals), else, outside any function, the document. Undefined where no catch clause
 * names a type.
 */
export function caughtTypeAt(syntax: SourceSyntax, offset: number, indent: string, statements: Statements): string | undefined {
  const indented = statements.blocks === 'indentation' ? indent.length : undefined;
  const around = catchAround(syntax, offset, { indent: indented, withinFunction: indented !== undefined });
  if (around) return around.type && typeText(around.type.text);
  const fn = functionAround(syntax, offset)?.node;
  return mostFrequent(catchesWithin(syntax, fn).flatMap((c) => (c.type ? [typeText(c.type.text)] : [])));
}

/** A type as the handler repeats it: on one line. */
function typeText(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function mostFrequent(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts) if (best === undefined || count > counts.get(best)!) best = name;
  return best;
}
