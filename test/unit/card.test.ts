import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import { renderCard } from '../../server/src/core/hover/card';
import { escapeMarkdown } from '../../server/src/core/hover/markdown';

const catalog = catalogOf();
const CEQUENS_LINK = '[CEQUENS](https://support.cequens.com/support/solutions/articles/44002294177-what-does-each-error-code-mean-)';
const only = (code: number) => catalog.entriesForCode(code)[0];
/** The card's Markdown with its escapes removed: the text a reader sees. */
const plain = (card: string) => card.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1');

describe('hover card', () => {
  it('heads with code and title, then description, what to do, category and retry verdict', () => {
    const card = renderCard([only(429)]);
    const lines = card.split('\n\n');
    assert.equal(lines[0], '### 429 Rate limit hit');
    assert.match(lines[1], /too many messages sent from this phone number/);
    assert.equal(lines[2], '**What to do:** Resend the failed messages.');
    assert.equal(lines[3], '**Same meaning elsewhere:** Cloud API 130429 · Twilio 63018');
    assert.equal(lines[4], `Rate limit · transient: retry with back-off · ${CEQUENS_LINK}`);
  });

  it('keeps lists as lists and says when the advice is the extension’s own', () => {
    const payment = renderCard([only(402)]);
    assert.equal(payment.split('\n').filter((l) => l.startsWith('- ')).length, 8);
    assert.match(renderCard([only(1013)]), /this extension’s advice; the source gives none/);
    assert.doesNotMatch(payment, /this extension’s advice/);
  });

  it('marks a deprecated entry', () => {
    assert.match(renderCard([only(1007)]), /^### 1007 Recipient blocked to receive message\n\n_Deprecated_/);
  });

  it('shows the picked meaning in full and the others in one line each', () => {
    const all = catalog.entriesForCode(401);
    const card = renderCard(all, catalog.entriesForStringCode('TOKEN')[0]);
    assert.match(card, /^### 401 TOKEN/);
    assert.equal(card.match(/^### /gm)!.length, 1);
    assert.match(card, /\*\*Other meanings of 401:\*\*\n- MISSING_TOKEN: Request missing CEQUENS token\./);
  });

  it('shows a compact card when the context picks no meaning: a line each, the shared facts once', () => {
    const meanings = catalog.entriesForCode(401);
    const card = renderCard(meanings);
    assert.match(card, /^\*\*401 can mean 5 things\*\*/);
    assert.equal(card.match(/^### /gm), null, 'no full card');
    const lines = card.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf(':'))), meanings.map((e) => `- **${escapeMarkdown(e.stringCode ?? e.title)}**`));
    assert.equal(card.split(CEQUENS_LINK).length, 2, 'the facts line once');
    assert.equal(card.match(/permanent/g)?.length, 1, 'a fact all meanings share, once');
  });

  it('gives a meaning its first complete sentence, or its lead with the first list item', () => {
    const card = renderCard(catalog.entriesForCode(401));
    assert.ok(card.includes(`- **VALIDATION**: ${escapeMarkdown('The account is: Activated.')}`), card);
    assert.ok(card.includes(`- **MISSING_TOKEN**: ${escapeMarkdown('Request missing CEQUENS token.')}`), card);
  });

  it('names the twins both ways: 131047 its On-Premises 470 and Twilio 63016, 470 its Cloud 131047', () => {
    const cloud = renderCard([only(131047)]);
    assert.match(cloud, /^### 131047 Re-engagement message/);
    assert.match(cloud, /\*\*Same meaning elsewhere:\*\* On-Premises 470 · Twilio 63016\n/);
    assert.match(renderCard([only(470)]), /\*\*Same meaning elsewhere:\*\* Cloud API 131047 · Twilio 63016\n/);
    assert.match(renderCard([only(131026)]), /On-Premises 1026 \(likely\)/);
  });

  it('states the pitfall, the usual HTTP status and links the Cloud page', () => {
    const card = renderCard([only(190)]);
    assert.match(card, /\*\*Watch out:\*\* .*HTTP 400/);
    assert.match(card, /usually HTTP 401 · \[Cloud API\]\(https:\/\/developers\.facebook\.com\//);
    assert.match(renderCard([only(1002)]), /\*\*Watch out:\*\* Gupshup/);
    // A code in two pitfalls' ranges states both: Gupshup's 1008 and the WebSocket close code 1008.
    assert.match(renderCard([only(1008)]), /\*\*Watch out:\*\* Gupshup.* WebSocket close codes/);
    assert.match(renderCard([only(2006)]), /\*\*Watch out:\*\* MySQL client errors/);
    assert.doesNotMatch(renderCard([only(1026)]), /Watch out/);
  });

  it('gives a code Meta sends as error_subcode its own card, naming the code it came under and what to read', () => {
    const [entry] = catalog.entriesForCode(2388293);
    const card = plain(renderCard([entry]));
    assert.match(card, /^### 2388293 Parameters words ratio exceeds limit\n/);
    assert.ok(card.includes('**Where it arrives:** in the response (error), as error_subcode under code 100; read error_user_msg first.'), card);
  });

  it('says where a code arrives: a status webhook after an HTTP 200, an inbound message', () => {
    const reEngagement = plain(renderCard([only(131047)]));
    assert.ok(reEngagement.includes('**Where it arrives:** in a status webhook (statuses[].errors[]), after an HTTP 200 with a message id; read error_data.details first.'), reEngagement);
    assert.ok(plain(renderCard([only(131051)])).includes('in the response (error) or an inbound message (messages[].errors[])'));
    assert.doesNotMatch(renderCard([only(470)]), /Where it arrives/, 'the CEQUENS table says not');
  });

  it('says what to hand Meta support where Meta must look: the fbtrace_id at once, for a call its Call ID', () => {
    const server = plain(renderCard([only(131000)]));
    assert.ok(server.includes('**For Meta support:** fbtrace_id (capture it at once: it expires soon), message id (wamid), phone number ID, WABA ID, UTC time.'), server);
    assert.ok(server.includes('read error_data.details first, then is_transient (whether a retry may help).'), server);
    assert.doesNotMatch(renderCard([only(131047)]), /is_transient/, 'a retry never helps there');
    assert.doesNotMatch(renderCard([only(131047)]), /For Meta support/, 'nothing for Meta to look into');
    assert.ok(plain(renderCard([only(138004)])).includes('**For Meta support:** Call ID, phone number ID, WABA ID, UTC time.'));
  });

  it('states a contested HTTP status as contested, the page’s title where payloads carry another, what is open, and how sure the entry is', () => {
    assert.match(renderCard([only(130429)]), /often HTTP 400, sometimes 429/);
    const engagement = plain(renderCard([only(131049)]));
    assert.ok(engagement.startsWith('### 131049 This message was not delivered to maintain healthy ecosystem engagement.\n\n_Meta’s page: Meta chose not to deliver_\n'), engagement);
    assert.match(engagement, /\*\*Open:\*\* .*US \(\+1\)/);
    assert.match(plain(renderCard([only(131058)])), /seen in the field, on no Meta page/);
    assert.match(plain(renderCard([only(137000)])), /only in an SDK’s list, on no Meta page/);
    assert.match(plain(renderCard([only(190)])), /\[Cloud API\]\([^)]*#authorization-errors\) \(checked 11 Sep 2026\)$/);
  });

  it('names the API a meaning belongs to: 100 on the Marketing Messages API', () => {
    const card = plain(renderCard(catalog.entriesForCode(100), only(100)));
    assert.match(card, /^### 100 Invalid parameter\n/);
    assert.ok(card.includes('**Other meanings of 100:**\n- Message must be a template message (Marketing Messages API): '), card);
  });

  it('heads a range with the range: 250 is one of 200–299', () => {
    const [permission] = catalog.entriesForCode(250);
    assert.equal(permission, only(200));
    assert.match(renderCard([permission]), /^### 200–299 /);
  });

  it('escapes catalog text so it can never render as links, HTML or emphasis', () => {
    const hostile: CatalogEntry = {
      ...only(470),
      title: '<img src=x onerror=alert(1)> [click](http://evil) *bold*',
      description: '# not a heading\n<script>x</script> `code` _under_',
    };
    const card = renderCard([hostile]);
    assert.doesNotMatch(card, /<img|<script|(?<!\\)\]\(http:\/\/evil|(?<!\\)\*bold/);
    assert.match(card, /&lt;img src=x onerror=alert\(1\)> \\\[click\\\]\(http:\/\/evil\) \\\*bold\\\*/);
    assert.match(card, /\\# not a heading/);
    assert.equal(escapeMarkdown('_a_ b_ _c __d__'), '\\_a\\_ b\\_ \\_c \\_\\_d\\_\\_');
  });

  it('escapes only what Markdown would read otherwise, so a client that shows Markdown as typed (Neovim 0.7) reads the text', () => {
    assert.equal(escapeMarkdown('Re-engagement message: send a template (free-form text is refused).'), 'Re-engagement message: send a template (free-form text is refused).');
    assert.equal(escapeMarkdown('- a list? 1. a number? # a heading? > a quote?'), '\\- a list? 1. a number? # a heading? > a quote?');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('a | b ~~c~~'), 'a \\| b \\~\\~c\\~\\~');
    assert.equal(escapeMarkdown('WA_TEMPLATE_STALE as error_subcode'), 'WA_TEMPLATE_STALE as error_subcode');
  });
});
