/**
 * The summary of a big log ("CEQUENS: Summarize WhatsApp errors in this file") over LSP, with the
 * real language server (`node dist/server.js --stdio`): the time to the first paint of the view,
 * i.e. from sending `cequens/summary` for the open document, as the client does (with a
 * partialResultToken), until the first thing the view shows is received (a report of the counts
 * so far while the server reads, else the answer), plus building the view's HTML from it
 * (`summaryHtml`, what the client sets as the webview's HTML); and the time to the whole answer.
 */
import type { ChildProcess } from 'node:child_process';
import { summaryHtml } from '../client/src/ui/summaryHtml';
import { SummaryRequest, type SummaryResult } from '../shared/src/protocol';
import { LspServer } from '../test/protocol/lspServer';
import { median, timeMs, timeMsAsync, withTimeout } from './stats';

export interface SummaryTiming {
  /** Sending the request until the answer is received. */
  readonly requestMs: number;
  /** Sending the request until the first report of the counts so far, or the answer when none came first. */
  readonly firstMs: number;
  /** summaryHtml() on what came first. */
  readonly htmlMs: number;
  /** The two together: the first paint of the view, less the webview's own rendering. */
  readonly paintMs: number;
  /** Reports received before the answer. */
  readonly reports: number;
}

export interface SummaryBenchResult {
  /** Summaries of the open document, once the server has read it (as when a log is open a while). */
  readonly warm: readonly SummaryTiming[];
  /** A summary asked for right after didOpen, each in a fresh server: it waits for the server to read the log. */
  readonly cold: readonly SummaryTiming[];
  readonly total: number;
  readonly rows: number;
  readonly minutes: number;
  readonly htmlBytes: number;
}

const URI = 'file:///bench/gateway.log';
const TIMEOUT_MS = 180_000;
/** Numbers each summary's partialResultToken. */
let summaries = 0;

export async function benchSummary(text: string, warmRuns: number, coldRuns: number): Promise<SummaryBenchResult> {
  const cold: SummaryTiming[] = [];
  const warm: SummaryTiming[] = [];
  let last: { summary: SummaryResult; html: string } | undefined;
  for (let run = 0; run < coldRuns; run++) {
    await withServer(async (server) => {
      // didOpen, then the request at once: the answer waits for the log to be read.
      await server.open(URI, 'log', text);
      const { timing, summary, html } = await timedSummary(server);
      cold.push(timing);
      last = { summary, html };
      if (run === coldRuns - 1) {
        // The same server, the log read: one warm-up, then the measured runs.
        await timedSummary(server);
        for (let i = 0; i < warmRuns; i++) warm.push((await timedSummary(server)).timing);
      }
    });
  }
  if (!last) throw new Error('no summary was measured');
  return {
    warm,
    cold,
    total: last.summary.total,
    rows: last.summary.rows.length,
    minutes: last.summary.perMinute.length,
    htmlBytes: Buffer.byteLength(last.html),
  };
}

async function timedSummary(server: LspServer): Promise<{ timing: SummaryTiming; summary: SummaryResult; html: string }> {
  const partialResultToken = `bench-${++summaries}`;
  let first: { ms: number; summary: SummaryResult } | undefined;
  let reports = 0;
  const start = performance.now();
  const listening = server.connection.onProgress(SummaryRequest, partialResultToken, (report) => {
    reports++;
    first ??= { ms: performance.now() - start, summary: report };
  });
  let answer: SummaryResult | null = null;
  const requestMs = await withTimeout(
    timeMsAsync(async () => (answer = await server.connection.sendRequest(SummaryRequest, { textDocument: { uri: URI }, partialResultToken }))),
    TIMEOUT_MS,
    'cequens/summary',
  );
  listening.dispose();
  const summary = answer as SummaryResult | null;
  if (!summary || summary.total === 0) throw new Error('the summary of the log is empty');
  const shown = first ?? { ms: requestMs, summary };
  const page = (s: SummaryResult) => summaryHtml(s, { nonce: '0123456789abcdef0123456789abcdef', heading: 'WhatsApp errors in gateway.log' });
  const htmlMs = timeMs(() => page(shown.summary));
  return { timing: { requestMs, firstMs: shown.ms, htmlMs, paintMs: shown.ms + htmlMs, reports }, summary, html: page(summary) };
}
async function withServer(run: (server: LspServer) => Promise<void>): Promise<void> {
  const server = new LspServer();
  const pid = (server['process'] as ChildProcess).pid!;
  try {
    await withTimeout(server.initialize(), TIMEOUT_MS, 'initialize');
    await run(server);
  } catch (error) {
    throw new Error(`${error}${server.stderr ? `; server stderr: ${server.stderr.trim().slice(-500)}` : ''}`);
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    });
  }
}

/** "median (min–max)" of one measure over the runs. */
export function spread(timings: readonly SummaryTiming[], pick: (t: SummaryTiming) => number, digits = 0): string {
  const values = timings.map(pick);
  const f = (v: number) => v.toFixed(digits);
  return `${f(median(values))} ms (${f(Math.min(...values))}–${f(Math.max(...values))} ms)`;
}
