import type { Statements } from '../../../../shared/src/languages';
import { functionAround } from '../syntax/scopes';
import type { SourceSyntax } from '../syntax/syntax';
import { catchClauseAround, caughtNameToken } from './errorSubject';
import { headersAround, isDefinition, logicalLines, type LogicalLine } from './pythonLines';
import type { CodeTokens } from './tokens';

/**
 * The exception type the document catches where a handler lands (before token `at`, indented
 * `indent`): the type of the catch clause around it, else the one the function around it catches
 * most often (the first of equals), else, outside any function, the document. Undefined where no
 * catch clause names a type.
 */
export function caughtTypeAt(code: CodeTokens, syntax: SourceSyntax, at: number, indent: string, statements: Statements): string | undefined {
  return statements.blocks === 'indentation' ? exceptedType(code, at, indent) : catchType(code, syntax, at);
}

function catchType(code: CodeTokens, syntax: SourceSyntax, at: number): string | undefined {
  const around = catchClauseAround(code, at);
  if (around >= 0) return typeOfCatch(code, around);
  const fn = functionAround(syntax, at < code.tokens.length ? code.tokens[at].start : code.text.length)?.node;
  const first = fn ? code.firstFrom(fn.startIndex) : 0;
  const after = fn ? code.firstFrom(fn.endIndex) : -1;
  const end = after < 0 ? code.tokens.length : after;
  const types: string[] = [];
  for (let j = Math.max(first, 0); j < end; j++) {
    const type = code.is(j, 'catch') && code.is(j + 1, '(') ? typeOfCatch(code, j + 1) : undefined;
    if (type !== undefined) types.push(type);
  }
  return mostFrequent(types);
}

/** `T` of `catch (T e)`, `catch (T)` (C#, PHP), `catch (\Ns\T $e)`, `catch (A | B $e)`; undefined for `catch ()`. */
function typeOfCatch(code: CodeTokens, open: number): string | undefined {
  const close = code.partner[open];
  const last = caughtNameToken(code, open, true) >= 0 ? close - 2 : close - 1;
  return last > open ? spanText(code, open + 1, last) : undefined;
}

function exceptedType(code: CodeTokens, at: number, indent: string): string | undefined {
  const lines = logicalLines(code);
  // Out from the handler's level: the first `except` header around it, up to the `def` it is in.
  let def = -1;
  for (const k of headersAround(code, at, indent)) {
    if (code.is(lines[k].first, 'except')) return typeOfExcept(code, lines[k]);
    if (isDefinition(code, lines[k])) {
      def = k;
      break;
    }
  }
  const end = def < 0 ? lines.length : lines.findIndex((line, i) => i > def && line.indent.length <= lines[def].indent.length);
  const body = lines.slice(def + 1, end < 0 ? lines.length : end);
  return mostFrequent(body.filter((line) => code.is(line.first, 'except')).flatMap((line) => typeOfExcept(code, line) ?? []));
}

/** `T` of `except T as e:`, `except T:`, `except* T:`, `except (A, B) as e:`; undefined for a bare `except:`. */
function typeOfExcept(code: CodeTokens, { first, last }: LogicalLine): string | undefined {
  const from = code.is(first + 1, '*') ? first + 2 : first + 1;
  let end = from;
  while (end <= last && !code.is(end, 'as', ':')) end = code.partner[end] > end ? code.partner[end] + 1 : end + 1;
  return end > from ? spanText(code, from, end - 1) : undefined;
}

/** The document's text from token `first` to token `last`, on one line. */
function spanText(code: CodeTokens, first: number, last: number): string {
  return code.text.slice(code.tokens[first].start, code.tokens[last].end).replace(/\s+/g, ' ');
}

function mostFrequent(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts) if (best === undefined || count > counts.get(best)!) best = name;
  return best;
}
