import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import reference from '../fixtures/catalog/cloud-api-reference.json';
import { catalogOf } from '../../shared/src/catalogSources';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import { headingOf } from '../../shared/src/entryNames';
import { escapeMarkdown } from '../../server/src/core/hover/markdown';
import { LspServer, positionOf } from './lspServer';

interface ReferenceCode {
  readonly code: number;
  readonly subcode?: number;
  readonly lastCode?: number;
  readonly api?: string;
}

const catalog = catalogOf();
/** The catalog entry of a reference code, as the unit test of the reference matches them. */
function entryOf(r: ReferenceCode): CatalogEntry {
  const found = catalog.entries.find(
    (e) => e.source === 'Cloud API' && (e.subcodeOf ?? e.code) === r.code && (e.subcodeOf !== undefined ? e.code : undefined) === r.subcode && e.lastCode === r.lastCode && e.api === r.api,
  );
  if (!found) throw new Error(`no entry for ${JSON.stringify(r)}`);
  return found;
}

/**
 * A Graph error as a user pastes it from a response: pretty-printed, `message` "(#code) title" (the
 * title is how the line names a meaning, as real payloads do), a subcode under the code it came with.
 */
function payloadOf(entry: CatalogEntry): string {
  const error =
    entry.subcodeOf !== undefined
      ? { message: 'Invalid parameter', type: 'OAuthException', code: entry.subcodeOf, error_subcode: entry.code, is_transient: false, error_user_title: entry.title, error_user_msg: entry.description, fbtrace_id: 'AbC123xyz' }
      : { message: `(#${entry.code}) ${entry.title}`, type: 'OAuthException', code: entry.code, error_data: { messaging_product: 'whatsapp', details: entry.description }, fbtrace_id: 'AbC123xyz' };
  return `${JSON.stringify({ error }, null, 2)}\n`;
}

describe('a Graph error payload of every reference code, pasted into a .json file, over LSP', () => {
  let server: LspServer;
  const codes = (reference.codes as readonly ReferenceCode[]).map((r) => ({ r, entry: entryOf(r) }));
  before(async () => {
    server = new LspServer();
    await server.initialize();
  });
  after(() => server.stop());

  async function hover(uri: string, text: string, needle: string): Promise<string> {
    const position = positionOf(text, needle, needle.length - 1);
    const result = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: { value: string } } | null;
    return result?.contents.value ?? '';
  }

  it('gets that code’s card, and a template-management error its subcode’s card naming the code it came under', async () => {
    const wrong: string[] = [];
    for (const [n, { r, entry }] of codes.entries()) {
      const uri = `file:///pasted-${n}.json`;
      const text = payloadOf(entry);
      await server.open(uri, 'json', text);
      const needle = entry.subcodeOf !== undefined ? `"error_subcode": ${entry.code}` : `"code": ${entry.code}`;
      const card = await hover(uri, text, needle);
      if (!card.startsWith(`### ${escapeMarkdown(headingOf(entry))}\n`)) wrong.push(`${JSON.stringify(r)}: ${card.split('\n')[0] || '(no card)'}`);
      if (entry.subcodeOf !== undefined && !card.includes(`as error_subcode under code ${entry.subcodeOf}`)) wrong.push(`${JSON.stringify(r)}: the card names no code it came under`);
    }
    assert.deepEqual(wrong, []);
    assert.equal(codes.length, 145);
  });

  it('keeps the code a subcode came under its own card: 100 is an invalid parameter, 2388293 says which', async () => {
    const [ratio] = catalog.entriesForCode(2388293);
    const text = payloadOf(ratio);
    await server.open('file:///template-rejected.json', 'json', text);
    assert.match(await hover('file:///template-rejected.json', text, '"code": 100'), /^### 100 Invalid parameter\n/);
    assert.match(await hover('file:///template-rejected.json', text, '"error_subcode": 2388293'), /^### 2388293 Parameters words ratio exceeds limit\n/);
  });
});
