import { SymbolKind, type Connection, type WorkspaceSymbol } from 'vscode-languageserver';
import { headingOf } from '../../../shared/src/entryNames';
import { searchCatalog } from '../core/catalogFile/catalogSearch';
import type { DocumentStore } from '../documents';
import type { EntryLocator } from './catalogFile';

/** At most this many symbols per answer: a short query ("4") would otherwise list most of the catalog. */
const MAX_SYMBOLS = 100;

/**
 * `workspace/symbol` over the catalog: an editor's symbol search is the look-up ("131047",
 * "re-engagement", "missing token"), each entry found where `locate` says: a team's at its place in
 * the team catalog, a built-in one at its card in the catalog file. By names only (code, textual
 * code, title): the symbols of the user's code share the list.
 */
export function registerWorkspaceSymbols(connection: Connection, store: DocumentStore, locate: EntryLocator): void {
  connection.onWorkspaceSymbol(({ query }): WorkspaceSymbol[] =>
    searchCatalog(store.catalog, query, { namesOnly: true })
      .flatMap((entry) => {
        const location = locate(entry.id);
        return location ? [{ name: headingOf(entry), kind: SymbolKind.Constant, containerName: entry.source, location }] : [];
      })
      .slice(0, MAX_SYMBOLS),
  );
}
