import { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { readTeamCatalog, type CatalogProblem, type EntryOverride, type TeamLayer } from './teamCatalogFile';

/** Zero-based line and character (UTF-16), as LSP counts them. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/** A problem of one file, placed. */
export interface PlacedProblem extends CatalogProblem {
  readonly start: TextPosition;
  readonly end: TextPosition;
}

/** Where a team file adds or changes an entry. */
export interface EntryPlace {
  readonly path: string;
  readonly position: TextPosition;
}

/**
 * The built-in catalog with a team's files laid over it, in order: `.cequens/catalog.json` of each
 * folder, then the files a setting names. Each file's last good reading is kept, so that a file
 * broken while it is edited leaves the catalog as it was until it is fixed.
 */
export class TeamCatalogs {
  /** Each file's last good layer, and the positions of its `places`. */
  private readonly good = new Map<string, { readonly layer: TeamLayer; readonly positions: ReadonlyMap<string, TextPosition> }>();
  private readonly builtInIds: ReadonlySet<string>;
  /** Each file's last text and its problems: a text read again (a reload, a save) is not parsed again. */
  private readonly lastRead = new Map<string, { readonly text: string; readonly problems: PlacedProblem[] }>();
  /** The last catalog made, and of which layers: the same layers give the same catalog (open documents are not read again). */
  private last: { readonly layers: readonly TeamLayer[]; readonly catalog: Catalog } | undefined;

  constructor(private readonly builtIn: Catalog) {
    this.builtInIds = new Set(builtIn.entries.map((e) => e.id));
  }

  /** Reads a file's text (undefined: there is no such file, so it adds nothing); its problems, placed. */
  read(path: string, text: string | undefined): PlacedProblem[] {
    if (text === undefined) {
      this.good.delete(path);
      this.lastRead.delete(path);
      return [];
    }
    const before = this.lastRead.get(path);
    if (before?.text === text) return before.problems;
    const { layer, problems } = readTeamCatalog(text, (id) => this.builtInIds.has(id));
    const at = positionsIn(text);
    if (layer) this.good.set(path, { layer, positions: new Map([...layer.places].map(([id, offset]) => [id, at(offset)])) });
    const placed = problems.map((problem) => ({ ...problem, start: at(problem.offset), end: at(problem.offset + problem.length) }));
    this.lastRead.set(path, { text, problems: placed });
    return placed;
  }

  /** Where the last of the files of `paths` (read so far) that adds or changes the entry does so; undefined where none does. */
  placeOf(paths: readonly string[], entryId: string): EntryPlace | undefined {
    for (const path of [...paths].reverse()) {
      const position = this.good.get(path)?.positions.get(entryId);
      if (position) return { path, position };
    }
    return undefined;
  }

  /** Whether a good reading of the file is in use. */
  uses(path: string): boolean {
    return this.good.has(path);
  }

  /** The catalog of the built-in entries and the files of `paths` (in that order) read so far. */
  catalog(paths: readonly string[]): Catalog {
    const layers = paths.flatMap((path) => this.good.get(path)?.layer ?? []);
    if (layers.length === 0) return this.builtIn;
    const { last } = this;
    if (last && last.layers.length === layers.length && last.layers.every((layer, i) => layer === layers[i])) return last.catalog;
    this.last = { layers, catalog: merged(this.builtIn.entries, layers) };
    return this.last.catalog;
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

/** The position of an offset. */
export function positionAt(text: string, offset: number): TextPosition {
  return positionsIn(text)(offset);
}

/** The position of any offset of the text, its lines found once: a file's many places are placed in time linear in its length. */
function positionsIn(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - lineStarts[low] };
  };
}
