/** What every test file needs: the extension activated and ready, samples opened, conditions polled. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { CequensExtensionApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'cequens-tools.cequens-whatsapp-errors';
/** The repository root: this file runs from out/test/vscode/suite/. */
export const ROOT = resolve(__dirname, '../../../..');
export const SAMPLES = resolve(ROOT, 'samples');


interface Activation {
  /** Loading the extension's modules plus its activate(), as the extension timed them. */
  readonly ms: number;
  /** From asking for activation to the language client running; undefined when VS Code had activated it already. */
  readonly readyMs?: number;
  /** True when VS Code had activated the extension before the suite asked (an onLanguage event). */
  readonly alreadyActive: boolean;
  /** Extension host uptime when the suite saw the client ready: an upper bound on activation + server start. */
  readonly readyAtHostUptimeMs: number;
}

// Each test file is its own bundle: share the measurement through the global object.
const store = globalThis as { __cequensActivation?: Activation };

export function recordedActivation(): Activation | undefined {
  return store.__cequensActivation;
}

/** Activates the extension and awaits its `ready` promise; records the time it took the first time. */
export async function activateExtension(): Promise<CequensExtensionApi> {
  const extension = vscode.extensions.getExtension<CequensExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  const alreadyActive = extension.isActive;
  const started = performance.now();
  const api = await extension.activate();
  assert.ok(api && api.ready instanceof Promise, 'activate() returns no `ready` promise');
  assert.equal(typeof api.activationMs, 'number', 'activate() reports no activationMs');
  await api.ready;
  const now = performance.now();
  store.__cequensActivation ??= {
    ms: Math.round(api.activationMs * 10) / 10,
    readyMs: alreadyActive ? undefined : Math.round(now - started),
    alreadyActive,
    readyAtHostUptimeMs: Math.round(now),
  };
  return api;
}

/** Opens a file of samples/ (path relative to it) in an editor. */
export async function openSample(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(resolve(SAMPLES, relativePath)));
  return vscode.window.showTextDocument(document);
}

/** The text of a sample file as it is on disk. */
export function sampleText(relativePath: string): string {
  return readFileSync(resolve(SAMPLES, relativePath), 'utf8');
}

/**
 * The position of `inner` inside the first occurrence of `needle` in the document, e.g.
 * positionOf(doc, 'case 470', '470') is on the 4 of the first `case 470`.
 */
export function positionOf(document: vscode.TextDocument, needle: string, inner = needle): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found in ${document.uri.fsPath}`);
  const offset = needle.indexOf(inner);
  assert.ok(offset >= 0, `"${inner}" is not part of "${needle}"`);
  return document.positionAt(at + offset);
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The Markdown of hovers, joined. */
export function hoverMarkdown(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Closes every editor, reverting unsaved changes, so tests never write to samples/. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Pids of this extension host's child processes whose command line holds `script`. */
export function childProcessesRunning(script: string): number[] {
  const table = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes(script))
    .map((line) => Number.parseInt(line.trim(), 10));
}

/**
 * A file of its own in a fresh temporary folder, opened in an editor. Unlike an untitled document,
 * its uri is never one a closed document had (VS Code reuses "Untitled-1", and may announce the new
 * document before the old one's close).
 */
export async function openScratchFile(name: string, content: string): Promise<vscode.TextEditor> {
  const file = join(mkdtempSync(join(tmpdir(), 'cequens-test-')), name);
  writeFileSync(file, content);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
}
