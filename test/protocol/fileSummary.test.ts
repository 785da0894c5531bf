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

  it('gives the summary the open document gets, and publishes the file’s problems', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8').repeat(50);
    const path = join(dir, 'gateway.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const fromDisk = (await server.connection.sendRequest(FileSummaryRequest, { uri }))!;

    await server.open('file:///open/gateway.log', 'log', text);
    const open = (await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///open/gateway.log' } }))!;
    assert.ok(fromDisk.total > 500);
    assert.deepEqual(fromDisk, open);

    const until = Date.now() + 10_000;
    while (!published.has(uri) && Date.now() < until) await new Promise((done) => setImmediate(done));
    const problems = published.get(uri)!;
    assert.ok(problems, 'diagnostics published for the file');
    assert.equal(problems.length, 301, 'the first 300 codes, then one saying how many more there are');
    assert.match(problems[300].message, /more CEQUENS\/WhatsApp error codes in this file/);
  });

  it('reports the summary so far while reading, and stops when the view no longer wants it: no answer, no problems published', async () => {
    const text = readFileSync('samples/logs/gateway.log', 'utf8').repeat(12_000); // 45 MB: read in ranges of 8 MiB
    const path = join(dir, 'cancelled.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const cancel = new CancellationTokenSource();
    const partialResultToken = 'cancelled';
    const reports: SummaryResult[] = [];
    const listening = server.connection.onProgress(FileSummaryRequest, partialResultToken, (report) => {
      reports.push(report);
      cancel.cancel();
    });
    // The server answers once it stops reading (a cancelled request, or null): a summary read to the end would be no null, and its problems would be published before it.
    const answer = await server.connection.sendRequest(FileSummaryRequest, { uri, partialResultToken }, cancel.token).catch((error: { code?: number }) => {
      assert.equal(error.code, LSPErrorCodes.RequestCancelled);
      return null;
    });
    listening.dispose();
    assert.ok(cancel.token.isCancellationRequested, 'cancelled at the first report');
    assert.equal(answer, null);
    const [first] = reports;
    assert.equal(first.reading?.unit, 'bytes');
    assert.equal(first.reading?.lines, Buffer.byteLength(text));
    assert.ok(first.reading.linesRead > 0 && first.reading.linesRead < Buffer.byteLength(text) / 2, `${first.reading.linesRead} bytes read at the first report`);
    assert.ok(first.total > 0 && first.rows.length > 0, 'the counts so far');
    await server.open('file:///open/after.log', 'log', 'ERROR whatsapp error 470: x\n');
    assert.ok(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///open/after.log' }, position: { line: 0, character: 22 } }));
    assert.equal(published.has(uri), false);
  });

  it('answers null for a file that cannot be read', async () => {
    assert.equal(await server.connection.sendRequest(FileSummaryRequest, { uri: pathToFileURL(join(dir, 'missing.log')).href }), null);
    assert.equal(await server.connection.sendRequest(FileSummaryRequest, { uri: 'untitled:Untitled-1' }), null);
  });
});
