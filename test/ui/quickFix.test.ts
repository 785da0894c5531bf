import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, goTo, openFile, openWorkbench, runCommand, untilNoBackups, untilVisible, visibleText } from './workbench';

suite('UI: quick fix', () => {
  let page: Page;
  suiteSetup(async () => {
    page = await openWorkbench();
  });
  suiteTeardown(() => page?.context().close());

  test('Ctrl+. on 470 offers "Insert handler for 470 …" and applying it inserts the handler', async () => {
    const file = 'typescript/sendWhatsApp.ts';
    await openFile(page, file);
    await goTo(page, file, 'result.error?.code === 470', '470');
    const before = await visibleText(page);

    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert handler for 470' }).first();
    await untilVisible(page, () => page.keyboard.press('Control+.'), item);
    await page.screenshot({ path: join(SCREENSHOTS, 'quick-fix.png'), animations: 'disabled' });
    // Pointer events are blocked while the menu opens: choose the item with the keyboard.
    const focused = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Insert handler for 470' });
    for (let i = 0; i < 20 && !(await focused.isVisible()); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await page.locator('.tabs-container .tab.active.dirty').waitFor();
    const after = await visibleText(page);
    assert.notEqual(after, before, 'the editor shows the same text');
    assert.ok(after.split('\n').length >= before.split('\n').length);
    assert.match(after, /result\.error\?\.code === 470/, 'the original line is gone');
    // A snippet: its first helper is selected, ready to rename.
    assert.match(after, /await sendTemplateMessage\(\)/);
    await page.screenshot({ path: join(SCREENSHOTS, 'quick-fix-applied.png'), animations: 'disabled' });
    await runCommand(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    await untilNoBackups();
  });
});
