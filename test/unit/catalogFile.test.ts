import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { headingOf } from '../../shared/src/entryNames';
import { searchCatalog } from '../../server/src/core/catalogFile/catalogSearch';
import { catalogText } from '../../server/src/core/catalogFile/catalogText';

const catalog = catalogOf();

describe('the catalog file (dist/catalog.txt)', () => {
  const { text, lineOf } = catalogText(catalog);
  const lines = text.split('\n');

  it('has every entry, its heading at the line the server points to', () => {
    assert.equal(lineOf.size, catalog.entries.length);
    for (const entry of catalog.entries) assert.equal(lines[lineOf.get(entry.id)!], headingOf(entry), entry.id);
  });

  it('is the file the build writes', () => {
    assert.equal(readFileSync('dist/catalog.txt', 'utf8'), text);
  });
});

describe('searching the catalog', () => {
  const headings = (query: string) => searchCatalog(catalog, query).map(headingOf);

  it('a code: its entries first, then the entries whose twin it is', () => {
    const found = headings('131047');
    assert.equal(found[0], '131047 Re-engagement message');
    assert.ok(found.includes('470 Re-engagement message'));
  });

  it("a twin's code of another layer (Twilio's 63016) finds the entry", () => {
    assert.ok(headings('63016').includes('470 Re-engagement message'));
  });

  it('words of the title or the textual code, in any case and order', () => {
    assert.ok(headings('re-engagement').includes('131047 Re-engagement message'));
    assert.equal(headings('token missing')[0], '401 MISSING_TOKEN');
  });

  it('by names only, as symbol search wants: words only a description has find nothing', () => {
    const word = 'customer service window';
    assert.ok(headings(word).length > 0);
    assert.deepEqual(searchCatalog(catalog, word, { namesOnly: true }), []);
    assert.ok(searchCatalog(catalog, 're-engagement', { namesOnly: true }).length > 0);
  });

  it('nothing for words no entry has; every entry for an empty query', () => {
    assert.deepEqual(headings('zebra quantum'), []);
    assert.equal(headings('  ').length, catalog.entries.length);
  });
});
