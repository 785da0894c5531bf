// A handler inserted at a marked code, for the placement tests, and what TypeScript says of it.
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { documentedHelpers } from '../../shared/src/handlerSnippet';
import { handlerInsertion } from '../../server/src/core/snippets/placement';
import { newFindings, typeScriptTypeErrors } from './checkers';

const catalog = new Catalog(cequensEntries());

export interface Placed {
  /** The document with the handler in it. */
  readonly result: string;
  readonly inserted: string;
}

/** The document with the handler for the first code after `|` (a CEQUENS code); undefined when none is offered. */
export function insertAt(marked: string, languageId: string, isCaseLabel = false): Placed | undefined {
  const start = marked.indexOf('|');
  const text = marked.slice(0, start) + marked.slice(start + 1);
  const digits = /^\d+/.exec(text.slice(start))![0];
  const entry = catalog.entriesForCode(Number(digits))[0];
  const insertion = handlerInsertion(text, languageId, { start, end: start + digits.length, code: entry.code, entries: [entry], picked: entry, isCaseLabel }, entry);
  return insertion && { result: text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset), inserted: insertion.text };
}

/** TypeScript's errors after the handler that it did not report before, but "cannot find" for the helpers the handler documents. */
export function newTypeScriptErrors(marked: string, placed: Placed): string[] {
  const helpers = [...documentedHelpers(placed.inserted)].map((h) => `Cannot find name '${h}'.`);
  const found = newFindings(typeScriptTypeErrors(marked.replace('|', ''), 'typescript'), typeScriptTypeErrors(placed.result, 'typescript'));
  return found.filter((m) => !helpers.includes(m));
}
