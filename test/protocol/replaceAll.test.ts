import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspServer } from './lspServer';

describe('a replace-all (thousands of edits in one didChange)', () => {
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('is all applied before its document answers, and before the next didChange, while other documents answer meanwhile', async () => {
    const uri = 'file:///replace-all.log';
    const lines = 2_000;
    await server.open(uri, 'log', 'WARN send failed code=1008\n'.repeat(lines));
    await server.open('file:///other.log', 'log', 'ERROR whatsapp error 470: x\n');
    const at = (line: number) => ({ line, character: 'WARN send failed code='.length + 1 });
    const contentChanges = Array.from({ length: lines }, (_, line) => ({
      range: { start: { line, character: 22 }, end: { line, character: 26 } },
      text: '1009',
    }));
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges });
    const other = server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///other.log' }, position: { line: 0, character: 22 } });
    // A later edit lands on the text as the whole replace-all left it.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 22 }, end: { line: 0, character: 26 } }, text: '1015' }],
    });
    const card = async (line: number) =>
      ((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(line) })) as { contents: { value: string } } | null)
        ?.contents.value ?? '';
    assert.match(await card(lines - 1), /^### 1009 /);
    assert.match(await card(0), /^### 1015 /);
    assert.ok(await other, 'the other document answered');
  });

  it("leaves a source's syntax tree in step: the quick fix after it reads the new text's functions", async () => {
    const uri = 'file:///replace-all.ts';
    const functions = 300;
    const text = Array.from({ length: functions }, (_, n) => `export function onError${n}(err: { code: number }) {\n  // WhatsApp via CEQUENS\n  if (err.code === 1008) log(err);\n}\n`).join('');
    await server.open(uri, 'typescript', text);
    const last = { line: 4 * (functions - 1) + 2, character: 20 };
    const quickFixes = async () =>
      (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: last, end: last },
        context: { diagnostics: [] },
      })) as { title: string; edit?: { changes: Record<string, { newText: string }[]> } }[];
    // Its tree is built first (a quick fix waits for it), so that the replace-all edits a tree.
    assert.ok((await quickFixes()).length > 0);
    // Every function becomes async, and every 1008 a 1015 (retried with back-off).
    const contentChanges = Array.from({ length: functions }, (_, n) => [
      { range: { start: { line: 4 * n, character: 7 }, end: { line: 4 * n, character: 7 } }, text: 'async ' },
      { range: { start: { line: 4 * n + 2, character: 19 }, end: { line: 4 * n + 2, character: 23 } }, text: '1015' },
    ]).flat();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges });
    const actions = await quickFixes();
    const handler = actions.find((a) => a.title.startsWith('Insert handler for 1015'))?.edit?.changes[uri][0].newText ?? '';
    // The function around it is async now: the retry awaits its back-off.
    assert.match(handler, /await /, JSON.stringify(actions));
  });
});
