import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { SCREENSHOTS, openFile, openWorkbench, runCommand } from './workbench';

suite('UI: command palette', () => {
  let page: Page;
  suiteSetup(async () => {
    page = await openWorkbench();
  });
  suiteTeardown(() => page?.context().close());

  test('"Look up WhatsApp error code…" finds 470 and opens its card', async () => {
    await openFile(page, 'javascript/webhook.js');
    await runCommand(page, 'Look up WhatsApp error code');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Look up WhatsApp error code' }).waitFor();
    await input.fill('470');
    const [entry] = cequensEntries().filter((e) => e.code === 470);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: `470  ${entry.title}` }).first();
    await row.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'lookup.png'), animations: 'disabled' });
    await page.keyboard.press('Enter');

    // The card opens in the Markdown preview beside the editor.
    await page.locator('.tabs-container .tab', { hasText: 'WhatsApp error card' }).first().waitFor({ timeout: 30_000 });
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe').locator('h3', { hasText: '470' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'card.png'), animations: 'disabled' });
  });
});
