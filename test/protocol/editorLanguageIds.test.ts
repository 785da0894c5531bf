// Editors that name languages otherwise than VS Code (eglot sends `js` for js-mode and
// `fundamental` for a log it has no mode for): the server reads the file by its name's ending.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspServer, positionOf } from './lspServer';

let server: LspServer;
const published = new Map<string, Diagnostic[]>();
let wake: (() => void) | undefined;

before(async () => {
  server = new LspServer();
  server.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => {
    published.set(uri, diagnostics);
    wake?.();
  });
  await server.initialize();
});
after(() => server.stop());

describe('a language id the server does not know', () => {
  it('falls back to the file name: a JavaScript source sent as `js` gets its quick fix', async () => {
    const uri = 'file:///project/send.js';
    const text = "// WhatsApp via CEQUENS\nfunction onError(err) {\n  if (err.code === 1015) console.log('slow down');\n}\n";
    await server.open(uri, 'js', text);
    const at = positionOf(text, '1015', 1);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as { title: string }[];
    assert.ok(actions.some((a) => a.title.startsWith('Insert handler for 1015')), JSON.stringify(actions));
  });

  it('falls back to the file name: a gateway log sent as `fundamental` gets its problems', { timeout: 10_000 }, async () => {
    const uri = 'file:///var/log/gateway.log';
    await server.open(uri, 'fundamental', '2026-11-29T02:10:00Z ERROR [send] whatsapp error 470: Re-engagement message to=2010\n');
    while (!published.get(uri)?.length) await new Promise<void>((done) => (wake = done));
    assert.deepEqual(published.get(uri)?.map((d) => d.code), [470]);
  });

  it('keeps an id it knows, whatever the file is called', async () => {
    const uri = 'file:///project/notes.log';
    await server.open(uri, 'plaintext', 'whatsapp error 470: Re-engagement message\n');
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } });
    assert.ok(hover);
  });
});
