import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../shared/src/protocol';
import { cequensEntries } from '../../../shared/src/cequensCatalog';
import { activateExtension, closeAllEditors, openSample, positionOf, waitFor } from './helper';

/** What the commands resolve to (client/src/commands/): only the fields the tests read. */
interface LookUpResult {
  readonly entryId: string;
  readonly action: 'show' | 'insert' | 'copy';
  readonly text: string | undefined;
}
interface ExplainResult {
  readonly entryIds: readonly string[];
  readonly markdown: string;
}

// 470 has one meaning in the catalog: its id is the one the commands take.
const ENTRY_470 = cequensEntries().filter((e) => e.code === 470);

async function untitled(language: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(document);
  const end = document.positionAt(content.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

function cardTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.label.includes('470') || /cequens-card/.test(JSON.stringify(tab.input ?? {}))),
  );
}

suite('Commands', () => {
  let entryId: string;
  suiteSetup(async () => {
    await activateExtension();
    assert.equal(ENTRY_470.length, 1, '470 should have exactly one catalog entry');
    entryId = ENTRY_470[0].id;
  });
  teardown(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('Look up: show opens the card', async () => {
    const result = await vscode.commands.executeCommand<LookUpResult>(COMMANDS.lookUp, { entryId, action: 'show' });
    assert.equal(result?.entryId, entryId);
    assert.match(result.text ?? '', /###\s*470\b/);
    await waitFor('the card beside the editor', cardTabOpen);
  });

  test('Look up: insert puts the handler at the cursor', async () => {
    const editor = await untitled('typescript', 'async function onFailure(error: { code: number }) {\n  \n}\n');
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<LookUpResult>(COMMANDS.lookUp, { entryId, action: 'insert' });
    assert.ok(result?.text, 'nothing was inserted');
    assert.ok(editor.document.getText().includes(result.text.trim()), 'the handler is not in the document');
    assert.ok(editor.document.getText().length > before.length);
  });

  test('Look up: copy puts the card on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    const result = await vscode.commands.executeCommand<LookUpResult>(COMMANDS.lookUp, { entryId, action: 'copy' });
    assert.match(result?.text ?? '', /470/);
    assert.equal(await vscode.env.clipboard.readText(), result.text);
  });

  test('Look up: the quick pick, answered by accepting the first item', async () => {
    let settled = false;
    const pending = Promise.resolve(vscode.commands.executeCommand<LookUpResult | undefined>(COMMANDS.lookUp)).finally(
      () => (settled = true),
    );
    // Poll: accept whatever item is selected once the quick pick is up.
    await waitFor('the quick pick to accept an item', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 50));
      return settled;
    });
    const result = await pending;
    assert.ok(result, 'the quick pick was cancelled');
    assert.equal(result.action, 'show');
    assert.ok(cequensEntries().some((e) => e.id === result.entryId));
  });

  test('Explain error code at cursor', async () => {
    const editor = await openSample('python/whatsapp_client.py');
    const position = positionOf(editor.document, 'case 470', '470');
    editor.selection = new vscode.Selection(position, position);
    const result = await vscode.commands.executeCommand<ExplainResult>(COMMANDS.explainAtCursor);
    assert.deepEqual(result?.entryIds, [entryId]);
    assert.match(result.markdown, /###\s*470\b/);
    await waitFor('the card beside the editor', cardTabOpen);
  });

  test('Insert handler with an entry id', async () => {
    const editor = await untitled('python', 'def on_failure(error):\n    \n');
    editor.selection = new vscode.Selection(1, 4, 1, 4);
    const inserted = await vscode.commands.executeCommand<string | undefined>(COMMANDS.insertHandler, { entryId });
    assert.ok(inserted, 'nothing was inserted');
    const text = editor.document.getText();
    assert.ok(text.includes(inserted.trim()), 'the handler is not in the document');
    assert.ok(text.startsWith('def on_failure(error):\n'), 'the original text changed');
  });
});
