// Every feature from the most minimal client: no dynamic registration, no snippets, no resolve, no
// `workspace/configuration`, no Markdown, no showDocument: what Neovim 0.7, eglot without
// markdown-mode or a hand-written client can do. Hover, the quick fix's edit, a log's diagnostics,
// the server's commands and the catalog as workspace symbols all reach it over standard LSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { SERVER_COMMANDS } from '../../shared/src/protocol';
import { LspServer, positionOf } from './lspServer';

interface Symbol {
  name: string;
  location: { uri: string; range: { start: { line: number } } };
}

const SOURCE = readFileSync('test/fixtures/editors/send.js', 'utf8');
const LOG = readFileSync('test/fixtures/editors/gateway.log', 'utf8');
const SOURCE_URI = 'file:///project/send.js';
const LOG_URI = 'file:///project/gateway.log';

/** A client that says almost nothing of itself: plain text hovers, and it applies edits the server sends. */
class MinimalClient extends LspServer {
  readonly messages: string[] = [];
  readonly applied: { changes: Record<string, TextEdit[]> }[] = [];
  readonly askedFor: string[] = [];
  /** What the user answers when the editor asks whether to apply an edit (eglot asks). */
  applies = true;
  private readonly published = new Map<string, Diagnostic[][]>();
  private waiting: (() => void)[] = [];

  constructor() {
    super();
    this.connection.onNotification('window/showMessage', ({ message }: { message: string }) => this.wake(() => this.messages.push(message)));
    this.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) =>
      this.wake(() => this.published.set(uri, [...(this.published.get(uri) ?? []), diagnostics])),
    );
    this.connection.onRequest('workspace/applyEdit', ({ edit }: { edit: { changes: Record<string, TextEdit[]> } }) => {
      if (this.applies) this.applied.push(edit);
      return { applied: this.applies };
    });
    for (const method of ['workspace/configuration', 'client/registerCapability', 'window/showDocument']) {
      this.connection.onRequest(method, () => {
        this.askedFor.push(method);
        throw new Error(`a minimal client does not take ${method}`);
      });
    }
  }

  async start(initializationOptions?: object): Promise<Record<string, unknown>> {
    const { capabilities } = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { applyEdit: true }, textDocument: { hover: { contentFormat: ['plaintext'] } } },
      ...(initializationOptions ? { initializationOptions } : {}),
    })) as { capabilities: Record<string, unknown> };
    await this.connection.sendNotification('initialized', {});
    return capabilities;
  }

  command(command: string, argument: object): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: [argument] });
  }

  /** The diagnostics published for `uri` after the first `count` lists. */
  async diagnostics(uri: string, count = 0): Promise<Diagnostic[]> {
    return this.until(() => this.published.get(uri)?.[count]);
  }

  /** The first message shown after the first `count`. */
  message(count: number): Promise<string> {
    return this.until(() => this.messages[count]);
  }

  private async until<T>(value: () => T | undefined): Promise<T> {
    for (;;) {
      const found = value();
      if (found !== undefined) return found;
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  private wake(record: () => void): void {
    record();
    for (const wake of this.waiting.splice(0)) wake();
  }
}

/** The codes diagnosed, each once (a log line may name a code twice: 401 and MISSING_TOKEN). */
const codesOf = (diagnostics: readonly Diagnostic[]) => [...new Set(diagnostics.map((d) => d.code))];

const at131047 = { textDocument: { uri: SOURCE_URI }, position: positionOf(SOURCE, '131047', 2) };

describe('the most minimal client reaches every feature', () => {
  let client: MinimalClient;
  let capabilities: Record<string, unknown>;
  before(async () => {
    client = new MinimalClient();
    capabilities = await client.start();
    await client.open(SOURCE_URI, 'javascript', SOURCE);
    await client.open(LOG_URI, 'log', LOG);
  });
  after(() => client.stop());

  it('lists its commands and the workspace symbols in its capabilities, statically', () => {
    assert.deepEqual(capabilities.executeCommandProvider, { commands: Object.values(SERVER_COMMANDS) });
    assert.equal(capabilities.workspaceSymbolProvider, true);
  });

  it("names its commands apart from the VS Code client's, which vscode-languageclient would register twice", () => {
    const contributed: string[] = JSON.parse(readFileSync('package.json', 'utf8')).contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(Object.values(SERVER_COMMANDS).filter((id) => contributed.includes(id)), []);
  });

  it('hover: the card as plain text', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', at131047)) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'plaintext');
    assert.match(hover.contents.value, /^131047 Re-engagement message\n/);
  });

  it('code action: the quick fix carries its edit, which inserts a handler that keeps the code', async () => {
    const range = { start: at131047.position, end: at131047.position };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: at131047.textDocument,
      range,
      context: { diagnostics: [] },
    })) as { title: string; edit?: { changes: Record<string, TextEdit[]> }; command?: unknown }[];
    const fix = actions.find((a) => a.title.startsWith('Insert handler for 131047'));
    assert.ok(fix?.edit, `an action with an edit among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.command, undefined);
    const fixed = TextDocument.applyEdits(TextDocument.create(SOURCE_URI, 'javascript', 1, SOURCE), fix.edit.changes[SOURCE_URI]);
    assert.ok(fixed.length > SOURCE.length && fixed.startsWith(SOURCE.slice(0, SOURCE.indexOf('131047'))), 'it only inserts');
    assert.match(fixed.slice(SOURCE.indexOf('131047')), /template/i);
  });

  it("diagnostics: a log's codes, with what to do as related information in plain text", async () => {
    const diagnostics = await client.diagnostics(LOG_URI);
    assert.deepEqual(codesOf(diagnostics), [401, 131047]);
    const reEngagement = diagnostics.find((d) => d.code === 131047)!;
    assert.match(reEngagement.message, /^131047 Re-engagement message/);
    assert.match(reEngagement.relatedInformation![0].message, /^What to do: /);
    assert.doesNotMatch(JSON.stringify(diagnostics), /\\\\[-.]|\*\*/);
  });

  it('explain: the card at a position, returned as plain text and shown as a message', async () => {
    const shown = client.messages.length;
    const result = (await client.command(SERVER_COMMANDS.explain, at131047)) as { kind: string; value: string };
    assert.equal(result.kind, 'plaintext');
    assert.match(result.value, /^131047 Re-engagement message\n/);
    assert.equal(await client.message(shown), result.value);
  });

  it('explain a code typed in, with no document', async () => {
    const result = (await client.command(SERVER_COMMANDS.explain, { query: '470' })) as { value: string };
    assert.match(result.value, /^470 Re-engagement message\n/);
  });

  it('insert a handler: the server applies the edit through workspace/applyEdit', async () => {
    const edits = (await client.command(SERVER_COMMANDS.insertHandler, at131047)) as TextEdit[];
    assert.ok(edits.length > 0);
    assert.deepEqual(client.applied.at(-1), { changes: { [SOURCE_URI]: edits } });
  });

  it('insert a handler the user declines: nothing applied, and the message says so', async () => {
    const shown = client.messages.length;
    const applied = client.applied.length;
    client.applies = false;
    try {
      assert.ok(((await client.command(SERVER_COMMANDS.insertHandler, at131047)) as TextEdit[]).length > 0);
    } finally {
      client.applies = true;
    }
    assert.equal(client.applied.length, applied);
    assert.match(await client.message(shown), /^Insert handler for 131047 Re-engagement message: the editor did not apply the edit\.$/);
  });

  it('insert a handler where no code says which: the message asks for the entry', async () => {
    const shown = client.messages.length;
    const nowhere = { textDocument: { uri: SOURCE_URI }, position: { line: 0, character: 0 } };
    assert.equal(await client.command(SERVER_COMMANDS.insertHandler, nowhere), null);
    assert.match(await client.message(shown), /No CEQUENS\/WhatsApp error code there: pass the entryId/);
  });

  it('workspace symbols are the look-up: a code or words find entries at their card in the catalog file', async () => {
    for (const [query, heading] of [
      ['131047', '131047 Re-engagement message'],
      ['re-engagement', '470 Re-engagement message'],
      ['missing token', '401 MISSING_TOKEN'],
    ]) {
      const symbols = (await client.connection.sendRequest('workspace/symbol', { query })) as Symbol[];
      const found = symbols.find((s) => s.name === heading);
      assert.ok(found, `${query} finds ${heading} among ${symbols.map((s) => s.name).join(', ')}`);
      const file = readFileSync(fileURLToPath(found.location.uri), 'utf8').split('\n');
      assert.equal(file[found.location.range.start.line], heading);
    }
  });

  it('look up: the best match shown as a message where the client cannot show documents', async () => {
    const shown = client.messages.length;
    const matches = (await client.command(SERVER_COMMANDS.lookUp, { query: '131047' })) as { heading: string }[];
    assert.equal(matches[0].heading, '131047 Re-engagement message');
    assert.match(await client.message(shown), /^131047 Re-engagement message\n/);
  });

  it("summarize: a log's codes counted, shown as a message", async () => {
    const shown = client.messages.length;
    const summary = (await client.command(SERVER_COMMANDS.summarize, { textDocument: { uri: LOG_URI } })) as { total: number };
    assert.equal(summary.total, 4); // 401 and MISSING_TOKEN, 131047 and (#131047)
    assert.match(await client.message(shown), /^4 CEQUENS\/WhatsApp error codes:\n2 × (401|131047) .*\n2 × (401|131047) /);
  });

  it('a command given the wrong argument says what it takes', async () => {
    await assert.rejects(client.command(SERVER_COMMANDS.summarize, { uri: LOG_URI }), /takes one argument object: \{ textDocument: \{ uri \} \}/);
  });

  it('never asks for configuration, registrations or documents shown', () => {
    assert.deepEqual(client.askedFor, []);
  });
});

describe('settings without workspace/configuration', () => {
  it('come in initializationOptions, then in didChangeConfiguration', async () => {
    const client = new MinimalClient();
    try {
      await client.start({ diagnostics: { severity: { authentication: 'off' } } });
      await client.open(LOG_URI, 'log', LOG);
      assert.deepEqual(codesOf(await client.diagnostics(LOG_URI)), [131047]);
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { cequens: { diagnostics: { severity: { authentication: 'hint' } } } },
      });
      const changed = await client.diagnostics(LOG_URI, 1);
      assert.deepEqual(codesOf(changed.filter((d) => d.severity === 4)), [401]);
      assert.deepEqual(codesOf(changed), [401, 131047]);
      assert.deepEqual(client.askedFor, []);
    } finally {
      await client.stop();
    }
  });
});

describe('the VS Code client (it runs the extension\'s commands, and has the look-up quick pick)', () => {
  it('gets no catalog in its symbol search, which stays the code\'s own, and no server command to register (it runs them through its own)', async () => {
    const client = new MinimalClient();
    try {
      const capabilities = await client.start({ commandLinks: true });
      assert.equal(capabilities.workspaceSymbolProvider, false);
      // VS Code registers the commands a server lists, once per client: a second client in the window would fail to start.
      assert.equal(capabilities.executeCommandProvider, undefined);
    } finally {
      await client.stop();
    }
  });
});
