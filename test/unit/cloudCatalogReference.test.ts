import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import reference from '../fixtures/catalog/cloud-api-reference.json';
import { cloudEntries } from '../../shared/src/cloudCatalog';
import type { CatalogEntry } from '../../shared/src/catalogTypes';

interface ReferenceCode {
  readonly code: number;
  readonly subcode?: number;
  readonly lastCode?: number;
  readonly api?: string;
  readonly title: string | null;
  readonly source: string;
  readonly evidence: string;
}

const codes = reference.codes as readonly ReferenceCode[];
const entries = cloudEntries();
const key = (r: ReferenceCode) => `${r.code}${r.subcode ? `/${r.subcode}` : ''}${r.lastCode ? `–${r.lastCode}` : ''}${r.api ? ` (${r.api})` : ''}`;
/** The entry for a reference code: the same code (or the code it arrives under, and its subcode), range and API. */
const entryFor = (r: ReferenceCode): CatalogEntry | undefined =>
  entries.find((e) => (e.subcodeOf ?? e.code) === r.code && (e.subcodeOf !== undefined ? e.code : undefined) === r.subcode && e.lastCode === r.lastCode && e.api === r.api);

describe('the Cloud API catalog against its reference (test/fixtures/catalog/cloud-api-reference.json)', () => {
  it('covers every code of the reference: 145 codes, subcodes and API meanings', () => {
    assert.equal(codes.length, 145);
    const missing = codes.filter((r) => !entryFor(r)).map(key);
    assert.deepEqual(missing, []);
  });

  it('cites, for every code, the page the reference names, and whether Meta documents it', () => {
    for (const r of codes) {
      const entry = entryFor(r);
      if (!entry) continue;
      assert.equal(entry.page, r.source, key(r));
      assert.equal(entry.evidence, r.evidence, key(r));
    }
  });

  it('carries the title payloads carry, or names the page’s where they differ', () => {
    const differing = codes
      .map((r) => [r, entryFor(r)] as const)
      .filter(([r, entry]) => entry && r.title !== null && entry.title !== r.title && entry.pageTitle !== r.title)
      .map(([r, entry]) => `${key(r)}: "${entry!.title}" is not "${r.title}"`);
    assert.deepEqual(differing, []);
  });

  it('says when each entry was checked and where its code arrives', () => {
    for (const entry of entries) {
      assert.match(entry.checked ?? '', /^20\d\d-\d\d-\d\d$/, entry.id);
      assert.ok((entry.arrives ?? []).length > 0, entry.id);
    }
  });

  it('holds nothing the reference lacks', () => {
    const extra = entries.filter((e) => !codes.some((r) => entryFor(r) === e)).map((e) => e.id);
    assert.deepEqual(extra, []);
  });
});

describe('the Cloud API catalog’s retry advice', () => {
  const retrying = new Set(['retryWithBackoff', 'retryPerRecipient', 'retryAfterADay']);
  it('gives a transient entry a handler that retries, and a permanent one a handler that does not', () => {
    const disagreeing = entries.filter((e) => e.transient !== retrying.has(e.handler)).map((e) => `${e.id} ${e.handler}`);
    assert.deepEqual(disagreeing, []);
  });

  it('backs off on a group rate limit and fixes, not retries, a rejected template', () => {
    const byId = (id: string) => entries.find((e) => e.id === id)!;
    assert.equal(byId('cloud:131208').handler, 'retryWithBackoff');
    const templateCreation = entries.filter((e) => e.subcodeOf === 100);
    assert.equal(templateCreation.length, 7);
    for (const entry of templateCreation) assert.equal(entry.handler, 'fixRequest', entry.id);
  });

  it('states the throttling codes’ contested HTTP status as contested, not as a fact', () => {
    for (const code of [130429, 131056]) assert.equal(entries.find((e) => e.id === `cloud:${code}`)!.httpStatusSometimes, 429);
    for (const entry of entries) assert.doesNotMatch(entry.pitfall ?? '', /not 429/, entry.id);
  });
});

describe('the Cloud API catalog where its sources disagreed (the research note’s §2)', () => {
  const byId = (id: string) => entries.find((e) => e.id === id)!;

  it('cites Meta for every code Meta documents: no third party stands in for it', () => {
    const thirdParty = entries.filter((e) => e.evidence === 'documented' && !/^https:\/\/developers\.facebook\.com\//.test(e.page ?? '')).map((e) => e.id);
    assert.deepEqual(thirdParty, []);
  });

  it('files 133016 under throttling, and does not invite retries that extend its block', () => {
    const registerLimit = byId('cloud:133016');
    assert.equal(registerLimit.category, 'rate limit');
    assert.equal(registerLimit.transient, false);
    assert.match(registerLimit.unsettled ?? '', /72 hours/);
  });

  it('warns that 131051 also arrives on inbound messages, where the sender’s request is not at fault', () => {
    const unsupported = byId('cloud:131051');
    assert.deepEqual(unsupported.arrives, ['response', 'inbound message']);
    assert.match(unsupported.pitfall ?? '', /Message type unknown/);
  });

  it('states as open which group code the On-Premises 1012 row is, and links 131041 to CEQUENS’s "Group does not exist"', () => {
    assert.deepEqual(byId('cloud:131020').twins?.map((t) => [t.code, t.confidence]), [[1012, 'guess']]);
    for (const id of ['cloud:131020', 'cloud:131041']) assert.match(byId(id).unsettled ?? '', /1012/, id);
    assert.ok(byId('cloud:131041').twins?.some((t) => t.code === 401 && t.stringCode === 'Group does not exist' && t.confidence === 'likely'));
  });
});
