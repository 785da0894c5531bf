import * as vscode from 'vscode';
import { ReloadCatalogsRequest } from '../../../shared/src/protocol';
import type { CommandContext } from './commandContext';

/** "Reload team catalogs": the server reads them again; says which are in use and which have problems (listed in the Problems panel). */
export async function reloadCatalogs(context: CommandContext): Promise<void> {
  const files = await context.client.sendRequest(ReloadCatalogsRequest);
  const present = files.filter((f) => f.exists);
  const broken = present.filter((f) => f.problems > 0);
  const name = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
  if (!vscode.workspace.isTrusted) void vscode.window.showInformationMessage('CEQUENS: team catalogs are not read in Restricted Mode.');
  else if (present.length === 0) void vscode.window.showInformationMessage('CEQUENS: no team catalog (.cequens/catalog.json, cequens.teamCatalogs) in this workspace.');
  else if (broken.length > 0) void vscode.window.showWarningMessage(`CEQUENS: ${broken.map((f) => `${name(f.uri)} has ${f.problems} problem${f.problems === 1 ? '' : 's'}`).join('; ')}: see the Problems panel.`);
  else void vscode.window.showInformationMessage(`CEQUENS: team catalogs in use: ${present.map((f) => name(f.uri)).join(', ')}.`);
}
