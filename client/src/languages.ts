import type { TextDocumentFilter } from 'vscode-languageclient';

/**
 * The editor languages the extension analyses. package.json repeats this list in
 * "activationEvents" (onLanguage:<id>) and in the editor context menu's "when" clause: keep the three
 * in step. The server decides how each language is read (server/src/core/languages.json).
 */
export const SUPPORTED_LANGUAGES = [
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'python',
  'java',
  'go',
  'csharp',
  'php',
  'ruby',
  'kotlin',
  'rust',
  'c',
  'cpp',
  'shellscript',
  'yaml',
  'json',
  'jsonc',
  'jsonl',
  'log',
  'plaintext',
] as const;

/**
 * Files on disk and unsaved editors only. Never the `output` scheme: the Output panel's channels are
 * documents too, and log channels have the language `log`.
 */
export const DOCUMENT_SELECTOR: readonly TextDocumentFilter[] = SUPPORTED_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
