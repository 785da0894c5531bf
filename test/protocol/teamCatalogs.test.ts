import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWorkspaceFoldersNotification, ExecuteCommandRequest, WorkspaceSymbolRequest, type CodeAction, type Diagnostic, type Hover, type InitializeResult, type Location, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReloadCatalogsRequest, SERVER_COMMANDS, WorkspaceTrustedNotification, type LookUpMatch } from '../../shared/src/protocol';
import { LspServer, positionOf } from './lspServer';

const SOURCE = ['// WhatsApp sender', 'if (err.code === 9001) resync();', 'if (err.code === 470) reopen();', 'if (err.code === 1013) wait();', 'if (err.code === 9002) other();', ''].join('\n');
const LOG = '2025-03-14T09:00:07Z WhatsApp send failed: error 9001\n';
const HOSTILE_TITLE = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';
const TEAM = {
  extendEntries: [
    { provider: 'Acme', code: 9001, title: 'WA_TEMPLATE_STALE', remedy: 'Re-sync templates.', category: 'template' },
    { provider: 'Acme', code: 9003, title: HOSTILE_TITLE, remedy: '**Run** `rm -rf /` <script>alert(1)</script>' },
  ],
  overrides: { 'cequens:470': { remedy: 'Page the on-call.', runbook: 'https://wiki.acme.test/wa/470' } },
  extendNeverCodes: [1013],
};
const BROKEN = '{\n  "extendEntries": [\n    { "provider": "Acme", "code": 9001, "title": "X", "remedy": "Y", "categry": "template" }\n  ]\n}\n';

/** A workspace folder on disk, with a team catalog of `catalog` (none when undefined). */
function folderWith(catalog: string | undefined): { dir: string; uri: string; catalogPath: string; catalogUri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cequens-team-'));
  const catalogPath = join(dir, '.cequens', 'catalog.json');
  if (catalog !== undefined) {
    mkdirSync(join(dir, '.cequens'));
    writeFileSync(catalogPath, catalog);
  }
  return { dir, uri: pathToFileURL(dir).href, catalogPath, catalogUri: pathToFileURL(catalogPath).href };
}

/** A server on a folder, its diagnostics and log lines collected as they come. */
class Client {
  readonly server = new LspServer();
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly log: string[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor() {
    this.server.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(uri, diagnostics);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.server.connection.onNotification('window/logMessage', ({ message }: { message: string }) => this.log.push(message));
  }

  /** Resolves once the diagnostics published for `uri` satisfy `test`. */
  async diagnosticsOf(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    while (!test(this.diagnostics.get(uri) ?? [])) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.diagnostics.get(uri)!;
  }

  async hover(uri: string, text: string, word: string): Promise<string | undefined> {
    const hover = (await this.server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, word) })) as Hover | null;
    return hover ? (hover.contents as { value: string }).value : undefined;
  }
}

describe('team catalogs, over LSP', () => {
  const folder = folderWith(JSON.stringify(TEAM, null, 2));
  const source = `${folder.uri}/send.ts`;
  const log = `${folder.uri}/gateway.log`;
  const client = new Client();
  let registrations: { registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[] } | undefined;
  before(async () => {
    client.server.connection.onRequest('client/registerCapability', (params: typeof registrations) => void (registrations = params));
    const capabilities = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };
    await client.server.initialize({}, { workspaceFolders: [{ uri: folder.uri, name: 'team' }], capabilities });
    await client.server.open(source, 'typescript', SOURCE);
    await client.server.open(log, 'log', LOG);
    await client.server.connection.sendRequest(ReloadCatalogsRequest);
  });
  after(async () => {
    await client.server.stop();
    rmSync(folder.dir, { recursive: true });
  });

  it('adds the team’s codes, overrides built-in fields and silences never-codes', async () => {
    assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 WA_TEMPLATE_STALE/);
    const card = (await client.hover(source, SOURCE, '470')) ?? '';
    assert.match(card, /\*\*What to do:\*\* Page the on-call\. _\(your team’s catalog\)_/);
    assert.match(card, /\*\*Runbook:\*\* \[https:\/\/wiki\.acme\.test\/wa\/470\]\(https:\/\/wiki\.acme\.test\/wa\/470\)/);
    assert.equal(await client.hover(source, SOURCE, '1013'), undefined);
    await client.diagnosticsOf(log, (d) => d.some((x) => x.code === 9001));
  });

  it('the symbol search (the look-up of other editors) finds a team’s code at its entry, an overridden one at the team’s text, the others on their card', async () => {
    const lines = JSON.stringify(TEAM, null, 2).split('\n');
    const symbols = async (query: string) => ((await client.server.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map((s) => ({ name: s.name, location: s.location as Location }));
    const [added] = await symbols('WA_TEMPLATE');
    assert.equal(added?.name, '9001 WA_TEMPLATE_STALE');
    assert.equal(added.location.uri, folder.catalogUri);
    assert.match(lines[added.location.range.start.line], /"title": "WA_TEMPLATE_STALE"/);
    const overridden = (await symbols('470')).find((s) => s.name.startsWith('470 '));
    assert.equal(overridden?.location.uri, folder.catalogUri);
    assert.match(lines[overridden.location.range.start.line], /"cequens:470": \{/);
    const builtIn = (await symbols('131047')).find((s) => s.name.startsWith('131047 '));
    assert.match(builtIn?.location.uri ?? '', /\/dist\/catalog\.txt$/);
    const matches = (await client.server.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.lookUp, arguments: [{ query: 'WA_TEMPLATE_STALE' }] })) as LookUpMatch[];
    assert.deepEqual(matches.map((m) => [m.heading, m.location.uri]), [['9001 WA_TEMPLATE_STALE', folder.catalogUri]]);
  });

  it('shows a hostile entry’s text escaped: no link, no HTML, no emphasis', async () => {
    const text = `// WhatsApp\nif (err.code === 9003) x();\n`;
    await client.server.open(`${folder.uri}/hostile.ts`, 'typescript', text);
    const card = (await client.hover(`${folder.uri}/hostile.ts`, text, '9003')) ?? '';
    assert.match(card, /^### 9003 \\\[click\\\]\(command:workbench\.action\.terminal\.new\) &lt;img src=x onerror=alert\(1\)>/);
    assert.match(card, /\\\*\\\*Run\\\*\\\* \\`rm -rf \/\\` &lt;script>/);
    assert.doesNotMatch(card, /(?<!\\)\]\(command:|<img|<script/);
  });

  it('registers a watcher for the catalog files', () => {
    const watchers = registrations?.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions.watchers ?? [];
    assert.ok(watchers.some((w) => w.globPattern === '**/.cequens/catalog.json'), JSON.stringify(registrations));
  });

  it('a broken file: a diagnostic at its place, a log line, and the last good catalog stays; fixed, it takes effect', async () => {
    writeFileSync(folder.catalogPath, BROKEN);
    await client.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: folder.catalogUri, type: 2 }] });
    const [problem] = await client.diagnosticsOf(folder.catalogUri, (d) => d.length > 0);
    assert.deepEqual(problem.range.start, { line: 2, character: 69 });
    assert.match(problem.message, /^unknown field "categry"/);
    assert.ok(
      client.log.some((line) => line.includes(`${folder.catalogPath}:3:70: unknown field "categry"`) && line.includes('its last good version stays in use')),
      client.log.join('\n'),
    );
    assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 WA_TEMPLATE_STALE/);

    writeFileSync(folder.catalogPath, JSON.stringify({ extendEntries: [{ provider: 'Acme', code: 9002, title: 'WA_QUOTA', remedy: 'Wait.' }] }));
    await client.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: folder.catalogUri, type: 2 }] });
    await client.diagnosticsOf(folder.catalogUri, (d) => d.length === 0);
    assert.match((await client.hover(source, SOURCE, '9002')) ?? '', /^### 9002 WA_QUOTA/);
    assert.equal(await client.hover(source, SOURCE, '9001'), undefined);
    // The open log is read again: 9001 is no code of the catalog any more.
    await client.diagnosticsOf(log, (d) => d.length === 0);
  });

  it('an open catalog file is read as it is typed (for clients that cannot watch files), its problems instead of its codes', async () => {
    await client.server.open(folder.catalogUri, 'json', BROKEN);
    await client.diagnosticsOf(folder.catalogUri, (d) => d.length === 1 && /categry/.test(d[0].message));
    const fixed = BROKEN.replace('categry', 'category');
    await client.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: folder.catalogUri, version: 2 }, contentChanges: [{ text: fixed }] });
    await client.diagnosticsOf(folder.catalogUri, (d) => d.length === 0);
    assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 X/);
    const states = await client.server.connection.sendRequest(ReloadCatalogsRequest);
    assert.deepEqual(states, [{ uri: folder.catalogUri, exists: true, problems: 0, inUse: true }]);
  });
});

describe('team catalogs of workspace folders added and removed after start, over LSP', () => {
  const first = folderWith(undefined);
  const added = folderWith(JSON.stringify(TEAM));
  const log = `${added.uri}/gateway.log`;
  const client = new Client();
  let capabilities: InitializeResult['capabilities'];
  before(async () => {
    ({ capabilities } = (await client.server.initialize({}, { workspaceFolders: [{ uri: first.uri, name: 'first' }], capabilities: { workspace: { workspaceFolders: true } } })) as InitializeResult);
    await client.server.open(log, 'log', LOG);
  });
  after(async () => {
    await client.server.stop();
    for (const folder of [first, added]) rmSync(folder.dir, { recursive: true });
  });

  it('asks to be told of folder changes', () => {
    assert.deepEqual(capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  it('reads the catalog of a folder added (its codes are problems of the log), and drops a removed folder’s', { timeout: 20_000 }, async () => {
    assert.equal(await client.hover(log, LOG, '9001'), undefined);
    await client.server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: added.uri, name: 'added' }], removed: [] } });
    await client.diagnosticsOf(log, (d) => d.some((x) => x.code === 9001));
    assert.match((await client.hover(log, LOG, '9001')) ?? '', /^### 9001 WA_TEMPLATE_STALE/);

    await client.server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [{ uri: added.uri, name: 'added' }] } });
    await client.diagnosticsOf(log, (d) => d.length === 0);
    assert.deepEqual(await client.server.connection.sendRequest(ReloadCatalogsRequest), [{ uri: first.catalogUri, exists: false, problems: 0, inUse: false }]);
  });
});

describe('team catalogs in Restricted Mode, over LSP', () => {
  const folder = folderWith(JSON.stringify(TEAM));
  const source = `${folder.uri}/send.ts`;
  const client = new Client();
  before(async () => {
    await client.server.initialize({ workspaceTrusted: false }, { workspaceFolders: [{ uri: folder.uri, name: 'team' }] });
    await client.server.open(source, 'typescript', SOURCE);
  });
  after(async () => {
    await client.server.stop();
    rmSync(folder.dir, { recursive: true });
  });

  it('reads no team catalog until the workspace is trusted, then reads it', async () => {
    assert.deepEqual(await client.server.connection.sendRequest(ReloadCatalogsRequest), []);
    assert.equal(await client.hover(source, SOURCE, '9001'), undefined);
    assert.doesNotMatch((await client.hover(source, SOURCE, '470')) ?? '', /Page the on-call/);
    const actions = (await client.server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: source },
      range: { start: positionOf(SOURCE, '9002'), end: positionOf(SOURCE, '9002') },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(actions, []);
    await client.server.connection.sendNotification(WorkspaceTrustedNotification);
    assert.equal((await client.server.connection.sendRequest(ReloadCatalogsRequest)).length, 1);
    assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 WA_TEMPLATE_STALE/);
  });
});

describe('"Add 9002 to the team catalog", over LSP', () => {
  for (const existing of [undefined, JSON.stringify(TEAM, null, 2)]) {
    it(existing ? 'adds an entry to fill in to the folder’s catalog, and opens it at its title' : 'creates the folder’s catalog with an entry to fill in, and opens it at its title', async () => {
      const folder = folderWith(existing);
      const source = `${folder.uri}/send.ts`;
      const client = new Client();
      const edits: { edit: { documentChanges: ({ kind: string; uri: string } | { textDocument: { uri: string }; edits: { newText: string; range: unknown }[] })[] } }[] = [];
      const shown: { uri: string; selection: { start: { line: number; character: number } } }[] = [];
      client.server.connection.onRequest('workspace/applyEdit', (params: (typeof edits)[number]) => {
        edits.push(params);
        return { applied: true };
      });
      client.server.connection.onRequest('window/showDocument', (params: (typeof shown)[number]) => {
        shown.push(params);
        return { success: true };
      });
      const capabilities = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } }, window: { showDocument: { support: true } } };
      await client.server.initialize({}, { workspaceFolders: [{ uri: folder.uri, name: 'team' }], capabilities });
      await client.server.open(source, 'typescript', SOURCE);
      await client.server.connection.sendRequest(ReloadCatalogsRequest);
      const at = positionOf(SOURCE, '9002');
      const actions = (await client.server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: source }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
      const add = actions.find((a) => a.title === 'Add 9002 to the team catalog');
      assert.ok(add?.command, JSON.stringify(actions));
      await client.server.connection.sendRequest('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
      const [{ edit }] = edits;
      if (!existing) assert.deepEqual(edit.documentChanges[0], { kind: 'create', uri: folder.catalogUri, options: { ignoreIfExists: true } });
      const textEdit = edit.documentChanges.at(-1) as { textDocument: { uri: string }; edits: TextEdit[] };
      assert.equal(textEdit.textDocument.uri, folder.catalogUri);
      const written = TextDocument.applyEdits(TextDocument.create(folder.catalogUri, 'json', 1, existing ?? ''), textEdit.edits);
      const catalog = JSON.parse(written) as typeof TEAM & { $schema?: string };
      assert.deepEqual(
        catalog.extendEntries.map((e) => e.code),
        existing ? [9001, 9003, 9002] : [9002],
      );
      // A new catalog names the schema's copy beside it, which is written there: its editor's JSON language server finds it offline.
      const schemaCopy = join(folder.dir, '.cequens', 'catalog.schema.json');
      if (existing) assert.equal(existsSync(schemaCopy), false, 'a schema copy was written that the catalog does not name');
      else {
        assert.equal(fileURLToPath(new URL(catalog.$schema!, folder.catalogUri)), schemaCopy);
        assert.deepEqual(JSON.parse(readFileSync(schemaCopy, 'utf8')), JSON.parse(readFileSync('shared/catalog/team-catalog.schema.json', 'utf8')));
      }
      // Opened with the new entry's title selected, to type over.
      assert.equal(shown[0].uri, folder.catalogUri);
      const { start, end } = shown[0].selection as { start: { line: number; character: number }; end: { line: number; character: number } };
      assert.equal(start.line, end.line);
      assert.equal(written.split('\n')[start.line].slice(start.character, end.character), 'TODO: the name of 9002');
      // No offer where the code is known, nor for a number that is never a code.
      for (const known of existing ? ['9001', '1013'] : ['470']) {
        const there = positionOf(SOURCE, known);
        const none = (await client.server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: source }, range: { start: there, end: there }, context: { diagnostics: [] } })) as CodeAction[];
        assert.ok(!none.some((a) => a.title.startsWith('Add ')), `${known}: ${JSON.stringify(none)}`);
      }
      await client.server.stop();
      rmSync(folder.dir, { recursive: true });
    });
  }
});

describe('"Add 9002 to the team catalog" for a client that cannot create files over LSP', () => {
  it('writes the new catalog itself', async () => {
    const folder = folderWith(undefined);
    const source = `${folder.uri}/send.ts`;
    const client = new Client();
    let edits = 0;
    client.server.connection.onRequest('workspace/applyEdit', () => (edits++, { applied: true }));
    try {
      await client.server.initialize({}, { workspaceFolders: [{ uri: folder.uri, name: 'team' }] });
      await client.server.open(source, 'typescript', SOURCE);
      await client.server.connection.sendRequest(ReloadCatalogsRequest);
      await client.server.connection.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.addToTeamCatalog, arguments: [{ textDocument: { uri: source }, code: 9002 }] });
      assert.equal(edits, 0);
      assert.deepEqual(JSON.parse(readFileSync(folder.catalogPath, 'utf8')).extendEntries.map((e: { code: number }) => e.code), [9002]);
      assert.match((await client.hover(source, SOURCE, '9002')) ?? '', /^### 9002 TODO: the name of 9002/);
    } finally {
      await client.server.stop();
      rmSync(folder.dir, { recursive: true });
    }
  });
});

describe('cequens.teamCatalogs, over LSP', () => {
  it('reads the files the setting names after the folder’s own, as initialization option and as pushed settings', async () => {
    const folder = folderWith(JSON.stringify({ extendEntries: [{ provider: 'Acme', code: 9001, title: 'FROM_FOLDER', remedy: 'R' }] }));
    writeFileSync(join(folder.dir, 'extra.json'), JSON.stringify({ extendEntries: [{ provider: 'Acme', code: 9001, title: 'FROM_SETTING', remedy: 'R' }] }));
    const source = `${folder.uri}/send.ts`;
    const client = new Client();
    try {
      await client.server.initialize({ teamCatalogs: ['extra.json'] }, { workspaceFolders: [{ uri: folder.uri, name: 'team' }] });
      await client.server.open(source, 'typescript', SOURCE);
      const states = await client.server.connection.sendRequest(ReloadCatalogsRequest);
      assert.deepEqual(states.map((s) => s.uri), [folder.catalogUri, pathToFileURL(join(folder.dir, 'extra.json')).href]);
      assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 FROM_SETTING/);
      await client.server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cequens: { teamCatalogs: [] } } });
      assert.equal((await client.server.connection.sendRequest(ReloadCatalogsRequest)).length, 1);
      assert.match((await client.hover(source, SOURCE, '9001')) ?? '', /^### 9001 FROM_FOLDER/);
    } finally {
      await client.server.stop();
      rmSync(folder.dir, { recursive: true });
    }
  });
});
