import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../shared/src/contributions';
import { activateExtension, closeAllEditors, hoverMarkdown, openSample, openScratchFile, positionOf, waitFor } from './helper';
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

  test('131047 names its twin 470, and 470 its twin 131047', async () => {
    const { document } = await openSample('typescript/cloudApiErrors.ts');
    const cloud = await waitFor('the card of 131047', async () => {
      const text = await hoverAt(document, positionOf(document, '[131047, 470]', '131047'));
      return /###\s*131047/.test(text) && text;
    });
    assert.match(cloud, /On\\?-Premises 470/);
    const onPremises = await hoverAt(document, positionOf(document, '[131047, 470]', '470'));
    assert.match(onPremises, /###\s*470[\s\S]*Cloud API 131047/);
  });

  test('cequens.catalogs: without the Cloud API catalog, 131047 has no card; with it again, it has', async () => {
    const { document } = await openSample('typescript/cloudApiErrors.ts');
    const at = positionOf(document, '[131047, 470]', '131047');
    const onPremises = positionOf(document, '[131047, 470]', '470');
    const settings = vscode.workspace.getConfiguration('cequens');
    await settings.update('catalogs', ['CEQUENS'], vscode.ConfigurationTarget.Global);
    try {
      // The server restarts with the CEQUENS table only: 470 keeps its card, 131047 loses its own.
      await waitFor('131047 without a card', async () => !/###/.test(await hoverAt(document, at)) && /###\s*470/.test(await hoverAt(document, onPremises)));
    } finally {
      await settings.update('catalogs', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('131047 with its card again', async () => /###\s*131047/.test(await hoverAt(document, at)));
  });

  test('a card links to "Open in catalog" and "Insert handler", trusting exactly those two commands', async () => {
    const editor = await openScratchFile('links.js', 'function onWhatsAppFailure(err) {\n  console.warn("WhatsApp error 470", err);\n}\n');
    const position = positionOf(editor.document, '470');
    const hovers = await waitFor('a card with links', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return /command:/.test(hoverMarkdown(found ?? [])) && found;
    });
    const card = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && /command:/.test(c.value))!;
    assert.deepEqual(card.isTrusted, { enabledCommands: [COMMANDS.lookUp, COMMANDS.insertHandler] });
    const insert = /\[Insert handler\]\(command:([\w.]+)\?([^)]+)\)/.exec(card.value);
    assert.ok(insert, card.value);
    const before = editor.document.getText();
    const inserted = await vscode.commands.executeCommand<string>(insert[1], ...JSON.parse(decodeURIComponent(insert[2])));
    assert.ok(inserted && editor.document.getText().length === before.length + inserted.length, 'the link inserted the handler');
    assert.match(editor.document.getText(), /if \(err\.code === 470\) \{/);
  });
});
