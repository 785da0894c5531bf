// Runs the VS Code integration suite (out/test/vscode/suite) in code-server's Node extension host,
// driven by headless Chromium: no VS Code download. Fails on a failing test, a missing result or a
// time-out. Usage (after `node esbuild.mjs --tests=test/vscode`): node test/vscode/runOffline.mjs
// Env: CEQUENS_TEST_GREP (mocha grep), CEQUENS_TEST_TIMEOUT_MS (whole suite, default 300000).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CACHE,
  CHROMIUM,
  ROOT,
  SAMPLES,
  installCodeServer,
  samplesFingerprint,
  startCodeServer,
  workbenchUrl,
} from './codeServer.mjs';

const RESULTS = join(CACHE, 'vscode-offline', 'results.json');
const TESTS = join(ROOT, 'out/test/vscode/suite/index.js');
const TIMEOUT_MS = Number(process.env.CEQUENS_TEST_TIMEOUT_MS ?? 300_000);

const started = Date.now();
if (!existsSync(TESTS)) fail(`${TESTS} is missing: run \`node esbuild.mjs --tests=test/vscode\` first`);
const bin = installCodeServer();
rmSync(RESULTS, { force: true });
const samplesBefore = samplesFingerprint();

const server = await startCodeServer({
  bin,
  name: 'vscode-offline',
  env: { CEQUENS_VSCODE_RESULTS: RESULTS, CEQUENS_TEST_GREP: process.env.CEQUENS_TEST_GREP ?? '' },
});
const browser = await chromium.launch(CHROMIUM);
let results;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const url = workbenchUrl(server.origin, {
    folder: SAMPLES,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS,
  });
  console.log(`code-server ${server.origin} ready in ${Date.now() - started} ms; running the suite`);
  await page.goto(url);
  results = await waitForResults(Date.now() + TIMEOUT_MS);
  if (!results) {
    console.error(`No results after ${TIMEOUT_MS} ms.\n--- page errors ---\n${pageErrors.join('\n')}`);
    console.error(`--- code-server ---\n${server.logs()}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
if (!results) fail('the suite wrote no results (time-out)');

for (const t of results.tests) {
  console.log(`${t.state === 'passed' ? '  ✓' : t.state === 'failed' ? '  ✗' : '  -'} ${t.title} (${t.durationMs} ms)`);
  if (t.error) console.log(`      ${t.error.replace(/\n/g, '\n      ')}`);
}
console.log(
  `\nVS Code ${results.vscodeVersion}: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending` +
    ` in ${results.durationMs} ms; total ${Date.now() - started} ms` +
    `\nactivation: ${describeActivation(results.activation)}` +
    `\nresults: ${RESULTS}`,
);
if (samplesFingerprint() !== samplesBefore) fail('a test saved a file under samples/ (see `git diff samples`)');
if (results.failed > 0 || results.passed === 0) process.exit(1);

function describeActivation(a) {
  if (!a) return 'not measured';
  const ready = a.readyMs === undefined ? 'VS Code had activated it before the suite ran' : `client ready ${a.readyMs} ms after the suite asked`;
  return `loaded and activated in ${a.ms} ms; ${ready}; ready ${a.readyAtHostUptimeMs} ms after the extension host started`;
}

async function waitForResults(deadline) {
  while (Date.now() < deadline) {
    if (existsSync(RESULTS)) {
      try {
        return JSON.parse(readFileSync(RESULTS, 'utf8'));
      } catch {
        // Being written: read it again.
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}

function fail(message) {
  console.error(`test:vscode:offline: ${message}`);
  process.exit(1);
}
