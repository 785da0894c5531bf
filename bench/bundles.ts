/** Bundle sizes and extension activation time. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats';

export interface Activation {
  readonly ms: number;
  /** Where the number comes from. */
  readonly how: string;
}

/** What bench/build.mjs built: whether the production build succeeded, and the bundles' sizes then. */
export interface BuildInfo {
  readonly productionBuilt: boolean;
  readonly bytes: Readonly<Record<string, number>>;
}

export function buildInfo(outDir: string): BuildInfo {
  const file = join(outDir, 'build.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { productionBuilt: false, bytes: {} };
}

/** Results files the VS Code integration suite writes (test/vscode/suite/index.ts), newest first. */
const SUITE_RESULTS = ['.cache/vscode-results.json', '.cache/vscode-electron/results.json', '.cache/vscode-offline/results.json'];

/** The activation time recorded inside a real VS Code by the integration suite, if any. */
export function recordedActivation(): Activation | undefined {
  const found = SUITE_RESULTS.filter((file) => existsSync(file))
    .map((file) => ({ file, mtime: statSync(file).mtimeMs, results: JSON.parse(readFileSync(file, 'utf8')) }))
    .filter(({ results }) => typeof results.activation?.ms === 'number')
    .sort((a, b) => b.mtime - a.mtime)[0];
  if (!found) return undefined;
  const { file, mtime, results } = found;
  return {
    ms: results.activation.ms,
    how: `VS Code ${results.vscodeVersion}, integration suite (${file}, ${new Date(mtime).toISOString().slice(0, 16)}): loading the extension's modules plus activate(), as the extension timed them`,
  };
}

/**
 * require() of the production client (the copy bench/build.mjs made of dist/client.js) + activate()
 * with a stub vscode, in fresh processes: median of `runs`.
 */
export function stubbedActivation(runs: number, outDir: string): (Activation & { loadMs: number; activateMs: number }) | string {
  const samples: { loadMs: number; activateMs: number }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const child = spawnSync(process.execPath, [join(outDir, 'activationChild.js'), join(outDir, 'client.js')], { encoding: 'utf8' });
    if (child.status !== 0) return `stubbed activation failed: ${errorLine(child.stderr || child.stdout)}`;
    if (i > 0) samples.push(JSON.parse(child.stdout)); // the first run warms the file cache
  }
  const loadMs = median(samples.map((s) => s.loadMs));
  const activateMs = median(samples.map((s) => s.activateMs));
  return {
    ms: median(samples.map((s) => s.loadMs + s.activateMs)),
    loadMs,
    activateMs,
    how: `stub vscode in plain Node: require(dist/client.js) ${loadMs.toFixed(1)} ms + activate() ${activateMs.toFixed(1)} ms, server not started (median of ${runs})`,
  };
}

/** The `SomeError: message` line of a crash (the source line above it may be a whole minified bundle). */
function errorLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.filter(Boolean).at(-1) ?? 'no output';
}
