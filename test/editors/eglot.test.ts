// The README's eglot configuration, pasted into the Emacs Debian ships (28, with elpa-eglot 1.9):
// hover (eldoc, plain text: no markdown-mode), quick fix, the catalog's symbols, a log's problems and
// the folder's team catalog, through the language ids eglot sends (js, text). Skips, saying so, where Emacs or eglot is missing
// (.ci/run installs emacs-nox and elpa-eglot).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readmeBlock, runEditor, SERVER, versionOf } from './editorRun';

const version = versionOf('emacs', ['--version']);
const eglot = version && spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"]).status === 0;
const missing = !version ? 'Emacs is not installed (apt-get install emacs-nox elpa-eglot)' : !eglot ? 'eglot is not installed (apt-get install elpa-eglot)' : false;

describe(`Emacs with eglot (${version ?? 'not installed'})`, { skip: missing }, () => {
  let result: Record<string, any>;
  before(() => {
    const init = readmeBlock('test/editors/eglot.test.ts', '("npx" "cequens-whatsapp-errors-server" "--stdio")', `("node" ${JSON.stringify(SERVER)} "--stdio")`);
    result = runEditor('emacs', (dir) => ['--batch', '-l', join(dir, 'init.el'), '-l', join(process.cwd(), 'test/editors/eglot.el')], { name: 'init.el', text: init });
    assert.equal(result.error, undefined, `the eglot script failed: ${result.error}`);
  });

  it('sends the language ids the README says it does, which the server reads by extension', () => {
    assert.equal(result.languageId, 'js');
    assert.equal(result.logLanguageId, 'text');
  });

  it('hover: the card as plain text in eldoc', () => {
    assert.match(result.hover, /^131047 Re-engagement message\n/);
    assert.match(result.hover, /\nWhat to do: Send an approved template/);
    assert.doesNotMatch(result.hover, /\\[-.]|\*\*|###/);
  });

  it('code action: the quick fix offered and its handler inserted into the buffer', () => {
    assert.ok(result.actions.some((t: string) => t.startsWith('Insert handler for 131047')), result.actions.join('\n'));
    assert.ok(result.fixed.split('\n').length > 13);
    assert.match(result.fixed, /\/\/ 131047 Re-engagement message/);
  });

  it('insert handler command (eglot-execute-command): the edit the server sends is applied to the buffer', () => {
    assert.ok(result.insertedLines > 0);
  });

  it('the look-up (xref-find-apropos): the catalog file at the entries found', () => {
    const found = result.symbols.find((s: { text: string }) => s.text.includes('131047 Re-engagement message'));
    assert.ok(found, JSON.stringify(result.symbols));
    assert.match(found.file, /dist\/catalog\.txt$/);
  });

  it("the log's codes are its problems (flymake)", () => {
    const messages = result.diagnostics.join('\n');
    assert.match(messages, /401 MISSING_TOKEN/);
    assert.match(messages, /131047 Re-engagement message/);
  });

  it("the folder's team catalog: a code it adds has its card, a remedy it overrides shows, a number it silences has none", () => {
    assert.match(result.teamAdded, /^9001 WA_TEMPLATE_STALE\n/);
    assert.match(result.teamAdded, /\nWhat to do: Re-sync templates from Business Manager, then resend\./);
    assert.match(result.teamOverridden, /^470 Re-engagement message\n/);
    assert.match(result.teamOverridden, /\nWhat to do: Send the wa_reopen template; page #wa-oncall if it fails\./);
    assert.equal(result.teamSilenced, '');
  });

  it("the look-up (xref-find-apropos): a team's code at its title in the team catalog (eglot lists the line)", () => {
    const [found] = result.teamSymbols;
    assert.match(found?.text ?? '', /"title": "WA_TEMPLATE_STALE"/, JSON.stringify(result.teamSymbols));
    assert.match(found.file, /\/\.cequens\/catalog\.json$/);
  });
});
