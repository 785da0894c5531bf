// Writing handlers in the workbench, as the README shows them: completion of codes, titles inline,
// missing cases, and the policy checks with the retry-permanent and failed-status-errors quick fixes.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { CACHE } from '../vscode/codeServer.mjs';
import { SCREENSHOTS, goTo, openFile, openWorkbench, runCommand, showHover, untilNoBackups, untilVisible, visibleText } from './workbench';

const SAMPLE = 'typescript/cloudApiErrors.ts';

/** Reverts the active editor's edits and waits until code-server keeps no backup of them. */
async function revert(page: Page): Promise<void> {
  await runCommand(page, 'File: Revert File');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  await untilNoBackups();
}

/** Opens the Ctrl+. menu until it lists `title`. */
async function actionsMenu(page: Page, title: string): Promise<void> {
  await untilVisible(page, () => page.keyboard.press('Control+.'), page.locator('.action-widget .monaco-list-row', { hasText: title }).first());
}

/** Chooses the item of the open Ctrl+. menu that lists `title`: with the keyboard, since pointer events are blocked while the menu opens. */
async function chooseAction(page: Page, title: string): Promise<void> {
  const focused = page.locator('.action-widget .monaco-list-row.focused', { hasText: title });
  for (let i = 0; i < 20 && !(await focused.isVisible()); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

suite('UI: writing handlers', () => {
  let page: Page;
  suiteSetup(async () => {
    page = await openWorkbench();
  });
  suiteTeardown(() => page?.context().close());

  test('typing a case in a switch of codes offers the codes with their titles', async () => {
    await openFile(page, SAMPLE);
    await goTo(page, SAMPLE, "return 'compare the parameters with the approved template';", ';');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('case 1310');
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: '131047' }).first();
    await untilVisible(page, () => page.keyboard.press('Control+Space'), row);
    assert.match(await row.innerText(), /Re-engagement message/);
    await page.screenshot({ path: join(SCREENSHOTS, 'completion.png'), animations: 'disabled' });
    await page.keyboard.press('Escape');
    await revert(page);
  });

  test("a bare code's title shows after it", async () => {
    await openFile(page, SAMPLE);
    await goTo(page, SAMPLE, 'case 131056', '131056');
    await page.locator('.view-lines', { hasText: 'Pair rate limit hit' }).first().waitFor();
    const text = await visibleText(page);
    assert.match(text, /case 131056:\s*Pair rate limit hit/);
    await page.screenshot({ path: join(SCREENSHOTS, 'titles-inline.png'), animations: 'disabled' });
  });

  test('Ctrl+. in a switch of codes offers its missing cases', async () => {
    await openFile(page, SAMPLE);
    await goTo(page, SAMPLE, 'case 131049', '131049');
    await actionsMenu(page, 'Add the missing transient codes of the Cloud API rate limit family');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Add all missing codes of the families handled here' }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'missing-cases.png'), animations: 'disabled' });
    await page.keyboard.press('Escape');
  });
});

/** A webhook handler with a policy check's finding of each kind: not a sample (the samples handle their codes as they mean). */
const POLICY_FOLDER = join(CACHE, 'ui', 'policy');
const POLICY_FILE = 'statusWebhook.ts';
const POLICY_SOURCE = [
  '// WhatsApp Cloud API: sends and the status webhook.',
  'export const RETRYABLE_CODES = [130429, 131056, 131047];',
  '',
  'export function onError(err: { code: number }, retry: () => void, markFailed: () => void): void {',
  '  if (RETRYABLE_CODES.includes(err.code)) retry();',
  '  switch (err.code) {',
  '    case 130429:',
  '      markFailed();',
  '      break;',
  '  }',
  '}',
  '',
  'export function onStatus(status: { id: string; status: string }, markFailed: (id: string) => void): void {',
  "  if (status.status === 'failed') {",
  '    markFailed(status.id);',
  '  }',
  '}',
  '',
].join('\n');

suite('UI: policy checks', () => {
  let page: Page;
  suiteSetup(async () => {
    mkdirSync(POLICY_FOLDER, { recursive: true });
    writeFileSync(join(POLICY_FOLDER, POLICY_FILE), POLICY_SOURCE);
    // A window on that folder, once its explorer lists the file.
    page = await openWorkbench();
    await page.goto(`${process.env.CEQUENS_UI_ORIGIN}/?folder=${encodeURIComponent(POLICY_FOLDER)}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: POLICY_FILE }).waitFor();
  });
  suiteTeardown(async () => {
    await page?.context().close();
    rmSync(POLICY_FOLDER, { recursive: true, force: true });
  });

  /** Hovers the code of `needle` until its warning says `message`, and takes the README's screenshot of it. */
  async function warningShown(needle: string, code: string, message: string, screenshot: string): Promise<void> {
    await openFile(page, POLICY_FILE);
    await goTo(page, POLICY_FILE, needle, code, POLICY_FOLDER);
    await showHover(page, page.locator('.monaco-hover', { hasText: message }).first());
    await page.screenshot({ path: join(SCREENSHOTS, screenshot), animations: 'disabled' });
    await page.keyboard.press('Escape');
  }

  test('a permanent code in a set for retrying is a warning that says what to do instead', () =>
    warningShown('131047]', '131047', '131047 is permanent: retrying will not help', 'policy-check.png'));

  test('a transient code given up on is a warning that says to retry with back-off', () =>
    warningShown('case 130429', '130429', '130429 is transient: it is treated as final here', 'policy-check-final.png'));

  /** Applies the quick fix `title` on the code of `needle`, after the README's screenshot of the menu; the applied text matches `applied`. */
  async function quickFixApplied(needle: string, code: string, title: string, screenshot: string, applied: RegExp): Promise<void> {
    await openFile(page, POLICY_FILE);
    await goTo(page, POLICY_FILE, needle, code, POLICY_FOLDER);
    await actionsMenu(page, title);
    await page.screenshot({ path: join(SCREENSHOTS, screenshot), animations: 'disabled' });
    await chooseAction(page, title);
    await page.locator('.tabs-container .tab.active.dirty').waitFor();
    assert.match(await visibleText(page), applied);
    await revert(page);
  }

  test('the quick fix on a permanent code in a set for retrying leaves it out where the set is tested', () =>
    quickFixApplied('131047]', '131047', 'Leave 131047 out where RETRYABLE_CODES is tested', 'policy-check-retry-fix.png', /if \(err\.code !== 131047 && RETRYABLE_CODES\.includes\(err\.code\)\) retry\(\);/));

  test("a failed status without its errors: the quick fix keeps each error's code, title, details and href", () =>
    quickFixApplied("'failed'", 'failed', "Keep the failed status's errors", 'policy-check-fix.png', /keepStatusErrors\(statusErrors\);/));
});
