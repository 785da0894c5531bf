import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SummaryRequest, type SummaryResult } from '../../shared/src/protocol';
import { LspServer } from './lspServer';

let server: LspServer;

describe('cequens/summary, over LSP', () => {
  before(async () => {
    server = new LspServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('counts each code of a log with its title, first and last line, and the codes per minute', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8');
    const lines = text.split('\n');
    await server.open('file:///gateway.log', 'log', text);
    const summary = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///gateway.log' } }))!;
    const row1015 = summary.rows.find((r) => r.code === 1015)!;
    assert.equal(row1015.title, 'Too many requests');
    assert.equal(row1015.category, 'rate limit');
    assert.equal(row1015.transient, true);
    assert.equal(row1015.count, lines.filter((l) => /code=1015\b/.test(l)).length);
    assert.equal(row1015.firstLine, lines.findIndex((l) => l.includes('code=1015')));
    assert.equal(row1015.lastLine, lines.findLastIndex((l) => l.includes('code=1015')));
    assert.equal(summary.rows[0].count, Math.max(...summary.rows.map((r) => r.count)), 'most frequent first');
    assert.equal(summary.total, summary.rows.reduce((sum, r) => sum + r.count, 0));
    assert.ok(summary.perMinute.length > 0 && summary.perMinute.every((m) => /^2025-03-14T\d\d:\d\d$/.test(m.minute)));
    assert.equal(summary.perMinute.reduce((sum, m) => sum + m.count, 0), summary.total, 'every line of the log has a timestamp');
  });

  it('summarizes a selection only', async () => {
    const text = 'a code=1008\nb code=1015\nc code=1009 code=1015\n';
    await server.open('file:///pick.log', 'log', text);
    const summary = (await server.connection.sendRequest(SummaryRequest, {
      textDocument: { uri: 'file:///pick.log' },
      range: { start: { line: 1, character: 0 }, end: { line: 2, character: 11 } },
    }))!;
    assert.deepEqual(
      summary.rows.map((r) => [r.code, r.count]),
      [
        [1009, 1],
        [1015, 1],
      ],
    );
    assert.deepEqual(summary.perMinute, [], 'no timestamps');
  });

  it('reports the counts so far while it reads a big log, each report replacing the last, then answers with every line', async () => {
    const sample = readFileSync('samples/logs/gateway.log', 'utf8');
    const text = sample.repeat(Math.ceil(6_000_000 / sample.length)); // read in slices (over 2 M characters)
    await server.open('file:///big.log', 'log', text);
    const reports: SummaryResult[] = [];
    const partialResultToken = 'big-log-summary';
    const listening = server.connection.onProgress(SummaryRequest, partialResultToken, (report) => reports.push(report));
    const summary = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///big.log' }, partialResultToken }))!;
    listening.dispose();
    const whole = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///big.log' } }))!;
    assert.deepEqual(summary, whole, 'the answer is the summary of the whole log, reports or not');
    assert.ok(reports.length > 0, 'a report came before the answer');
    const lines = text.split('\n').length;
    let before = 0;
    for (const report of reports) {
      assert.ok(report.reading && report.reading.lines === lines && report.reading.linesRead < lines, 'a report says how far the reading is');
      assert.ok(report.total >= before && report.total <= summary.total, 'each report counts what the one before did, and more');
      assert.equal(report.total, report.rows.reduce((sum, r) => sum + r.count, 0));
      before = report.total;
    }
    assert.ok(reports[0].total < summary.total, 'the first report comes early');
    assert.equal(summary.reading, undefined, 'the answer is not a report');
  });

  it('summarizes a log edited while it is being read as it is after the edit', async () => {
    const sample = readFileSync('samples/logs/gateway.log', 'utf8');
    const text = sample.repeat(Math.ceil(6_000_000 / sample.length));
    await server.open('file:///before.log', 'log', text);
    const before = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///before.log' } }))!;
    await server.open('file:///edited.log', 'log', text);
    const answer = server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///edited.log' } });
    const line = '2025-03-14T09:00:00Z ERROR whatsapp send failed code=470 Re-engagement message\n';
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///edited.log', version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: line }],
    });
    const after = (await answer)!;
    const count470 = (summary: SummaryResult) => summary.rows.find((r) => r.code === 470)?.count ?? 0;
    assert.equal(count470(after), count470(before) + 1, 'the added line is counted');
    assert.equal(after.total, before.total + 1);
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///none.log' } }), null);
  });
});
