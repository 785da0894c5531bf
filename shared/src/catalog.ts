import type { CatalogEntry } from './catalogTypes';

/**
 * All known error codes, from one or more sources (the CEQUENS table, later the Cloud API or a
 * team's own file). Codes are not unique: one code can have several entries.
 */
export class Catalog {
  readonly entries: readonly CatalogEntry[];
  private readonly byCode = new Map<number, CatalogEntry[]>();
  private readonly byStringCode = new Map<string, CatalogEntry[]>();
  private readonly byId = new Map<string, CatalogEntry>();

  constructor(...sources: ReadonlyArray<readonly CatalogEntry[]>) {
    this.entries = sources.flat();
    for (const entry of this.entries) {
      if (this.byId.has(entry.id)) throw new Error(`Catalog: duplicate entry id ${entry.id}`);
      this.byId.set(entry.id, entry);
      for (let code = entry.code; code <= (entry.lastCode ?? entry.code); code++) push(this.byCode, code, entry);
      if (entry.stringCode) push(this.byStringCode, entry.stringCode, entry);
    }
  }

  /** Every entry with this numeric code (or a range holding it); empty when unknown. */
  entriesForCode(code: number): readonly CatalogEntry[] {
    return this.byCode.get(code) ?? [];
  }

  /** Every entry with this textual code (e.g. "TOKEN"); empty when unknown. */
  entriesForStringCode(stringCode: string): readonly CatalogEntry[] {
    return this.byStringCode.get(stringCode) ?? [];
  }

  entry(id: string): CatalogEntry | undefined {
    return this.byId.get(id);
  }

  get codes(): IterableIterator<number> {
    return this.byCode.keys();
  }

  get stringCodes(): IterableIterator<string> {
    return this.byStringCode.keys();
  }
}

function push<K>(map: Map<K, CatalogEntry[]>, key: K, entry: CatalogEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
