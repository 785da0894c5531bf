// Syntax trees for the tests, parsed as the server parses them. Importing this loads every grammar
// before the file's tests run.
import { before } from 'node:test';
import { profileFor } from '../../shared/src/languages';
import { SourceTree } from '../../server/src/core/syntax/sourceTree';
import type { SourceSyntax } from '../../server/src/core/syntax/syntax';
import { grammars, loadAllGrammars } from './grammars';

export { grammars };

before(loadAllGrammars);

/** The document's syntax, parsed at once (in a test: the hook above has loaded the grammars); undefined for a language without a grammar. */
export function syntaxOf(text: string, languageId: string): SourceSyntax | undefined {
  const parsed = parsedSource(text, languageId);
  return parsed && { tree: parsed.source.current!, grammar: parsed.grammar };
}

/** The document parsed at once, with its text and lines as the server keeps them (a SourceTree); undefined for a language without a grammar. */
export function parsedSource(text: string, languageId: string): { readonly source: SourceTree; readonly grammar: string } | undefined {
  const grammar = profileFor(languageId)?.grammar;
  if (!grammar) return undefined;
  const language = grammars.ifLoaded(grammar);
  if (!language) throw new Error(`the ${grammar} grammar is not loaded: call from a test`);
  const source = new SourceTree(language, text);
  source.parse();
  return { source, grammar };
}
