/**
 * Inputs of hostile shapes, over LSP with the real server: one long line (a minified JSON payload
 * dump, a single huge log line) and one didChange carrying thousands of edits (a replace-all).
 * Each is measured at doubling sizes, so that the growth ratio shows whether time is linear.
 */
import type { Hover } from 'vscode-languageserver-protocol';
import { LspServer } from '../test/protocol/lspServer';
import { timeMsAsync, withTimeout } from './stats';

export interface ShapeResult {
  /** didOpen (or didChange) sent → a hover on the document answered. */
  readonly toHoverMs: number;
  /**
   * The longest wait of a hover on another, small document: sent right after a didChange, or one
   * after another while an opened document is read (from when its didOpen has been taken in).
   */
  readonly otherHoverMs: number;
  /** A second copy opened and hovered at its last code: the whole document read, so time that grows with it. */
  readonly readAllMs?: number;
}

const READING_WINDOW_MS = 1_500;

const TIMEOUT_MS = 120_000;
const SMALL = 'file:///bench/small.log';
const SMALL_TEXT = 'ERROR whatsapp error 470: x\n';

/** A minified JSON array of webhook statuses, one line of about `bytes` characters. */
export function oneLineJson(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 1; length < bytes; i++) {
    const part = `{"id":"wamid.${i}","status":"failed","recipient_id":"2010${i}","errors":[{"code":${i % 2 ? 1008 : 470},"title":"x","details":"retry_after=${i % 60}"}]}`;
    parts.push(part);
    length += part.length + 1;
  }
  return `[${parts.join(',')}]`;
}

/** One log line of about `bytes` characters: key=value fields with a code now and then. */
export function singleLogLine(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const part = i % 10 === 0 ? `whatsapp error code=1008 msg_id=${i}` : `port=${2000 + (i % 50)} took=${i % 900}ms "note"`;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}

/** A JavaScript source of `lines` lines with error codes in it. */
export function sourceFile(lines: number): string {
  const body = [
    'async function onStatus(err) {',
    '  if (err.code === 1015) await retry(); // whatsapp',
    '  const delay = 1000 * attempt;',
    '}',
  ];
  return Array.from({ length: lines }, (_, i) => body[i % body.length]).join('\n');
}

/** Opens `text` and hovers on its first `code`, then on the small document while `text` is read. */
export async function openAndHover(text: string, languageId: string, code: string): Promise<ShapeResult> {
  return withServer(async (server, hover) => {
    const uri = 'file:///bench/shape';
    const at = text.indexOf(code) + code.search(/\d/); // on the number of the first `code`
    const toHoverMs = await timeMsAsync(async () => {
      await server.open(uri, languageId, text);
      if (!(await hover(uri, { line: 0, character: at + 1 }))) throw new Error(`no card on the first ${code}`);
    });
    let otherHoverMs = 0;
    for (const until = performance.now() + READING_WINDOW_MS; performance.now() < until; ) {
      otherHoverMs = Math.max(otherHoverMs, await timeMsAsync(() => hover(SMALL, { line: 0, character: 22 })));
    }
    const last = text.lastIndexOf(code) + code.search(/\d/);
    const readAllMs = await timeMsAsync(async () => {
      await server.open(`${uri}-copy`, languageId, text);
      if (!(await hover(`${uri}-copy`, { line: 0, character: last + 1 }))) throw new Error(`no card on the last ${code}`);
    });
    return { toHoverMs, otherHoverMs, readAllMs };
  });
}

/** Opens a source file of 1,000 lines, then sends `changes` one-character edits in one didChange. */
export async function replaceAll(changes: number): Promise<ShapeResult> {
  return withServer(async (server, hover) => {
    const uri = 'file:///bench/source.js';
    const text = sourceFile(1_000);
    await server.open(uri, 'javascript', text);
    await hover(uri, { line: 1, character: 20 });
    const lines = text.split('\n');
    // `1000` → `2000` on the delay lines, top to bottom, wrapping around: as a replace-all sends them.
    const delays = lines.flatMap((line, n) => (line.includes('1000') ? [n] : []));
    const contentChanges = Array.from({ length: changes }, (_, i) => {
      const line = delays[i % delays.length];
      const character = lines[line].indexOf('1000');
      return { range: { start: { line, character }, end: { line, character: character + 1 } }, text: i % 2 ? '1' : '2' };
    });
    const changed = server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges });
    const other = timeMsAsync(() => hover(SMALL, { line: 0, character: 22 }));
    const toHoverMs = await timeMsAsync(async () => {
      await changed;
      if (!(await hover(uri, { line: 1, character: 20 }))) throw new Error('no card on 1015 after the edits');
    });
    return { toHoverMs, otherHoverMs: await other };
  });
}

/** A quick fix on a big source file: the request's time, the first and when asked again (the cursor moved), and how long it holds up a hover on another document. */
export interface QuickFixResult {
  readonly firstMs: number;
  readonly againMs: number;
  readonly otherHoverMs: number;
}

/** Opens a JavaScript source of `lines` lines and asks for the quick fixes at its last code, twice, a hover on the small document sent right after the first. */
export async function quickFixAtEnd(lines: number): Promise<QuickFixResult> {
  return withServer(async (server, hover) => {
    const uri = 'file:///bench/big-source.js';
    const text = sourceFile(lines);
    await server.open(uri, 'javascript', text);
    const line = text.split('\n').findLastIndex((l) => l.includes('1015'));
    const position = { line, character: text.split('\n')[line].indexOf('1015') + 1 };
    if (!(await hover(uri, position))) throw new Error('no card on the last 1015');
    const params = { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } };
    const ask = async () => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', params)) as unknown[];
      if (actions.length === 0) throw new Error('no quick fix on the last 1015');
    };
    const first = timeMsAsync(ask);
    const other = timeMsAsync(() => hover(SMALL, { line: 0, character: 22 }));
    const [firstMs, otherHoverMs] = await Promise.all([first, other]);
    return { firstMs, againMs: await timeMsAsync(ask), otherHoverMs };
  });
}

type HoverAt = (uri: string, position: { line: number; character: number }) => Promise<Hover | null>;

async function withServer<T>(run: (server: LspServer, hover: HoverAt) => Promise<T>): Promise<T> {
  const server = new LspServer();
  try {
    await withTimeout(server.initialize(), TIMEOUT_MS, 'initialize');
    const hover: HoverAt = (uri, position) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    await server.open(SMALL, 'log', SMALL_TEXT);
    if (!(await hover(SMALL, { line: 0, character: 22 }))) throw new Error('no card on the small document');
    return await withTimeout(run(server, hover), TIMEOUT_MS, 'shape');
  } finally {
    await withTimeout(server.stop(), 10_000, 'shutdown').catch(() => undefined);
  }
}
