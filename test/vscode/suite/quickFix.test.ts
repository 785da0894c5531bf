import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openSample, openScratchFile, positionOf, waitFor } from './helper';
import { SAMPLE_CODES } from './samples';

const TITLE = 'Insert handler for';

async function handlerActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
  );
  // A bare Command has a string `command`; a CodeAction has an optional Command object.
  return (actions ?? []).filter(
    (a): a is vscode.CodeAction => typeof a.command !== 'string' && a.title.startsWith(TITLE),
  );
}

suite('Quick fix: Insert handler', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);
  suiteTeardown(closeAllEditors);

  for (const sample of SAMPLE_CODES.filter((s) => s.handler)) {
    test(`${sample.code} in ${sample.file}`, async () => {
      const { document } = await openSample(sample.file);
      const original = document.getText();
      const start = positionOf(document, sample.needle, sample.inner);
      const range = new vscode.Range(start, start.translate(0, sample.inner.length));
      const actions = await waitFor(`"${TITLE} ${sample.code} …"`, () => handlerActions(document, range).then((a) => a.length > 0 && a));
      const action = actions.find((a) => a.title.startsWith(`${TITLE} ${sample.code}`));
      assert.ok(action, `no "${TITLE} ${sample.code}" among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);

      // Apply it as the light bulb does: the edit, then the command if any.
      assert.ok(action.edit || action.command, 'the action neither edits nor runs a command');
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit was not applied');
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));

      const inserted = action.edit?.get(document.uri) ?? [];
      const text = document.getText();
      assert.ok(text.length > original.length, 'nothing was inserted');
      for (const edit of inserted) assert.ok(text.includes(edit.newText), 'the snippet is not in the document');
      if (inserted.length === 1 && inserted[0].range.isEmpty) {
        const offset = document.offsetAt(inserted[0].range.start);
        assert.equal(text.slice(0, offset) + text.slice(offset + inserted[0].newText.length), original, 'original text changed');
      } else {
        assert.ok(isSubsequence(original, text), 'the original text is not all still there');
      }
    });
  }

  test('the handler lands as a snippet: its helper is selected, Tab moves to the next one, the text is what the server placed', async () => {
    const source = "// WhatsApp sends\nfunction onFailure(err) {\n  console.warn('WhatsApp error 429', err);\n}\n";
    const editor = await openScratchFile('snippet.js', source);
    const { document } = editor;
    const start = positionOf(document, '429', '429');
    const [action] = await waitFor('the quick fix', () => handlerActions(document, new vscode.Range(start, start)).then((a) => a.length > 0 && a));
    assert.equal(action.edit, undefined, 'VS Code gets the command, not the plain edit');
    const inserted = await vscode.commands.executeCommand<string>(action.command!.command, ...(action.command!.arguments ?? []));
    const text = document.getText();
    assert.ok(inserted && text.length === source.length + inserted.length && text.includes(inserted), 'the document holds exactly the placed text');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), 'resendMessage', 'the first helper is selected, ready to rename');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.match(active.document.getText(active.selection), /^CEQUENS 429 /, 'Tab goes on to the message');
  });
});

/** True when every character of `small` appears in `big`, in order (insert-only edits). */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}
