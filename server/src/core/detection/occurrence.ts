import type { CatalogEntry } from '../../../../shared/src/catalogTypes';

/** One place in a document where a CEQUENS/WhatsApp error code is meant. */
export interface Occurrence {
  /** Offset of the code's first character in the document text. */
  readonly start: number;
  /** Offset just past the code's last character. */
  readonly end: number;
  /** The numeric code; for a textual code such as MISSING_TOKEN, the code it belongs to (401). */
  readonly code: number;
  /** Set when the occurrence is a textual code (MISSING_TOKEN, VALIDATION, ...). */
  readonly stringCode?: string;
  /** Every catalog entry the code can mean (401 alone can mean five). */
  readonly entries: readonly CatalogEntry[];
  /** The entry the context picks (a string code or title on the same line), when it can. */
  readonly picked?: CatalogEntry;
  /** True when the code is a `case` label (or match arm): a handler goes into that branch. */
  readonly isCaseLabel: boolean;
}
