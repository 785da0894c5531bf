/**
 * Syntax trees of source documents, over LSP with the real server: a keystroke on a 10 k-line
 * TypeScript source to a hover that reflects it (the tree is edited and re-parsed in the
 * background meanwhile) and to a quick fix (which waits for the re-parsed tree), and the server's
 * memory with 20 sources of 2 k lines open, each with its tree built.
 */
import type { ChildProcess } from 'node:child_process';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspServer } from '../test/protocol/lspServer';
import { memoryOf } from './lsp';
import { percentile, timeMsAsync, withTimeout } from './stats';

const TIMEOUT_MS = 120_000;

/** A TypeScript source of `lines` lines that compares a CEQUENS code every fourth line. */
function typeScriptSource(lines: number, seed = 0): string {
  const body = [
    `export async function onStatus${seed}_{{n}}(err: { code: number }): Promise<void> {`,
    '  if (err.code === 1015) await retry(); // whatsapp',
    '  const delay = 1000 * attempt;',
    '}',
  ];
  return Array.from({ length: lines }, (_, i) => body[i % body.length].replace('{{n}}', String(i))).join('\n');
}

export interface KeystrokeResult {
  readonly hover: { readonly p50: number; readonly p95: number };
  readonly quickFix: { readonly p50: number; readonly p95: number };
  readonly edits: number;
}

/** `edits` one-character edits (1015 ⇄ 1016) spread through the source, each followed by a hover there, then by a quick fix. */
export async function keystrokes(lines: number, edits: number): Promise<KeystrokeResult> {
  return withServer(async (server) => {
    const uri = 'file:///bench/keystrokes.ts';
    const text = typeScriptSource(lines);
    await server.open(uri, 'typescript', text);
    const rows = text.split('\n');
    const codeLines = rows.flatMap((row, line) => (row.includes('1015') ? [line] : []));
    const hoverTimes: number[] = [];
    const fixTimes: number[] = [];
    const digits = new Map<number, string>();
    const position = (line: number) => ({ line, character: rows[line].indexOf('101') + 3 });
    // The first quick fix builds the tree: not a keystroke's cost.
    await codeAction(server, uri, position(codeLines[0]));
    for (let i = 0, version = 1; i < edits; i++) {
      const line = codeLines[Math.floor((i * codeLines.length) / edits)];
      const next = digits.get(line) === '6' ? '5' : '6';
      digits.set(line, next);
      const at = position(line);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: at, end: { ...at, character: at.character + 1 } }, text: next }],
      });
      const sent = performance.now();
      const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
      hoverTimes.push(performance.now() - sent);
      if (!JSON.stringify(hover).includes(`101${next} `)) throw new Error(`the hover on line ${line} does not show 101${next}`);
      fixTimes.push(await timeMsAsync(() => codeAction(server, uri, at)));
    }
    return {
      hover: { p50: percentile(hoverTimes, 50), p95: percentile(hoverTimes, 95) },
      quickFix: { p50: percentile(fixTimes, 50), p95: percentile(fixTimes, 95) },
      edits,
    };
  });
}

export interface MemoryResult {
  readonly beforeMiB: number;
  readonly afterMiB: number;
  readonly perSourceMiB: number;
}

/** The server's resident memory before and after `count` sources of `lines` lines are opened and their trees built (a quick fix in each). */
export async function memoryWithSources(count: number, lines: number): Promise<MemoryResult> {
  return withServer(async (server, pid) => {
    const beforeMiB = memoryOf(pid).rssMiB;
    for (let n = 0; n < count; n++) {
      const uri = `file:///bench/source-${n}.ts`;
      const text = typeScriptSource(lines, n);
      await server.open(uri, 'typescript', text);
      await codeAction(server, uri, { line: 1, character: text.split('\n')[1].indexOf('1015') + 1 });
    }
    const afterMiB = memoryOf(pid).rssMiB;
    return { beforeMiB, afterMiB, perSourceMiB: (afterMiB - beforeMiB) / count };
  });
}

async function codeAction(server: LspServer, uri: string, position: { line: number; character: number }): Promise<void> {
  const params = { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } };
  const actions = (await server.connection.sendRequest('textDocument/codeAction', params)) as unknown[];
  if (actions.length === 0) throw new Error(`no quick fix at ${uri}:${position.line + 1}`);
}

async function withServer<T>(run: (server: LspServer, pid: number) => Promise<T>): Promise<T> {
  const server = new LspServer();
  // LspServer keeps its process private; TypeScript allows reading it by name.
  const pid = (server['process'] as ChildProcess).pid!;
  try {
    await withTimeout(server.initialize(), TIMEOUT_MS, 'initialize');
    return await withTimeout(run(server, pid), TIMEOUT_MS, 'source trees');
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => undefined);
  }
}
