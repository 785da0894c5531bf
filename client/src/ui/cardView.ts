import * as vscode from 'vscode';

const SCHEME = 'cequens-card';

/**
 * Shows error code cards as read-only virtual Markdown documents (scheme `cequens-card`) in the
 * built-in Markdown preview, beside the editor. No webview of our own, nothing to save on close, and it
 * works in desktop VS Code and code-server alike. The scheme is outside the language client's
 * document selector, so the server never analyses a card.
 */
export class CardView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /**
   * Shows `markdown` under `title` (e.g. "470 Re-engagement message"); showing the same title again
   * replaces the content. Returns the card's uri.
   */
  async show(title: string, markdown: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${title.replace(/[\\/:*?"<>|#]/g, '-')}.md` });
    const existed = this.contents.has(uri.toString());
    this.contents.set(uri.toString(), markdown);
    if (existed) this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      // The Markdown extension is disabled: show the source instead.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
