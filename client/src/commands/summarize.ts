import * as vscode from 'vscode';
import { FileSummaryRequest, SummaryRequest, type SummaryResult } from '../../../shared/src/protocol';
import { isUnsyncedFile, unsyncedActiveFile } from '../ui/bigFileOffer';
import type { CommandContext } from './commandContext';

/**
 * "Summarize WhatsApp errors in this file": the error codes of the active editor (of its selection,
 * when there is one) in the summary view; of a file too big for VS Code to hand over, read from disk
 * by the server. Resolves to the summary shown, undefined when none is.
 */
export async function summarize(context: CommandContext, args?: unknown): Promise<SummaryResult | undefined> {
  const editor = editorFor(args);
  const bigFile = editor ? undefined : args instanceof vscode.Uri && isUnsyncedFile(args) ? args : unsyncedActiveFile();
  if (!editor && !bigFile) {
    void vscode.window.showInformationMessage('Open a log to summarize its WhatsApp errors.');
    return undefined;
  }
  const { client } = context;
  const ofSelection = editor ? !editor.selection.isEmpty : false;
  const view = context.summaries.begin(editor?.document.uri ?? bigFile!, ofSelection);
  // The server reports the counts so far while it reads a big log: the view shows them at once.
  const reports = client.onProgress(SummaryRequest, view.partialResultToken, (partial) => {
    if (partial.total > 0) view.show(partial);
  });
  let summary: SummaryResult | null;
  try {
    summary = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Summarizing WhatsApp errors' }, () =>
      editor
        ? client.sendRequest(
            SummaryRequest,
            {
              textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(editor.document),
              ...(ofSelection ? { range: client.code2ProtocolConverter.asRange(editor.selection) } : {}),
              partialResultToken: view.partialResultToken,
            },
            view.token,
          )
        : client.sendRequest(FileSummaryRequest, { uri: client.code2ProtocolConverter.asUri(bigFile!), partialResultToken: view.partialResultToken }, view.token),
    );
  } catch (error) {
    if (view.token.isCancellationRequested) return undefined; // a newer summary took its place
    throw error;
  } finally {
    reports.dispose();
  }
  if (view.token.isCancellationRequested) return undefined;
  if (!summary && view.shown) {
    view.close(); // the document was closed while it was read: a report on the view would stay "Reading…"
    return undefined;
  }
  if (!summary || (summary.total === 0 && !view.shown)) {
    void vscode.window.showInformationMessage(`No CEQUENS/WhatsApp error codes in ${ofSelection ? 'the selection' : 'this file'}.`);
    return undefined;
  }
  view.show(summary); // after reports, even with no code left (the log was edited meanwhile): the view says it is done
  return summary;
}

/** The editor title menu passes the document's Uri: its editor, else the active one. */
function editorFor(args: unknown): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (!(args instanceof vscode.Uri)) return active;
  return active?.document.uri.toString() === args.toString()
    ? active
    : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.toString());
}
