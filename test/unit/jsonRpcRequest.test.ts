import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { sendRequest } from '../../client/src/lsp/serverProcess';

/** A client and a server connection joined by in-memory streams; the server answers with the params it got. */
function connectedPair() {
  const [toServer, toClient] = [new PassThrough(), new PassThrough()];
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  server.onRequest((_method: string, params: unknown) => params);
  client.listen();
  server.listen();
  return { client, dispose: () => (client.dispose(), server.dispose()) };
}

describe('the client’s requests', () => {
  it('send their params as the object they are, with or without a cancellation token', async () => {
    const { client, dispose } = connectedPair();
    try {
      assert.deepEqual(await sendRequest(client, 'cequens/card', { entryId: 'x' }), { entryId: 'x' });
      assert.deepEqual(await sendRequest(client, 'cequens/card', { entryId: 'x' }, undefined), { entryId: 'x' });
      const token = new CancellationTokenSource().token;
      assert.deepEqual(await sendRequest(client, 'textDocument/hover', { entryId: 'y' }, token), { entryId: 'y' });
    } finally {
      dispose();
    }
  });
});
