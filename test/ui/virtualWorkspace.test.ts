import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { CACHE, type CodeServer } from '../vscode/codeServer.mjs';
import { hoverCard, openWorkbench, runCommand, startOwnCodeServer } from './workbench';

/**
 * The packaged extension in a virtual workspace (its one folder a `memfs:` URI, no file on disk):
 * `capabilities.virtualWorkspaces` is "limited", so VS Code keeps it enabled; it serves the catalog
 * look-up and unsaved editors there (its documents are `file` and `untitled` ones).
 */
suite('UI: virtual workspace', () => {
  let server: CodeServer;
  let page: Page;
  suiteSetup(async () => {
    const workspace = join(CACHE, 'ui-virtual', 'virtual.code-workspace');
    mkdirSync(join(CACHE, 'ui-virtual'), { recursive: true });
    writeFileSync(workspace, JSON.stringify({ folders: [{ uri: 'memfs:/virtual' }] }));
    server = await startOwnCodeServer('ui-virtual', {});
    page = await openWorkbench(server.origin, workspace);
  });
  suiteTeardown(async () => {
    await page?.context().close();
    await server?.stop();
  });

  test('the look-up works, and an unsaved editor gets hover cards', async () => {
    await runCommand(page, 'Look up WhatsApp error code');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Look up WhatsApp error code' }).waitFor();
    await page.keyboard.press('Escape');
    await runCommand(page, 'New Untitled Text File');
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.type('ERROR whatsapp send failed code=470 Re-engagement message');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'ERROR whatsapp send failed code=4'.length; i++) await page.keyboard.press('ArrowRight');
    assert.match(await hoverCard(page, 470), /What to do:/);
  });
});
