/** The extension's `vscode-languageclient` client: edits reach the server, the enable setting, the trace, restarts. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { cequensEntries } from '../../../shared/src/cequensCatalog';
import { activateExtension, childProcessesRunning, closeAllEditors, hoverMarkdown, waitFor } from './helper';

const TITLE_1008 = cequensEntries().find((e) => e.code === 1008)!.title;
const LOG_LINE = `WARN [send] whatsapp send failed code=1008 title="${TITLE_1008}"\n`;

async function cardAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverMarkdown(hovers ?? []);
}

/** Asks until the card's presence is `expected`: the server answers what it has read so far. */
async function expectCard(document: vscode.TextDocument, position: vscode.Position, expected: boolean, what: string): Promise<void> {
  let markdown = '';
  await waitFor(`${what}: ${expected ? 'a card' : 'no card'}`, async () => {
    markdown = await cardAt(document, position);
    return /###\s*1008/.test(markdown) === expected;
  }).catch((error: Error) => assert.fail(`${error.message}; last answer: ${markdown || '(no card)'}`));
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

  test('"cequens.trace.server": "verbose" traces the messages, and the server still answers', async () => {
    const client = await (await activateExtension()).client;
    // The library writes its trace to this channel; its text cannot be read back, so listen to it.
    const channel = client.traceOutputChannel;
    const traced: string[] = [];
    const { appendLine, append } = channel;
    channel.appendLine = (value) => (traced.push(value), appendLine.call(channel, value));
    channel.append = (value) => (traced.push(value), append.call(channel, value));
    const settings = vscode.workspace.getConfiguration('cequens');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    try {
      const editor = await untitledLog();
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
      await expectCard(editor.document, CODE, true, 'traced');
      const trace = traced.join('\n');
      assert.match(trace, /Sending notification 'textDocument\/didChange'/);
      assert.match(trace, /Sending request 'textDocument\/hover - \(\d+\)'/);
      assert.match(trace, /Received response 'textDocument\/hover - \(\d+\)'/);
      assert.ok(trace.includes('1008'), 'verbose tracing shows the messages themselves');
    } finally {
      await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Global);
      channel.appendLine = appendLine;
      channel.append = append;
    }
    const before = traced.length;
    const editor = await untitledLog();
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
    await expectCard(editor.document, CODE, true, 'after tracing is off again');
    assert.equal(traced.length, before, 'nothing is traced once the setting is off');
  });

  test('a crashed server is restarted and given the open documents again', async () => {
    const editor = await untitledLog();
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LOG_LINE));
    await expectCard(editor.document, CODE, true, 'before the crash');
    const servers = childProcessesRunning('dist/server.js');
    assert.equal(servers.length, 1, 'one server process runs');
    process.kill(servers[0], 'SIGKILL');
    const restarted = await waitFor('a new server process', () => {
      const running = childProcessesRunning('dist/server.js');
      return running.length === 1 && running[0] !== servers[0] && running;
    });
    assert.equal(restarted.length, 1);
    await expectCard(editor.document, CODE, true, 'after the restart');
  });
});
