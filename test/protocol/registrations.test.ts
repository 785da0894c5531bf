// What the server registers once initialized, for a client that registers dynamically (VS Code):
// every registration, though several features ask for one when the client says it is initialized.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspServer } from './lspServer';

interface Registration {
  method: string;
}

describe('dynamic registrations', () => {
  let server: LspServer;
  const registered: string[] = [];
  let bothSeen: () => void;
  const both = new Promise<void>((resolve) => (bothSeen = resolve));
  before(async () => {
    server = new LspServer();
    server.connection.onRequest('client/registerCapability', ({ registrations }: { registrations: Registration[] }) => {
      registered.push(...registrations.map((r) => r.method));
      if (['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'].every((m) => registered.includes(m))) bothSeen();
    });
    const capabilities = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } };
    await server.initialize({}, { capabilities, workspaceFolders: [{ uri: 'file:///nowhere', name: 'nowhere' }] });
  });
  after(() => server.stop());

  it('registers for settings changes and for the team catalog files alike', async () => {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([both, timeout]);
    assert.deepEqual(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'].filter((m) => !registered.includes(m)), [], `registered: ${registered.join(', ')}`);
  });
});
