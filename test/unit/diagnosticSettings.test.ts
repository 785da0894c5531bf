import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, resourceSettingsOf } from '../../server/src/features/settings';

describe('cequens.diagnostics settings', () => {
  it('defaults to what package.json declares: 300 per document, not in source code, rate limits as warnings', () => {
    assert.deepEqual(resourceSettingsOf(null), DEFAULT_SETTINGS);
    assert.equal(DEFAULT_SETTINGS.maxPerDocument, 300);
    assert.equal(DEFAULT_SETTINGS.inSourceCode, false);
    assert.equal(DEFAULT_SETTINGS.severity['rate limit'], 'warning');
    assert.equal(DEFAULT_SETTINGS.severity.authentication, 'error');
  });

  it('takes the values set and keeps the default for anything unusable', () => {
    const settings = resourceSettingsOf({
      diagnostics: { maxPerDocument: -1, inSourceCode: true, severity: { billing: 'hint', media: 'loud', server: 'off' } },
    });
    assert.equal(settings.maxPerDocument, 300);
    assert.equal(settings.inSourceCode, true);
    assert.equal(settings.severity.billing, 'hint');
    assert.equal(settings.severity.media, DEFAULT_SETTINGS.severity.media);
    assert.equal(settings.severity.server, 'off');
  });
});
