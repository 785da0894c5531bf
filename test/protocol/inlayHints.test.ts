// Titles after bare codes, as an editor asks for them over stdio, and the setting that turns them off.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { LspServer } from './lspServer';

interface Hint {
  position: { line: number; character: number };
  label: string;
  paddingLeft?: boolean;
  tooltip?: { kind: string; value: string };
}

const catalog = catalogOf();
const TEXT = [
  'import { WhatsAppError } from "./whatsapp";',
  'const RATE_LIMITED = 130429;',
  'switch (err.code) {',
  '  case 470:',
  '    sendTemplate();',
  '    break;',
  '  case 131026: // undeliverable: skip',
  '    break;',
  '}',
].join('\n');

describe('inlay hints: titles after bare codes', () => {
  let server: LspServer;
  let cequens: object = {};
  before(async () => {
    server = new LspServer();
    server.connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => cequens));
    await server.initialize(undefined, { capabilities: { workspace: { configuration: true } } });
    await server.open('file:///hints.ts', 'typescript', TEXT);
  });
  after(() => server.stop());

  const hints = (uri: string, lines = 20) =>
    server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } }) as Promise<Hint[] | null>;

  it('announces inlay hints', async () => {
    const probe = new LspServer();
    const result = (await probe.initialize()) as { capabilities: { inlayHintProvider?: unknown } };
    await probe.stop();
    assert.equal(result.capabilities.inlayHintProvider, true);
  });

  it('shows the title after a bare case label, with the card as tooltip; none after a named constant or a commented code', async () => {
    const found = await hints('file:///hints.ts');
    assert.equal(found?.length, 1, JSON.stringify(found));
    const [hint] = found!;
    assert.deepEqual(hint.position, { line: 3, character: 11 });
    assert.equal(hint.label, catalog.entriesForCode(470)[0].title);
    assert.equal(hint.paddingLeft, true);
    assert.equal(hint.tooltip?.kind, 'markdown');
    assert.ok(hint.tooltip!.value.includes('470'));
  });

  it('shows only the hints of the lines asked for', async () => {
    assert.deepEqual(await hints('file:///hints.ts', 2), []);
  });

  it('shows none with cequens.inlayHints.enabled off', async () => {
    cequens = { inlayHints: { enabled: false } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.equal(await hints('file:///hints.ts'), null);
    cequens = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.equal((await hints('file:///hints.ts'))?.length, 1);
  });

  it('shows none in a log', async () => {
    await server.open('file:///gateway.log', 'log', 'ERROR whatsapp send failed code=470\n');
    assert.equal(await hints('file:///gateway.log'), null);
  });
});
