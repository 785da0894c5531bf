import type { CommandName } from '../../../shared/src/contributions';
import type { CommandContext } from './commandContext';
import { explainAtCursor } from './explainAtCursor';
import { insertHandlerCommand } from './insertHandler';
import { lookUp } from './lookUp';
import { reloadCatalogs } from './reloadCatalogs';
import { summarize } from './summarize';

/** A command's implementation: its arguments are whatever the caller passed (a menu passes a Uri). */
export type Command = (args?: unknown) => Promise<unknown>;

/** The commands of package.json "contributes.commands", by their names in COMMANDS. */
export function commandsOf(context: CommandContext): Record<CommandName, Command> {
  return {
    lookUp: (args) => lookUp(context, args),
    explainAtCursor: () => explainAtCursor(context),
    insertHandler: (args) => insertHandlerCommand(context, args),
    summarize: (args) => summarize(context, args),
    reloadCatalogs: () => reloadCatalogs(context),
  };
}
