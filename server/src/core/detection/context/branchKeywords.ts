/**
 * The words with which languages label a branch and open the statement that holds the branches.
 * Kept here alone so that per-language profiles can supply them later (`caseKeywords`,
 * `switchKeywords`) without a change to the rules that read them.
 */
export const CASE_KEYWORDS: ReadonlySet<string> = new Set(['case']);
export const SWITCH_KEYWORDS: readonly string[] = ['switch', 'match', 'select'];
