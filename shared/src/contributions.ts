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

/** The configuration section; `cequens.enable` can be set per language ("[log]": {...}). */
export const CONFIGURATION_SECTION = 'cequens';
