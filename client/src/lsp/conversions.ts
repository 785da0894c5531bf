/** Between the protocol's plain objects and VS Code's classes, for what this extension exchanges. */
import * as vscode from 'vscode';
import type { CodeAction, Hover, MarkupContent, Position, Range, TextEdit } from 'vscode-languageserver-protocol';

export function lspPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function lspRange(range: vscode.Range): Range {
  return { start: lspPosition(range.start), end: lspPosition(range.end) };
}

export function vscodeRange({ start, end }: Range): vscode.Range {
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/**
 * The server's cards are Markdown it escaped itself (MarkupContent): rendered untrusted, without
 * HTML. The older MarkedString forms, which this server does not send, are read as plain text.
 */
export function vscodeHover(hover: Hover): vscode.Hover {
  const { contents } = hover;
  const markup = contents as Partial<MarkupContent>;
  const markdown =
    markup.kind === 'markdown' && typeof markup.value === 'string'
      ? new vscode.MarkdownString(markup.value)
      : new vscode.MarkdownString().appendText(plainTextOf(contents));
  return new vscode.Hover(markdown, hover.range && vscodeRange(hover.range));
}

function plainTextOf(contents: Hover['contents']): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(plainTextOf).join('\n\n');
  return contents.value;
}

/** A quick fix whose edit is a set of text edits per document (`changes`), the only form the server sends. */
export function vscodeCodeAction(action: CodeAction): vscode.CodeAction {
  const kind = action.kind === undefined ? undefined : vscode.CodeActionKind.Empty.append(action.kind);
  const result = new vscode.CodeAction(action.title, kind);
  result.isPreferred = action.isPreferred;
  if (action.edit?.changes) {
    const edit = new vscode.WorkspaceEdit();
    for (const [uri, edits] of Object.entries(action.edit.changes)) {
      edit.set(vscode.Uri.parse(uri), edits.map((e: TextEdit) => new vscode.TextEdit(vscodeRange(e.range), e.newText)));
    }
    result.edit = edit;
  }
  return result;
}
