// package.json must name exactly the languages that have a profile (shared/languages/languages.json):
// VS Code activates the extension and shows its context menu entries from the manifest alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LOG_AND_PAYLOAD_LANGUAGE_IDS, SERVED_LANGUAGE_IDS } from '../../shared/src/languages';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  activationEvents: string[];
  contributes: { menus: { 'editor/context': { command: string; when: string }[]; 'editor/title': { command: string; when: string }[] } };
};
const served = [...SERVED_LANGUAGE_IDS].sort();

describe('package.json serves the profiled languages', () => {
  it('activates on each of them, and on no other language', () => {
    const languages = manifest.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
    assert.deepEqual(languages.sort(), served);
  });

  for (const { command, when } of manifest.contributes.menus['editor/context']) {
    it(`offers ${command} in the editor context menu of each of them, and of no other`, () => {
      const alternatives = /editorLangId =~ \/\^\(([^)]*)\)\$\//.exec(when);
      assert.ok(alternatives, `no editorLangId regex in "${when}"`);
      assert.deepEqual(alternatives[1].split('|').sort(), served);
    });
  }

  it('checks both context menu entries, so that the tests above are not vacuous', () => {
    assert.equal(manifest.contributes.menus['editor/context'].length, 2);
  });

  it('offers the summary in the editor title of logs and payloads, and of no other language', () => {
    const [entry] = manifest.contributes.menus['editor/title'];
    const alternatives = /resourceLangId =~ \/\^\(([^)]*)\)\$\//.exec(entry.when);
    assert.ok(alternatives, `no resourceLangId regex in "${entry.when}"`);
    assert.deepEqual(alternatives[1].split('|').sort(), [...LOG_AND_PAYLOAD_LANGUAGE_IDS].sort());
  });
});
