import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import seedText from '../../shared/catalog/cequens-whatsapp-error-codes.txt';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { Catalog } from '../../shared/src/catalog';

const entries = cequensEntries();
const catalog = new Catalog(entries);

/** The seed read naively: blocks of code, title and body lines, no interpretation. */
function seedBlocks(): { code: string; title: string; lines: string[] }[] {
  const blocks = seedText.split(/\n\n+/).slice(3);
  const result = [];
  for (let i = 0; i < blocks.length; i += 3) {
    const lines = blocks[i + 2].split('\n').map((l) => l.trim()).filter((l) => l !== '');
    result.push({ code: blocks[i].trim(), title: blocks[i + 1].trim(), lines });
  }
  return result;
}

const words = (s: string) => s.replace(/^-\s*/, '').replace(/\s+/g, ' ').trim();

describe('CEQUENS catalog', () => {
  it('links every entry to the CEQUENS support page the table is published on', () => {
    for (const entry of entries) {
      assert.equal(entry.page, 'https://support.cequens.com/support/solutions/articles/44002294177-what-does-each-error-code-mean-', entry.id);
    }
  });


  it('has one entry per seed entry, in the same order, with the same code and title', () => {
    const seed = seedBlocks();
    assert.equal(seed.length, 58);
    assert.equal(entries.length, seed.length);
    seed.forEach((block, i) => {
      assert.equal(entries[i].code, Number.parseInt(block.code, 10), `entry ${i}`);
      assert.equal(entries[i].title, block.title, `entry ${i}`);
    });
  });

  it('keeps every line of each seed entry, and nothing else, as description, details or remedy', () => {
    seedBlocks().forEach((block, i) => {
      const entry = entries[i];
      const fromSeed = words(block.lines.join(' '));
      const provided = [entry.description, ...entry.details, entry.remedySource === 'provider' ? entry.remedy : '']
        .filter((s) => s !== '')
        .join(' ');
      assert.equal(words(provided.replace(/\s+/g, ' ')), fromSeed.replace(/ - /g, ' '), `${block.code} ${block.title}`);
    });
  });

  it('separates the remedy (a no-break-space line) from the description', () => {
    const reEngagement = catalog.entriesForCode(470)[0];
    assert.equal(reEngagement.remedy, 'Use a message template to respond.');
    assert.equal(reEngagement.remedySource, 'provider');
    assert.doesNotMatch(reEngagement.description, /template/);
    assert.equal(catalog.entriesForCode(1017)[0].remedy.startsWith('Retrying the request'), true);
  });

  it('keeps the lists of 401 VALIDATION, 402 and 1002 as lists', () => {
    assert.deepEqual(catalog.entriesForStringCode('VALIDATION')[0].details, [
      'Activated.',
      'User IP isn’t allowed.',
      'Access token is inactive.',
    ]);
    const payment = catalog.entriesForCode(402)[0];
    assert.equal(payment.details.length, 8);
    assert.equal(payment.details[0], 'Payment account is not attached to a WhatsApp Account');
    assert.equal(payment.remedy, 'Check your payment setup in WhatsApp Manager and try again.');
    assert.deepEqual(catalog.entriesForCode(1002)[0].details, ['individual', 'group']);
  });

  it('models 401 as five entries, four of them with a string code', () => {
    const unauthorized = catalog.entriesForCode(401);
    assert.equal(unauthorized.length, 5);
    assert.deepEqual(
      unauthorized.map((e) => e.stringCode).filter(Boolean),
      ['MISSING_TOKEN', 'INVALID_ACCESS_TOKEN', 'VALIDATION', 'TOKEN'],
    );
    assert.equal(new Set(unauthorized.map((e) => e.id)).size, 5);
    assert.equal(catalog.entriesForStringCode('TOKEN')[0].code, 401);
  });

  it('flags 1007 as deprecated and keeps its title clean', () => {
    const blocked = catalog.entriesForCode(1007)[0];
    assert.equal(blocked.deprecated, true);
    assert.equal(blocked.title, 'Recipient blocked to receive message');
    assert.equal(entries.filter((e) => e.deprecated).length, 1);
  });

  it('gives entries with an empty description an editorial remedy', () => {
    const empty = entries.filter((e) => e.description === '').map((e) => e.code);
    assert.deepEqual(empty, [1000, 1011, 1013, 1019, 1020, 1023]);
    for (const code of empty) {
      const entry = catalog.entriesForCode(code)[0];
      assert.equal(entry.remedySource, 'editorial');
      assert.ok(entry.remedy.length > 10);
    }
  });

  it('gives every entry a remedy, a category, and a retry verdict', () => {
    for (const entry of entries) {
      assert.ok(entry.remedy, entry.id);
      assert.ok(entry.category, entry.id);
      assert.equal(typeof entry.transient, 'boolean', entry.id);
    }
    assert.equal(catalog.entriesForCode(429)[0].transient, true);
    assert.equal(catalog.entriesForCode(470)[0].transient, false);
    assert.equal(catalog.entriesForCode(500)[0].title, catalog.entriesForCode(1000)[0].title);
  });

  it('takes a second source without changes', () => {
    const cloud = { ...entries[0], id: 'cloud:131047', source: 'Cloud API', code: 131047 };
    const both = new Catalog([...entries, cloud]);
    assert.equal(both.entriesForCode(131047)[0].source, 'Cloud API');
    assert.equal(both.entries.length, 59);
    assert.throws(() => new Catalog([...entries, ...entries]), /duplicate entry id/);
  });

  it('rejects annotations that drift from the table', () => {
    assert.throws(() => cequensEntries(seedText, {}), /no entry for "401 MISSING_TOKEN"/);
  });
});
