import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SummaryResult } from '../../shared/src/protocol';
import { summaryHtml } from '../../client/src/ui/summaryHtml';

const summary: SummaryResult = {
  total: 4,
  rows: [
    { code: 1015, title: 'Too <b>many</b> requests', category: 'rate limit', transient: true, count: 3, firstLine: 4, lastLine: 9, remedy: 'Slow "down" & retry' },
    { code: 470, title: 'Re-engagement message', category: 'message', transient: false, count: 1, firstLine: 2, lastLine: 2, remedy: '<img src=x onerror=alert(1)>' },
  ],
  perMinute: [
    { minute: '2025-03-14T09:00', count: 3 },
    { minute: '2025-03-14T09:02', count: 1 },
  ],
};

describe('the summary page', () => {
  const html = summaryHtml(summary, { nonce: 'n0nce', heading: 'WhatsApp errors in <gateway>.log' });

  it('escapes every catalog and document text', () => {
    assert.ok(html.includes('Too &#60;b&#62;many&#60;/b&#62; requests'));
    assert.ok(html.includes('Slow &#34;down&#34; &#38; retry'));
    assert.ok(!html.includes('<img'), 'no markup from the data');
    assert.ok(html.includes('WhatsApp errors in &#60;gateway&#62;.log'));
  });

  it('allows only its own style and script, by nonce, and loads nothing', () => {
    assert.match(html, /content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';"/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="n0nce">/);
    assert.doesNotMatch(html, /https?:\/\/| src="/, 'no remote or local resource');
    assert.doesNotMatch(html, / style="/, 'no inline style the policy would block');
  });

  it('has a row per code with links to its first and last line, a bar per code and one per minute', () => {
    assert.equal(html.match(/<tr>/g)?.length, 1 + summary.rows.length);
    assert.ok(html.includes('<a href="#" data-line="4">5</a>') && html.includes('<a href="#" data-line="9">10</a>'), 'one-based line numbers shown');
    assert.equal(html.match(/<rect class="(bar|transient)"/g)?.length, 2);
    assert.equal(html.match(/<rect class="minute"/g)?.length, 2);
  });

  it('says how far the reading is on a report sent while the log is read, and nothing of it once done', () => {
    const report = summaryHtml({ ...summary, reading: { linesRead: 120_000, lines: 394_666 } }, { nonce: 'n0nce', heading: 'h' });
    assert.match(report, /<p class="muted" role="status">Reading: 30 % of 394,666 lines so far, 4 error codes, 2 distinct\./);
    assert.match(html, /<p class="muted" role="status">4 error codes, 2 distinct\.<\/p>/);
  });

  it('counts the reading of a file read from disk in megabytes: its lines are not known before the end', () => {
    const report = summaryHtml({ ...summary, reading: { linesRead: 268_435_456, lines: 1_073_741_824, unit: 'bytes' } }, { nonce: 'n0nce', heading: 'h' });
    assert.match(report, /Reading: 25 % of 1,073\.7 MB so far, 4 error codes/);
  });
});
