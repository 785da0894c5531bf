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
});
