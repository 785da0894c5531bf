/**
 * The command-line tool (dist/cequens-errors.js, production build) on inputs too big for the
 * editor, beside ripgrep counting the catalog's codes in the same files: a gateway log of 100 MiB
 * and 1 GiB (`scan --summary-only`), one log line of 100 and 500 MB, a minified JSON of 40 and
 * 200 MB, and a tree of 5,000 source files. Wall time of the whole process, peak memory (RSS) as
 * GNU time reports it. The 1 GiB log is also summarized by the language server from disk
 * (`cequens/summarizeFile`, what VS Code asks for a log too big to hand over), with hovers on another
 * document meanwhile. The inputs are generated in a temporary folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Catalog } from '../shared/src/catalog';
import { FileSummaryRequest } from '../shared/src/protocol';
import { LspServer } from '../test/protocol/lspServer';
import { generateLog } from './generate';
import { cpuMsOf, memoryOf } from './lsp';
import type { Row } from './report';
import { rgPattern } from './scan';
import { oneLineJson, singleLogLine } from './shapes';
import { MiB, percentile } from './stats';

const CLI = 'dist/cequens-errors.js';
const TIME = '/usr/bin/time';
const MB = 1e6;
const SOURCE_FILES = 5_000;

interface Measured {
  readonly ms: number;
  /** CPU time (user and system) of all its threads, ms: what the machine's load changes least. */
  readonly cpuMs: number;
  /** Peak resident memory, bytes. */
  readonly peakRss: number;
  readonly stdout: string;
}

/** Runs a command under GNU time: its wall time and peak RSS. */
function measure(command: string, args: readonly string[]): Measured {
  const started = performance.now();
  const result = spawnSync(TIME, ['-f', 'peak-rss-kb=%M cpu-s=%U %S', command, ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = performance.now() - started;
  const times = /peak-rss-kb=(\d+) cpu-s=([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (!times || (result.status !== 0 && result.status !== 1)) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  return { ms, cpuMs: (Number(times[2]) + Number(times[3])) * 1000, peakRss: Number(times[1]) * 1024, stdout: result.stdout };
}

const ours = (paths: readonly string[], options: readonly string[] = []) => measure(process.execPath, [CLI, 'scan', '--summary-only', '--format', 'json', '--exit-zero', ...options, ...paths]);
const ripgrep = (catalog: Catalog, paths: readonly string[]) => measure('rg', ['--count-matches', '--no-config', '--no-filename', rgPattern(catalog), ...paths]);
const total = (m: Measured) => (JSON.parse(m.stdout) as { summary: { total: number } }).summary.total;
const rgCount = (m: Measured) => m.stdout.split('\n').filter(Boolean).reduce((sum, n) => sum + Number(n), 0);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Every benchmark of the tool; `logsOnly`: the gateway logs alone (and the server on the biggest). */
export async function benchCli(catalog: Catalog, log: (what: string) => void, logsOnly = false): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cequens-cli-bench-'));
  try {
    const logs = await logRows(dir, catalog, log);
    return logsOnly ? logs : [...logs, ...longLineRows(dir, log), ...sourceTreeRows(dir, catalog, log)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A gateway log of `mib` MiB, written 64 MiB at a time (each part a fresh seed of the generator). */
function writeLog(path: string, mib: number, catalog: Catalog): void {
  const fd = openSync(path, 'w');
  for (let written = 0, seed = 1; written < mib; written += 64, seed++) writeSync(fd, generateLog(Math.min(64, mib - written) * MiB, catalog, seed));
  closeSync(fd);
}

async function logRows(dir: string, catalog: Catalog, log: (what: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const peaks: number[] = [];
  for (const mib of [100, 1024]) {
    const path = join(dir, `gateway-${mib}mib.log`);
    log(`CLI: generating a ${mib} MiB log…`);
    writeLog(path, mib, catalog);
    log(`CLI: scan --summary-only of the ${mib} MiB log, and rg…`);
    ripgrep(catalog, [path]); // the file in the page cache for both
    const loadBefore = loadavg()[0];
    const cli = ours([path]);
    const rg = ripgrep(catalog, [path]);
    const loadAfter = loadavg()[0];
    const oneThread = ours([path], ['--threads', '1']);
    if (oneThread.stdout !== cli.stdout) throw new Error(`the ${mib} MiB log's summary read on one thread differs from the one read in ranges`);
    peaks.push(cli.peakRss);
    const name = mib === 1024 ? '1 GiB' : `${mib} MiB`;
    const ratio = cli.ms / rg.ms;
    rows.push({
      metric: `CLI scan --summary-only, ${name} gateway log: CLI / rg`,
      measured: `${ratio.toFixed(2)}× (CLI ${seconds(cli.ms)}, ${Math.round(mib / (cli.ms / 1000))} MiB/s; rg ${seconds(rg.ms)})`,
      ...(mib === 1024 ? { target: '≤ 1.5×', pass: ratio <= 1.5 } : {}),
      note: `one run each, rg first to warm the page cache; the CLI reads the log in ranges on its default threads (the machine has ${availableParallelism()} CPUs), rg on one (on one thread, --threads 1, the CLI takes ${seconds(oneThread.ms)}, ${(oneThread.ms / rg.ms).toFixed(2)}× rg, same summary); CPU time CLI ${seconds(cli.cpuMs)} (one thread ${seconds(oneThread.cpuMs)}), rg ${seconds(rg.cpuMs)}; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; the CLI finds ${total(cli)} codes, rg counts ${rgCount(rg)} candidate matches; peak RSS CLI ${mb(cli.peakRss)} (one thread ${mb(oneThread.peakRss)}), rg ${mb(rg.peakRss)}`,
    });
    if (mib === 1024) {
      log('CLI: the language server summarizing the 1 GiB log from disk…');
      rows.push(...(await serverRows(path, cli, oneThread)));
    }
    rmSync(path);
  }
  rows.push({
    metric: 'CLI peak RSS, 100 MiB → 1 GiB gateway log',
    measured: `${mb(peaks[0])} → ${mb(peaks[1])}`,
    target: '< 150 MB, flat',
    pass: Math.max(...peaks) < 150 * MB && peaks[1] < peaks[0] * 1.2,
  });
  return rows;
}

/**
 * `cequens/summarizeFile` of a log too big to open, as VS Code asks for it: the first report of the
 * counts so far (the view's first paint), the whole answer beside the CLI's time, the server's peak
 * memory, and the longest wait of a hover on another document asked every HOVER_EVERY_MS meanwhile.
 */
/**
 * How often the bench asks for a hover while the server reads: faster than a person moves a mouse
 * (VS Code waits 300 ms before it asks). Asked one after another, the server's own thread, free
 * while other threads read, answered ~30,000 and took a CPU from them.
 */
const HOVER_EVERY_MS = 20;

async function serverRows(path: string, cli: Measured, cliOneThread: Measured): Promise<Row[]> {
  const server = new LspServer();
  await server.initialize();
  const pid = (server['process'] as ChildProcess).pid!;
  const small = 'file:///bench/small.log';
  await server.open(small, 'log', 'ERROR whatsapp error 470: x\n');
  let firstReportMs: number | undefined;
  const loadBefore = loadavg()[0];
  const cpuBefore = cpuMsOf(pid);
  const started = performance.now();
  const progress = server.connection.onProgress(FileSummaryRequest, 'bench', () => (firstReportMs ??= performance.now() - started));
  let done = false;
  const answer = server.connection.sendRequest(FileSummaryRequest, { uri: pathToFileURL(path).href, partialResultToken: 'bench' }).finally(() => (done = true));
  const hoverWaits: number[] = [];
  while (!done) {
    const sent = performance.now();
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 22 } });
    hoverWaits.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent + HOVER_EVERY_MS - performance.now())));
  }
  const summary = await answer;
  const wholeMs = performance.now() - started;
  const cpuMs = cpuMsOf(pid) - cpuBefore;
  const loadAfter = loadavg()[0];
  progress.dispose();
  const { peakMiB } = memoryOf(pid);
  await server.stop();
  const peak = peakMiB * MiB;
  return [
    {
      metric: 'Server cequens/summarizeFile, 1 GiB log from disk → first report (the view’s first paint)',
      measured: firstReportMs === undefined ? 'no report' : `${Math.round(firstReportMs)} ms`,
      target: '< 1 s',
      pass: firstReportMs !== undefined && firstReportMs < 1000,
    },
    {
      metric: '… → the whole summary: server / CLI',
      measured: `${(wholeMs / cli.ms).toFixed(2)}× (server ${seconds(wholeMs)}, CLI ${seconds(cli.ms)})`,
      target: '≤ 1.5×',
      pass: wholeMs <= 1.5 * cli.ms,
      note: `the server reads the log in ranges of 8 MiB on one thread per CPU, as the CLI reads it (its own thread only adds up what they found, in file order); the CLI on one thread took ${seconds(cliOneThread.ms)} (server / that: ${(wholeMs / cliOneThread.ms).toFixed(2)}×); CPU time server ${seconds(cpuMs)} (hovers included), CLI ${seconds(cli.cpuMs)} (one thread ${seconds(cliOneThread.cpuMs)}); 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; ${summary?.total ?? 0} codes; ${hoverWaits.length} hovers on another document meanwhile, one every ${HOVER_EVERY_MS} ms: p50 ${percentile(hoverWaits, 50).toFixed(1)} ms, p99 ${Math.round(percentile(hoverWaits, 99))} ms, the longest ${Math.round(percentile(hoverWaits, 100))} ms`,
    },
    { metric: '… server peak RSS', measured: mb(peak), target: '< 150 MB', pass: peak < 150 * MB, note: 'VmHWM of the server process, which also holds the LSP libraries' },
  ];
}

/** `piece` (one line's worth, without a line break) written `times` times: one line, then a line break. */
function writeOneLine(path: string, head: string, piece: string, separator: string, times: number, tail: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  for (let n = 0; n < times; n++) writeSync(fd, n === 0 ? piece : separator + piece);
  writeSync(fd, `${tail}\n`);
  closeSync(fd);
}

function longLineRows(dir: string, log: (what: string) => void): Row[] {
  const shapes = [
    { name: 'one log line', file: 'line.log', sizes: [100, 500], head: '', piece: singleLogLine(MB), separator: ' ', tail: '' },
    { name: 'minified JSON, one line', file: 'payload.json', sizes: [40, 200], head: '[', piece: oneLineJson(MB).slice(1, -1), separator: ',', tail: ']' },
  ];
  const rows: Row[] = [];
  for (const shape of shapes) {
    const results: Measured[] = [];
    for (const size of shape.sizes) {
      const path = join(dir, shape.file);
      log(`CLI: ${shape.name}, ${size} MB…`);
      writeOneLine(path, shape.head, shape.piece, shape.separator, size, shape.tail);
      results.push(ours([path]));
      rmSync(path);
    }
    const [small, big] = results;
    const growth = big.ms / small.ms / (shape.sizes[1] / shape.sizes[0]);
    const peak = Math.max(small.peakRss, big.peakRss);
    rows.push({
      metric: `CLI scan --summary-only, ${shape.name} (${shape.sizes.map((s) => `${s} MB`).join(', ')})`,
      measured: `${results.map((r) => seconds(r.ms)).join(', ')}; peak RSS ${results.map((r) => mb(r.peakRss)).join(', ')}`,
      target: '< 150 MB, linear',
      pass: peak < 150 * MB && growth < 1.3,
      note: `time per MB grows ${growth.toFixed(2)}× from the small size to the big one (1.0× is linear); ${results.map((r) => total(r)).join(', ')} codes found`,
    });
  }
  return rows;
}

/** 5,000 source files in 50 folders, copies of the samples' and fixtures' sources under new names. */
function writeSourceTree(root: string): void {
  const sources = ['samples', 'test/fixtures/detection', 'test/fixtures/placement']
    .flatMap((d) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name)))
    .filter((f) => ['.ts', '.js', '.java', '.go', '.py', '.cs', '.php'].includes(extname(f)))
    .map((f) => ({ ext: extname(f), text: readFileSync(f, 'utf8') }));
  for (let n = 0; n < SOURCE_FILES; n++) {
    const folder = join(root, `module${Math.floor(n / 100)}`);
    if (n % 100 === 0) mkdirSync(folder, { recursive: true });
    const { ext, text } = sources[n % sources.length];
    const file = openSync(join(folder, `file${n}${ext}`), 'w');
    writeSync(file, text);
    closeSync(file);
  }
}

function sourceTreeRows(dir: string, catalog: Catalog, log: (what: string) => void): Row[] {
  const root = join(dir, 'tree');
  log(`CLI: a tree of ${SOURCE_FILES} source files…`);
  writeSourceTree(root);
  ripgrep(catalog, [root]);
  const cli = ours([root]);
  const rg = ripgrep(catalog, [root]);
  const rgOneThread = measure('rg', ['-j1', '--count-matches', '--no-config', '--no-filename', rgPattern(catalog), root]);
  const ratio = cli.ms / rg.ms;
  return [
    {
      metric: `CLI scan --summary-only, ${SOURCE_FILES.toLocaleString('en')} source files: CLI / rg`,
      measured: `${ratio.toFixed(2)}× (CLI ${seconds(cli.ms)}, rg ${seconds(rg.ms)})`,
      target: '≤ 2×',
      pass: ratio <= 2,
      note: `rg uses both cores (rg -j1: ${seconds(rgOneThread.ms)}), the CLI one; the CLI finds ${total(cli)} codes, rg counts ${rgCount(rg)} candidate matches; peak RSS CLI ${mb(cli.peakRss)}`,
    },
  ];
}
