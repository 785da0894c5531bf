import type { CatalogEntry } from './catalogTypes';

/**
 * All known error codes, from one or more sources (the CEQUENS table, the Cloud API, a team's own
 * files). Codes are not unique: one code can have several entries.
 */
export class Catalog {
  readonly entries: readonly CatalogEntry[];
  private readonly byCode = new Map<number, CatalogEntry[]>();
  private readonly byStringCode = new Map<string, CatalogEntry[]>();
  private readonly byId = new Map<string, CatalogEntry>();
  /** Numbers a team's catalog says are never codes in its project: looked up, never detected. */
  readonly neverCodes: ReadonlySet<number>;

  constructor(entries: readonly CatalogEntry[], neverCodes: Iterable<number> = []) {
    this.entries = entries;
    this.neverCodes = new Set(neverCodes);
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

  /** The numbers the detector looks for: every code but the never-codes. */
  get codes(): number[] {
    return [...this.byCode.keys()].filter((code) => !this.neverCodes.has(code));
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
