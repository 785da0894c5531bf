import languages from './languages.json';

export interface Syntax {
  readonly lineComments: readonly string[];
  readonly blockComment?: readonly string[];
  readonly quotes: readonly string[];
  /** Python's """ and ''' strings. */
  readonly tripleQuotes?: boolean;
}

export interface Language {
  readonly id: string;
  readonly syntax: Syntax;
  /** True for languages read as prose (logs, plain text): no comments, only double quotes. */
  readonly isText: boolean;
  /** Name of the handler templates for this language; undefined when quick fixes do not apply. */
  readonly snippets?: string;
}

const syntaxes: Record<string, Syntax> = languages.syntaxes as Record<string, Syntax>;
const table: Record<string, { syntax: string; snippets?: string }> = languages.languages;

/** Unknown languages are read as text: the safest reading, with no quick fix. */
export function languageFor(languageId: string): Language {
  const known = table[languageId];
  const syntaxName = known?.syntax ?? 'text';
  return {
    id: languageId,
    syntax: syntaxes[syntaxName],
    isText: syntaxName === 'text',
    ...(known?.snippets ? { snippets: known.snippets } : {}),
  };
}

export const TEXT_SYNTAX: Syntax = syntaxes.text;

/** Language ids the server knows how to read. */
export const KNOWN_LANGUAGE_IDS: readonly string[] = Object.keys(table);
