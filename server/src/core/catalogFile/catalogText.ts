import type { Catalog } from '../../../../shared/src/catalog';
import { renderEntry } from '../hover/card';
import { PLAIN_TEXT_STYLE } from '../hover/cardStyle';

/** The catalog as a file every editor opens: the package ships it as dist/catalog.txt. */
export const CATALOG_FILE_NAME = 'catalog.txt';

const INTRO = [
  'CEQUENS WhatsApp error codes: every entry of the catalog, as its card reads.',
  'Written by the build (esbuild.mjs); the language server points an editor’s symbol search here.',
];

export interface CatalogText {
  readonly text: string;
  /** The zero-based line of each entry's heading, by entry id. */
  readonly lineOf: ReadonlyMap<string, number>;
}

/**
 * Every entry's card as plain text, one after another: what the build writes to the file, and
 * where the server finds each entry in it (the same text, so the same lines).
 */
export function catalogText(catalog: Catalog): CatalogText {
  const lineOf = new Map<string, number>();
  const parts = [INTRO.join('\n')];
  let line = INTRO.length + 1; // the blank line after the intro
  for (const entry of catalog.entries) {
    const card = `${PLAIN_TEXT_STYLE.rule}\n\n${renderEntry(entry, PLAIN_TEXT_STYLE)}`;
    lineOf.set(entry.id, line + 2);
    parts.push(card);
    line += card.split('\n').length + 1;
  }
  return { text: `${parts.join('\n\n')}\n`, lineOf };
}
