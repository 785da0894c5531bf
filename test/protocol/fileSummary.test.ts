import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic } from 'vscode-languageserver-protocol';
import { FileSummaryRequest, SummaryRequest, type SummaryResult } from '../../shared/src/protocol';
import { LspServer } from './lspServer';

let server: LspServer;
let dir: string;
const published = new Map<string, Diagnostic[]>();

describe('cequens/summarizeFile: a log too big to open, read from disk', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cequens-file-summary-'));
    server = new LspServer();
    server.connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => published.set(uri, diagnostics));
    await server.initialize();
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the summary the open document gets, reports it while reading, and publishes the file’s problems', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8').repeat(50);
    const path = join(dir, 'gateway.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const reports: SummaryResult[] = [];
    const partialResultToken = 'file-summary';
    const listening = server.connection.onProgress(FileSummaryRequest, partialResultToken, (report) => reports.push(report));
    const fromDisk = (await server.connection.sendRequest(FileSummaryRequest, { uri, partialResultToken }))!;
    listening.dispose();

    await server.open('file:///open/gateway.log', 'log', text);
    const open = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///open/gateway.log' } }))!;
    assert.ok(fromDisk.total > 500);
    assert.deepEqual(fromDisk, open);

    assert.ok(reports.length > 0, 'a report while reading');
    assert.equal(reports[0].reading?.unit, 'bytes');
    assert.equal(reports[0].reading?.lines, Buffer.byteLength(text));

    const until = Date.now() + 10_000;
    while (!published.has(uri) && Date.now() < until) await new Promise((done) => setImmediate(done));
    const problems = published.get(uri)!;
    assert.ok(problems, 'diagnostics published for the file');
    assert.equal(problems.length, 301, 'the first 300 codes, then one saying how many more there are');
    assert.match(problems[300].message, /more CEQUENS\/WhatsApp error codes in this file/);
  });

  it('stops reading when the view no longer wants the summary: no answer, no problems published', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8').repeat(8_000); // 30 MB: read in many slices
    const path = join(dir, 'cancelled.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const cancel = new CancellationTokenSource();
    const partialResultToken = 'cancelled';
    const listening = server.connection.onProgress(FileSummaryRequest, partialResultToken, () => cancel.cancel());
    // The server answers once it stops reading (a cancelled request, or null): a summary read to the end would be no null, and its problems would be published before it.
    const answer = await server.connection.sendRequest(FileSummaryRequest, { uri, partialResultToken }, cancel.token).catch((error: { code?: number }) => {
      assert.equal(error.code, LSPErrorCodes.RequestCancelled);
      return null;
    });
    listening.dispose();
    assert.ok(cancel.token.isCancellationRequested, 'cancelled at the first report');
    assert.equal(answer, null);
    await server.open('file:///open/after.log', 'log', 'ERROR whatsapp error 470: x\n');
    assert.ok(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///open/after.log' }, position: { line: 0, character: 22 } }));
    assert.equal(published.has(uri), false);
  });

  it('answers null for a file that cannot be read', async () => {
    assert.equal(await server.connection.sendRequest(FileSummaryRequest, { uri: pathToFileURL(join(dir, 'missing.log')).href }), null);
    assert.equal(await server.connection.sendRequest(FileSummaryRequest, { uri: 'untitled:Untitled-1' }), null);
  });
});
