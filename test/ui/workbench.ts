/** Driving the code-server workbench with Playwright: open files, move the cursor, run commands. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CACHE, CHROMIUM, ROOT, SAMPLES, installCodeServer, startCodeServer, type CodeServer } from '../vscode/codeServer.mjs';

// Each test file is its own bundle: keep the one browser on the global object.
const shared = globalThis as { __cequensBrowser?: Promise<Browser>; __cequensPage?: Page };

/**
 * Where the tests' screenshots go: the README's pictures in docs/ when they are being refreshed
 * (`npm run docs:screenshots`), otherwise .cache/ui/screenshots, so that a test run leaves the
 * tree as it found it.
 */
export const SCREENSHOTS = process.env.CEQUENS_UPDATE_DOCS === '1' ? join(ROOT, 'docs') : join(CACHE, 'ui', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Waits until the shared code-server keeps no backup of an edited file. A test that reverts its edit
 * and closes its window at once can leave the backup behind (it is discarded after the revert, in
 * the background), and the next test's window would restore the file, dirty.
 */
export async function untilNoBackups(timeoutMs = 15_000): Promise<void> {
  const folder = join(CACHE, 'ui', 'user-data', 'User', 'Backups');
  const backups = () =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name !== 'workspaces.json').map((f) => join(f.parentPath, f.name))
      : [];
  const deadline = Date.now() + timeoutMs;
  for (let left = backups(); left.length > 0; left = backups()) {
    if (Date.now() > deadline) throw new Error(`backups of edited files are still there: ${left.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where the hooks install the packaged extension, for every code-server of the UI tests. */
export const EXTENSIONS_DIR = join(CACHE, 'ui', 'extensions');

/**
 * A new browser window on the workbench with samples/ open, once the explorer shows the files: of
 * the code-server the hooks started, or of the one at `origin`. With `workspace` (a .code-workspace
 * file), that workspace instead, once the workbench is up.
 */
export async function openWorkbench(origin = process.env.CEQUENS_UI_ORIGIN, workspace?: string): Promise<Page> {
  if (!origin) throw new Error('CEQUENS_UI_ORIGIN is not set: run the UI tests with `npm run test:ui`');
  const browser = await (shared.__cequensBrowser ??= chromium.launch(CHROMIUM));
  const context = await browser.newContext({
    viewport: { width: 1280, height: 760 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  shared.__cequensPage = page;
  await page.goto(workspace ? `${origin}/?workspace=${encodeURIComponent(workspace)}` : `${origin}/?folder=${encodeURIComponent(SAMPLES)}`);
  await page.locator('.monaco-workbench').waitFor();
  if (!workspace) await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'typescript' }).waitFor();
  else await reloadIfFolderless(page);
  return page;
}

/**
 * code-server now and then opens a workspace file a test has just written with no folder in it (its
 * explorer says none was added; twice in the last two fresh-clone runs, in two suites): the window
 * is loaded once more then, as a user would.
 */
async function reloadIfFolderless(page: Page): Promise<void> {
  const folder = page.locator('.explorer-folders-view .monaco-list-row').first();
  const folderless = page.getByText('You have not yet added a folder to the workspace');
  await Promise.race([folder.waitFor(), folderless.waitFor()].map((shown) => shown.catch(() => undefined)));
  if (!(await folderless.isVisible())) return;
  await page.reload();
  await folder.waitFor();
}

/**
 * A code-server of a test's own, with the packaged extension the hooks installed and `settings`
 * (workspace trust, say) that the shared one does not have.
 */
export function startOwnCodeServer(name: string, settings: Record<string, unknown>): Promise<CodeServer> {
  return startCodeServer({ bin: installCodeServer(), name, extensionsDir: EXTENSIONS_DIR, settings });
}

/** Saves what the latest window shows (for a failed test) to .cache/ui/failures/<name>.png. */
export async function screenshotLatest(name: string): Promise<string | undefined> {
  const page = shared.__cequensPage;
  if (!page || page.isClosed()) return undefined;
  const path = join(ROOT, '.cache', 'ui', 'failures', `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path }).catch(() => undefined);
  return path;
}

export async function closeBrowser(): Promise<void> {
  const browser = shared.__cequensBrowser;
  shared.__cequensBrowser = undefined;
  await (await browser)?.close();
}

/** Opens a file of samples/ with Quick Open and waits for its editor. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.split('/').pop() ?? relativePath;
  await page.keyboard.press('Control+P');
  await quickInput(page, relativePath, name);
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Puts the cursor on `inner` in the first `needle` of the file of `folder` (position found in its text). */
export async function goTo(page: Page, relativePath: string, needle: string, inner: string, folder = SAMPLES): Promise<void> {
  const text = readFileSync(join(folder, relativePath), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${relativePath}`);
  const offset = at + needle.indexOf(inner);
  const lines = text.slice(0, offset).split('\n');
  await page.keyboard.press('Control+G');
  await quickInput(page, `:${lines.length}:${lines[lines.length - 1].length + 1}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

/**
 * Runs a command from the command palette (F1) by its title. Asks again until the command is listed:
 * the extension's commands appear once the remote extension host has started.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await untilVisible(
    page,
    async () => {
      await page.keyboard.press('F1');
      await quickInput(page, `>${title}`);
    },
    row,
  );
  await page.keyboard.press('Enter');
}

/**
 * Types into the quick input once it is up (with the mode's prefix: ">" commands, ":" line);
 * waits for a row holding `row` when given.
 */
async function quickInput(page: Page, text: string, row?: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(text);
  if (row) await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
}

/** The text the active editor shows (Monaco renders spaces as no-break spaces). */
export async function visibleText(page: Page): Promise<string> {
  const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/**
 * Repeats `act` (e.g. a key press that asks the server) until `target` shows: the server may not
 * have analysed a file that has just been opened. Fails after `timeoutMs`.
 */
export async function untilVisible(page: Page, act: () => Promise<void>, target: Locator, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Each try waits longer: on a busy machine a request may take more than the first wait, and asking
  // again cancels it.
  for (let wait = 2_000; ; wait = Math.min(2 * wait, 10_000)) {
    await act();
    try {
      await target.waitFor({ timeout: wait });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) until `card` is visible in it. */
export async function showHover(page: Page, card: Locator): Promise<void> {
  await untilVisible(
    page,
    async () => {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    },
    card,
  );
}

/** Shows the hover at the cursor and returns the card's text once it names `code`. */
export async function hoverCard(page: Page, code: number): Promise<string> {
  await showHover(page, page.locator('.monaco-hover .rendered-markdown h3', { hasText: String(code) }));
  return page.locator('.monaco-hover').first().innerText();
}
