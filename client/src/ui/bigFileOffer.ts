import * as vscode from 'vscode';
import { COMMANDS } from '../../../shared/src/contributions';

/**
 * A file the editor shows but handed to no extension, for its size (VS Code syncs no document over
 * 50 MB, and every log extension goes blind there): the status bar offers to summarize it, which the
 * server does by reading it from disk.
 */
export class BigFileOffer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cequens.summarizeBigFile', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = 'Summarize WhatsApp errors';
    this.item.text = '$(graph) Summarize WhatsApp errors';
    this.item.tooltip = 'This file is too big for VS Code to hand to extensions: read it from disk and summarize its WhatsApp error codes';
    this.item.command = COMMANDS.summarize;
    this.listeners = [vscode.window.tabGroups.onDidChangeTabs(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  private update(): void {
    if (unsyncedActiveFile()) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.item.dispose();
  }
}

/** The local file of the active tab, when the editor shows it as text but handed no document of it to extensions. */
export function unsyncedActiveFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText && isUnsyncedFile(input.uri) ? input.uri : undefined;
}

export function isUnsyncedFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}
