import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import type { CequensServer } from '../server';
import { entryName } from '../ui/entryLabels';
import { normalizeHandlerText, placeHandler } from './handlerPlacement';

/** The text inserted, or undefined when nothing was inserted (the user was told why). */
export async function insertHandler(
  server: CequensServer,
  editor: vscode.TextEditor | undefined,
  entry: CatalogEntry,
  line?: number,
): Promise<string | undefined> {
  if (!editor) {
    void vscode.window.showWarningMessage(
      `CEQUENS: open a file and put the cursor where the handler for ${entryName(entry)} should go.`,
    );
    return undefined;
  }
  const document = editor.document;
  const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
  const placement = placeHandler(lines, line ?? editor.selection.active.line, indentUnit(editor));
  const at = { uri: document.uri.toString(), position: { line: placement.line, character: 0 } };
  const text = await server.handler(entry.id, document.languageId, placement.indent, at);
  if (text === undefined || text.trim() === '') {
    void vscode.window.showWarningMessage(
      `CEQUENS: there is no handler template for ${document.languageId} files. Use "Copy as Markdown" from "Look up WhatsApp error code…" instead.`,
    );
    return undefined;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const body = normalizeHandlerText(text, placement.indent, eol);

  let range: vscode.Range;
  let inserted: string;
  if (placement.replaceLine) {
    range = document.lineAt(placement.line).range;
    inserted = body.slice(0, -eol.length);
  } else if (placement.line < document.lineCount) {
    range = new vscode.Range(placement.line, 0, placement.line, 0);
    inserted = body;
  } else {
    // After the last line: start a new line instead of ending with one.
    range = new vscode.Range(document.lineAt(placement.line - 1).range.end, document.lineAt(placement.line - 1).range.end);
    inserted = eol + body.slice(0, -eol.length);
  }
  // A WorkspaceEdit, not editor.edit: the card preview may have taken focus from the editor by now.
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, inserted);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`CEQUENS: could not insert the handler into ${document.uri.fsPath}.`);
    return undefined;
  }
  const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
  const lastLine = placement.line + body.split(eol).length - 2;
  const start = new vscode.Position(placement.line, placement.indent.length);
  shown.selection = new vscode.Selection(start, start);
  shown.revealRange(new vscode.Range(start, new vscode.Position(lastLine, 0)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return inserted;
}

function indentUnit(editor: vscode.TextEditor): string {
  const { insertSpaces, tabSize } = editor.options;
  if (insertSpaces === false) return '\t';
  return ' '.repeat(typeof tabSize === 'number' ? tabSize : 4);
}
