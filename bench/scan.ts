/** Full-scan throughput of the detector on a log, next to ripgrep counting the catalog's codes in it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Catalog } from '../shared/src/catalog';
import { detect } from '../server/src/core/detection/detect';
import { median, MiB, timeMs } from './stats';

export interface ScanResult {
  readonly bytes: number;
  readonly occurrences: number;
  readonly detectorMs: number;
  /** Undefined when rg is not installed. */
  readonly rg?: { readonly ms: number; readonly matches: number };
}

/** benchScan in a fresh Node process (out/bench/scanChild.js), on the text of `file`. */
export function benchScanAlone(file: string, runs: number, outDir: string): ScanResult {
  const child = spawnSync(process.execPath, [join(outDir, 'scanChild.js'), file, String(runs)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`scan of ${file} failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(child.stdout);
}

/**
 * Median of `runs` timed full scans after one warm-up, and the same for `rg --count-matches`,
 * interleaved so that both see the same load on a shared machine.
 */
export function benchScan(text: string, file: string, catalog: Catalog, runs: number): ScanResult {
  const bytes = Buffer.byteLength(text);
  const occurrences = detect(text, 'log', catalog).length; // warm-up
  const rg = rgRunner(file, catalog);
  const detectorTimes: number[] = [];
  const rgTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    detectorTimes.push(timeMs(() => detect(text, 'log', catalog)));
    if (rg) rgTimes.push(timeMs(rg.run));
  }
  return {
    bytes,
    occurrences,
    detectorMs: median(detectorTimes),
    ...(rg ? { rg: { ms: median(rgTimes), matches: rg.matches } } : {}),
  };
}

/** The alternation of every code of the catalog, numeric and textual: \b(400|401|…|TOKEN)\b. */
export function rgPattern(catalog: Catalog): string {
  const codes = [...[...catalog.codes].sort((a, b) => a - b).map(String), ...catalog.stringCodes];
  return `\\b(${codes.join('|')})\\b`;
}

/** A run of rg counting the codes in `file`, warmed up (and the file in the page cache); undefined without rg. */
function rgRunner(file: string, catalog: Catalog): { run: () => void; matches: number } | undefined {
  const args = ['--count-matches', '--no-config', rgPattern(catalog), file];
  const run = () => spawnSync('rg', args, { encoding: 'utf8', maxBuffer: MiB });
  const first = run();
  if (first.error || first.status !== 0) return undefined;
  return { run, matches: Number(first.stdout.trim()) };
}

export function rgVersion(): string | undefined {
  const result = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return result.error || result.status !== 0 ? undefined : result.stdout.split('\n')[0];
}
