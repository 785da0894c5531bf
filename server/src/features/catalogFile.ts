import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import { catalogOf } from '../../../shared/src/catalogSources';
import { CATALOG_FILE_NAME, catalogText } from '../core/catalogFile/catalogText';

/** Where an entry is for a user to read it: undefined where no file holds it. */
export type EntryLocator = (entryId: string) => Location | undefined;

/**
 * Where an entry's card is in the catalog file the package ships beside the server
 * (dist/catalog.txt, of the full catalog): a place every editor can open, for workspace symbols
 * and the look-up command. Its lines are found once, when first asked.
 */
export class CatalogFile {
  private lines: ReadonlyMap<string, number> | undefined;
  private readonly uri: string;

  constructor(directory: string) {
    this.uri = pathToFileURL(join(directory, CATALOG_FILE_NAME)).href;
  }

  /** Undefined for an entry the file does not hold. */
  locationOf(entryId: string): Location | undefined {
    this.lines ??= catalogText(catalogOf()).lineOf;
    const line = this.lines.get(entryId);
    return line === undefined ? undefined : { uri: this.uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
  }
}
