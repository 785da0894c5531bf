import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { SAMPLES } from '../vscode/codeServer.mjs';
import { SCREENSHOTS, goTo, openFile, openWorkbench, runCommand, untilVisible } from './workbench';

const LOG = 'logs/gateway.log';
const LOG_LINES = readFileSync(join(SAMPLES, LOG), 'utf8').split('\n');

/** The summary view's page: a webview is an iframe holding the page's own iframe. */
function summaryPage(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The cells of one column of the summary table, top to bottom. */
async function column(view: FrameLocator, index: number): Promise<string[]> {
  return view.locator(`#codes tbody tr td:nth-child(${index + 1})`).allInnerTexts();
}

/** "Ln 12, Col 1" of the status bar, as [12, 1]. */
async function cursor(page: Page): Promise<[number, number]> {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  assert.ok(match, `status bar: ${text}`);
  return [Number(match[1]), Number(match[2])];
}

/** Runs "Developer: Inspect Editor Tokens and Scopes" at the cursor and returns the widget's text. */
async function inspectToken(page: Page): Promise<string> {
  const widget = page.locator('.token-inspect-widget');
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  await widget.locator('text=textmate scopes').waitFor();
  const text = await widget.innerText();
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
  return text;
}

/** The rendered token of the active editor's line `line` (1-based) whose text is `text` (or holds it). */
function tokenSpan(page: Page, line: number, text: string | RegExp): Locator {
  return page
    .locator('.editor-instance .monaco-editor .view-line')
    .filter({ hasText: LOG_LINES[line - 1].slice(0, 24) })
    .locator('span > span', { hasText: text })
    .first();
}

suite('UI: log triage', () => {
  let page: Page;
  suiteSetup(async () => {
    page = await openWorkbench();
  });
  suiteTeardown(() => page?.context().close());
  // Each test starts from the log alone: no summary beside it, no panel below.
  setup(async () => {
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    if (await page.locator('.part.panel.basepanel').isVisible()) {
      await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
      await page.locator('.part.panel.basepanel').waitFor({ state: 'hidden' });
    }
  });

  test('the error codes of gateway.log are listed in the Problems panel', async () => {
    await openFile(page, LOG);
    // Errors first: the authentication problems of the log's first lines.
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '401 MISSING_TOKEN' });
    await untilVisible(page, () => runCommand(page, 'Problems: Focus on Problems View'), row, 60_000);
    const text = (await row.first().innerText()).replace(/\s+/g, ' ');
    const line = LOG_LINES.findIndex((l) => l.includes('error=MISSING_TOKEN')) + 1;
    assert.match(text, new RegExp(`cequens ?\\(?401\\)? ?\\[Ln ${line}, Col \\d+\\]`), `source, code and place: ${text}`);
    // The remedy, as related information under it.
    await page.locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${line}, Col` }).filter({ hasText: 'What to do: ' }).first().waitFor();
    // As many as the log has codes (the summary counts them too), and squiggles in the editor.
    const badge = page.locator('.action-item', { hasText: /problems/i }).locator('.badge-content').first();
    assert.equal(await badge.innerText(), '19');
    // Squiggles in the editor too.
    await page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'problems-log.png'), animations: 'disabled' });
  });

  test('the summary view sorts by a heading and its line links move the cursor in the log', async () => {
    await openFile(page, LOG);
    await runCommand(page, 'CEQUENS: Summarize WhatsApp errors in this file');
    const view = summaryPage(page);
    await view.locator('#codes tbody tr').first().waitFor({ timeout: 60_000 });
    await view.locator('svg[aria-label="Count per code"] rect').first().waitFor();
    await page.locator('.tabs-container .tab', { hasText: 'WhatsApp errors in gateway.log' }).waitFor();
    assert.match(await view.locator('body > p.muted').innerText(), /^19 error codes, 17 distinct\.$/);
    // The picture: the summary's group maximized, so that the table is not squeezed.
    await runCommand(page, 'View: Toggle Maximize Editor Group');
    await page.locator('.tabs-container .tab', { hasText: /^gateway\.log/ }).first().waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(SCREENSHOTS, 'summary.png'), animations: 'disabled' });
    await runCommand(page, 'View: Toggle Maximize Editor Group');
    await page.locator('.tabs-container .tab', { hasText: /^gateway\.log/ }).first().waitFor();

    const headings = view.locator('#codes thead th');
    const count = 4;
    const code = 0;
    const numbers = async (index: number) => (await column(view, index)).map(Number);
    const before = await numbers(count);
    assert.deepEqual(before, [...before].sort((a, b) => b - a), 'most frequent first');

    await headings.nth(count).click();
    assert.equal(await headings.nth(count).getAttribute('aria-sort'), 'ascending');
    const ascending = await numbers(count);
    assert.deepEqual(ascending, [...before].sort((a, b) => a - b), 'counts ascending');
    await headings.nth(count).click();
    assert.equal(await headings.nth(count).getAttribute('aria-sort'), 'descending');
    assert.deepEqual(await numbers(count), [...before].sort((a, b) => b - a), 'counts descending');

    await headings.nth(code).click();
    const codes = await numbers(code);
    assert.deepEqual(codes, [...codes].sort((a, b) => a - b), 'codes ascending');
    assert.equal(await headings.nth(count).getAttribute('aria-sort'), null, 'one sorted column');
    // The rows move whole: each code keeps its count.
    const pairs = (c: number[], n: number[]) => c.map((x, i) => `${x}:${n[i]}`).sort();
    assert.deepEqual(pairs(codes, await numbers(count)), pairs(await numbers(code), await numbers(count)));

    // The 1015 row: its first and last line (1-based, as shown) are where the log has code=1015.
    const row1015 = view.locator('#codes tbody tr', { has: view.locator('td:first-child', { hasText: /^1015$/ }) });
    const first = LOG_LINES.findIndex((l) => l.includes('code=1015')) + 1;
    const last = LOG_LINES.findLastIndex((l) => l.includes('code=1015')) + 1;
    assert.ok(first > 0 && last > first, 'the sample log has 1015 on several lines');
    // The log's editor, focused, has its cursor at line 1.
    await page.keyboard.press('Control+1');
    await goTo(page, LOG, LOG_LINES[0].slice(0, 24), LOG_LINES[0].slice(0, 4));
    assert.deepEqual(await cursor(page), [1, 1]);

    await row1015.locator('td:nth-child(6) a').click();
    await untilLine(page, first);
    await row1015.locator('td:nth-child(7) a').click();
    await untilLine(page, last);
    // In the log's own editor, not a second one.
    assert.equal(await page.locator('.tabs-container .tab', { hasText: /^gateway\.log/ }).count(), 1);
  });

  test('the log grammar colours a code in gateway.log and leaves its own colours elsewhere', async () => {
    await openFile(page, LOG);
    const line = LOG_LINES.findIndex((l) => l.includes('whatsapp error 470')) + 1;

    await goTo(page, LOG, 'whatsapp error 470', '470');
    const code = await inspectToken(page);
    assert.match(code, /constant\.numeric\.integer\.error-code\.cequens/);
    assert.match(code, /text\.log/);

    await goTo(page, LOG, 'whatsapp error 470: Re-engagement message', 'Re-engagement');
    assert.match(await inspectToken(page), /keyword\.other\.error-title\.cequens/);

    await goTo(page, LOG, 'Z ERROR [send] whatsapp error 470', 'ERROR');
    const level = await inspectToken(page);
    assert.match(level, /log\.error/, 'the log grammar marks the level');
    assert.doesNotMatch(level, /cequens/, 'the injection leaves it alone');

    await goTo(page, LOG, '2025-03-14T09:00:07.663Z', '2025');
    const date = await inspectToken(page);
    assert.match(date, /log\.date/);
    assert.doesNotMatch(date, /cequens/);

    // What the theme makes of it: the code, the level and plain text are three colours.
    // Runs in the page, which has a DOM (this project's types have none).
    const colour = (token: Locator) =>
      token.evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(e).color);
    const [codeColour, levelColour, plainColour] = await Promise.all([
      colour(tokenSpan(page, line, /^470$/)),
      colour(tokenSpan(page, line, /^ERROR$/)),
      colour(tokenSpan(page, line, 'whatsapp error')),
    ]);
    assert.notEqual(codeColour, plainColour, 'the code is coloured');
    assert.notEqual(levelColour, plainColour, 'the level keeps the log grammar colour');
    assert.notEqual(codeColour, levelColour);
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.screenshot({ path: join(SCREENSHOTS, 'log-highlighting.png'), animations: 'disabled' });
  });
});

/** Waits until the status bar shows the cursor at the start of `line` (1-based). */
async function untilLine(page: Page, line: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [at, col] = await cursor(page);
    if (at === line && col === 1) return;
    if (Date.now() > deadline) assert.fail(`the cursor is at line ${at}, column ${col}, not at line ${line}`);
    await page.waitForTimeout(100);
  }
}
