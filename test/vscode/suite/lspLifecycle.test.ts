/** The LSP client's start and stop, on instances of its own beside the extension's (client/src/lsp/languageClient.ts). */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from '../../../client/src/lsp/languageClient';
import { childProcessesRunning, ROOT, waitFor } from './helper';

const SERVER = resolve(ROOT, 'dist/server.js');

function clientOf(serverModule: string): LanguageClient {
  const options: LanguageClientOptions = {
    name: 'CEQUENS lifecycle test',
    serverModule,
    execArgv: [],
    traceSetting: { section: 'cequens', key: 'trace.server' },
    selects: () => false,
  };
  return new LanguageClient(options);
}

/** Unhandled promise rejections while `run` runs. */
async function rejectionsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const rejections: unknown[] = [];
  const listener = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 200)); // rejections are reported a turn later
  } finally {
    process.off('unhandledRejection', listener);
  }
  return rejections;
}

suite('Language client lifecycle', () => {
  test('deactivate() then dispose(), as VS Code calls them, stop the server once and cleanly, even while tracing', async () => {
    const settings = vscode.workspace.getConfiguration('cequens');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    try {
      const before = childProcessesRunning(SERVER);
      const client = clientOf(SERVER);
      await client.start();
      const [pid] = childProcessesRunning(SERVER).filter((p) => !before.includes(p));
      assert.ok(pid, 'the client forked no server');
      const rejections = await rejectionsDuring(async () => {
        const stopping = client.stop();
        client.dispose();
        await stopping;
      });
      assert.deepEqual(rejections.map(String), []);
      await waitFor('the server process to exit', () => !childProcessesRunning(SERVER).includes(pid), 5_000);
    } finally {
      await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a server that exits at start rejects the start and is not restarted', async () => {
    // A "server" that notes each start in a file and exits at once.
    const dir = mkdtempSync(join(tmpdir(), 'cequens-'));
    const starts = join(dir, 'starts.txt');
    const script = join(dir, 'exits.js');
    writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(starts)}, 'start\\n');\nprocess.exit(3);\n`);
    const client = clientOf(script);
    await assert.rejects(client.start());
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(readFileSync(starts, 'utf8'), 'start\n', 'a server that never started was started again');
    await client.stop();
    client.dispose();
  });
});
