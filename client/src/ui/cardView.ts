import * as vscode from 'vscode';

const SCHEME = 'cequens-card';

/**
 * Shows error code cards as one read-only virtual Markdown document (scheme `cequens-card`) in the
 * built-in Markdown preview, beside the editor: every card replaces the one before, in the same
 * preview, so look-ups do not pile up editor groups. No webview of our own, nothing to save on
 * close, and it works in desktop VS Code and code-server alike. The scheme is outside the language
 * client's document selector, so the server never analyses a card.
 */
export class CardView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly uri = vscode.Uri.from({ scheme: SCHEME, path: '/WhatsApp error card.md' });
  private markdown = '';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  /** Shows `markdown` in the card preview, opening it beside the editor if it is not open. Returns the card's uri. */
  async show(markdown: string): Promise<vscode.Uri> {
    this.markdown = markdown;
    this.changed.fire(this.uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', this.uri);
    } catch {
      // The Markdown extension is disabled: show the source instead.
      const document = await vscode.workspace.openTextDocument(this.uri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return this.uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
