// Completion of error codes where a handler names one, as an editor asks for it over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { LspServer, positionOf } from './lspServer';

interface Item {
  label: string;
  labelDetails?: { description?: string };
  detail?: string;
  sortText?: string;
  documentation?: { kind: string; value: string };
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  data?: unknown;
}
type List = { isIncomplete: boolean; items: Item[] } | null;

const catalog = catalogOf();
/** A client that shows labelDetails and resolves documentation, as VS Code does. */
const RICH_CLIENT = { textDocument: { completion: { completionItem: { labelDetailsSupport: true, resolveSupport: { properties: ['documentation', 'detail'] } } } } };

describe('completion of error codes', () => {
  let rich: LspServer;
  let plain: LspServer;
  before(async () => {
    rich = new LspServer();
    await rich.initialize(undefined, { capabilities: RICH_CLIENT });
    plain = new LspServer();
    await plain.initialize();
  });
  after(() => Promise.all([rich.stop(), plain.stop()]));

  const complete = (server: LspServer, uri: string, position: { line: number; character: number }) =>
    server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }) as Promise<List>;

  it('announces completion with its trigger characters and resolve', async () => {
    const probe = new LspServer();
    const result = (await probe.initialize()) as { capabilities: { completionProvider?: { triggerCharacters: string[]; resolveProvider: boolean } } };
    await probe.stop();
    assert.equal(result.capabilities.completionProvider?.resolveProvider, true);
    assert.ok(result.capabilities.completionProvider?.triggerCharacters.includes(' '));
  });

  it('offers codes after `case ` with the title beside, the family the switch handles first, and the card on resolve', async () => {
    const text = '// WhatsApp Cloud API errors\nswitch (err.code) {\n  case 130429:\n    break;\n  case \n}\n';
    await rich.open('file:///switch.ts', 'typescript', text);
    const list = await complete(rich, 'file:///switch.ts', { line: 4, character: 7 });
    assert.ok(list && list.items.length > 20, 'the catalog’s codes');
    const item = list.items.find((i) => i.label === '131056');
    assert.ok(item, '131056 offered');
    assert.equal(item.labelDetails?.description, catalog.entriesForCode(131056)[0].title);
    assert.match(item.detail!, /Cloud API rate limit · transient/);
    assert.equal(item.documentation, undefined, 'the card waits for resolve');
    const sorted = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const rateLimits = new Set(['4', '80007', '130429', '131048', '131056']);
    assert.ok(sorted.slice(0, 3).every((i) => rateLimits.has(i.label) || catalog.entriesForCode(Number(i.label)).some((e) => e.category === 'rate limit')), `rate limits first: ${sorted.slice(0, 3).map((i) => i.label)}`);
    const resolved = (await rich.connection.sendRequest('completionItem/resolve', item)) as Item;
    assert.equal(resolved.documentation?.kind, 'markdown');
    assert.ok(resolved.documentation!.value.includes('131056'));
  });

  it('filters by the digits typed and replaces them', async () => {
    const text = 'if (error.code === 1310) { // WhatsApp\n}\n';
    await rich.open('file:///typed.ts', 'typescript', text);
    const at = positionOf(text, '1310', 4);
    const list = await complete(rich, 'file:///typed.ts', at);
    assert.ok(list && list.items.length > 0);
    assert.ok(list.items.every((i) => i.label.startsWith('1310')), list.items.map((i) => i.label).join());
    assert.deepEqual(list.items[0].textEdit!.range, { start: { line: 0, character: at.character - 4 }, end: at });
  });

  it('offers textual codes inside quotes', async () => {
    const text = "// CEQUENS gateway\nif (error.code === 'MISS') {}\n";
    await rich.open('file:///quoted.ts', 'typescript', text);
    const list = await complete(rich, 'file:///quoted.ts', positionOf(text, 'MISS', 4));
    assert.ok(list?.items.some((i) => i.label === 'MISSING_TOKEN'), JSON.stringify(list?.items.map((i) => i.label)));
  });

  it('sends the card with each item to a client that does not resolve, and the title in detail without labelDetails', async () => {
    const text = 'import whatsapp\nmatch err.code:\n    case 47:\n        pass\n';
    await plain.open('file:///match.py', 'python', text);
    const list = await complete(plain, 'file:///match.py', positionOf(text, '47', 2));
    const item = list?.items.find((i) => i.label === '470');
    assert.ok(item, '470 offered');
    assert.equal(item.labelDetails, undefined);
    assert.ok(item.detail!.startsWith(catalog.entriesForCode(470)[0].title));
    assert.equal(item.documentation?.kind, 'markdown');
  });

  it('offers nothing where no error code goes, nor in a file that is not about WhatsApp', async () => {
    const text = '// WhatsApp\nswitch (action.type) {\n  case \n}\nsetTimeout(run, 1);\n';
    await rich.open('file:///other.ts', 'typescript', text);
    assert.equal(await complete(rich, 'file:///other.ts', { line: 2, character: 7 }), null);
    assert.equal(await complete(rich, 'file:///other.ts', positionOf(text, '1)', 0)), null);
    const unrelated = 'switch (err.code) {\n  case \n}\n';
    await rich.open('file:///unrelated.ts', 'typescript', unrelated);
    assert.equal(await complete(rich, 'file:///unrelated.ts', { line: 1, character: 7 }), null);
  });
});
