import * as vscode from 'vscode';
import type { SummaryResult } from '../../../shared/src/protocol';
import { summaryHtml } from './summaryHtml';

export const SUMMARY_VIEW_TYPE = 'cequens.summary';

/**
 * The summary of a document's error codes, in one webview panel beside the editor: each summary
 * replaces the one before. Its line links reveal the line in the summarized document.
 */
export class SummaryView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.Uri | undefined;
  /** The summary being computed; a new one cancels it. */
  private current: vscode.CancellationTokenSource | undefined;
  private started = 0;

  /**
   * Starts a summary of `document`: what it shows (the reports while the server reads, then the
   * answer) goes to the view until the next summary starts, or the view is closed, which cancels
   * this one. Its `partialResultToken` names the server's reports on this summary. The view comes
   * to the front when the summary first shows, not at each report.
   */
  begin(document: vscode.Uri, ofSelection: boolean): SummaryInProgress {
    this.current?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.current = source;
    let shown = false;
    return {
      token: source.token,
      partialResultToken: `cequens-summary-${++this.started}`,
      get shown() {
        return shown;
      },
      show: (summary) => {
        if (source.token.isCancellationRequested) return;
        this.show(document, summary, ofSelection, !shown);
        shown = true;
      },
      close: () => {
        if (shown && !source.token.isCancellationRequested) this.panel?.dispose();
      },
    };
  }

  private show(document: vscode.Uri, summary: SummaryResult, ofSelection: boolean, toFront: boolean): void {
    const name = document.path.slice(document.path.lastIndexOf('/') + 1);
    const heading = `WhatsApp errors in ${name}${ofSelection ? ' (selection)' : ''}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, heading, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.webview.onDidReceiveMessage((message: { reveal?: unknown }) => this.reveal(message.reveal));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current?.cancel(); // closed while a summary is coming: it is no longer wanted
      });
    }
    this.document = document;
    this.panel.title = heading;
    this.panel.webview.html = summaryHtml(summary, { nonce: newNonce(), heading });
    if (toFront) this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async reveal(line: unknown): Promise<void> {
    if (!this.document || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    const position = new vscode.Position(line, 0);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document!.toString());
    const options = { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position) };
    // A file too big to hand to extensions has no document to show: the editor opens it by its Uri.
    if (!isSynced(this.document)) return void (await vscode.commands.executeCommand('vscode.open', this.document, options));
    await vscode.window.showTextDocument(this.document, options);
  }

  dispose(): void {
    this.current?.cancel();
    this.panel?.dispose();
  }
}

export interface SummaryInProgress {
  readonly token: vscode.CancellationToken;
  readonly partialResultToken: string;
  /** Whether a report or the answer is on the view. */
  readonly shown: boolean;
  show(summary: SummaryResult): void;
  /** Takes the view away (what it shows is no longer true), unless a newer summary has it. */
  close(): void;
}

function isSynced(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}

/** A fresh value for the page's Content-Security-Policy: only its own style and script run. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
