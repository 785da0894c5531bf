import { functionAround } from './scopes';
import { captured, contains, matchesIn, within, type SourceSyntax } from './syntax';

/**
 * The literal at `offset` is part of a value being built (values.scm: what a name or a key is
 * given, what `new` constructs), and not of the body of a function built into that value (a
 * callback assigned to a name still handles its codes).
 */
export function inBuiltValue(syntax: SourceSyntax, offset: number): boolean {
  const body = functionAround(syntax, offset)?.node;
  return matchesIn(syntax, 'values', offset, offset + 1).some((match) => {
    const value = captured(match, 'value');
    return value !== undefined && contains(value, offset) && !(body && within(body, value));
  });
}
