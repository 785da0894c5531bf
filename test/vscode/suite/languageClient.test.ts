/** The extension's own LSP client (client/src/lsp/): edits reach the server, the enable setting, restarts. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, childProcessesRunning, closeAllEditors, hoverMarkdown } from './helper';

const LOG_LINE = 'WARN [send] whatsapp send failed code=1008 title="Requested resource not found"\n';

async function cardAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverMarkdown(hovers ?? []);
}

/** Asks until the card's presence is `expected`: the server answers what it has read so far. */
async function expectCard(document: vscode.TextDocument, position: vscode.Position, expected: boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let markdown = await cardAt(document, position);
  while (/###\s*1008/.test(markdown) !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    markdown = await cardAt(document, position);
  }
  assert.equal(/###\s*1008/.test(markdown), expected, `${what}: ${markdown || '(no card)'}`);
}

async function untitledLog(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'log', content: 'INFO [http] GET /health 200 1ms\n' });
  return vscode.window.showTextDocument(document);
}

/** 1008's position once LOG_LINE is the document's second line. */
const CODE = new vscode.Position(1, LOG_LINE.indexOf('1008') + 1);

suite('Language client', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('edits reach the server: a typed code gets its card, a deleted one loses it', async () => {
    const editor = await untitledLog();
    await expectCard(editor.document, CODE, false, 'before the edit');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
    await expectCard(editor.document, CODE, true, 'after typing the line');
    await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 2, 0)));
    await expectCard(editor.document, CODE, false, 'after deleting it');
  });

  test('"cequens.enable": false for a language silences its cards, and true brings them back', async () => {
    const editor = await untitledLog();
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
    await expectCard(editor.document, CODE, true, 'enabled');
    const settings = vscode.workspace.getConfiguration('cequens', { languageId: 'log' });
    await settings.update('enable', false, vscode.ConfigurationTarget.Global, true);
    try {
      await expectCard(editor.document, CODE, false, 'disabled for log');
    } finally {
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Global, true);
    }
    await expectCard(editor.document, CODE, true, 'enabled again');
  });

  test('with "cequens.trace.server": "verbose" the server still answers', async () => {
    const settings = vscode.workspace.getConfiguration('cequens');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    try {
      const editor = await untitledLog();
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
      await expectCard(editor.document, CODE, true, 'traced');
    } finally {
      await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a crashed server is restarted and given the open documents again', async () => {
    const editor = await untitledLog();
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
    await expectCard(editor.document, CODE, true, 'before the crash');
    const servers = childProcessesRunning('dist/server.js');
    assert.equal(servers.length, 1, 'one server process runs');
    process.kill(servers[0], 'SIGKILL');
    await expectCard(editor.document, CODE, true, 'after the restart');
    const restarted = childProcessesRunning('dist/server.js');
    assert.equal(restarted.length, 1);
    assert.notEqual(restarted[0], servers[0]);
  });
});
