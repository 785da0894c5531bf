import type { DocumentFilter } from 'vscode';
import { SERVED_LANGUAGE_IDS } from '../../shared/src/languages';

/**
 * The editor languages the extension analyses: those with a profile in shared/languages/languages.json.
 * package.json repeats them in "activationEvents" and the editor context menu's "when" clauses (a unit test keeps them in step).
 */
export const SUPPORTED_LANGUAGES: readonly string[] = SERVED_LANGUAGE_IDS;

/**
 * Files on disk and unsaved editors only. Never the `output` scheme: the Output panel's channels are
 * documents too, and log channels have the language `log`.
 */
export const DOCUMENT_SELECTOR: readonly DocumentFilter[] = SUPPORTED_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
