import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { insertHandler } from '../editing/insertHandler';
import { pickEntry } from '../ui/pickEntry';
import { argsObject, type CommandContext } from './commandContext';

/** Optional arguments, so tests can drive the command without UI. */
export interface InsertHandlerArgs {
  /** The entry whose handler to insert; without it, the code at the cursor's, else the user picks. */
  readonly entryId?: string;
}

/**
 * "Insert handler for error code…": the handler of the code at the cursor goes on the next line
 * (a code with several meanings asks which); with no code at the cursor the user picks an entry and
 * the handler goes at the cursor (on a blank line, in it; else on the next line).
 * Resolves to the inserted text, or undefined when nothing was inserted.
 */
export async function insertHandlerCommand(context: CommandContext, rawArgs?: unknown): Promise<string | undefined> {
  const args = argsObject(rawArgs) as InsertHandlerArgs;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('CEQUENS: open a file and put the cursor where the handler should go.');
    return undefined;
  }
  const catalog = await context.server.catalog();
  const entry = args.entryId !== undefined ? byId(catalog, args.entryId) : await chooseEntry(context, editor, catalog);
  if (!entry) return undefined;
  return insertHandler(context.server, editor, entry);
}

function byId(catalog: readonly CatalogEntry[], entryId: string): CatalogEntry {
  const entry = catalog.find((e) => e.id === entryId);
  if (!entry) throw new Error(`CEQUENS: no catalog entry with id "${entryId}"`);
  return entry;
}

async function chooseEntry(
  context: CommandContext,
  editor: vscode.TextEditor,
  catalog: readonly CatalogEntry[],
): Promise<CatalogEntry | undefined> {
  const position = editor.selection.active;
  const occurrence = await context.server.occurrenceAt({
    uri: editor.document.uri.toString(),
    position: { line: position.line, character: position.character },
  });
  const ids = occurrence?.pickedEntryId ? [occurrence.pickedEntryId] : (occurrence?.entryIds ?? []);
  const candidates = ids.length > 0 ? catalog.filter((e) => ids.includes(e.id)) : catalog;
  if (candidates.length === 1) return candidates[0];
  const picked = await pickEntry(candidates, {
    title: 'CEQUENS: Insert handler for error code',
    placeholder:
      ids.length > 0
        ? `${occurrence?.code} has several meanings: which one does this code handle?`
        : 'No error code at the cursor: choose the code whose handler to insert',
    buttons: false,
  });
  return picked?.entry;
}
