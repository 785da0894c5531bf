import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hoverMarkdown, openSample, positionOf, waitFor } from './helper';
import { NOT_A_CODE, SAMPLE_CODES } from './samples';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverMarkdown(hovers ?? []);
}

suite('Hover cards', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  for (const sample of SAMPLE_CODES) {
    test(`${sample.code} in ${sample.file}`, async () => {
      const { document } = await openSample(sample.file);
      const position = positionOf(document, sample.needle, sample.inner);
      // The card's heading: "### 470 Re-engagement message".
      const heading = new RegExp(`###\\s*${sample.code}\\b`);
      const markdown = await waitFor(`a card for ${sample.code}`, async () => {
        const text = await hoverAt(document, position);
        return heading.test(text) && text;
      });
      assert.match(markdown, /\*\*What to do:\*\*/);
    });
  }

  test('no card on a number that is not an error code', async () => {
    const { document } = await openSample(NOT_A_CODE.file);
    // The same document has a card elsewhere: wait for the server to know it, then ask beside it.
    const code = positionOf(document, 'code=1008', '1008');
    await waitFor('the server to analyse the log', async () => /###/.test(await hoverAt(document, code)));
    const markdown = await hoverAt(document, positionOf(document, NOT_A_CODE.needle, NOT_A_CODE.inner));
    assert.doesNotMatch(markdown, /###/);
  });
});
