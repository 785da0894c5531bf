/**
 * Faults of the server process, on clients of their own beside the extension's: a server that dies
 * during start-up or hangs there is reported and started again (the library's restart policy),
 * documents edited meanwhile are synced, and one that keeps dying is given up with a way to restart.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from '../../../client/src/languageClient';
import { ROOT, closeAllEditors, hoverMarkdown, waitFor } from './helper';

const SERVER = resolve(ROOT, 'dist/server.js');

/**
 * A server script that, on its first `faultyStarts` starts, exits at once ('exit') or never answers
 * ('hang'), and afterwards runs the real server. Each start is noted in a file.
 */
function flakyServer(fault: 'exit' | 'hang', faultyStarts: number): { script: string; starts: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'cequens-fault-'));
  const log = join(dir, 'starts.txt');
  writeFileSync(log, '');
  const script = join(dir, 'server.js');
  const failing = fault === 'exit' ? 'process.exit(3);' : 'setInterval(() => {}, 1000);';
  writeFileSync(
    script,
    `const fs = require('fs');\nfs.appendFileSync(${JSON.stringify(log)}, 'start\\n');\n` +
      `if (fs.readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n').length - 1 <= ${faultyStarts}) { ${failing} }\n` +
      `else require(${JSON.stringify(SERVER)});\n`,
  );
  return { script, starts: () => readFileSync(log, 'utf8').split('\n').length - 1 };
}

const LINE = 'ERROR [send] whatsapp error 470: re-engagement\n';

async function cardVia(client: LanguageClient, document: vscode.TextDocument): Promise<string> {
  const hover = await client.sendRequest('textDocument/hover', {
    textDocument: { uri: document.uri.toString() },
    position: { line: 1, character: LINE.indexOf('470') + 1 },
  });
  return hover ? hoverMarkdown([await client.protocol2CodeConverter.asHover(hover as never)!]) : '';
}

suite('Server faults', () => {
  const clients: LanguageClient[] = [];
  teardown(async () => {
    for (const client of clients.splice(0)) if (client.needsStop()) await client.stop().catch(() => undefined);
    await closeAllEditors();
  });

  for (const fault of ['exit', 'hang'] as const) {
    test(`a server that ${fault === 'exit' ? 'dies' : 'hangs'} during start-up is started again, and gets the documents edited meanwhile`, async () => {
      const server = flakyServer(fault, 1);
      const client = createLanguageClient(server.script, { startDeadlineMs: 3_000, name: `CEQUENS fault test (${fault})` });
      clients.push(client);
      const started = client.start().catch(() => undefined);
      const document = await vscode.workspace.openTextDocument({ language: 'log', content: 'INFO start\n' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), LINE)); // while the server is down
      await started;
      await waitFor('the client to run a second server', () => client.state === State.Running && server.starts() >= 2, 20_000);
      await waitFor('the card of the line typed while it was down', async () => /###\s*470/.test(await cardVia(client, document)), 10_000);
    });
  }

  test('a server that keeps dying is given up, with a message offering to restart it', async () => {
    const server = flakyServer('exit', 100);
    const messages: string[] = [];
    const client = createLanguageClient(server.script, {
      name: 'CEQUENS fault test (gives up)',
      notify: (message, ...actions) => {
        messages.push([message, ...actions].join(' | '));
        return Promise.resolve(undefined);
      },
    });
    clients.push(client);
    await client.start().catch(() => undefined);
    await waitFor('the client to give up', () => messages.length > 0, 30_000);
    assert.match(messages[0], /stopped 5 times in 3 minutes/);
    assert.match(messages[0], /\| Restart/);
    assert.equal(server.starts(), 5, 'started once and restarted 4 times');
    assert.notEqual(client.state, State.Running);
  });
});
