import type { TextDocumentFilter } from 'vscode-languageclient';
import { SERVED_LANGUAGE_IDS } from '../../shared/src/languages';

/**
 * The documents the server reads: the languages with a profile (shared/languages/languages.json;
 * package.json repeats them in "activationEvents" and the editor context menu's "when" clauses, and a
 * unit test keeps them in step), in files on disk and unsaved editors only. Never the `output`
 * scheme: the Output panel's channels are documents too, and log channels have the language `log`.
 */
export const DOCUMENT_SELECTOR: readonly TextDocumentFilter[] = SERVED_LANGUAGE_IDS.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
