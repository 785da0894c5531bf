import { PROSE, profileFor, type LanguageProfile, type Statements, type Syntax } from '../../../shared/src/languages';

export type { Syntax };

/** A language as the server reads it: its profile (shared/languages/languages.json), by the detector's names. */
export interface Language {
  readonly id: string;
  readonly syntax: Syntax;
  /** True for languages read as prose (logs, plain text): no comments, only double quotes. */
  readonly isText: boolean;
  /** A line is read alone (logs, JSON Lines), not with the lines above it as code and tables are. */
  readonly readsLineAlone: boolean;
  /** Words of a multi-way branch (`switch`, `match`, `when`) and of its labels (`case`, `when`); empty without statements. */
  readonly switchKeywords: readonly string[];
  readonly caseKeywords: readonly string[];
  /** How statements are written; undefined for prose and data. */
  readonly statements?: Statements;
  /** The handler template file; undefined when quick fixes do not apply. */
  readonly snippets?: string;
}

function fromProfile(id: string, profile: LanguageProfile): Language {
  return {
    id,
    syntax: profile.syntax,
    isText: profile.prose,
    readsLineAlone: profile.prose && !profile.readsLinesAbove,
    switchKeywords: profile.statements?.switchKeywords ?? [],
    caseKeywords: profile.statements?.caseKeywords ?? [],
    ...(profile.statements ? { statements: profile.statements } : {}),
    ...(profile.snippets ? { snippets: profile.snippets } : {}),
  };
}

/** Unknown languages are read as text: the safest reading, with no quick fix. */
export function languageFor(languageId: string): Language {
  return fromProfile(languageId, profileFor(languageId) ?? PROSE);
}

export const TEXT_SYNTAX: Syntax = PROSE.syntax;
