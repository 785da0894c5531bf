import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMMANDS } from '../../shared/src/contributions';
import { LspServer, positionOf } from './lspServer';

const CODE = 'function onWhatsAppFailure(err) {\n  if (err.code === 470) log(err);\n}\n';
const LOG = 'ERROR whatsapp error 470: re-engagement\n';

async function cardsFrom(server: LspServer): Promise<{ code: string; log: string }> {
  await server.open('file:///links.js', 'javascript', CODE);
  await server.open('file:///links.log', 'log', LOG);
  const card = async (uri: string, text: string) =>
    ((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '470', 1) })) as {
      contents: { value: string };
    }).contents.value;
  return { code: await card('file:///links.js', CODE), log: await card('file:///links.log', LOG) };
}

/** The command links of a card, with their arguments decoded. */
function linksOf(card: string): { label: string; command: string; args: unknown }[] {
  return [...card.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]+)\)/g)].map(([, label, command, args]) => ({
    label,
    command,
    args: JSON.parse(decodeURIComponent(args)),
  }));
}

describe('command links on cards', () => {
  let plain: LspServer;
  let vscodeLike: LspServer;
  before(async () => {
    plain = new LspServer();
    vscodeLike = new LspServer();
    await plain.initialize();
    await vscodeLike.initialize({ commandLinks: true });
  });
  after(async () => {
    await plain.stop();
    await vscodeLike.stop();
  });

  it('make the "Insert handler" quick fix run the command for a client that runs commands, and an edit for others', async () => {
    await cardsFrom(plain);
    await cardsFrom(vscodeLike);
    const params = { textDocument: { uri: 'file:///links.js' }, range: { start: positionOf(CODE, '470'), end: positionOf(CODE, '470') }, context: { diagnostics: [] } };
    type Action = { title: string; edit?: unknown; command?: { command: string; arguments: unknown[] } };
    const [forPlain] = (await plain.connection.sendRequest('textDocument/codeAction', params)) as Action[];
    const [forVsCode] = (await vscodeLike.connection.sendRequest('textDocument/codeAction', params)) as Action[];
    assert.ok(forPlain.edit && !forPlain.command, 'a plain editor gets the text edit');
    assert.equal(forVsCode.title, forPlain.title);
    assert.equal(forVsCode.edit, undefined);
    assert.deepEqual(forVsCode.command?.command, COMMANDS.insertHandler);
    assert.deepEqual(forVsCode.command?.arguments, [{ entryId: 'cequens:470', at: { uri: 'file:///links.js', position: positionOf(CODE, '470') } }]);
  });

  it('are left out for an editor that did not ask for them', async () => {
    const { code, log } = await cardsFrom(plain);
    assert.deepEqual([...linksOf(code), ...linksOf(log)], []);
    assert.doesNotMatch(code + log, /command:/);
  });

  it('open the catalog and insert the handler at the code, for a client that runs the commands', async () => {
    const { code, log } = await cardsFrom(vscodeLike);
    const at = { uri: 'file:///links.js', position: positionOf(CODE, '470') };
    assert.deepEqual(linksOf(code), [
      { label: 'Open in catalog', command: COMMANDS.lookUp, args: [{ entryId: 'cequens:470', action: 'show' }] },
      { label: 'Insert handler', command: COMMANDS.insertHandler, args: [{ entryId: 'cequens:470', at }] },
    ]);
    assert.deepEqual(linksOf(log).map((l) => l.label), ['Open in catalog'], 'no handler in a log');
  });
});
