import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import type { Page } from 'playwright-core';
import { CACHE, type CodeServer } from '../vscode/codeServer.mjs';
import { goTo, openFile, openWorkbench, showHover, startOwnCodeServer, untilVisible, visibleText } from './workbench';

/**
 * The packaged extension on a folder of a team that uses a code of its own (9001): the quick fix adds
 * it to a new `.cequens/catalog.json`, opened at the title to fill in; what is typed there is on the
 * card at once; a wrong field is a problem of the file (the server's, and VS Code's from the schema
 * copy its `$schema` names).
 */
suite('UI: team catalog', () => {
  const folder = join(CACHE, 'ui-team', 'project');
  let server: CodeServer;
  let page: Page;
  suiteSetup(async () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'send.ts'), '// WhatsApp sender\nif (err.code === 9001) resync();\n');
    const workspace = join(CACHE, 'ui-team', 'team.code-workspace');
    writeFileSync(workspace, JSON.stringify({ folders: [{ path: folder }] }));
    server = await startOwnCodeServer('ui-team', { 'files.hotExit': 'off' });
    page = await openWorkbench(server.origin, workspace);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'send.ts' }).waitFor();
  });
  suiteTeardown(async () => {
    await page?.context().close();
    await server?.stop();
  });

  test('"Add 9001 to the team catalog" creates the file at its title; the title typed is on the card; a wrong field is a problem', async () => {
    await openFile(page, 'send.ts');
    await goTo(page, 'send.ts', 'code === 9001', '9001', folder);
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Add 9001 to the team catalog' }).first();
    await untilVisible(page, () => page.keyboard.press('Control+.'), item);
    const focused = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Add 9001 to the team catalog' });
    for (let i = 0; i < 20 && !(await focused.isVisible()); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await page.locator('.tabs-container .tab.active', { hasText: 'catalog.json' }).waitFor();
    assert.ok(existsSync(join(folder, '.cequens', 'catalog.json')), 'the file was not created');
    assert.match(await visibleText(page), /"title": "TODO: the name of 9001"/);
    // The title is selected: typing replaces it.
    await page.keyboard.type('WA_TEMPLATE_STALE');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: '"WA_TEMPLATE_STALE",' }).first().waitFor();

    await page.locator('.tabs-container .tab', { hasText: 'send.ts' }).click();
    await goTo(page, 'send.ts', 'code === 9001', '9001', folder);
    await showHover(page, page.locator('.monaco-hover h3', { hasText: '9001 WA_TEMPLATE_STALE' }));

    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: 'catalog.json' }).click();
    // Below `{`, the `$schema` line kept: VS Code's JSON server loads the schema's copy it names beside the file (no network).
    assert.match(await visibleText(page), /"\$schema": "\.\/catalog\.schema\.json"/);
    assert.ok(existsSync(join(folder, '.cequens', 'catalog.schema.json')), 'the schema copy was not written');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"extendNeverCode": [1],');
    // The server's problem (its message) and VS Code's own, from the schema `$schema` names.
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'unknown field "extendNeverCode"' }).waitFor();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Property extendNeverCode is not allowed' }).waitFor();
  });

  // A folder added after start (the `.code-workspace` file edited, as *Add Folder to Workspace* does).
  // In code-server 4.100 the card shows even without the server's `workspace/didChangeWorkspaceFolders`
  // (the client restarts the server on the configuration change the new folder brings);
  // test/protocol/teamCatalogs.test.ts checks the notification itself, which other editors send.
  test('a folder added to the workspace has its team catalog read: its code gets a card', async () => {
    const first = join(CACHE, 'ui-team', 'first');
    const added = join(CACHE, 'ui-team', 'billing');
    const workspace = join(CACHE, 'ui-team', 'folders.code-workspace');
    for (const dir of [first, added]) rmSync(dir, { recursive: true, force: true });
    mkdirSync(first, { recursive: true });
    mkdirSync(join(added, '.cequens'), { recursive: true });
    writeFileSync(join(first, 'notes.txt'), 'nothing here\n');
    writeFileSync(join(added, 'billing.ts'), '// WhatsApp sender\nif (err.code === 9001) resync();\n');
    writeFileSync(join(added, '.cequens', 'catalog.json'), JSON.stringify({ extendEntries: [{ provider: 'Acme', code: 9001, title: 'WA_TEMPLATE_STALE', remedy: 'Re-sync templates.' }] }));
    writeFileSync(workspace, JSON.stringify({ folders: [{ path: first }] }));
    await page.context().close();
    page = await openWorkbench(server.origin, workspace);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notes.txt' }).waitFor();

    writeFileSync(workspace, JSON.stringify({ folders: [{ path: first }, { path: added }] }));
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'billing' }).first().waitFor();
    await openFile(page, 'billing.ts');
    await goTo(page, 'billing.ts', 'code === 9001', '9001', added);
    await showHover(page, page.locator('.monaco-hover h3', { hasText: '9001 WA_TEMPLATE_STALE' }));
  });
});
