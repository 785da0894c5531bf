import { Query, type Language } from '@vscode/tree-sitter-wasm';

/** The questions asked of a syntax tree: the files of each grammar's folder under queries/. */
export type Question = 'branches' | 'cases' | 'catches' | 'codes' | 'codeSlots' | 'fields' | 'functions' | 'imports' | 'memberships' | 'names' | 'namings' | 'statements' | 'switches' | 'values';

const INHERITS = /^; inherits: ([a-z-]+)\n/;

/** A query file's text with what it inherits (`; inherits: ecmascript` on its first line). */
export function queryText(folder: string, question: Question): string {
  // esbuild bundles every queries/*/*.scm file (as text) for this require.
  const own = String(require(`./queries/${folder}/${question}.scm`));
  const inherited = INHERITS.exec(own);
  return inherited ? `${queryText(inherited[1], question)}\n${own.slice(inherited[0].length)}` : own;
}

const answered = new Map<string, boolean>();

/** True when the grammar's folder has the question's file (a grammar answers only some questions yet). */
export function answers(folder: string, question: Question): boolean {
  const key = `${folder}/${question}`;
  let found = answered.get(key);
  if (found === undefined) {
    try {
      queryText(folder, question);
      found = true;
    } catch {
      found = false;
    }
    answered.set(key, found);
  }
  return found;
}

const compiled = new WeakMap<Language, Map<Question, Query>>();

/** The query of `question` for a grammar, compiled once per loaded language. */
export function queryOf(language: Language, grammar: string, question: Question): Query {
  let queries = compiled.get(language);
  if (!queries) compiled.set(language, (queries = new Map()));
  let query = queries.get(question);
  if (!query) queries.set(question, (query = new Query(language, queryText(grammar, question))));
  return query;
}
