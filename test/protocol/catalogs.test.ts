import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CatalogRequest } from '../../shared/src/protocol';
import { LspServer, positionOf } from './lspServer';

const CODE = [
  '// WhatsApp Cloud API send errors',
  'if ([131047, 470].includes(err.code)) sendTemplate();',
  'if (err.code === 131056) pauseRecipient();',
  '',
].join('\n');
const LOG = '{"error":{"message":"(#190) Error validating access token","type":"OAuthException","code":190,"fbtrace_id":"AbC"}}\n';

async function hoverText(server: LspServer, uri: string, text: string, word: string, nth = 0): Promise<string | undefined> {
  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, word, nth) })) as {
    contents: { value: string };
  } | null;
  return hover?.contents.value;
}

describe('catalog sources, over LSP', () => {
  let both: LspServer;
  let cequensOnly: LspServer;
  before(async () => {
    both = new LspServer();
    cequensOnly = new LspServer();
    await both.initialize();
    await cequensOnly.initialize({ catalogs: ['CEQUENS'] });
    for (const server of [both, cequensOnly]) {
      await server.open('file:///send.ts', 'typescript', CODE);
      await server.open('file:///graph.jsonl', 'jsonl', LOG);
    }
  });
  after(async () => {
    await both.stop();
    await cequensOnly.stop();
  });

  it('shows 131047 with its twin 470, and 470 with its twin 131047', async () => {
    const cloud = await hoverText(both, 'file:///send.ts', CODE, '131047');
    assert.match(cloud ?? '', /^### 131047 Re-engagement message/);
    assert.match(cloud ?? '', /Same meaning elsewhere:\*\* On-Premises 470 · Twilio 63016/);
    const onPremises = await hoverText(both, 'file:///send.ts', CODE, '470');
    assert.match(onPremises ?? '', /^### 470 /);
    assert.match(onPremises ?? '', /Same meaning elsewhere:\*\* Cloud API 131047/);
  });

  it('explains 190 in a Graph error envelope, with its HTTP 400 pitfall', async () => {
    const card = await hoverText(both, 'file:///graph.jsonl', LOG, '190', 1);
    assert.match(card ?? '', /^### 190 /);
    assert.match(card ?? '', /Watch out:\*\* .*HTTP 400/);
  });

  it('recognises only the chosen catalogs (cequens.catalogs as initialization option)', async () => {
    assert.equal(await hoverText(cequensOnly, 'file:///send.ts', CODE, '131056'), undefined);
    assert.match((await hoverText(cequensOnly, 'file:///send.ts', CODE, '470')) ?? '', /^### 470 /);
    const entries = await cequensOnly.connection.sendRequest(CatalogRequest);
    assert.ok(entries.length > 0 && entries.every((e) => e.source === 'CEQUENS'));
    const all = await both.connection.sendRequest(CatalogRequest);
    assert.ok(all.some((e) => e.source === 'Cloud API') && all.some((e) => e.source === 'CEQUENS'));
  });
});
