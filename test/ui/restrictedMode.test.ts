import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { CACHE, type CodeServer } from '../vscode/codeServer.mjs';
import { goTo, hoverCard, openFile, openWorkbench, runCommand, showHover, startOwnCodeServer } from './workbench';

/**
 * The packaged extension in Restricted Mode: a code-server of its own with workspace trust on, whose
 * folder is not trusted. The extension runs no workspace content, so it declares that it works
 * there (`capabilities.untrustedWorkspaces` in package.json); without that, VS Code disables it.
 */
suite('UI: Restricted Mode', () => {
  let server: CodeServer;
  let page: Page;
  suiteSetup(async () => {
    server = await startOwnCodeServer('ui-restricted', {
      'security.workspace.trust.enabled': true,
      // The folder opens untrusted, without asking.
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.emptyWindow': false,
    });
    page = await openWorkbench(server.origin);
  });
  suiteTeardown(async () => {
    await page?.context().close();
    await server?.stop();
  });

  test('in an untrusted folder, hover cards still show', async () => {
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
    await openFile(page, 'typescript/sendWhatsApp.ts');
    await goTo(page, 'typescript/sendWhatsApp.ts', 'code === 470', '470');
    assert.match(await hoverCard(page, 470), /What to do:/);
  });

  test('in an untrusted folder no team catalog is read; once trusted, it is', async () => {
    const folder = join(CACHE, 'ui-restricted-team', 'project');
    mkdirSync(join(folder, '.cequens'), { recursive: true });
    writeFileSync(join(folder, '.cequens', 'catalog.json'), JSON.stringify({ overrides: { 'cequens:470': { remedy: 'Page the Acme on-call.' } } }));
    writeFileSync(join(folder, 'send.ts'), '// WhatsApp sender\nif (err.code === 470) reopen();\n');
    const workspace = join(CACHE, 'ui-restricted-team', 'team.code-workspace');
    writeFileSync(workspace, JSON.stringify({ folders: [{ path: folder }] }));
    await page.context().close();
    page = await openWorkbench(server.origin, workspace);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'send.ts' }).waitFor();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
    await openFile(page, 'send.ts');
    await goTo(page, 'send.ts', 'code === 470', '470', folder);
    const untrusted = await hoverCard(page, 470);
    assert.match(untrusted, /What to do:/);
    assert.doesNotMatch(untrusted, /Acme on-call/);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Workspaces: Manage Workspace Trust');
    await page.getByRole('button', { name: /^Trust/ }).first().click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'detached' });
    await page.locator('.tabs-container .tab', { hasText: 'send.ts' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'send.ts' }).waitFor();
    await goTo(page, 'send.ts', 'code === 470', '470', folder);
    await showHover(page, page.locator('.monaco-hover', { hasText: 'Acme on-call' }));
  });
});
