// The language server as other editors run it: `npx cequens-whatsapp-errors-server --stdio` in a
// project where the npm package is installed, from the package's files alone (no node_modules of
// ours, no source tree): packed by `npm pack`, laid out as `npm install` lays it out.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const BIN = 'cequens-whatsapp-errors-server';

/** A project with the packed package installed in node_modules, its bin linked and executable. */
function installPackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'cequens-npx-'));
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', root], process.cwd()));
  const installed = join(root, 'project/node_modules', manifest.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(root, filename), '-C', installed, '--strip-components=1']);
  mkdirSync(join(root, 'project/node_modules/.bin'));
  for (const [name, path] of Object.entries(manifest.bin as Record<string, string>)) {
    chmodSync(join(installed, path), 0o755);
    symlinkSync(join('..', manifest.name, path), join(root, 'project/node_modules/.bin', name));
  }
  writeFileSync(join(root, 'project/package.json'), JSON.stringify({ name: 'a-project', private: true, dependencies: { [manifest.name]: manifest.version } }));
  return root;
}

describe(`npx ${BIN} --stdio`, () => {
  let root: string;
  let server: ChildProcess;
  let connection: ProtocolConnection;
  before(async () => {
    root = installPackage();
    server = spawn('npx', ['--offline', BIN, '--stdio'], { cwd: join(root, 'project'), stdio: 'pipe' });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
  });
  after(async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    if (server.exitCode === null) await new Promise((done) => server.once('exit', done));
    rmSync(root, { recursive: true, force: true });
  });

  it('the bin is the bundled server, run by its shebang', () => {
    assert.equal(manifest.bin[BIN], './dist/server.js');
    assert.match(readFileSync('dist/server.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('answers a hover, reading the grammar it ships (a code in a catch block of JavaScript)', async () => {
    const uri = 'file:///project/send.js';
    const text = readFileSync('test/fixtures/editors/send.js', 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
    const line = text.split('\n').findIndex((l) => l.includes('131047'));
    const position = { line, character: text.split('\n')[line].indexOf('131047') + 1 };
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: { value: string } };
    assert.match(hover.contents.value, /131047 Re-engagement message/);
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })) as unknown[];
    assert.ok(actions.length > 0, 'the quick fix needs the JavaScript grammar');
  });

  it('summarizes a log from disk on the threads the package ships (cequens/summarizeFile, what VS Code asks for a log too big to open)', async () => {
    const path = join(root, 'gateway.log');
    writeFileSync(path, readFileSync('samples/logs/gateway.log', 'utf8'));
    const summary = (await connection.sendRequest('cequens/summarizeFile', { uri: pathToFileURL(path).href })) as { total: number } | null;
    assert.ok(summary && summary.total > 5, JSON.stringify(summary));
  });

  it("points workspace symbols into the installed package's catalog file", async () => {
    const [symbol] = (await connection.sendRequest('workspace/symbol', { query: '131047' })) as { name: string; location: { uri: string; range: { start: { line: number } } } }[];
    const path = fileURLToPath(symbol.location.uri);
    assert.ok(path.startsWith(join(root, 'project/node_modules')), path);
    assert.equal(readFileSync(path, 'utf8').split('\n')[symbol.location.range.start.line], symbol.name);
  });
});

describe('npx cequens-errors scan --summary-only, a big log read on several threads', () => {
  let root: string;
  before(() => {
    root = installPackage();
    writeFileSync(join(root, 'project/gateway.log'), readFileSync('samples/logs/gateway.log', 'utf8').repeat(4500));
    // Each thread that reads a range leaves a line in a file.
    writeFileSync(join(root, 'countThreads.cjs'), "if (!require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(process.env.THREADS_FILE, 'thread\\n');\n");
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('runs its threads from the installed bundle, with the summary of one thread', () => {
    const threadsFile = join(root, 'threads');
    const scan = (threads: string) =>
      execFileSync('npx', ['--offline', 'cequens-errors', 'scan', 'gateway.log', '--summary-only', '-f', 'json', '--exit-zero', '-j', threads], {
        cwd: join(root, 'project'),
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--require ${join(root, 'countThreads.cjs')}`, THREADS_FILE: threadsFile },
      });
    const oneThread = scan('1');
    assert.throws(() => readFileSync(threadsFile));
    assert.equal(scan('2'), oneThread);
    assert.equal(readFileSync(threadsFile, 'utf8'), 'thread\nthread\n');
    assert.ok(JSON.parse(oneThread).summary.total > 50_000);
  });
});
