import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspServer, positionOf } from './lspServer';

const SUPPORT_PAGE = 'https://support.cequens.com/support/solutions/articles/44002294177-what-does-each-error-code-mean-';

/** A server whose client answers `workspace/configuration` with `cequens` and records what it publishes. */
class ConfiguredServer extends LspServer {
  cequens: object = {};
  private readonly published = new Map<string, Diagnostic[][]>();
  private waiting: (() => void)[] = [];

  constructor() {
    super();
    this.connection.onRequest('workspace/configuration', ({ items }: { items: { section: string }[] }) => items.map(() => this.cequens));
    this.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => {
      this.published.set(uri, [...(this.published.get(uri) ?? []), diagnostics]);
      for (const wake of this.waiting.splice(0)) wake();
    });
  }

  async start(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The next diagnostics published for `uri` after the `count` already seen. */
  async diagnostics(uri: string, count = 0): Promise<Diagnostic[]> {
    for (;;) {
      const list = this.published.get(uri) ?? [];
      if (list.length > count) return list[count];
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  seen(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }
}

let server: ConfiguredServer;

describe('diagnostics, over LSP', () => {
  before(async () => {
    server = new ConfiguredServer();
    await server.start();
  });
  after(() => server.stop());

  it('lists each code of a gateway log as a problem with its title, its page and what to do', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8');
    await server.open('file:///gateway.log', 'log', text);
    const diagnostics = await server.diagnostics('file:///gateway.log');
    assert.ok(diagnostics.length >= 10, `${diagnostics.length} diagnostics`);
    assert.ok(diagnostics.every((d) => d.source === 'cequens'));
    const at = positionOf(text, 'whatsapp error 470', 'whatsapp error '.length);
    const d470 = diagnostics.find((d) => d.range.start.line === at.line)!;
    assert.equal(d470.message, '470 Re-engagement message');
    assert.equal(d470.code, 470);
    assert.equal(d470.codeDescription?.href, SUPPORT_PAGE);
    assert.deepEqual(d470.range.start, at);
    assert.match(d470.relatedInformation![0].message, /^What to do: .*template/i);
    const d1015 = diagnostics.find((d) => d.code === 1015)!;
    assert.equal(d1015.severity, 2, 'a rate limit is a warning');
    const d2001 = diagnostics.find((d) => d.code === 2001)!;
    assert.equal(d2001.severity, 1, 'a missing template is an error');
  });

  it('lists a template-creation error under its subcode, with its title and Meta’s section, beside the code it came under', async () => {
    const text = `${JSON.stringify({ error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 2388293, error_user_title: 'Parameters words ratio exceeds limit', fbtrace_id: 'AbC' } }, null, 2)}\n`;
    await server.open('file:///template-rejected.json', 'json', text);
    const diagnostics = await server.diagnostics('file:///template-rejected.json');
    const subcode = diagnostics.find((d) => d.code === 2388293)!;
    assert.equal(subcode.message, '2388293 Parameters words ratio exceeds limit');
    assert.match(subcode.codeDescription?.href ?? '', /#template-creation-errors$/);
    assert.equal(subcode.severity, 1, 'a template problem is an error');
    assert.deepEqual(subcode.range.start, positionOf(text, '2388293'));
    assert.equal(diagnostics.find((d) => d.code === 100)?.message, '100 Invalid parameter');
  });

  it('lists nothing in source code unless cequens.diagnostics.inSourceCode is on', async () => {
    const text = 'if (err.code !== 1015) retry(); // WhatsApp\n';
    await server.open('file:///send.ts', 'typescript', text);
    assert.deepEqual(await server.diagnostics('file:///send.ts'), []);
    server.cequens = { diagnostics: { inSourceCode: true } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const [d] = await server.diagnostics('file:///send.ts', 1);
    assert.equal(d.message, `1015 Too many requests`);
    // The Problems panel's quick fix asks with the diagnostic: the action says it fixes it.
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///send.ts' },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Insert handler for 1015 Too many requests');
    assert.deepEqual(actions[0].diagnostics, [d]);
    server.cequens = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await server.diagnostics('file:///send.ts', 2), []);
  });

  it('caps the list per document and says how many more there are', async () => {
    server.cequens = { diagnostics: { maxPerDocument: 2 } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const text = Array.from({ length: 5 }, (_, i) => `2026-11-29T02:1${i}:00Z WARN send failed code=1008\n`).join('');
    await server.open('file:///many.log', 'log', text);
    const diagnostics = await server.diagnostics('file:///many.log');
    assert.equal(diagnostics.length, 3);
    assert.match(diagnostics[2].message, /^3 more CEQUENS\/WhatsApp error codes/);
    assert.equal(diagnostics[2].range.start.line, 2, 'at the first code left out');
    server.cequens = {};
  });

  it('follows edits and a severity turned off', async () => {
    server.cequens = { diagnostics: { severity: { 'rate limit': 'off' } } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const text = 'code=1015\ncode=1008\n';
    await server.open('file:///edit.log', 'log', text);
    assert.deepEqual((await server.diagnostics('file:///edit.log')).map((d) => d.code), [1008]);
    const seen = server.seen('file:///edit.log');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///edit.log', version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } }, text: '1009' }],
    });
    assert.deepEqual((await server.diagnostics('file:///edit.log', seen)).map((d) => d.code), [1009]);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///edit.log' } });
    assert.deepEqual(await server.diagnostics('file:///edit.log', seen + 1), [], 'cleared on close');
    server.cequens = {};
  });
});
