import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import { entryItemText, entrySummary } from '../../client/src/ui/entryLabels';

const catalog = catalogOf();
const only = (code: number) => catalog.entriesForCode(code)[0];

describe('the look-up quick pick', () => {
  it('finds an entry by its twins\' numbers: typing 470 matches 131047, and 131047 matches 470', () => {
    assert.match(entrySummary(only(131047)), /= On-Premises 470\b/);
    assert.match(entrySummary(only(470)), /= Cloud API 131047\b/);
    assert.match(entrySummary(only(470)), /= Twilio 63016\b/);
    assert.doesNotMatch(entrySummary(only(1004)), /=/, 'no twins, none shown');
  });
});

describe('the look-up quick pick over the whole Cloud catalog', () => {
  /** What VS Code's quick pick matches a query against (label, description, detail): here, every word of it. */
  const finds = (entry: CatalogEntry, query: string) => {
    const { label, description, detail } = entryItemText(entry);
    const text = `${label} ${description} ${detail}`.toLowerCase();
    return query.toLowerCase().split(/\s+/).every((word) => text.includes(word));
  };

  it('finds every entry of the reference by its code, the code it arrives under, its title, its page’s title and words of its description', () => {
    for (const entry of catalog.entries.filter((e) => e.source === 'Cloud API')) {
      assert.ok(finds(entry, String(entry.code)), `${entry.id} by code`);
      if (entry.subcodeOf !== undefined) assert.ok(finds(entry, `${entry.subcodeOf} error_subcode`), `${entry.id} by the code it arrives under`);
      assert.ok(finds(entry, entry.title), `${entry.id} by title`);
      if (entry.pageTitle) assert.ok(finds(entry, entry.pageTitle), `${entry.id} by its page's title`);
      if (entry.api) assert.ok(finds(entry, entry.api), `${entry.id} by its API`);
      const words = entry.description.split(/[\s.,:;()]+/).filter((w) => w.length > 5).slice(0, 2).join(' ');
      assert.ok(finds(entry, words), `${entry.id} by "${words}"`);
    }
  });

  it('finds a template-creation error by its subcode and by the code it came under', () => {
    const [ratio] = catalog.entriesForCode(2388293);
    assert.ok(finds(ratio, '2388293') && finds(ratio, '100 error_subcode') && finds(ratio, 'words ratio'));
  });
});
