import { applyEdits, findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { TEAM_CATALOG_SCHEMA_REFERENCE, teamEntryId } from './teamCatalogFile';

/** Who sends a code added from the editor, until the team says: its own service. */
export const NEW_ENTRY_PROVIDER = 'our service';

/** An insertion into a team catalog's text, by offsets into it. */
export interface TextInsertion {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** What adding a code to a team catalog does: the edits, and where in the text after them the value to fill in first is. */
export interface NewEntry {
  readonly edits: readonly TextInsertion[];
  /** The new entry's title, in the text after the edits, selected for the user to type over. */
  readonly fillIn: { readonly offset: number; readonly length: number };
}

/**
 * The edits that add an entry for `code` to a team catalog's text (undefined: a file to create),
 * its fields to fill in; undefined when the text is no JSON object to add to. An entry of this
 * provider and code that is there already is only pointed at.
 */
export function newEntryIn(text: string | undefined, code: number): NewEntry | undefined {
  const entry = { provider: NEW_ENTRY_PROVIDER, code, title: `TODO: the name of ${code}`, remedy: 'TODO: what to do about it', category: 'message', transient: false };
  if (text === undefined || text.trim() === '') {
    const created = `${JSON.stringify({ $schema: TEAM_CATALOG_SCHEMA_REFERENCE, extendEntries: [entry] }, null, 2)}\n`;
    return { edits: [{ offset: 0, length: text?.length ?? 0, text: created }], fillIn: titleOf(created, 0)! };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors);
  if (errors.length > 0 || root?.type !== 'object') return undefined;
  const entries = findNodeAtLocation(root, ['extendEntries']);
  if (entries && entries.type !== 'array') return undefined;
  const existing = (entries?.children ?? []).findIndex((node) => sameEntry(node, code));
  if (existing >= 0) return { edits: [], fillIn: titleOf(text, existing) ?? { offset: entries!.children![existing].offset, length: 0 } };
  const at = entries?.children?.length ?? 0;
  const edits = modify(text, ['extendEntries', at], entry, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' }, isArrayInsertion: true });
  return { edits: edits.map(({ offset, length, content }) => ({ offset, length, text: content })), fillIn: titleOf(applyEdits(text, edits), at)! };
}

function sameEntry(node: Node, code: number): boolean {
  const provider = findNodeAtLocation(node, ['provider'])?.value;
  return findNodeAtLocation(node, ['code'])?.value === code && typeof provider === 'string' && teamEntryId(provider, code) === teamEntryId(NEW_ENTRY_PROVIDER, code);
}

/** The inside of the title string of the entry at `index`. */
function titleOf(text: string, index: number): NewEntry['fillIn'] | undefined {
  const title = findNodeAtLocation(parseTree(text)!, ['extendEntries', index, 'title']);
  return title && { offset: title.offset + 1, length: title.length - 2 };
}
