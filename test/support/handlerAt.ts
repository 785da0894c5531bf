// A handler inserted at a marked code, for the placement tests, and what TypeScript says of it.
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { documentedHelpers } from '../../shared/src/handlerSnippet';
import { handlerInsertion } from '../../server/src/core/snippets/placement';
import { checkSources, declareHelpers, newFindings, notFoundName, typeScriptTypeErrors } from './checkers';
import { syntaxOf } from './syntax';

const catalog = new Catalog(cequensEntries());

export interface Placed {
  /** The document with the handler in it, and the imports it adds. */
  readonly result: string;
  readonly inserted: string;
}

/** The document with the handler for the first code after `|` (a CEQUENS code), and its imports; undefined when none is offered. */
export function insertAt(marked: string, languageId: string, isCaseLabel = false): Placed | undefined {
  const start = marked.indexOf('|');
  const text = marked.slice(0, start) + marked.slice(start + 1);
  const digits = /^\d+/.exec(text.slice(start))![0];
  const entry = catalog.entriesForCode(Number(digits))[0];
  const insertion = handlerInsertion(text, syntaxOf(text, languageId), languageId, { start, end: start + digits.length, code: entry.code, entries: [entry], picked: entry, isCaseLabel }, entry);
  if (!insertion) return undefined;
  // The handler and its imports, as the quick fix applies them: from the last offset back.
  const edits = [insertion, ...insertion.imports].sort((a, b) => b.offset - a.offset);
  return { result: edits.reduce((doc, e) => doc.slice(0, e.offset) + e.text + doc.slice(e.offset), text), inserted: insertion.text };
}

/** TypeScript's errors after the handler that it did not report before, but "cannot find" for the helpers the handler documents. */
export function newTypeScriptErrors(marked: string, placed: Placed): string[] {
  const helpers = [...documentedHelpers(placed.inserted)].map((h) => `Cannot find name '${h}'.`);
  const found = newFindings(typeScriptTypeErrors(marked.replace('|', ''), 'typescript'), typeScriptTypeErrors(placed.result, 'typescript'));
  return found.filter((m) => !helpers.includes(m));
}

/**
 * What the language's checker reports after the handler that it did not before, but "cannot find"
 * for the helpers the handler documents (declared where the checker needs them to check the rest);
 * undefined without the checker.
 */
export async function newCheckerFindings(language: string, name: string, marked: string, placed: Placed): Promise<string[] | undefined> {
  const helpers = documentedHelpers(placed.inserted);
  const after = declareHelpers(language, placed.result, helpers);
  const outcome = await checkSources(language, [{ name, text: marked.replace('|', '') }, { name, text: after }]);
  if ('missing' in outcome) return undefined;
  return newFindings(outcome.findings[0], outcome.findings[1])
    .map((f) => f.text)
    .filter((text) => !helpers.has(notFoundName(text) ?? ''));
}
