import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';

/** The catalog the server answers from: every source it knows, built once at start-up. */
export function loadCatalog(): Catalog {
  return new Catalog(cequensEntries());
}
