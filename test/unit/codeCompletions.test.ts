// The codes completion offers: filtered by what is typed, each once, ranked by the families a document handles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { codeSuggestions } from '../../server/src/core/writing/codeCompletions';
import { CatalogUsage } from '../../server/src/core/writing/families';

const catalog = catalogOf();
const NONE = new CatalogUsage([]);

describe('code suggestions', () => {
  it('offers each code once, beginning with what is typed, and no documented range', () => {
    const labels = codeSuggestions(catalog, '1310', false, NONE).map((s) => s.label);
    assert.ok(labels.includes('131047') && labels.includes('131056'));
    assert.ok(labels.every((l) => l.startsWith('1310')));
    assert.equal(new Set(labels).size, labels.length);
    assert.ok(!codeSuggestions(catalog, '2', false, NONE).some((s) => s.entries.some((e) => e.lastCode !== undefined)));
  });

  it('names a code of several meanings once, with the count in its detail', () => {
    const [token] = codeSuggestions(catalog, '401', false, NONE).filter((s) => s.label === '401');
    assert.ok(token.entries.length > 1);
    assert.match(token.detail, new RegExp(`${token.entries.length} meanings`));
  });

  it('offers textual codes only inside quotes', () => {
    assert.ok(codeSuggestions(catalog, 'miss', true, NONE).some((s) => s.label === 'MISSING_TOKEN'));
    assert.deepEqual(codeSuggestions(catalog, 'miss', false, NONE), []);
  });

  it('ranks the families a document handles first, then its catalogs', () => {
    const usage = new CatalogUsage(catalog.entriesForCode(130429));
    const sorted = codeSuggestions(catalog, '', false, usage).sort((a, b) => a.sortText.localeCompare(b.sortText));
    const firstOther = sorted.findIndex((s) => s.entries[0].category !== 'rate limit' || s.entries[0].source !== 'Cloud API');
    assert.ok(firstOther >= 4, `the Cloud API rate limits first: ${sorted.slice(0, 6).map((s) => s.label)}`);
    assert.ok(sorted.slice(0, firstOther).some((s) => s.label === '131056'));
    const lastCloud = sorted.map((s) => s.entries[0].source).lastIndexOf('Cloud API');
    const firstCequens = sorted.findIndex((s) => s.entries[0].source === 'CEQUENS');
    assert.ok(lastCloud < firstCequens, 'the catalog the document uses before the other');
  });
});
