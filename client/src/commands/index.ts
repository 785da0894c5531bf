import * as vscode from 'vscode';
import { COMMANDS } from '../../../shared/src/protocol';
import type { CommandContext } from './commandContext';
import { explainAtCursor } from './explainAtCursor';
import { insertHandlerCommand } from './insertHandler';
import { lookUp } from './lookUp';

/** Registers the commands of package.json "contributes.commands". */
export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.lookUp, (args?: unknown) => lookUp(context, args)),
    vscode.commands.registerCommand(COMMANDS.explainAtCursor, () => explainAtCursor(context)),
    vscode.commands.registerCommand(COMMANDS.insertHandler, (args?: unknown) => insertHandlerCommand(context, args)),
  ];
}
