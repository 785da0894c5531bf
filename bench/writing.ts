/**
 * Writing handlers on a 10 k-line TypeScript source, over LSP with the real server: completion at a
 * `case ` just typed (the document edited, its tree re-parsed from the old one, then a digit typed
 * at the cursor and parsed again), and the inlay hints of a screenful after a keystroke, each p50
 * and p95 of round trips.
 */
import { LspServer } from '../test/protocol/lspServer';
import { percentile, withTimeout } from './stats';

const TIMEOUT_MS = 120_000;
/** Lines of a screen the editor asks inlay hints for. */
const SCREEN = 60;

/** A TypeScript source of `lines` lines: switches over WhatsApp codes, ten lines each; with `policy`, each gives up on 131056 (a policy check's finding). */
export function handlerSource(lines: number, policy = false): string {
  const block = [
    'export function handle{{n}}(err: { code: number }): string { // whatsapp',
    '  switch (err.code) {',
    '    case 130429:',
    "      return 'retry';",
    policy ? '    case 131056:' : '    case 131047:',
    policy ? '      return markFailed(err);' : "      return 'template';",
    '    default:',
    "      return 'log';",
    '  }',
    '}',
  ];
  return Array.from({ length: lines }, (_, i) => block[i % block.length].replace('{{n}}', String(i))).join('\n');
}

export interface WritingResult {
  readonly completion: { readonly p50: number; readonly p95: number; readonly items: number };
  readonly hints: { readonly p50: number; readonly p95: number; readonly perScreen: number };
  readonly requests: number;
}

interface Position {
  line: number;
  character: number;
}

export interface PolicyResult {
  /** didOpen → the diagnostics with the policy findings published. */
  readonly publishedMs: number;
  readonly findings: number;
  /** The longest a hover waited meanwhile (after the first, which waits for the document to be read), and how many were sent. */
  readonly longestHoverMs: number;
  readonly hovers: number;
}

/** A 10 k-line source whose every switch gives up on a transient code: hovers one after another until its policy diagnostics are published. */
export async function policyInBackground(lines: number): Promise<PolicyResult> {
  const server = new LspServer();
  try {
    let published: ((count: number) => void) | undefined;
    server.connection.onNotification('textDocument/publishDiagnostics', ({ diagnostics }: { diagnostics: { code?: unknown }[] }) => {
      const findings = diagnostics.filter((d) => d.code === 'final-transient').length;
      if (findings > 0) published?.(findings);
    });
    await withTimeout(server.initialize(), TIMEOUT_MS, 'initialize');
    // A small source first: the grammar loads and the checks' queries are compiled (once per language, ~50–150 ms), not measured.
    const warm = new Promise<number>((resolve) => (published = resolve));
    await server.open('file:///bench/warm.ts', 'typescript', handlerSource(20, true));
    await withTimeout(warm, TIMEOUT_MS, 'the small source\'s diagnostics');
    const uri = 'file:///bench/policy.ts';
    const done = new Promise<number>((resolve) => (published = resolve));
    const opened = performance.now();
    await server.open(uri, 'typescript', handlerSource(lines, true));
    let publishedMs = 0;
    let findings = 0;
    void done.then((count) => {
      publishedMs = performance.now() - opened;
      findings = count;
    });
    // The first hover waits for the document to be read (detection, synchronous on didOpen): not the checks' doing.
    const hover = (n: number) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2 + 10 * (n % (lines / 10)), character: 11 } });
    await hover(0);
    let longestHoverMs = 0;
    let hovers = 0;
    while (findings === 0 && performance.now() - opened < TIMEOUT_MS) {
      const sent = performance.now();
      await hover(hovers);
      longestHoverMs = Math.max(longestHoverMs, performance.now() - sent);
      hovers++;
    }
    return { publishedMs, findings, longestHoverMs, hovers };
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => undefined);
  }
}

export async function writingAids(lines: number, requests: number): Promise<WritingResult> {
  const server = new LspServer();
  try {
    await withTimeout(server.initialize(undefined, { capabilities: { textDocument: { completion: { completionItem: { labelDetailsSupport: true, resolveSupport: { properties: ['documentation'] } } } } } }), TIMEOUT_MS, 'initialize');
    return await withTimeout(measure(server, lines, requests), TIMEOUT_MS, 'writing aids');
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => undefined);
  }
}

async function measure(server: LspServer, lines: number, requests: number): Promise<WritingResult> {
  const uri = 'file:///bench/handlers.ts';
  const text = handlerSource(lines);
  await server.open(uri, 'typescript', text);
  const rows = text.split('\n');
  const defaults = rows.flatMap((row, line) => (row === '    default:' ? [line] : []));
  let version = 1;
  const change = (range: { start: Position; end: Position }, newText: string) =>
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: newText }] });
  const hintsOf = (line: number) =>
    server.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: Math.max(0, line - SCREEN / 2), character: 0 }, end: { line: line + SCREEN / 2, character: 0 } },
    }) as Promise<unknown[] | null>;
  // The first request waits for the whole tree: not a keystroke's cost.
  await hintsOf(0);
  const completionTimes: number[] = [];
  const hintTimes: number[] = [];
  let items = 0;
  let perScreen = 0;
  for (let i = 0; i < requests; i++) {
    const line = defaults[Math.floor((i * defaults.length) / requests)];
    // Type a new `case ` before the default, ask for completion there, then take the line out again.
    const at = { line, character: 0 };
    await change({ start: at, end: at }, '    case \n');
    let sent = performance.now();
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 9 } })) as { items: unknown[] } | null;
    completionTimes.push(performance.now() - sent);
    if (!list || list.items.length === 0) throw new Error(`no completion at line ${line + 1}`);
    items = list.items.length;
    await change({ start: at, end: { line: line + 1, character: 0 } }, '');
    // A keystroke in a code two lines above (131047 ⇄ 131048), then the screen's hints.
    const digit = { line: line - 2, character: 14 };
    await change({ start: digit, end: { ...digit, character: 15 } }, i % 2 === 0 ? '8' : '7');
    sent = performance.now();
    const hints = await hintsOf(line);
    hintTimes.push(performance.now() - sent);
    if (!hints || hints.length === 0) throw new Error(`no inlay hint around line ${line + 1}`);
    perScreen = hints.length;
  }
  return {
    completion: { p50: percentile(completionTimes, 50), p95: percentile(completionTimes, 95), items },
    hints: { p50: percentile(hintTimes, 50), p95: percentile(hintTimes, 95), perScreen },
    requests,
  };
}
