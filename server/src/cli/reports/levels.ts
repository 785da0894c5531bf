import manifest from '../../../../package.json';
import type { CatalogEntry, Category } from '../../../../shared/src/catalogTypes';

/** How a category shows in the editor's Problems panel by default (package.json, `cequens.diagnostics.severity`). */
type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
const DECLARED = manifest.contributes.configuration.properties['cequens.diagnostics.severity'].default as Record<Category, Severity>;
const ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The level findings of these meanings are reported at: the most severe of their categories' defaults, as the editor shows them. */
export function severityOf(meanings: readonly CatalogEntry[]): Severity {
  return ORDER[Math.min(...meanings.map((e) => ORDER.indexOf(DECLARED[e.category])))];
}

/** SARIF's levels: error, warning, note, none. */
export function sarifLevelOf(meanings: readonly CatalogEntry[]): 'error' | 'warning' | 'note' | 'none' {
  const severity = severityOf(meanings);
  return severity === 'error' || severity === 'warning' ? severity : severity === 'off' ? 'none' : 'note';
}
