import * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type {
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver-protocol';
import { lspRange } from './conversions';

/**
 * Keeps the server's copy of the documents it reads (`selects`) in step with the editor:
 * open, incremental changes, close. Each (re)started server is given every open document.
 */
export class DocumentSync implements vscode.Disposable {
  private connection?: MessageConnection;
  /** Uris of the documents the current server has open. */
  private readonly opened = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly selects: (document: vscode.TextDocument) => boolean) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.open(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.change(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.close(document)),
    ];
  }

  /** A server that has just answered `initialize`: it knows no document yet. */
  attach(connection: MessageConnection): void {
    this.connection = connection;
    this.opened.clear();
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  /** The server stopped: nothing is sent until the next one is attached. */
  detach(): void {
    this.connection = undefined;
    this.opened.clear();
  }

  dispose(): void {
    this.detach();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private open(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (!this.connection || this.opened.has(uri) || !this.selects(document)) return;
    this.opened.add(uri);
    const params: DidOpenTextDocumentParams = {
      textDocument: { uri, languageId: document.languageId, version: document.version, text: document.getText() },
    };
    void this.connection.sendNotification('textDocument/didOpen', params);
  }

  private change({ document, contentChanges }: vscode.TextDocumentChangeEvent): void {
    const uri = document.uri.toString();
    // VS Code also reports changes of the dirty state alone, with no content change.
    if (!this.connection || !this.opened.has(uri) || contentChanges.length === 0) return;
    const params: DidChangeTextDocumentParams = {
      textDocument: { uri, version: document.version },
      contentChanges: contentChanges.map((change) => ({ range: lspRange(change.range), text: change.text })),
    };
    void this.connection.sendNotification('textDocument/didChange', params);
  }

  private close(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (!this.connection || !this.opened.delete(uri)) return;
    const params: DidCloseTextDocumentParams = { textDocument: { uri } };
    void this.connection.sendNotification('textDocument/didClose', params);
  }
}
