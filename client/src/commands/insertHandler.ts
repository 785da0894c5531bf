import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { CatalogRequest, OccurrenceRequest } from '../../../shared/src/protocol';
import { pickEntry } from '../ui/pickEntry';
import { argsObject, type CommandContext } from './commandContext';
import { byId } from './catalogRequests';
import { insertHandler } from './handlerInsertion';

/** Optional arguments, so tests can drive the command without UI. */
export interface InsertHandlerArgs {
  /** The entry whose handler to insert; without it, the code at the cursor's, else the user picks. */
  readonly entryId?: string;
  /** Where, instead of the cursor: a hover card's link names the code it is about. */
  readonly at?: { readonly uri: string; readonly position: { readonly line: number; readonly character: number } };
}

/**
 * "Insert handler for error code…": the handler of the code at the cursor (a code with several
 * meanings asks which), else of an entry the user picks, placed by the server as the quick fix
 * places it. Resolves to the inserted text, or undefined when nothing was inserted.
 */
export async function insertHandlerCommand(context: CommandContext, rawArgs?: unknown): Promise<string | undefined> {
  const args = argsObject(rawArgs) as InsertHandlerArgs;
  const editor = args.at ? await editorAt(args.at) : vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('CEQUENS: open a file and put the cursor where the handler should go.');
    return undefined;
  }
  const catalog = await context.client.sendRequest(CatalogRequest);
  const entry = args.entryId !== undefined ? byId(catalog, args.entryId) : await chooseEntry(context, editor, catalog);
  if (!entry) return undefined;
  return insertHandler(context, editor, entry);
}

async function chooseEntry(
  context: CommandContext,
  editor: vscode.TextEditor,
  catalog: readonly CatalogEntry[],
): Promise<CatalogEntry | undefined> {
  const params = context.client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active);
  const occurrence = await context.client.sendRequest(OccurrenceRequest, params);
  const ids = occurrence?.pickedEntryId ? [occurrence.pickedEntryId] : (occurrence?.entryIds ?? []);
  const candidates = ids.length > 0 ? catalog.filter((e) => ids.includes(e.id)) : catalog;
  if (candidates.length === 1) return candidates[0];
  const picked = await pickEntry(candidates, {
    title: 'CEQUENS: Insert handler for error code',
    placeholder:
      occurrence && ids.length > 0
        ? `${occurrence.code} has several meanings: which one does this code handle?`
        : 'No error code at the cursor: choose the code whose handler to insert',
    buttons: false,
  });
  return picked?.entry;
}

/** The editor of the document at `at`, shown, with the cursor put there. */
async function editorAt(at: NonNullable<InsertHandlerArgs['at']>): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(at.uri));
  const editor = await vscode.window.showTextDocument(document);
  const position = new vscode.Position(at.position.line, at.position.character);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}
