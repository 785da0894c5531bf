import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { HandlerInsertionRequest } from '../../../shared/src/protocol';
import { headingOf } from '../../../shared/src/entryNames';
import { handlerSnippet } from '../../../shared/src/handlerSnippet';
import type { CommandContext } from './commandContext';

/**
 * Inserts the handler of `entry` where the server places it for the cursor of `editor` (the rule
 * of the quick fix, which runs this), as a snippet whose helper names and messages are tab stops;
 * the imports it needs go in first. Resolves to the inserted text, or undefined when nothing was
 * inserted (the user was told why).
 */
export async function insertHandler(
  context: CommandContext,
  editor: vscode.TextEditor | undefined,
  entry: CatalogEntry,
): Promise<string | undefined> {
  if (!editor) {
    void vscode.window.showWarningMessage(
      `CEQUENS: open a file and put the cursor where the handler for ${headingOf(entry)} should go.`,
    );
    return undefined;
  }
  const { document } = editor;
  const { client } = context;
  const params = client.code2ProtocolConverter.asTextDocumentPositionParams(document, editor.selection.active);
  const insertion = await client.sendRequest(HandlerInsertionRequest, { ...params, entryId: entry.id });
  if (!insertion) {
    void vscode.window.showWarningMessage(
      `CEQUENS: no handler for ${headingOf(entry)} fits here (${document.languageId} files have handlers only inside functions, and logs or data files none). Use "Copy as Markdown" from "Look up WhatsApp error code…" instead.`,
    );
    return undefined;
  }
  // The handler first, then the imports it needs.
  const [edit, ...imports] = await client.protocol2CodeConverter.asTextEdits(insertion);
  // A WorkspaceEdit, not editor.edit: the card preview may have taken focus from the editor by now.
  const workspaceEdit = new vscode.WorkspaceEdit();
  const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
  // Imports inserted above the handler move it down by the lines they add.
  const importLines = imports.filter((i) => i.range.start.isBefore(edit.range.start)).reduce((n, i) => n + i.newText.split('\n').length - 1, 0);
  const at = edit.range.start.translate(importLines);
  const snippet = snippetAt(document, edit.range.start, edit.newText);
  for (const { range, newText } of snippet ? imports : [edit, ...imports]) workspaceEdit.insert(document.uri, range.start, newText);
  const applied =
    (workspaceEdit.size === 0 || (await vscode.workspace.applyEdit(workspaceEdit))) &&
    (!snippet || (await shown.insertSnippet(snippet, at, { undoStopBefore: true, undoStopAfter: true })));
  if (!applied) {
    void vscode.window.showErrorMessage(`CEQUENS: could not insert the handler into ${document.uri.fsPath}.`);
    return undefined;
  }
  if (!snippet) {
    const inserted = handlerRange(document, at, edit.newText);
    shown.selection = new vscode.Selection(inserted.start, inserted.start);
    shown.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return edit.newText;
}

/**
 * The handler as a snippet, where VS Code will insert exactly its text: it prefixes every line but
 * the first with the indentation before `at`, so that is taken off them here. Undefined where a
 * line is indented less (the plain text is inserted then, without tab stops).
 */
function snippetAt(document: vscode.TextDocument, at: vscode.Position, text: string): vscode.SnippetString | undefined {
  const lead = /^[ \t]*/.exec(document.lineAt(at.line).text.slice(0, at.character))![0];
  const [first, ...rest] = text.split('\n');
  // A blank line would get the indentation too: then the plain text keeps the document as the server placed it.
  if (rest.some((line) => !line.startsWith(lead) || (lead !== '' && line.trim() === ''))) return undefined;
  const relative = [first, ...rest.map((line) => line.slice(lead.length))].join('\n');
  return new vscode.SnippetString(handlerSnippet(relative));
}

/** The inserted lines, from the first non-blank character (the text may start with a line break). */
function handlerRange(document: vscode.TextDocument, at: vscode.Position, text: string): vscode.Range {
  const start = document.offsetAt(at);
  const lead = text.length - text.trimStart().length;
  return new vscode.Range(document.positionAt(start + lead), document.positionAt(start + text.trimEnd().length));
}
