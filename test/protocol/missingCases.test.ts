// "Add the missing … codes" as code actions over stdio: offered in a switch of codes, applied as plain edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspServer, positionOf } from './lspServer';

const TEXT = [
  'export function actionFor(error: { code: number }): string {',
  '  switch (error.code) {',
  '    case 130429:',
  "      return 'retry';",
  '    case 131047:',
  "      return 'send a template';",
  '    default:',
  "      return 'log';",
  '  }',
  '}',
  '',
].join('\n');

describe('missing cases as code actions', () => {
  let server: LspServer;
  before(async () => {
    server = new LspServer();
    await server.initialize();
    await server.open('file:///switch.ts', 'typescript', TEXT);
  });
  after(() => server.stop());

  const actionsAt = (position: { line: number; character: number }, only?: string[]) =>
    server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///switch.ts' },
      range: { start: position, end: position },
      context: { diagnostics: [], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  it('offers the missing transient codes of each family handled and all missing codes, as refactor.rewrite actions', async () => {
    const actions = (await actionsAt(positionOf(TEXT, "return 'log'"))).filter((a) => a.kind === 'refactor.rewrite');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Add the missing transient codes of the Cloud API rate limit family')), titles.join('\n'));
    assert.ok(titles.at(-1)!.startsWith('Add all missing codes of the families handled here'), titles.join('\n'));
    const all = actions.at(-1)!;
    const result = TextDocument.applyEdits(TextDocument.create('file:///switch.ts', 'typescript', 1, TEXT), all.edit!.changes!['file:///switch.ts']);
    assert.match(result, /\n {4}case 131056: \/\/ [^\n]+\n(?: {4}case \d+: \/\/ [^\n]+\n)* {4}default:\n/);
    assert.ok(result.startsWith(TEXT.split('    default:')[0]), 'only inserts');
  });

  it('offers arms in a Java switch of arrows, which throw until written', async () => {
    const java = 'class Codes {\n  static String action(int code) {\n    return switch (code) {\n      case 130429 -> "retry";\n      default -> "log";\n    };\n  }\n}\n';
    await server.open('file:///Codes.java', 'java', java);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///Codes.java' },
      range: { start: positionOf(java, 'case 130429'), end: positionOf(java, 'case 130429') },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const transient = actions.find((a) => a.kind === 'refactor.rewrite');
    assert.ok(transient, JSON.stringify(actions.map((a) => a.title)));
    const result = TextDocument.applyEdits(TextDocument.create('file:///Codes.java', 'java', 1, java), transient.edit!.changes!['file:///Codes.java']);
    assert.match(result, /"retry";\n(?: {6}case \d+ -> throw new UnsupportedOperationException\("not handled yet"\); \/\/ [^\n]+\n)+ {6}default -> "log";/);
  });

  it("offers entries in Java's Map.of and Rust's HashMap::from, written as the map writes its own", async () => {
    for (const [uri, languageId, file, at, entry] of [
      ['file:///Maps.java', 'java', 'test/fixtures/missingCases/Maps.java.fixture', '131026', /"Message undeliverable",\n {8}\/\/ [^\n]+\n {8}131049, "[^"]+"\n/],
      ['file:///maps.rs', 'rust', 'test/fixtures/missingCases/maps.rs', '131026', /\(131026, "Message undeliverable"\),\n {8}\(131049, "[^"]+"\), \/\/ /],
    ] as const) {
      const text = readFileSync(file, 'utf8');
      await server.open(uri, languageId, text);
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: positionOf(text, at), end: positionOf(text, at) },
        context: { diagnostics: [] },
      })) as CodeAction[];
      const transient = actions.find((a) => a.kind === 'refactor.rewrite');
      assert.ok(transient, `${file}: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.match(TextDocument.applyEdits(TextDocument.create(uri, languageId, 1, text), transient.edit!.changes![uri]), entry);
    }
  });

  it('offers none outside a switch of codes, nor to a request for quick fixes only', async () => {
    assert.deepEqual((await actionsAt({ line: 0, character: 3 })).filter((a) => a.kind === 'refactor.rewrite'), []);
    assert.deepEqual((await actionsAt(positionOf(TEXT, 'case 130429'), ['quickfix'])).filter((a) => a.kind === 'refactor.rewrite'), []);
  });
});
