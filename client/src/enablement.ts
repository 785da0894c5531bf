import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from '../../shared/src/protocol';

/** `cequens.enable`, read for the document's resource and language ("[log]": { "cequens.enable": false }). */
export function isEnabledFor(document: vscode.TextDocument): boolean {
  return vscode.workspace
    .getConfiguration(CONFIGURATION_SECTION, { uri: document.uri, languageId: document.languageId })
    .get<boolean>('enable', true);
}

/**
 * Language client middleware that silences the editor features for documents where `cequens.enable`
 * is false. The server still receives the documents; only what the user sees is switched off.
 */
export const enablementMiddleware: Middleware = {
  provideHover(document, position, token, next) {
    return isEnabledFor(document) ? next(document, position, token) : undefined;
  },
  provideCodeActions(document, range, context, token, next) {
    return isEnabledFor(document) ? next(document, range, context, token) : undefined;
  },
  handleDiagnostics(uri, diagnostics, next) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    next(uri, document && !isEnabledFor(document) ? [] : diagnostics);
  },
};
