import * as vscode from 'vscode';
import type { CodeAction, CodeActionParams, Command, Hover, HoverParams } from 'vscode-languageserver-protocol';
import { lspPosition, lspRange, vscodeCodeAction, vscodeHover } from './conversions';
import { ServerNotRunningError, type LanguageClient } from './languageClient';

/**
 * Hover cards and quick fixes from the server, for the documents of `selector` where `isEnabled`.
 * A failed or cancelled request shows nothing; failures are written to the output channel.
 */
export function registerProviders(
  client: LanguageClient,
  selector: vscode.DocumentSelector,
  isEnabled: (document: vscode.TextDocument) => boolean,
): vscode.Disposable[] {
  const ask = async <R>(method: string, params: object, token: vscode.CancellationToken): Promise<R | undefined> => {
    try {
      return await client.sendRequest<R>(method, params, token);
    } catch (error) {
      // A given-up server was reported once already; a cancelled request is no failure.
      if (!token.isCancellationRequested && !(error instanceof ServerNotRunningError)) {
        client.log(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
  };
  const hoverProvider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      if (!isEnabled(document)) return undefined;
      const params: HoverParams = { textDocument: { uri: document.uri.toString() }, position: lspPosition(position) };
      const hover = await ask<Hover | null>('textDocument/hover', params, token);
      return hover ? vscodeHover(hover) : undefined;
    },
  };
  const codeActionProvider: vscode.CodeActionProvider = {
    async provideCodeActions(document, range, context, token) {
      if (!isEnabled(document)) return undefined;
      const params: CodeActionParams = {
        textDocument: { uri: document.uri.toString() },
        range: lspRange(range),
        context: { diagnostics: [], triggerKind: context.triggerKind, ...(context.only ? { only: [context.only.value] } : {}) },
      };
      const actions = await ask<(CodeAction | Command)[] | null>('textDocument/codeAction', params, token);
      return actions?.filter((action): action is CodeAction => typeof action.command !== 'string').map(vscodeCodeAction);
    },
  };
  return [
    vscode.languages.registerHoverProvider(selector, hoverProvider),
    vscode.languages.registerCodeActionsProvider(selector, codeActionProvider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  ];
}
