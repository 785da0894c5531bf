/**
 * The real language server (`node dist/server.js --stdio`) with a big log open: time from didOpen
 * to the first hover, hover latency, time from a one-line edit to a hover that reflects it, and
 * the server's peak memory.
 */
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import type { Occurrence } from '../server/src/core/detection/occurrence';
import { LspServer } from '../test/protocol/lspServer';
import { prng } from './generate';
import { percentile, timeMsAsync, withTimeout } from './stats';

export interface LspResult {
  readonly openToFirstHoverMs: number;
  /** Hover round trips in the first seconds after opening, while the document is read. */
  readonly whileReading: { readonly maxMs: number; readonly p50: number; readonly count: number };
  readonly hover: { readonly p50: number; readonly p99: number; readonly count: number; readonly misses: number };
  readonly edit: { readonly p50: number; readonly p95: number; readonly count: number; readonly stale: number };
  readonly rss: { readonly afterOpenMiB: number; readonly peakAfterOpenMiB: number; readonly endMiB: number; readonly peakMiB: number };
}

const URI = 'file:///bench/gateway.log';
const PHASE_TIMEOUT_MS = 180_000;
const READING_WINDOW_MS = 2_000;

export async function benchLsp(text: string, occurrences: readonly Occurrence[], hovers: number, edits: number): Promise<LspResult> {
  const lines = new LineMap(text);
  const server = new LspServer();
  // LspServer keeps its process private; TypeScript allows reading it by name.
  const pid = (server['process'] as ChildProcess).pid!;
  try {
    await withTimeout(server.initialize(), PHASE_TIMEOUT_MS, 'initialize');
    const hover = (offset: number) =>
      server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: lines.positionAt(offset) });

    // didOpen of the whole log, then a hover: answered once the document is analysed.
    const first = occurrences[0];
    const openToFirstHoverMs = await withTimeout(
      timeMsAsync(async () => {
        await server.open(URI, 'log', text);
        if (!(await hover(first.start))) throw new Error('the first hover found no card');
      }),
      PHASE_TIMEOUT_MS,
      'didOpen → first hover',
    );
    // Right after opening, the server reads the log in slices: hovers meanwhile show how long it
    // keeps a request waiting at worst.
    const whileReading: number[] = [];
    const readingUntil = performance.now() + READING_WINDOW_MS;
    for (let i = 0; performance.now() < readingUntil; i++) {
      const o = occurrences[(i * 7919) % occurrences.length];
      whileReading.push(await timeMsAsync(() => hover(o.start + 1)));
    }
    const { rssMiB: afterOpenMiB, peakMiB: peakAfterOpenMiB } = memoryOf(pid);

    // Hovers at random occurrences, one at a time.
    const random = prng(7);
    const hoverTimes: number[] = [];
    let misses = 0;
    for (let i = 0; i < hovers; i++) {
      const o = occurrences[Math.floor(random() * occurrences.length)];
      let answer: Hover | null = null;
      hoverTimes.push(await timeMsAsync(async () => (answer = await hover(o.start + 1))));
      if (!answer) misses++;
    }

    // One-line edits spread through the file: code=1008 ⇄ code=1009, then a hover on the edit.
    const editable = occurrences.filter((o) => !o.stringCode && text.slice(o.start - 5, o.start) === 'code=' && o.end - o.start === 4);
    const editTimes: number[] = [];
    let stale = 0;
    let version = 1;
    for (let i = 0; i < Math.min(edits, editable.length); i++) {
      const o = editable[Math.floor((i * editable.length) / edits)];
      const replacement = o.code === 1008 ? '1009' : '1008';
      const range = { start: lines.positionAt(o.start), end: lines.positionAt(o.end) };
      editTimes.push(
        await withTimeout(
          timeMsAsync(async () => {
            await server.connection.sendNotification('textDocument/didChange', {
              textDocument: { uri: URI, version: ++version },
              contentChanges: [{ range, text: replacement }],
            });
            // Requests are answered in order, so the first hover should already be fresh.
            for (let tries = 0; !cardOf(await hover(o.start)).startsWith(`### ${replacement} `); tries++) {
              if (tries === 100) throw new Error(`the hover at offset ${o.start} never showed ${replacement}`);
              stale++;
            }
          }),
          PHASE_TIMEOUT_MS,
          'didChange → fresh hover',
        ),
      );
    }
    const { rssMiB: endMiB, peakMiB } = memoryOf(pid);
    return {
      openToFirstHoverMs,
      whileReading: { maxMs: Math.max(...whileReading), p50: percentile(whileReading, 50), count: whileReading.length },
      hover: { p50: percentile(hoverTimes, 50), p99: percentile(hoverTimes, 99), count: hoverTimes.length, misses },
      edit: { p50: percentile(editTimes, 50), p95: percentile(editTimes, 95), count: editTimes.length, stale },
      rss: { afterOpenMiB, peakAfterOpenMiB, endMiB, peakMiB },
    };
  } catch (error) {
    throw new Error(`${error}${server.stderr ? `; server stderr: ${server.stderr.trim().slice(-500)}` : ''}`);
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => killQuietly(pid));
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid);
  } catch {
    // Already gone.
  }
}

function cardOf(hover: Hover | null): string {
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

/** CPU time (user and system, all threads) a process has used so far, ms: /proc counts it in USER_HZ ticks (100 a second on Linux). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** VmRSS and VmHWM (peak resident set) of a process, in MiB (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/** Offsets to LSP positions (UTF-16 characters, as JavaScript strings count them). */
class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }
}
