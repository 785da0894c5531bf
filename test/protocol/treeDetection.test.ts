// The server reads a source document on its syntax tree once the tree is parsed: a small Graph code
// in a union type beside a distinctive one (which the lexer alone does not read) gets its card then,
// and has none once an edit takes the distinctive code away.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspServer, positionOf } from './lspServer';

let server: LspServer;
const URI = 'file:///known-codes.ts';
const TEXT = '// WhatsApp Cloud API client\ntype Known =\n  | 4\n  | 190\n  | 131047;\nif (err.code === 131047) reopen();\n';

const hoverAt = (position: { line: number; character: number }) =>
  server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position }) as Promise<Hover | null>;
/** A quick fix waits for the document's tree: once it answers, the tree of that version has been read. */
const treeRead = () =>
  server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: { start: positionOf(TEXT, 'err.code === 131047', 14), end: positionOf(TEXT, 'err.code === 131047', 14) },
    context: { diagnostics: [] },
  });

describe('detection on the syntax tree, over LSP', () => {
  before(async () => {
    server = new LspServer();
    await server.initialize();
    await server.open(URI, 'typescript', TEXT);
  });
  after(() => server.stop());

  it('gives a union member its card once the tree is read, and none once the distinctive member is gone', async () => {
    await treeRead();
    const four = positionOf(TEXT, '| 4', 2);
    const hover = await hoverAt(four);
    assert.ok(hover && JSON.stringify(hover.contents).includes('4 API Too Many Calls'), JSON.stringify(hover));
    // 131047 in the union becomes 8.
    const at = positionOf(TEXT, '| 131047', 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: at, end: { ...at, character: at.character + 6 } }, text: '8' }],
    });
    await treeRead();
    assert.equal(await hoverAt(four), null);
  });
});
