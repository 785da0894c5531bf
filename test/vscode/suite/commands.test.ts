import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../shared/src/contributions';
import { cequensEntries } from '../../../shared/src/cequensCatalog';
import { activateExtension, closeAllEditors, openSample, openScratchFile, positionOf, waitFor } from './helper';

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
const HEADING_470 = `470 ${ENTRY_470[0]?.title}`;

async function untitled(language: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(document);
  const end = document.positionAt(content.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

/** The tabs of the card preview ("Preview WhatsApp error card.md"). */
function cardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs.filter((tab) => tab.label.includes('WhatsApp error card')));
}
const cardTabOpen = () => cardTabs().length > 0;

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

  test('Look up: a second card replaces the first in the same preview, beside the editor', async () => {
    await openSample('typescript/sendWhatsApp.ts');
    const other = cequensEntries().find((e) => e.code === 1008)!;
    await vscode.commands.executeCommand(COMMANDS.lookUp, { entryId, action: 'show' });
    await waitFor('the first card', cardTabOpen);
    await vscode.commands.executeCommand(COMMANDS.lookUp, { entryId: other.id, action: 'show' });
    await waitFor('one card preview in two editor groups', () => cardTabs().length === 1 && vscode.window.tabGroups.all.length === 2);
  });

  test('Look up: insert puts the handler on the blank line at the cursor, indented as its block', async () => {
    const editor = await untitled('typescript', 'async function onFailure(error: { code: number }) {\n  \n}\n');
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    const result = await vscode.commands.executeCommand<LookUpResult>(COMMANDS.lookUp, { entryId, action: 'insert' });
    assert.ok(result?.text, 'nothing was inserted');
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], 'async function onFailure(error: { code: number }) {', 'the line above is untouched');
    assert.ok(lines[1].startsWith(`  // ${HEADING_470}`), `the handler starts on the cursor's line, indented: ${lines[1]}`);
    const handlerLines = lines.slice(1, lines.lastIndexOf('}'));
    for (const line of handlerLines.filter((l) => l.trim() !== '')) assert.match(line, /^ {2}/, `indented inside the function: "${line}"`);
    assert.ok(handlerLines.some((line) => /^ {4}\S/.test(line)), 'the handler body is one level deeper');
    assert.deepEqual(lines.slice(-2), ['}', ''], 'the function still ends after the handler');
    // A snippet: its first helper is selected, ready to rename.
    assert.equal(editor.document.getText(editor.selection), 'sendTemplateMessage', 'the first helper is selected');
  });

  test('Insert handler on a code inserts what the quick fix inserts', async () => {
    // Python: no other extension here offers code actions for it, so the providers answer at once.
    const source = '# WhatsApp\ndef on_failure(error):\n    if error["code"] == 470:\n        log(error)\n';
    const position = new vscode.Position(2, 25);
    const byQuickFix = await openScratchFile('on_failure.py', source);
    let seen = '';
    const actions = await waitFor('the quick fix on 470', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        byQuickFix.document.uri,
        new vscode.Range(position, position),
      );
      seen = `${byQuickFix.document.uri} ${byQuickFix.document.languageId}: ${JSON.stringify(found?.map((a) => a.title))}`;
      return found?.filter((a) => a.title.startsWith('Insert handler for 470')).length && found;
    }).catch((error: Error) => assert.fail(`${error.message}; last answer ${seen}`));
    const { command } = actions.find((a) => a.title.startsWith('Insert handler for 470'))!;
    assert.equal(command?.command, COMMANDS.insertHandler, 'in VS Code the quick fix runs the command');
    const fixed = await vscode.commands.executeCommand<string | undefined>(command.command, ...(command.arguments ?? []));
    const byCommand = await openScratchFile('on_failure.py', source);
    byCommand.selection = new vscode.Selection(position, position);
    const inserted = await vscode.commands.executeCommand<string | undefined>(COMMANDS.insertHandler);
    assert.ok(inserted && inserted === fixed, 'the same handler');
    assert.equal(byCommand.document.getText(), byQuickFix.document.getText(), 'inserted where the quick fix inserts');
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
      return settled;
    });
    const result = await pending;
    assert.ok(result, 'the quick pick was cancelled');
    assert.equal(result.action, 'show');
    // With nothing typed, the first item is selected: the catalog's first entry.
    assert.equal(result.entryId, cequensEntries()[0].id);
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

  test('Insert handler with an entry id: on the blank line at the cursor, in the function body', async () => {
    const editor = await untitled('python', 'def on_failure(error):\n    \n');
    editor.selection = new vscode.Selection(1, 4, 1, 4);
    const inserted = await vscode.commands.executeCommand<string | undefined>(COMMANDS.insertHandler, { entryId });
    assert.ok(inserted, 'nothing was inserted');
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], 'def on_failure(error):', 'the original text changed');
    assert.ok(lines[1].startsWith(`    # ${HEADING_470}`), `the handler starts on the cursor's line, indented: ${lines[1]}`);
    for (const line of lines.slice(1).filter((l) => l.trim() !== '')) assert.match(line, /^ {4}/, `inside the function: "${line}"`);
    assert.ok(lines.some((line) => /^ {8}\S/.test(line)), 'the body of the if block is one level deeper');
  });
});
