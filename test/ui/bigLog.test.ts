// A log over VS Code's 50 MB sync limit: VS Code shows it but hands it to no extension. The status
// bar offers to summarize it; the server reads it from disk, and its summary and problems appear.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { CACHE, SAMPLES } from '../vscode/codeServer.mjs';
import { openWorkbench, runCommand, untilVisible } from './workbench';

const FOLDER = join(CACHE, 'ui', 'big-log');
const BIG_LOG = join(FOLDER, 'gateway-big.log');
/** The sample log's codes (the triage suite counts them in its summary), and how often they repeat. */
const SAMPLE_CODES = 19;
const SAMPLE_DISTINCT = 17;

suite('UI: a log too big for VS Code to hand to extensions', () => {
  let page: Page;
  let copies = 0;
  suiteSetup(async () => {
    const sample = readFileSync(join(SAMPLES, 'logs', 'gateway.log'), 'utf8');
    const block = sample.endsWith('\n') ? sample : `${sample}\n`;
    copies = Math.ceil((60 * 1024 * 1024) / Buffer.byteLength(block));
    mkdirSync(FOLDER, { recursive: true });
    writeFileSync(BIG_LOG, block.repeat(copies));
    // A workspace of its own: the file is not part of samples/, which the UI tests leave as they found it.
    const workspace = join(FOLDER, 'big-log.code-workspace');
    writeFileSync(workspace, JSON.stringify({ folders: [{ path: '.' }] }));
    page = await openWorkbench(undefined, workspace);
  });
  suiteTeardown(async () => {
    await page?.context().close();
    rmSync(FOLDER, { recursive: true, force: true });
  });

  test('the status bar offers its summary, which counts every code, and its codes are listed as problems', async function () {
    this.timeout(10 * 60_000); // the server reads 60 MB from disk
    await openBig(page);

    const offer = page.locator('.statusbar-item', { hasText: 'Summarize WhatsApp errors' });
    await offer.waitFor({ timeout: 60_000 });
    await offer.click();
    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const total = SAMPLE_CODES * copies;
    await view.locator('body > p.muted', { hasText: new RegExp(`^${total} error codes, ${SAMPLE_DISTINCT} distinct\\.$`) }).waitFor({ timeout: 300_000 });
    await page.locator('.tabs-container .tab', { hasText: 'WhatsApp errors in gateway-big.log' }).waitFor();

    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '401 MISSING_TOKEN' });
    await untilVisible(page, () => runCommand(page, 'Problems: Focus on Problems View'), row, 60_000);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'gateway-big.log' }).first().waitFor();
  });
});

/** Opens the big log with Quick Open, past VS Code's question whether to open a file this large. */
async function openBig(page: Page): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill('gateway-big.log');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'gateway-big.log' }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: 'gateway-big.log' }).waitFor({ timeout: 60_000 });
  const openAnyway = page.locator('.editor-instance .monaco-button', { hasText: /open anyway/i }).first();
  const lines = page.locator('.editor-instance .monaco-editor .view-lines').first();
  await Promise.race([openAnyway.waitFor({ timeout: 60_000 }), lines.waitFor({ timeout: 60_000 })]);
  if (await openAnyway.isVisible()) await openAnyway.click();
  await lines.waitFor({ timeout: 60_000 });
}
