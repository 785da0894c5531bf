import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { catalogOf } from '../../shared/src/catalogSources';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import { codeOf } from '../../shared/src/entryNames';
import { escapeMarkdown } from '../../server/src/core/hover/markdown';
import { CardRequest, CatalogRequest, HandlerInsertionRequest, OccurrenceRequest } from '../../shared/src/protocol';
import { LspServer, positionOf } from './lspServer';

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const catalog = catalogOf();
/** The one entry of a code with one meaning, and its card's heading as the server escapes it. */
const only = (code: number) => catalog.entriesForCode(code)[0];
const heading = (entry: CatalogEntry) => `### ${entry.code} ${escapeMarkdown(entry.title)}`;
let server: LspServer;

const hoverAt = (uri: string, position: { line: number; character: number }) =>
  server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;

describe('language server over stdio', () => {
  before(async () => {
    server = new LspServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('announces incremental sync, hover and quick fixes', async () => {
    const probe = new LspServer();
    const result = (await probe.initialize()) as { capabilities: Record<string, unknown> };
    await probe.stop();
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
  });

  it('shows a card with title, description, remedy, category and retry verdict on hover', async () => {
    const text = 'if (err.code === 470) { // WhatsApp send\n  resend();\n}\n';
    await server.open('file:///hover.ts', 'typescript', text);
    const hover = await hoverAt('file:///hover.ts', positionOf(text, '470', 1));
    assert.ok(hover, 'a hover on 470');
    assert.equal(hover.contents.kind, 'markdown');
    const entry = only(470);
    assert.ok(hover.contents.value.startsWith(heading(entry)));
    assert.ok(hover.contents.value.includes(escapeMarkdown(entry.description)), 'the description');
    assert.ok(hover.contents.value.includes(`**What to do:** ${escapeMarkdown(entry.remedy)}`), 'the remedy');
    assert.ok(hover.contents.value.includes(`${entry.category.replace(/^./, (c) => c.toUpperCase())} · permanent`), 'category and retry verdict');
    assert.deepEqual(hover.range, { start: { line: 0, character: 17 }, end: { line: 0, character: 20 } });
  });

  it('answers nothing on a number that is not a code', async () => {
    const text = 'setTimeout(retry, 1000);\nconst port = 2000;\n';
    await server.open('file:///noise.ts', 'typescript', text);
    assert.equal(await hoverAt('file:///noise.ts', positionOf(text, '1000')), null);
    assert.equal(await hoverAt('file:///noise.ts', positionOf(text, '2000')), null);
  });

  it('works on untitled documents and logs', async () => {
    const text = '2026-11-29T02:10:00Z WARN wa-gateway send failed code=1008 took 1000ms\n';
    await server.open('untitled:Untitled-1', 'log', text);
    const hover = await hoverAt('untitled:Untitled-1', positionOf(text, '1008'));
    assert.ok(hover!.contents.value.startsWith(heading(only(1008))));
    assert.equal(await hoverAt('untitled:Untitled-1', positionOf(text, '1000ms')), null);
  });

  it('follows incremental edits: the hover reflects the changed line', async () => {
    const text = 'line one\nstatus: ok\nline three\n';
    await server.open('file:///edit.log', 'log', text);
    assert.equal(await hoverAt('file:///edit.log', { line: 1, character: 1 }), null);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///edit.log', version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } }, text: 'error_code=1015' }],
    });
    const hover = await hoverAt('file:///edit.log', { line: 1, character: 12 });
    assert.ok(hover!.contents.value.startsWith(heading(only(1015))));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///edit.log', version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 15 } }, text: '1016' }],
    });
    const changed = await hoverAt('file:///edit.log', { line: 1, character: 12 });
    assert.ok(changed!.contents.value.startsWith(heading(only(1016))));
  });

  it('shows every meaning of an ambiguous 401, and only the picked one in full when the line says which', async () => {
    const text = 'auth failed: code=401 from cequens\n{"errors":[{"code":401,"title":"MISSING_TOKEN"}]}\n';
    await server.open('file:///auth.log', 'log', text);
    const ambiguous = await hoverAt('file:///auth.log', positionOf(text, '401'));
    assert.match(ambiguous!.contents.value, /401 can mean 5 things/);
    const meanings = catalog.entriesForCode(401);
    assert.equal(meanings.length, 5);
    for (const entry of meanings) {
      assert.ok(ambiguous!.contents.value.includes(`- **${escapeMarkdown(entry.stringCode ?? entry.title)}**: `), entry.id);
    }
    assert.doesNotMatch(ambiguous!.contents.value, /^### /m, 'a compact card: no meaning in full');
    const picked = await hoverAt('file:///auth.log', { line: 1, character: 20 });
    assert.ok(picked!.contents.value.startsWith(heading(catalog.entriesForStringCode('MISSING_TOKEN')[0])));
    assert.match(picked!.contents.value, /Other meanings of 401/);
  });

  it('offers "Insert handler for …" that only inserts text after the statement', async () => {
    // A test for inequality: its branch is not the code's, the handler goes after the statement.
    const text = 'async function send(err) { // WhatsApp\n  if (err.code !== 1015) {\n    log(err);\n  }\n}\n';
    await server.open('file:///fix.ts', 'typescript', text);
    const position = positionOf(text, '1015', 1);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///fix.ts' },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, `Insert handler for 1015 ${only(1015).title}`);
    assert.equal(actions[0].kind, 'quickfix');
    const [edit] = actions[0].edit!.changes!['file:///fix.ts'];
    assert.deepEqual(edit.range, { start: { line: 3, character: 3 }, end: { line: 3, character: 3 } }, 'after the if statement’s last line');
    assert.ok(edit.newText.startsWith(`\n  // 1015 ${only(1015).title}`), 'on a new line, indented like the if statement');
    assert.match(edit.newText, /\n  if \(err\.code === 1015\) \{\n/, 'reusing the compared expression');
  });

  it('offers no quick fix in a log', async () => {
    const text = 'code=1008\n';
    await server.open('file:///nofix.log', 'log', text);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///nofix.log' },
      range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });

  it('reaches every entry of both catalogs by hover', async () => {
    // A Graph error's envelope, where the small Cloud codes (0, 4, 190) are codes.
    const line = (e: CatalogEntry) => JSON.stringify({ code: e.code, title: e.stringCode ?? e.title, type: 'OAuthException' });
    const text = catalog.entries.map(line).join('\n');
    await server.open('file:///all.jsonl', 'jsonl', text);
    for (const [i, entry] of catalog.entries.entries()) {
      const hover = await hoverAt('file:///all.jsonl', { line: i, character: 9 });
      assert.ok(hover, `hover on ${entry.id}`);
      assert.ok(hover.contents.value.startsWith(`### ${codeOf(entry)} `), entry.id);
      assert.ok(hover.contents.value.includes(escapeMarkdown(entry.description).slice(0, 20)), entry.id);
    }
  });

  it('serves the catalog and cards to the client', async () => {
    const entries = await server.connection.sendRequest(CatalogRequest);
    assert.deepEqual(entries.map((e) => e.id), catalog.entries.map((e) => e.id));
    for (const entry of entries) {
      const card = await server.connection.sendRequest(CardRequest, { entryId: entry.id });
      assert.ok(card?.markdown.includes(`### ${codeOf(entry)} `), entry.id);
    }
    assert.equal(await server.connection.sendRequest(CardRequest, { entryId: 'cequens:no-such-code' }), null);
  });

  it('tells the code at a position, and null where there is none', async () => {
    const text = 'switch (err.code) { // WhatsApp\n  case 1017:\n    break;\n}\n';
    await server.open('file:///at.ts', 'typescript', text);
    const at = (line: number, character: number) =>
      server.connection.sendRequest(OccurrenceRequest, { textDocument: { uri: 'file:///at.ts' }, position: { line, character } });
    const found = await at(1, 8);
    assert.equal(found?.code, 1017);
    assert.equal(found?.pickedEntryId, 'cequens:1017');
    assert.deepEqual(found?.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } });
    assert.equal(await at(0, 3), null);
  });

  it('places a handler for the command as the quick fix does: on a code, in its branch; elsewhere after the statement', async () => {
    const uri = 'file:///placed.ts';
    const text = 'async function a(err: { code: number }) { // WhatsApp\n  switch (err.code) {\n    case 470:\n      break;\n  }\n  send();\n}\nfunction b() {\n  send();\n}\n';
    await server.open(uri, 'typescript', text);
    const insertionAt = (line: number, character: number, entryId = 'cequens:470') =>
      server.connection.sendRequest(HandlerInsertionRequest, { textDocument: { uri }, position: { line, character }, entryId });

    const onCode = await insertionAt(2, 10);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(onCode, actions[0].edit!.changes![uri], 'the command and the quick fix insert the same');

    const inAsync = await insertionAt(5, 4);
    assert.deepEqual(inAsync?.[0].range.start, { line: 5, character: 9 }, 'after `send();` in a');
    assert.match(inAsync![0].newText, /await /, 'inside an async function the handler awaits');
    const inPlain = await insertionAt(8, 4);
    assert.deepEqual(inPlain?.[0].range.start, { line: 8, character: 9 }, 'after `send();` in b');
    assert.doesNotMatch(inPlain![0].newText, /await /, 'inside a plain function it does not');
  });

  it('answers null for a handler where none can go: a log, an unknown document, an unknown entry', async () => {
    await server.open('file:///gateway.log', 'log', 'ERROR whatsapp error 470: Re-engagement message\n');
    const request = (uri: string, entryId = 'cequens:470') =>
      server.connection.sendRequest(HandlerInsertionRequest, { textDocument: { uri }, position: { line: 0, character: 22 }, entryId });
    assert.equal(await request('file:///gateway.log'), null);
    assert.equal(await request('file:///never-opened.ts'), null);
    assert.equal(await request('file:///placed.ts', 'cequens:no-such-code'), null);
  });

  it('writes nothing but protocol to stdout and nothing to stderr', () => {
    assert.equal(server.stderr, '');
  });
});
