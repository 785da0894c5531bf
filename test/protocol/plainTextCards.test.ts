// A client that shows hovers as plain text (eglot without markdown-mode asks for `plaintext` only)
// gets the card laid out as text: no Markdown escapes or markers to read around.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { LspServer, positionOf } from './lspServer';

interface Hover {
  readonly contents: { readonly kind: string; readonly value: string };
}

async function hoverWith(contentFormat: string[] | undefined): Promise<Hover> {
  const server = new LspServer();
  try {
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: contentFormat ? { textDocument: { hover: { contentFormat } } } : {},
    });
    await server.connection.sendNotification('initialized', {});
    const uri = 'file:///project/errors.ts';
    const text = '// WhatsApp Cloud API\nif (error.code === 131047) sendTemplate();\n';
    await server.open(uri, 'typescript', text);
    return (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '131047', 1) })) as Hover;
  } finally {
    await server.stop();
  }
}

describe('the card in the format the client reads', () => {
  let plain: Hover;
  let markdown: Hover;
  before(async () => {
    [plain, markdown] = await Promise.all([hoverWith(['plaintext']), hoverWith(['markdown', 'plaintext'])]);
  });

  it('plain text where the client does not take Markdown: the heading, the remedy and the link as they read', () => {
    assert.equal(plain.contents.kind, 'plaintext');
    const { value } = plain.contents;
    assert.match(value, /^131047 Re-engagement message\n/);
    assert.match(value, /\nWhat to do: /);
    assert.match(value, /free-form/);
    assert.doesNotMatch(value, /\\[-.(]|\*\*|###|\]\(/);
    assert.match(value, /<https:\/\/developers\.facebook\.com\/[^>]+>/);
  });

  it('Markdown where the client takes it (VS Code, Neovim)', () => {
    assert.equal(markdown.contents.kind, 'markdown');
    assert.match(markdown.contents.value, /^### 131047 /);
  });
});
