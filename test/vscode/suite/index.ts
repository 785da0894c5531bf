/**
 * The suite's entry point, as `@vscode/test-electron` and code-server's `extensionTestsPath` expect:
 * runs every *.test.js beside it with mocha (TDD interface) and writes the results as JSON to
 * $CEQUENS_VSCODE_RESULTS (default .cache/vscode-results.json), which the offline launcher waits for.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { recordedActivation } from './helper';

interface TestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs: number;
  readonly error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  if (process.env.CEQUENS_TEST_GREP) mocha.grep(process.env.CEQUENS_TEST_GREP);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const tests: TestResult[] = [];
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const runner = mocha.run((failures) => {
      const activation = recordedActivation();
      writeResults({
        vscodeVersion: vscode.version,
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: failures,
        pending: tests.filter((t) => t.state === 'pending').length,
        durationMs: Date.now() - started,
        activation,
        tests,
      });
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolvePromise();
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, error: Error) =>
      tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: error.stack ?? String(error) }),
    );
  });
}

function writeResults(results: object): void {
  const file = process.env.CEQUENS_VSCODE_RESULTS || resolve(__dirname, '../../../../.cache/vscode-results.json');
  mkdirSync(dirname(file), { recursive: true });
  // Written whole, then renamed: the launcher never reads half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  renameSync(`${file}.tmp`, file);
}
