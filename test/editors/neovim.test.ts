// The README's Neovim 0.7–0.10 configuration, pasted into the Neovim Debian ships (0.7.2): hover,
// quick fix, symbol search, the explain command, a log's diagnostics and the folder's team catalog,
// as a user meets them.
// Skips, saying so, where nvim is not installed (.ci/run installs it).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readmeBlock, runEditor, SERVER, versionOf } from './editorRun';

const version = versionOf('nvim', ['--version']);

describe(`Neovim (${version ?? 'not installed: apt-get install neovim'})`, { skip: version ? false : 'nvim is not installed (apt-get install neovim)' }, () => {
  let result: Record<string, any>;
  before(() => {
    const init = readmeBlock('test/editors/neovim.test.ts', "{ 'npx', 'cequens-whatsapp-errors-server', '--stdio' }", `{ 'node', ${JSON.stringify(SERVER)}, '--stdio' }`);
    result = runEditor('nvim', (dir) => ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'init.lua'), '-c', `luafile ${join(process.cwd(), 'test/editors/neovim.lua')}`], { name: 'init.lua', text: init });
    assert.equal(result.error, undefined, `the Neovim script failed: ${result.error}`);
  });

  it('hover: the card in the floating window, without Markdown escapes', () => {
    assert.match(result.hover, /131047 Re-engagement message/);
    assert.match(result.hover, /What to do:\*{0,2} Send an approved template/);
    assert.doesNotMatch(result.hover, /\\[-.]/);
  });

  it('code action: the quick fix offered and its handler inserted into the buffer', () => {
    assert.ok(result.actions.some((t: string) => t.startsWith('Insert handler for 131047')), result.actions.join('\n'));
    assert.ok(result.fixed.split('\n').length > 13);
    assert.match(result.fixed, /131047 Re-engagement message/);
  });

  it('symbol search: the catalog file at the entries found', () => {
    const found = result.symbols.find((s: { text: string }) => s.text.includes('131047 Re-engagement message'));
    assert.ok(found, JSON.stringify(result.symbols));
    assert.match(found.file, /dist\/catalog\.txt$/);
  });

  it('explain command: the card as a message', () => {
    assert.match(result.messages[0], /^131047 Re-engagement message\n/);
  });

  it('insert handler command: the edit the server sends is applied to the buffer', () => {
    assert.ok(result.insertedLines > 0);
  });

  it("the log's codes are its diagnostics", () => {
    const messages = result.diagnostics.map((d: { message: string }) => d.message).join('\n');
    assert.match(messages, /401 MISSING_TOKEN/);
    assert.match(messages, /131047 Re-engagement message/);
  });

  it("the folder's team catalog: a code it adds has its card, a remedy it overrides shows, a number it silences has none", () => {
    assert.match(result.teamAdded, /9001 WA_TEMPLATE_STALE/, 'a name in capitals and underscores shows as typed, not WA\\_TEMPLATE');
    assert.match(result.teamAdded, /Re-sync templates from Business Manager, then resend\./);
    assert.match(result.teamOverridden, /470 Re-engagement message/);
    assert.match(result.teamOverridden, /What to do:\*{0,2} Send the wa_reopen template; page #wa-oncall if it fails\./);
    assert.equal(result.teamSilenced, null);
  });

  it("symbol search: a team's code at its entry in the team catalog", () => {
    const [found] = result.teamSymbols;
    assert.match(found?.text ?? '', /9001 WA_TEMPLATE_STALE/, JSON.stringify(result.teamSymbols));
    assert.match(found.file, /\/\.cequens\/catalog\.json$/);
  });
});
