// The command-line tool as users run it: the built binary (dist/cequens-errors.js) on files,
// folders and standard input, its formats and its exit codes.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';

const BINARY = resolve('dist/cequens-errors.js');
const SCHEMA = JSON.parse(readFileSync('test/fixtures/cli/sarif-schema-2.1.0.json', 'utf8'));
const ESC = '\x1b[';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the tool with `args` in folder `cwd`; no colour unless `env` asks for it. */
/** Asserts that a SARIF log is valid against the SARIF 2.1.0 JSON Schema. */
function assertValidSarif(text: string): void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(SCHEMA);
  assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2));
}

function run(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; node?: readonly string[] } = {}): Run {
  const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env };
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? root, env, encoding: 'utf8', input: options.input ?? '', maxBuffer: 64 * 1024 * 1024 };
  const result = spawnSync(process.execPath, [...(options.node ?? []), BINARY, ...args], spawnOptions);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs the tool with a terminal for its standard input and output (`script` gives it one). */
function runOnTerminal(args: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BINARY)} ${args}`, '/dev/null'], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, TERM: 'xterm', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of a text report before its summary. */
const listed = (stdout: string) => stdout.slice(0, stdout.indexOf('\n\n')).split('\n');

let root: string;

/**
 * A project as CI checks it out: logs, a source file, a binary file, a .gitignore, and folders the
 * scan must not enter (.git, node_modules).
 */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cequens-cli-'));
  const file = (path: string, text: string | Buffer) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  file('.git/HEAD', 'ref: refs/heads/main\n');
  file('.git/logs/error.log', 'ERROR code=470\n');
  file('.gitignore', 'build/\n*.tmp.log\n');
  file('logs/gateway.log', [
    '2025-03-14T09:00:01Z INFO  [send] delivered to=201001234567 took 470ms',
    '2025-03-14T09:00:02Z ERROR [send] POST /messages 400 code=470 title="Re-engagement message"',
    '2025-03-14T09:00:03Z WARN  [send] errors[0].code=1015 errors[0].title="Too many requests" retry_in=200ms',
    '2025-03-14T09:00:04Z WARN  [auth] POST /messages 401 error=MISSING_TOKEN',
    '2025-03-14T09:00:05Z ERROR [send] POST /messages 400 code=470 title="Re-engagement message"',
    '',
  ].join('\n'));
  file('logs/rate.log', '2025-03-14T09:01:00Z WARN  [send] errors[0].code=1015 errors[0].title="Too many requests"\n');
  file('logs/quiet.log', '2025-03-14T09:00:01Z INFO  [http] GET /health 200 1ms\n');
  file('logs/old.tmp.log', 'ERROR code=1026 title="Receiver Incapable"\n');
  file('build/out.log', 'ERROR code=1008 title="Required parameter is missing"\n');
  file('node_modules/pkg/error.log', 'ERROR code=1009\n');
  file('src/send.ts', "import { whatsapp } from './whatsapp';\nexport function retry(err: { code: number }) {\n  if (err.code === 131047) return 'template';\n}\n");
  file('logs/capture.log', Buffer.concat([Buffer.from('ERROR code=470 '), Buffer.from([0, 1, 2, 0]), Buffer.from(' code=1015\n')]));
  return dir;
}

before(() => {
  root = makeProject();
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('cequens-errors scan, text', () => {
  it('lists path:line:col code title for each code of each file of a folder, then the summary by code, and exits 1', () => {
    const { status, stdout, stderr } = run(['scan', '.']);
    assert.deepEqual(listed(stdout), [
      'logs/gateway.log:2:59 470 Re-engagement message',
      'logs/gateway.log:3:50 1015 Too many requests',
      'logs/gateway.log:4:50 401 MISSING_TOKEN',
      'logs/gateway.log:4:60 401 MISSING_TOKEN',
      'logs/gateway.log:5:59 470 Re-engagement message',
      'logs/rate.log:1:50 1015 Too many requests',
      'src/send.ts:3:20 131047 Re-engagement message',
    ]);
    const summary = stdout.slice(stdout.indexOf('\n\n') + 2);
    assert.match(summary, /^2 × 401 MISSING_TOKEN \(authentication, permanent\)\n/, 'most frequent first, then by code');
    assert.match(summary, /\n2 × 470 Re-engagement message \(message, permanent\)\n\s+first logs\/gateway\.log:2:59, last logs\/gateway\.log:5:59\n\s+What to do: Use a message template to respond\.\n\s+Same meaning elsewhere: Cloud API 131047 · Twilio 63016\n/);
    assert.match(summary, /2 × 1015 Too many requests \(rate limit, transient\)\n\s+first logs\/gateway\.log:3:50, last logs\/rate\.log:1:50/);
    assert.match(summary, /7 CEQUENS\/WhatsApp error codes \(4 kinds\) in 5 inputs\. 7 match --fail-on any\.\n$/);
    assert.doesNotMatch(stdout, /\.git|node_modules|build\/|tmp\.log|capture/, 'skips .git, node_modules, what .gitignore leaves out and binary files');
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });

  it('reads what .gitignore leaves out with --no-ignore, but never .git or node_modules', () => {
    const { stdout } = run(['scan', '.', '--no-ignore']);
    assert.match(stdout, /^build\/out\.log:1:12 1008 Required parameter is missing$/m);
    assert.match(stdout, /^logs\/old\.tmp\.log:1:12 1026 Receiver Incapable$/m);
    assert.doesNotMatch(stdout, /\.git\/|node_modules/);
  });

  it('reads a file named on the command line even when ignored, and says it skips a named binary file', () => {
    const { stdout, stderr } = run(['scan', 'build/out.log', 'logs/capture.log']);
    assert.match(stdout, /^build\/out\.log:1:12 1008/m);
    assert.doesNotMatch(stdout, /capture/);
    assert.equal(stderr, 'logs/capture.log: binary, skipped\n');
  });

  it('shows only the summary with --summary-only', () => {
    const { stdout, status } = run(['scan', 'logs', '--summary-only']);
    assert.match(stdout, /^2 × 401 MISSING_TOKEN/);
    assert.doesNotMatch(stdout, /^logs\/gateway\.log:2:59/m);
    assert.equal(status, 1);
  });

  it('colours on a terminal and when FORCE_COLOR says so, never with NO_COLOR or in a pipe', () => {
    assert.ok(runOnTerminal('scan logs/rate.log').stdout.includes(ESC), 'colour on a terminal');
    assert.ok(!runOnTerminal('scan logs/rate.log', { NO_COLOR: '1' }).stdout.includes(ESC), 'NO_COLOR');
    assert.ok(run(['scan', 'logs/rate.log'], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC), 'FORCE_COLOR');
    assert.ok(!run(['scan', 'logs/rate.log']).stdout.includes(ESC), 'a pipe');
  });

  it('reads an unknown file as plain text and a source file by its language’s rules', () => {
    writeFileSync(join(root, 'notes.unknown'), 'the gateway said error 1013 again');
    try {
      assert.match(run(['scan', 'notes.unknown']).stdout, /^notes\.unknown:1:24 1013 User is not valid$/m);
      // In a TypeScript comment with no sign of WhatsApp, a bare number is no code.
      writeFileSync(join(root, 'plain.ts'), 'const timeoutMs = 1013;\n');
      assert.equal(run(['scan', 'plain.ts']).status, 0);
    } finally {
      rmSync(join(root, 'notes.unknown'));
      rmSync(join(root, 'plain.ts'));
    }
  });
});

describe('cequens-errors scan, exit codes', () => {
  it('exits 0 when nothing is found', () => {
    const { status, stdout } = run(['scan', 'logs/quiet.log']);
    assert.equal(status, 0);
    assert.equal(stdout, 'No CEQUENS/WhatsApp error codes in 1 input.\n');
  });

  it('exits 0 when what is found is below the gate, 1 when something matches it', () => {
    assert.equal(run(['scan', 'logs/rate.log', '--fail-on', 'authentication,billing']).status, 0);
    assert.equal(run(['scan', 'logs/rate.log', '--fail-on', 'permanent']).status, 0);
    assert.equal(run(['scan', 'logs/rate.log', '--fail-on', 'transient']).status, 1);
    assert.equal(run(['scan', 'logs/rate.log', '--fail-on', 'rate-limit']).status, 1);
    const auth = run(['scan', 'logs/gateway.log', '--fail-on', 'billing', '--fail-on', 'authentication']);
    assert.equal(auth.status, 1);
    assert.match(auth.stdout, /2 match --fail-on billing,authentication\.\n$/);
  });

  it('exits 0 with --exit-zero whatever is found', () => {
    assert.equal(run(['scan', 'logs/gateway.log', '--exit-zero']).status, 0);
  });

  it('exits 2 on a usage error, saying what is wrong', () => {
    for (const args of [['scan', '--format', 'xml', 'logs'], ['scan', '--fail-on', 'sometimes', 'logs'], ['scan', '--bogus'], [], ['frobnicate'], ['scan', '--summary-only', '-f', 'sarif', 'logs'], ['scan', '--threads', '0', 'logs'], ['list', '-j', '2']]) {
      const { status, stderr, stdout } = run(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^cequens-errors: .+\nRun `cequens-errors --help`/, args.join(' '));
      assert.equal(stdout, '');
    }
  });

  it('exits 2 when no path is named and standard input is a terminal, instead of waiting', () => {
    const { status, stdout } = runOnTerminal('scan');
    assert.equal(status, 2);
    assert.match(stdout, /standard input is a terminal/);
  });

  it('exits 2 for a path that cannot be read, after reading the rest, naming it on standard error', () => {
    const { status, stdout, stderr } = run(['scan', 'missing.log', 'logs/rate.log', 'logs/nope/']);
    assert.equal(status, 2);
    assert.match(stdout, /^logs\/rate\.log:1:50 1015/m);
    assert.match(stdout, /2 paths could not be read\.\n$/);
    assert.equal(stderr, 'error: cannot read missing.log: no such file or directory\nerror: cannot read logs/nope/: no such file or directory\n');
  });
});

describe('cequens-errors scan, standard input', () => {
  const log = readFileSync('samples/logs/gateway.log', 'utf8');

  it('reads standard input as a log with -, and when no path is named', () => {
    for (const args of [['scan', '-'], ['scan']]) {
      const { stdout, status } = run(args, { input: log });
      assert.match(stdout, /^<stdin>:9:54 470 Re-engagement message$/m, args.join(' '));
      assert.equal(status, 1);
    }
  });

  it('names standard input and reads it by that name’s language with --stdin-filename', () => {
    const { stdout } = run(['scan', '-', '--stdin-filename', 'kubectl.log'], { input: log });
    assert.match(stdout, /^kubectl\.log:9:54 470/m);
  });
});

describe('cequens-errors scan, machine formats', () => {
  it('json: one versioned document of findings and summary; the summary for people on standard error', () => {
    const { stdout, stderr, status } = run(['scan', 'logs', 'src', '--format', 'json']);
    const document = JSON.parse(stdout);
    assert.equal(document.version, 1);
    assert.equal(document.tool.name, 'cequens-errors');
    assert.equal(document.findings.length, 7);
    assert.deepEqual(document.findings[0], {
      path: 'logs/gateway.log',
      line: 2,
      column: 59,
      endColumn: 62,
      code: 470,
      key: 'cequens:470',
      entries: ['cequens:470'],
      title: 'Re-engagement message',
      category: 'message',
      transient: false,
      severity: 'warning',
    });
    assert.equal(document.findings[2].stringCode, undefined, 'the 401 before MISSING_TOKEN');
    assert.equal(document.findings[3].stringCode, 'MISSING_TOKEN');
    const row = document.summary.codes.find((c: { code: number }) => c.code === 470);
    assert.equal(row.count, 2);
    assert.deepEqual(row.first, { path: 'logs/gateway.log', line: 2, column: 59 });
    assert.deepEqual(row.last, { path: 'logs/gateway.log', line: 5, column: 59 });
    assert.deepEqual(row.twins, ['Cloud API 131047', 'Twilio 63016']);
    assert.match(row.pages[0], /^https:\/\/support\.cequens\.com\//);
    assert.equal(document.summary.total, 7);
    assert.match(stderr, /^2 × 401 MISSING_TOKEN/);
    assert.equal(status, 1);
  });

  it('json --summary-only: the summary alone, nothing on standard error', () => {
    const { stdout, stderr } = run(['scan', 'logs', '--format', 'json', '--summary-only']);
    const document = JSON.parse(stdout);
    assert.equal(document.findings, undefined);
    assert.equal(document.summary.total, 6);
    assert.equal(stderr, '');
  });

  it('jsonl: a record per finding as it is found, one per unreadable path, and the summary last', () => {
    const { stdout } = run(['scan', 'logs/rate.log', 'missing.log', 'logs/gateway.log', '--format', 'jsonl']);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((r) => r.type), ['finding', 'error', 'finding', 'finding', 'finding', 'finding', 'finding', 'summary']);
    assert.ok(records.every((r) => r.version === 1));
    assert.deepEqual(records[1], { type: 'error', version: 1, path: 'missing.log', message: 'no such file or directory' });
    assert.equal(records[0].path, 'logs/rate.log');
    assert.equal(records.at(-1).total, 6);
  });

  it('github: a workflow annotation per finding, with what to do on a line below', () => {
    const { stdout } = run(['scan', 'logs/gateway.log', '--format', 'github']);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.equal(lines[0], '::warning file=logs/gateway.log,line=2,col=59,endColumn=62,title=CEQUENS 470::470 Re-engagement message%0AWhat to do: Use a message template to respond.');
    assert.match(lines[3], /^::error file=logs\/gateway\.log,line=4,col=60,endColumn=73,title=CEQUENS 401::401 MISSING_TOKEN%0AWhat to do: /);
  });

  it('github: says how many findings GitHub does not show, past 10 of a level', () => {
    writeFileSync(join(root, 'many.log'), 'ERROR code=470 title="Re-engagement message"\n'.repeat(12));
    try {
      const lines = run(['scan', 'many.log', '--format', 'github']).stdout.trimEnd().split('\n');
      assert.equal(lines.length, 13);
      assert.match(lines[12], /^::notice title=CEQUENS::2 more findings than GitHub shows as annotations \(10 of each level per step\)/);
    } finally {
      rmSync(join(root, 'many.log'));
    }
  });

  it('sarif: at most the 25,000 results code scanning takes, and a note of how many more there were', () => {
    writeFileSync(join(root, 'flood.log'), 'ERROR code=1008 title="Required parameter is missing"\n'.repeat(25_003));
    try {
      const [sarifRun] = JSON.parse(run(['scan', 'flood.log', '--format', 'sarif']).stdout).runs;
      assert.equal(sarifRun.results.length, 25_000);
      assert.equal(sarifRun.results.at(-1).locations[0].physicalLocation.region.startLine, 25_000);
      assert.deepEqual(sarifRun.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text), [
        '3 more findings are not listed: code scanning takes 25000 results per run',
      ]);
      assert.equal(sarifRun.invocations[0].executionSuccessful, true);
    } finally {
      rmSync(join(root, 'flood.log'));
    }
  });

  it('sarif: valid SARIF 2.1.0 with rules for the codes found, relative paths, fingerprints and unreadable paths', () => {
    const { stdout, status } = run(['scan', 'logs', 'src', 'missing.log', '--format', 'sarif']);
    assert.equal(status, 2);
    const log = JSON.parse(stdout);
    assertValidSarif(stdout);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.match(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
    const rules = sarifRun.tool.driver.rules;
    assert.deepEqual(rules.map((r: { id: string }) => r.id).sort(), ['cequens:1015', 'cequens:401:MISSING_TOKEN', 'cequens:470', 'cloud:131047']);
    const rule470 = rules.find((r: { id: string }) => r.id === 'cequens:470');
    assert.equal(rule470.shortDescription.text, '470 Re-engagement message');
    assert.match(rule470.fullDescription.text, /more than 24 hours/);
    assert.match(rule470.helpUri, /^https:\/\/support\.cequens\.com\//);
    assert.match(rule470.help.text, /^What to do: Use a message template to respond\./);
    assert.equal(sarifRun.results.length, 7);
    const [first] = sarifRun.results;
    assert.equal(first.ruleId, 'cequens:470');
    assert.equal(rules[first.ruleIndex].id, 'cequens:470');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'logs/gateway.log', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 59, endColumn: 62 },
    });
    const fingerprints = sarifRun.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['cequensFinding/v1']);
    assert.equal(new Set(fingerprints).size, fingerprints.length);
    assert.equal(sarifRun.invocations[0].executionSuccessful, false);
    assert.match(sarifRun.invocations[0].toolExecutionNotifications[0].message.text, /missing\.log: no such file or directory/);
  });

  it('sarif: a fingerprint stays when lines are added above, and identical lines get their own', () => {
    const fingerprints = (text: string) => {
      writeFileSync(join(root, 'moving.log'), text);
      const log = JSON.parse(run(['scan', 'moving.log', '-f', 'sarif']).stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
      return log.runs[0].results.map((r) => r.partialFingerprints['cequensFinding/v1']);
    };
    const line = 'ERROR code=1015 title="Too many requests"\n';
    try {
      const [before, twice] = fingerprints(line + line);
      assert.notEqual(before, twice);
      assert.deepEqual(fingerprints(`INFO started\nINFO ready\n${line}${line}`), [before, twice]);
    } finally {
      rmSync(join(root, 'moving.log'));
    }
  });
});

describe('cequens-errors scan, big inputs', () => {
  it('reads a 48 MB single-line payload in bounded memory (a 32 MB heap), finding codes at its start, middle and end', () => {
    const error = (code: number) => `{"errors":[{"code":${code},"title":"x"}]}`;
    const filler = '{"status":"delivered","recipient":"someone"},'.repeat(8 * 1024);
    const parts = [`[${error(131047)},`];
    for (let n = 0; n < 128; n++) parts.push(filler, n === 64 ? `${error(130429)},` : '');
    parts.push(`${error(131026)}]`);
    const path = join(root, 'huge.json');
    const text = parts.join('');
    writeFileSync(path, text);
    try {
      const { stdout, status, stderr } = run(['scan', 'huge.json', '-f', 'json'], { node: ['--max-old-space-size=32'] });
      assert.equal(status, 1, stderr);
      const { findings } = JSON.parse(stdout);
      assert.deepEqual(findings.map((f: { code: number; line: number }) => [f.code, f.line]), [[131047, 1], [130429, 1], [131026, 1]]);
      assert.equal(findings[2].column, text.lastIndexOf('131026') + 1);
      assert.ok(text.length > 47_000_000);
    } finally {
      rmSync(path);
    }
  });
  it('writes a JSON document of 200,000 findings as they come, in a 32 MB heap', () => {
    const line = '2026-11-29T02:10:00Z ERROR [send] whatsapp error 470: Re-engagement message to=2010\n';
    writeFileSync(join(root, 'many.log'), line.repeat(200_000));
    const out = openSync(join(root, 'many.json'), 'w');
    try {
      const result = spawnSync(process.execPath, ['--max-old-space-size=32', BINARY, 'scan', 'many.log', '-f', 'json'], { cwd: root, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      const document = JSON.parse(readFileSync(join(root, 'many.json'), 'utf8'));
      assert.equal(document.findings.length, 200_000);
      assert.deepEqual([document.findings[199_999].code, document.findings[199_999].line], [470, 200_000]);
      assert.equal(document.summary.total, 200_000);
    } finally {
      closeSync(out);
      rmSync(join(root, 'many.log'));
      rmSync(join(root, 'many.json'));
    }
  });
});

describe('cequens-errors scan --summary-only, a big log in parts on every core', () => {
  // Over 16 MiB, room for two ranges of at least 8 MiB: lines cross the boundary, a part is CRLF,
  // and a line of 5 MB (read in segments, as any line past 64 KB) lies across the boundary.
  let folder: string;
  let threadsFile: string;
  let hook: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'cequens-ranges-'));
    const lines = readFileSync('samples/logs/gateway.log', 'utf8');
    const huge = Array.from({ length: 170_000 }, (_, n) => `ts=${n} error code=${n % 2 ? 1015 : 470} r=${n % 7}`).join(' ');
    const parts = [lines.repeat(1200), lines.replace(/\n/g, '\r\n').repeat(300), `${huge}\n`, lines.repeat(1800), 'last error code=1026'];
    writeFileSync(join(folder, 'big.log'), parts.join(''));
    const size = statSync(join(folder, 'big.log')).size;
    const hugeStart = Buffer.byteLength(parts.slice(0, 2).join(''));
    assert.ok(size > 16 * 1024 * 1024 && hugeStart < size / 2 && hugeStart + huge.length > size / 2, 'the long line crosses the middle');
    // Each thread that reads a range leaves a line in threadsFile.
    hook = join(folder, 'countThreads.cjs');
    threadsFile = join(folder, 'threads');
    writeFileSync(hook, "if (!require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(process.env.THREADS_FILE, 'thread\\n');\n");
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const scanWith = (threads: number, format: string) => {
    rmSync(threadsFile, { force: true });
    const result = run(['scan', 'big.log', '--summary-only', '-f', format, '-j', String(threads)], { cwd: folder, node: ['--require', hook], env: { THREADS_FILE: threadsFile } });
    const threadsRun = existsSync(threadsFile) ? readFileSync(threadsFile, 'utf8').split('\n').filter(Boolean).length : 0;
    return { ...result, threadsRun };
  };
  const outcome = (r: Run) => [r.status, r.stdout, r.stderr];

  it('gives the summary of reading it in one piece: counts, first and last places, line numbers', () => {
    const whole = scanWith(1, 'json');
    assert.equal(whole.status, 1, whole.stderr);
    assert.equal(whole.threadsRun, 0);
    // Three threads asked for, room for two ranges: two threads read it.
    const inParts = scanWith(3, 'json');
    assert.equal(inParts.threadsRun, 2);
    assert.deepEqual(outcome(inParts), outcome(whole));
    const { summary } = JSON.parse(inParts.stdout);
    const rate = summary.codes.find((c: { code: number }) => c.code === 1015);
    assert.ok(rate.count > 85_000, `${rate.count} codes 1015`);
    const lastLine = summary.codes.find((c: { code: number }) => c.code === 1026).last.line;
    assert.equal(lastLine, readFileSync(join(folder, 'big.log'), 'utf8').split(/\r\n|\r|\n/).length);
    assert.deepEqual(outcome(scanWith(2, 'text')), outcome(scanWith(1, 'text')));
  });

  it('stays in bounded memory, the line longer than a range included', { skip: !existsSync('/usr/bin/time') && 'no /usr/bin/time to measure peak memory' }, () => {
    const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, BINARY, 'scan', 'big.log', '--summary-only', '-j', '2'], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    const peakKb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)![1]);
    assert.ok(peakKb < 150_000, `peak RSS ${peakKb} KB`);
  });
});

describe('cequens-errors scan --checks', () => {
  const SENDER = [
    '// WhatsApp Cloud API sender',
    'export async function onError(err: { code: number }): Promise<void> {',
    '  switch (err.code) {',
    '    case 131047:',
    '      await resend();',
    '      break;',
    '    case 130429:',
    '      await backOff();',
    '      await resend();',
    '      break;',
    '  }',
    '}',
    'declare function resend(): Promise<void>;',
    'declare function backOff(): Promise<void>;',
    '',
  ].join('\n');
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'cequens-checks-'));
    writeFileSync(join(folder, 'sender.ts'), SENDER);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const scanIn = (args: readonly string[]) => run(['scan', 'sender.ts', ...args], { cwd: folder });

  it('runs the editor\'s policy checks on a source file: a permanent code retried fails the scan; the transient one retried does not', () => {
    const { stdout, status } = scanIn(['--checks']);
    assert.equal(status, 1);
    const checks = stdout.split('\n').filter((line) => / (retry-permanent|final-transient|failed-status-errors) /.test(line));
    assert.deepEqual(checks.map((line) => line.split(' ').slice(0, 3).join(' ')), ['sender.ts:4:10 retry-permanent 131047']);
    assert.match(stdout, /1 policy check finding\./);
    assert.doesNotMatch(scanIn([]).stdout, /retry-permanent/, 'only when asked');
    assert.equal(scanIn(['--checks', '--exit-zero']).status, 0);
  });

  it('jsonl gives each a check record; SARIF a rule of its own, valid SARIF 2.1.0', () => {
    const records = scanIn(['--checks', '-f', 'jsonl']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    const check = records.find((r) => r.type === 'check');
    assert.deepEqual([check.check, check.code, check.line, check.column], ['retry-permanent', 131047, 4, 10]);
    assert.equal(records.at(-1).checks, 1);
    const sarif = scanIn(['--checks', '-f', 'sarif']).stdout;
    const log = JSON.parse(sarif);
    assertValidSarif(sarif);
    const [sarifRun] = log.runs;
    const result = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'check/retry-permanent');
    assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, 'check/retry-permanent');
    assert.match(sarifRun.tool.driver.rules[result.ruleIndex].shortDescription.text, /permanent .* retry/);
  });

  it('is an option of scan alone', () => {
    const { status, stderr } = run(['explain', '470', '--checks']);
    assert.equal(status, 2);
    assert.match(stderr, /--checks is an option of scan/);
  });
});

describe('cequens-errors explain and list', () => {
  it('explain: the card of a code in the terminal, the hover’s text without Markdown', () => {
    const { stdout, status } = run(['explain', '470']);
    assert.equal(status, 0);
    const parts = stdout.split('\n\n');
    assert.equal(parts[0], '470 Re-engagement message');
    assert.match(stdout, /\n\nWhat to do: Use a message template to respond\.\n\nSame meaning elsewhere: Cloud API 131047 · Twilio 63016\n\nMessage · permanent: do not retry as is · CEQUENS <https:\/\/support\.cequens\.com\/[^>]+>\n$/);
    assert.doesNotMatch(stdout, /\*\*|\\\.|###/);
    assert.ok(run(['explain', '470'], { env: { FORCE_COLOR: '1' } }).stdout.startsWith(`${ESC}1m470 Re-engagement message`));
  });

  it('explain: a textual code in any case, every meaning of an ambiguous code, and a twin’s number', () => {
    assert.match(run(['explain', 'missing_token']).stdout, /^401 MISSING_TOKEN\n/);
    const all = run(['explain', '401']).stdout;
    assert.match(all, /^401 can mean 5 things/);
    assert.equal(all.match(/^What to do:/gm)?.length, 5);
    assert.match(run(['explain', '63016']).stdout, /^Twilio 63016 is the twin of 470, 131047:\n\n470 Re-engagement message/);
  });

  it('explain: an unknown code exits 1 and says so on standard error', () => {
    const { status, stdout, stderr } = run(['explain', '99999']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^99999: no such code in the catalog/);
  });

  it('list: a line per catalog entry, or the entries as JSON; --catalog narrows it', () => {
    const catalog = catalogOf();
    const text = run(['list']).stdout;
    assert.equal(text.trimEnd().split('\n').length, catalog.entries.length);
    assert.match(text, /^470\s+Re-engagement message \(message, permanent, CEQUENS\)$/m);
    const json = JSON.parse(run(['list', '--format', 'json']).stdout);
    assert.equal(json.version, 1);
    assert.deepEqual(json.entries.map((e: { id: string }) => e.id), catalog.entries.map((e) => e.id));
    const cequensOnly = JSON.parse(run(['list', '-f', 'json', '--catalog', 'CEQUENS']).stdout);
    assert.ok(cequensOnly.entries.length > 0 && cequensOnly.entries.every((e: { source: string }) => e.source === 'CEQUENS'));
  });

  it('--version and --help', () => {
    assert.match(run(['--version']).stdout, /^cequens-errors \d+\.\d+\.\d+\n$/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Exit codes: 0 nothing found/);
  });
});

describe('cequens-errors: team catalogs', () => {
  let project: string;
  const TEAM = {
    extendEntries: [{ provider: 'Acme', code: 9001, title: 'WA_TEMPLATE_STALE', remedy: 'Re-sync templates.', category: 'template' }],
    overrides: { 'cequens:470': { remedy: 'Page the on-call.' } },
    extendNeverCodes: [1015],
  };
  const BROKEN = '{\n  "extendEntries": [\n    { "provider": "Acme", "code": 9001, "title": "X", "remedy": "Y", "categry": "template" }\n  ]\n}\n';
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'cequens-team-cli-'));
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, '.cequens'));
    mkdirSync(join(project, 'logs'));
    writeFileSync(join(project, '.cequens', 'catalog.json'), JSON.stringify(TEAM, null, 2));
    writeFileSync(join(project, 'logs', 'gateway.log'), 'ERROR [send] code=9001\nERROR [send] code=470\nWARN [send] code=1015\n');
    writeFileSync(join(project, 'broken.json'), BROKEN);
    writeFileSync(join(project, 'other.json'), JSON.stringify({ extendEntries: [{ provider: 'Acme', code: 9001, title: 'WA_OTHER', remedy: 'Other.' }] }));
  });
  after(() => rmSync(project, { recursive: true }));

  it('reads .cequens/catalog.json of the git root from a folder inside it: adds, overrides and silences', () => {
    const { status, stdout } = run(['scan', 'gateway.log'], { cwd: join(project, 'logs') });
    assert.equal(status, 1);
    assert.deepEqual(listed(stdout).map((line) => /:\d+:\d+ (\d+)/.exec(line)?.[1]), ['9001', '470']);
    assert.match(run(['explain', '9001'], { cwd: project }).stdout, /^9001 WA_TEMPLATE_STALE/);
    assert.match(run(['explain', '470'], { cwd: project }).stdout, /What to do: Page the on-call\./);
  });

  it('--catalog <file> replaces the project’s catalog, and mixes with --catalog <name>', () => {
    assert.match(run(['explain', '9001', '--catalog', 'other.json'], { cwd: project }).stdout, /^9001 WA_OTHER/);
    const { stdout } = run(['list', '-f', 'json', '--catalog', 'CEQUENS', '--catalog', 'other.json'], { cwd: project });
    const sources = new Set(JSON.parse(stdout).entries.map((e: { source: string }) => e.source));
    assert.deepEqual([...sources], ['CEQUENS', 'Acme']);
  });

  it('schema: the JSON Schema a catalog’s "$schema": "./catalog.schema.json" names, to write beside it; a catalog that names it reads', () => {
    const { status, stdout } = run(['schema'], { cwd: project });
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), JSON.parse(readFileSync('shared/catalog/team-catalog.schema.json', 'utf8')));
    writeFileSync(join(project, 'named.json'), JSON.stringify({ $schema: './catalog.schema.json', ...TEAM }));
    assert.match(run(['explain', '9001', '--catalog', 'named.json'], { cwd: project }).stdout, /^9001 WA_TEMPLATE_STALE/);
    assert.equal(run(['schema', 'out.json'], { cwd: project }).status, 2);
  });

  it('a broken catalog exits 2 naming path:line:col, and does nothing', () => {
    const { status, stdout, stderr } = run(['scan', 'logs', '--catalog', 'broken.json'], { cwd: project });
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^broken\.json:3:70: unknown field "categry" \(fields: provider, code, /);
    const missing = run(['list', '--catalog', 'nowhere.json'], { cwd: project });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--catalog nowhere\.json: neither a catalog name \(CEQUENS, Cloud API\) nor a file that can be read \(ENOENT\)/);
  });
});
