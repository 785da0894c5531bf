import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from '../../shared/src/contributions';

/**
 * `cequens.enable`, read for the document's resource and language ("[log]": { "cequens.enable": false }).
 * It silences hover cards and quick fixes; the server still reads the document, so the commands work.
 */
export function isEnabledFor(document: vscode.TextDocument): boolean {
  return vscode.workspace
    .getConfiguration(CONFIGURATION_SECTION, { uri: document.uri, languageId: document.languageId })
    .get<boolean>('enable', true);
}
