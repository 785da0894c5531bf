import tableText from '../catalog/cequens-whatsapp-error-codes.txt';
import annotations from '../catalog/cequens-annotations.json';
import type { CatalogEntry } from './catalogTypes';
import { CATEGORIES, HANDLER_KINDS } from './catalogTypes';
import { parseCequensTable, type CequensTableEntry } from './cequensTable';

export const CEQUENS_SOURCE = 'CEQUENS';

interface Pitfall {
  readonly from: number;
  readonly to: number;
  readonly providers?: readonly string[];
  readonly text: string;
}

interface Annotation {
  readonly category: string;
  readonly transient: boolean;
  readonly handler: string;
  readonly remedy?: string;
}

/** The CEQUENS table joined with this project's annotations (category, retry, handler, remedy). */
export function cequensEntries(
  text: string = tableText,
  annotationsByKey: Readonly<Record<string, Annotation>> = annotations.entries,
  page: string | undefined = annotations.page,
  pitfalls: readonly Pitfall[] = annotations.pitfalls,
): CatalogEntry[] {
  const table = parseCequensTable(text);
  const repeatedCodes = new Set(table.map((e) => e.code).filter((code, i, all) => all.indexOf(code) !== i));
  const unused = new Set(Object.keys(annotationsByKey));
  const entries = table.map((row) => {
    const key = repeatedCodes.has(row.code) ? `${row.code} ${row.title}` : String(row.code);
    const annotation = annotationsByKey[key];
    if (!annotation) throw new Error(`CEQUENS annotations: no entry for "${key}"`);
    unused.delete(key);
    return toCatalogEntry(row, key, annotation, page, pitfallOf(row.code, pitfalls));
  });
  if (unused.size > 0) throw new Error(`CEQUENS annotations: no table entry for ${[...unused].join(', ')}`);
  return entries;
}

/** The pitfalls whose ranges hold the code, as one: 1008 is both a Gupshup code and a WebSocket close code. */
function pitfallOf(code: number, pitfalls: readonly Pitfall[]): Pitfall | undefined {
  const found = pitfalls.filter((p) => code >= p.from && code <= p.to);
  if (found.length === 0) return undefined;
  const providers = found.flatMap((p) => p.providers ?? []);
  return { from: code, to: code, text: found.map((p) => p.text).join(' '), ...(providers.length > 0 ? { providers } : {}) };
}

function toCatalogEntry(row: CequensTableEntry, key: string, annotation: Annotation, page: string | undefined, pitfall: Pitfall | undefined): CatalogEntry {
  if (row.remedy !== undefined && annotation.remedy !== undefined) {
    throw new Error(`CEQUENS annotations: "${key}" repeats a remedy the table already gives`);
  }
  const remedy = row.remedy ?? annotation.remedy;
  if (remedy === undefined) throw new Error(`CEQUENS annotations: "${key}" needs a remedy`);
  return {
    id: key === String(row.code) ? `cequens:${row.code}` : `cequens:${row.code}:${row.stringCode ?? slug(row.title)}`,
    source: CEQUENS_SOURCE,
    ...(page ? { page } : {}),
    code: row.code,
    ...(row.stringCode ? { stringCode: row.stringCode } : {}),
    title: row.title,
    description: row.description,
    details: row.details,
    remedy,
    remedySource: row.remedy !== undefined ? 'provider' : 'editorial',
    deprecated: row.deprecated,
    category: checked(CATEGORIES, annotation.category, key),
    transient: annotation.transient,
    ...(pitfall ? { pitfall: pitfall.text } : {}),
    ...(pitfall?.providers ? { sharedWith: pitfall.providers } : {}),
    handler: checked(HANDLER_KINDS, annotation.handler, key),
  };
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function checked<T extends string>(allowed: readonly T[], value: string, key: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`CEQUENS annotations: "${key}" has unknown value "${value}"`);
  }
  return value as T;
}
