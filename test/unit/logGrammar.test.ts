import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { LOG_INJECTION_SCOPE, logGrammar } from '../../shared/src/logGrammar';

const FILE = 'syntaxes/cequens-log.injection.tmLanguage.json';

describe('the log grammar in syntaxes/', () => {
  it('is the one the catalog makes (npm run grammar writes it)', () => {
    const made = `${JSON.stringify(logGrammar(catalogOf().entries), null, 2)}\n`;
    if (process.env.CEQUENS_UPDATE_GRAMMAR) writeFileSync(FILE, made);
    assert.equal(readFileSync(FILE, 'utf8'), made, `${FILE} is out of date: run npm run grammar`);
  });

  it('is the grammar package.json contributes, injected into log files', () => {
    const { contributes } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(contributes.grammars, [{ scopeName: LOG_INJECTION_SCOPE, path: `./${FILE}`, injectTo: ['text.log'] }]);
  });
});
