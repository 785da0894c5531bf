import { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { readTeamCatalog, type CatalogProblem, type EntryOverride, type TeamLayer } from './teamCatalogFile';

/** A problem of one file, placed: zero-based line and character, as LSP counts them. */
export interface PlacedProblem extends CatalogProblem {
  readonly line: number;
  readonly character: number;
}

/**
 * The built-in catalog with a team's files laid over it, in order: `.cequens/catalog.json` of each
 * folder, then the files a setting names. Each file's last good reading is kept, so that a file
 * broken while it is edited leaves the catalog as it was until it is fixed.
 */
export class TeamCatalogs {
  private readonly good = new Map<string, TeamLayer>();
  private readonly builtInIds: ReadonlySet<string>;

  constructor(private readonly builtIn: Catalog) {
    this.builtInIds = new Set(builtIn.entries.map((e) => e.id));
  }

  /** Reads a file's text (undefined: there is no such file, so it adds nothing); its problems, placed. */
  read(path: string, text: string | undefined): PlacedProblem[] {
    if (text === undefined) {
      this.good.delete(path);
      return [];
    }
    const { layer, problems } = readTeamCatalog(text, (id) => this.builtInIds.has(id));
    if (layer) this.good.set(path, layer);
    return problems.map((problem) => ({ ...problem, ...positionAt(text, problem.offset) }));
  }

  /** Whether a good reading of the file is in use. */
  uses(path: string): boolean {
    return this.good.has(path);
  }

  /** The catalog of the built-in entries and the files of `paths` (in that order) read so far. */
  catalog(paths: readonly string[]): Catalog {
    const layers = paths.flatMap((path) => this.good.get(path) ?? []);
    return layers.length === 0 ? this.builtIn : merged(this.builtIn.entries, layers);
  }
}

/** The built-in entries with each layer's overrides applied and its entries added (a later entry of the same provider and code replaces an earlier). */
export function merged(builtIn: readonly CatalogEntry[], layers: readonly TeamLayer[]): Catalog {
  const byId = new Map(builtIn.map((entry) => [entry.id, entry]));
  const neverCodes = new Set<number>();
  for (const layer of layers) {
    for (const [id, override] of layer.overrides) {
      const entry = byId.get(id);
      if (entry) byId.set(id, overridden(entry, override));
    }
    for (const entry of layer.entries) byId.set(entry.id, entry);
    for (const code of layer.neverCodes) neverCodes.add(code);
  }
  return new Catalog([...byId.values()], neverCodes);
}

/** Fields named plainly replace; `extend…` fields add to what is there. */
function overridden(entry: CatalogEntry, override: EntryOverride): CatalogEntry {
  const remedy = override.remedy ?? entry.remedy;
  return {
    ...entry,
    remedy: override.extendRemedy ? `${remedy} ${override.extendRemedy}` : remedy,
    ...(override.remedy ? { remedySource: 'team' } : {}),
    ...(override.extendDetails ? { details: [...entry.details, ...override.extendDetails] } : {}),
    ...(override.runbook ? { runbook: override.runbook } : {}),
    ...(override.severity ? { severity: override.severity } : {}),
    ...(override.handlers ? { handlers: { ...entry.handlers, ...override.handlers } } : {}),
  };
}

/** Zero-based line and character (UTF-16) of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
