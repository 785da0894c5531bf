import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { SCREENSHOTS, goTo, hoverCard, openFile, openWorkbench, showHover } from './workbench';

suite('UI: hover cards', () => {
  let page: Page;
  suiteSetup(async () => {
    page = await openWorkbench();
  });
  suiteTeardown(() => page?.context().close());

  test('hover over 470 in a TypeScript file shows its card', async () => {
    await openFile(page, 'typescript/sendWhatsApp.ts');
    await goTo(page, 'typescript/sendWhatsApp.ts', 'code === 470', '470');
    const text = await hoverCard(page, 470);
    assert.match(text, /What to do:/);
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-card.png'), animations: 'disabled' });
  });

  test('hover over a bare 401 shows the compact card of its five meanings', async () => {
    await openFile(page, 'typescript/sendWhatsApp.ts');
    await goTo(page, 'typescript/sendWhatsApp.ts', 'case 401', '401');
    const card = page.locator('.monaco-hover .rendered-markdown', { hasText: '401 can mean 5 things' });
    await showHover(page, card);
    const text = await card.first().innerText();
    for (const entry of cequensEntries().filter((e) => e.code === 401)) assert.ok(text.includes(entry.stringCode ?? entry.title), entry.id);
    assert.doesNotMatch(text, /What to do:/, 'compact: no meaning in full');
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-compact.png'), animations: 'disabled' });
  });

  test('hover over 131047 shows its Cloud API card with its twin 470', async () => {
    await openFile(page, 'typescript/cloudApiErrors.ts');
    await goTo(page, 'typescript/cloudApiErrors.ts', '[131047, 470]', '131047');
    const text = await hoverCard(page, 131047);
    assert.match(text, /Same meaning elsewhere: On-Premises 470 · Twilio 63016/);
    assert.match(text, /What to do:/);
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-card-cloud.png'), animations: 'disabled' });
  });

  test('hover over code=1008 in a gateway log shows its card', async () => {
    await openFile(page, 'logs/gateway.log');
    await goTo(page, 'logs/gateway.log', 'code=1008', '1008');
    const text = await hoverCard(page, 1008);
    assert.match(text, /What to do:/);
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-card-log.png'), animations: 'disabled' });
  });

});
