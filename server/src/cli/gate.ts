import { CATEGORIES, type CatalogEntry, type Category } from '../../../shared/src/catalogTypes';
import { UsageError } from './usageError';

/**
 * What fails a scan (`--fail-on`): any code, the transient or the permanent ones, or those of some
 * categories. A code whose meaning the context leaves open fails it when one of its meanings does:
 * a CI gate would rather stop on a possible authentication error than let it through.
 */
export interface Gate {
  readonly description: string;
  matches(meanings: readonly CatalogEntry[]): boolean;
}

const NATURES = ['any', 'transient', 'permanent'] as const;

/** The gate of the `--fail-on` values, each a name or a comma list; throws on an unknown name. */
export function parseGate(values: readonly string[]): Gate {
  const names = values.flatMap((v) => v.split(',')).map((n) => n.trim().toLowerCase()).filter(Boolean);
  const categories = new Set<Category>();
  const natures = new Set<string>();
  for (const name of names) {
    const category = CATEGORIES.find((c) => c === name.replace(/[-_]/g, ' '));
    if (category) categories.add(category);
    else if ((NATURES as readonly string[]).includes(name)) natures.add(name);
    else throw new UsageError(`--fail-on ${name}: use any, transient, permanent or a category (${CATEGORIES.map((c) => c.replace(' ', '-')).join(', ')})`);
  }
  if (names.length === 0) throw new UsageError('--fail-on needs a value: any, transient, permanent or a category');
  const any = natures.has('any');
  return {
    description: names.join(','),
    matches: (meanings) =>
      any ||
      meanings.some(
        (e) => categories.has(e.category) || (natures.has('transient') && e.transient) || (natures.has('permanent') && !e.transient),
      ),
  };
}
