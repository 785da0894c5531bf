/**
 * The names package.json "contributes" (command ids, the configuration section), for the code
 * that registers and reads them. No imports: the client reads these while it activates.
 */

/** Command ids of "contributes.commands". */
export const COMMANDS = {
  lookUp: 'cequens.lookUpErrorCode',
  explainAtCursor: 'cequens.explainErrorCodeAtCursor',
  insertHandler: 'cequens.insertHandler',
  summarize: 'cequens.summarizeErrors',
  reloadCatalogs: 'cequens.reloadCatalogs',
} as const;
export type CommandName = keyof typeof COMMANDS;

/**
 * A command of the VS Code client that is in no menu: it runs a server command (`workspace/executeCommand`)
 * that a code action names. VS Code registers none of the server's commands (the server lists none
 * for it): two clients of the server in one window would register them twice and fail to start.
 */
export const RUN_SERVER_COMMAND = 'cequens.runServerCommand';

/** The configuration section; `cequens.enable` can be set per language ("[log]": {...}). */
export const CONFIGURATION_SECTION = 'cequens';
