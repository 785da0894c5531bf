import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { catalogOf } from '../../shared/src/catalogSources';
import { detect } from '../../server/src/core/detection/detect';
import { parseSources } from '../support/parseCheck';
import { syntaxOf } from '../support/syntax';
import { LspServer } from './lspServer';

const catalog = catalogOf();

const SAMPLES: { file: string; languageId: string; quickFixes: boolean }[] = [
  { file: 'samples/typescript/sendWhatsApp.ts', languageId: 'typescript', quickFixes: true },
  { file: 'samples/typescript/cloudApiErrors.ts', languageId: 'typescript', quickFixes: true },
  { file: 'samples/javascript/webhook.js', languageId: 'javascript', quickFixes: true },
  { file: 'samples/python/whatsapp_client.py', languageId: 'python', quickFixes: true },
  { file: 'samples/java/WhatsAppSender.java', languageId: 'java', quickFixes: true },
  { file: 'samples/go/sender.go', languageId: 'go', quickFixes: true },
  { file: 'samples/csharp/WhatsAppClient.cs', languageId: 'csharp', quickFixes: true },
  { file: 'samples/php/WhatsAppClient.php', languageId: 'php', quickFixes: true },
  { file: 'samples/ruby/whatsapp_client.rb', languageId: 'ruby', quickFixes: true },
  { file: 'samples/rust/whatsapp_client.rs', languageId: 'rust', quickFixes: true },
  { file: 'samples/logs/gateway.log', languageId: 'log', quickFixes: false },
  { file: 'samples/logs/webhooks.jsonl', languageId: 'jsonl', quickFixes: false },
  { file: 'samples/logs/cloud-api.jsonl', languageId: 'jsonl', quickFixes: false },
];

let server: LspServer;

describe('the samples, over LSP', () => {
  before(async () => {
    server = new LspServer();
    await server.initialize();
  });
  after(() => server.stop());

  for (const sample of SAMPLES) {
    it(`${sample.file}: a card on every code${sample.quickFixes ? ', quick fixes that keep the file parsing, titles inline and completion where a handler names a code' : ''}`, async (t) => {
      const text = readFileSync(sample.file, 'utf8');
      const uri = pathToFileURL(sample.file).href;
      const document = TextDocument.create(uri, sample.languageId, 1, text);
      await server.open(uri, sample.languageId, text);
      const occurrences = detect(text, sample.languageId, catalog);
      assert.ok(occurrences.length >= 5, `only ${occurrences.length} codes found in ${sample.file}`);
      const edited: string[] = [];
      const seen = new Set<string>();
      for (const occurrence of occurrences) {
        const position = document.positionAt(occurrence.start + 1);
        const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as {
          contents: { value: string };
        } | null;
        assert.match(hover?.contents.value ?? '', new RegExp(`### ${occurrence.code} |${occurrence.code} can mean`), `hover at ${JSON.stringify(position)}`);
        const actions = (await server.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: [] },
        })) as CodeAction[];
        if (!sample.quickFixes) {
          assert.deepEqual(actions, [], 'no quick fix in a log');
          continue;
        }
        // Declarations (an enum member, a constant set of codes) have no place for a handler.
        const line = text.slice(text.lastIndexOf('\n', occurrence.start) + 1, text.indexOf('\n', occurrence.start));
        const code = line.replace(/\/\/.*|#.*/, '');
        if (occurrence.isCaseLabel || /===?|\bis\b|equals\(/.test(code)) {
          assert.ok(actions.some((a) => a.kind === 'quickfix'), `a quick fix at line ${position.line + 1}: ${line.trim()}`);
        }
        for (const action of actions) {
          // The missing cases of the switch a code labels (refactor.rewrite) must keep the file parsing too.
          if (action.kind === 'quickfix') assert.match(action.title, new RegExp(`^Insert handler for ${occurrence.code} `));
          else assert.match(action.title, /^Add (the missing transient|all missing) codes of /);
          const key = JSON.stringify(action.edit);
          if (seen.has(key)) continue; // every label of a switch offers its missing cases
          seen.add(key);
          // The handler, and the imports it needs: applied from the last offset back.
          const edits = action.edit!.changes![uri].map((edit) => {
            assert.deepEqual(edit.range.start, edit.range.end, `${action.title} only inserts`);
            return { offset: document.offsetAt(edit.range.start), text: edit.newText };
          });
          edits.sort((a, b) => b.offset - a.offset);
          edited.push(edits.reduce((result, { offset, text: added }) => result.slice(0, offset) + added + result.slice(offset), text));
        }
      }
      if (!sample.quickFixes) return;
      await writingAids(uri, document, occurrences, text);
      assert.ok(edited.length >= 5, `only ${edited.length} quick fixes in ${sample.file}`);
      // rustc has no parse-only mode outside nightly: the grammar parses, and test/unit/handlerChecks.test.ts compiles the handlers.
      const outcomes = sample.languageId === 'rust' ? edited.map((result) => ({ errors: syntaxOf(result, 'rust')!.tree.rootNode.hasError ? 'a syntax error' : '' })) : parseSources(sample.languageId, edited);
      const missing = outcomes.find((o) => 'missing' in o);
      if (missing && 'missing' in missing) return t.skip(missing.missing);
      outcomes.forEach((outcome, i) => assert.equal('errors' in outcome ? outcome.errors : '', '', `edit ${i} breaks the file`));
    });
  }

  /** Titles inline after the sample's bare codes, and codes offered where its handlers name one (a case label, a comparison). */
  async function writingAids(uri: string, document: TextDocument, occurrences: ReturnType<typeof detect>, text: string): Promise<void> {
    const hints = (await server.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) },
    })) as { label: string }[] | null;
    assert.ok((hints ?? []).length >= 5, `only ${hints?.length ?? 0} titles inline`);
    // A case label, an arm's pattern (PHP's `470 =>`), a comparison with a code (`error.code === 470`): not `response.status === 401`.
    const handled = occurrences.find((o) => o.stringCode === undefined && (o.isCaseLabel || /(?:code\s*===?\s*|^\s*)$/i.test(text.slice(text.lastIndexOf('\n', o.start) + 1, o.start))));
    assert.ok(handled, 'a code a handler names');
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: document.positionAt(handled.start + 2) })) as { items: { label: string }[] } | { label: string }[] | null;
    const items = Array.isArray(list) ? list : (list?.items ?? []);
    assert.ok(items.some((item) => item.label === String(handled.code)), `${handled.code} offered at line ${document.positionAt(handled.start).line + 1}`);
  }

  it('together, the samples show the codes the README promises', () => {
    const found = new Set(
      SAMPLES.flatMap(({ file, languageId }) => detect(readFileSync(file, 'utf8'), languageId, catalog).map((o) => o.stringCode ?? o.code)),
    );
    for (const code of [401, 'MISSING_TOKEN', 'TOKEN', 429, 470, 471, 472, 1000, 1008, 1009, 1013, 1015, 1016, 1017, 1026, 2001, 2012]) {
      assert.ok(found.has(code), `${code} in the samples`);
    }
  });
});
