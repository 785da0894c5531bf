import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import type { CodeServer } from '../vscode/codeServer.mjs';
import { goTo, hoverCard, openFile, openWorkbench, startOwnCodeServer } from './workbench';

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
});
