/**
 * The differential test of the occurrence index: a random document (code, logs, payloads, noise;
 * small or huge, short or very long lines), random edits applied one at a time or in batches,
 * and after each the index must equal a fresh scan of the same text, and the syntax tree kept
 * through the edits (parsed in slices now and then) a fresh parse, where the text parses without
 * an error. A divergence is shrunk to a small reproduction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { profileFor } from '../../shared/src/languages';
import { OccurrenceIndex, type TextEdit } from '../../server/src/core/occurrenceIndex';
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Grammars } from '../../server/src/core/syntax/grammars';
import { SourceTree } from '../../server/src/core/syntax/sourceTree';

const catalog = new Catalog(cequensEntries());

/** What the fixture files' extensions mean, for documents built from their real-looking text. */
const LANGUAGES: Record<string, string> = {
  ts: 'typescript', js: 'javascript', py: 'python', java: 'java', go: 'go', cs: 'csharp', php: 'php', rb: 'ruby',
  log: 'log', jsonl: 'jsonl', json: 'json', txt: 'plaintext', mjs: 'javascript',
};

interface Source {
  readonly languageId: string;
  readonly lines: readonly string[];
}

/** The fixtures of test/fixtures, markers removed: realistic code and logs to cut documents from. */
function loadSources(): Source[] {
  const root = join(__dirname, '../../../test/fixtures');
  const sources: Source[] = [];
  for (const folder of readdirSync(root)) {
    for (const file of readdirSync(join(root, folder))) {
      const extension = file.replace(/\.fixture$/, '').split('.').pop() ?? '';
      const languageId = LANGUAGES[extension];
      if (!languageId || file === 'README.md') continue;
      const text = readFileSync(join(root, folder, file), 'utf8').replace(/⟦([^⟧@]*)(?:@[^⟧]*)?⟧/g, '$1');
      sources.push({ languageId, lines: text.split('\n') });
    }
  }
  return sources;
}

let sources: Source[] | undefined;

/** A small deterministic generator, so that a seed replays its case. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 1) / 0x80000000;
  };
}

const NOISE = ['\n', '\r\n', '\r', ' ', '{', '}', '(', '"', "'", '`', '/*', '*/', '#', '//', '\\', 'case ', 'switch (err.code) {', '470', '1015', 'code=', 'TOKEN', 'é', '\t'];

export interface Case {
  readonly languageId: string;
  readonly text: string;
  /** Batches of edits: each batch is one didChange. */
  readonly batches: readonly (readonly TextEdit[])[];
  /** Read in slices (a big document), with `scanSome` between batches. */
  readonly sliced: boolean;
}

/** The case a seed stands for. */
export function caseOf(seed: number): Case {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const all = (sources ??= loadSources());
  const source = pick(all);
  const size = next();
  // Mostly small documents; now and then thousands of lines, a line of 100 KB, a long block.
  const lineCount = size < 0.96 ? 1 + Math.floor(next() * 80) : size < 0.98 ? 2000 + Math.floor(next() * 2000) : 30;
  const lines: string[] = [];
  for (let n = 0; n < lineCount; n++) {
    const roll = next();
    if (roll < 0.75) lines.push(pick(pick(all).languageId === source.languageId ? source.lines : pick(all).lines));
    else if (roll < 0.9) lines.push(Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(NOISE)).join(''));
    else lines.push(pick(source.lines));
  }
  if (size >= 0.98) lines.splice(Math.floor(next() * lines.length), 0, Array.from({ length: 8000 }, () => pick(NOISE) + pick(source.lines)).join(' ').slice(0, 100_000));
  const text = lines.join(pick(['\n', '\n', '\r\n']));
  const batches: TextEdit[][] = [];
  let current = text;
  for (let b = 0, count = 1 + Math.floor(next() * 6); b < count; b++) {
    const batch: TextEdit[] = [];
    for (let e = 0, edits = next() < 0.8 ? 1 : 2 + Math.floor(next() * 30); e < edits; e++) {
      const document = TextDocument.create('file:///fuzz', source.languageId, 1, current);
      const start = Math.floor(next() * (current.length + 1));
      const end = Math.min(current.length, start + Math.floor(next() * (next() < 0.9 ? 20 : 2000)));
      const inserted = next() < 0.3 ? '' : next() < 0.5 ? pick(NOISE) : pick(source.lines) + pick(['\n', '', '\r\n']);
      // Positions as an editor sends them, now and then past a line's end or the document's.
      const range = { start: document.positionAt(start), end: document.positionAt(end) };
      if (next() < 0.05) range.end = { line: range.end.line, character: range.end.character + 5 };
      batch.push({ start: range.start, end: range.end, text: inserted });
      current = TextDocument.update(document, [{ range, text: inserted }], 2).getText();
    }
    batches.push(batch);
  }
  return { languageId: source.languageId, text, batches, sliced: next() < 0.2 };
}

/** Every node of a tree: its type, offsets and rows and columns (tree-sitter's points), in document order. */
function shapeOf(tree: Tree): string[] {
  const nodes: string[] = [];
  const cursor = tree.walk();
  for (let more = true; more; ) {
    const { nodeType, startIndex, endIndex, startPosition: s, endPosition: e } = cursor;
    nodes.push(`${nodeType} ${startIndex}-${endIndex} ${s.row}:${s.column}-${e.row}:${e.column}`);
    more = cursor.gotoFirstChild() || cursor.gotoNextSibling();
    while (!more && cursor.gotoParent()) more = cursor.gotoNextSibling();
  }
  cursor.delete();
  return nodes;
}

const view = (index: OccurrenceIndex) => index.all.map((o) => `${o.line}:${o.start}-${o.end}:${o.code}:${o.picked?.id ?? '?'}:${o.isCaseLabel}`);

/** Where a case diverges: the batch after which the index differs from a fresh scan, and how. */
export interface Divergence {
  readonly batch: number;
  readonly incremental: readonly string[];
  readonly fresh: readonly string[];
}

/** `grammars`: with them, the tree of a language with a grammar (loaded) is checked too. */
export function check(test: Case, grammars?: Grammars): Divergence | undefined {
  const index = new OccurrenceIndex(test.text, test.languageId, catalog, test.sliced ? { readInSlicesAbove: 0 } : {});
  const grammar = profileFor(test.languageId)?.grammar;
  const language = grammar ? grammars?.ifLoaded(grammar) : undefined;
  const tree = language && new SourceTree(language, test.text);
  let text = test.text;
  for (const [batch, edits] of test.batches.entries()) {
    if (test.sliced) index.scanSome(7);
    // A parse stopped part-way by its budget, or finished, before the edits come.
    tree?.parse(test.sliced ? 0 : Infinity);
    index.applyEdits(edits);
    for (const { start, end, text: inserted } of edits) {
      tree?.edit(start, end, inserted);
      const document = TextDocument.create('file:///fuzz', test.languageId, 1, text);
      text = TextDocument.update(document, [{ range: { start, end }, text: inserted }], 2).getText();
    }
    const incremental = view(index);
    const fresh = view(new OccurrenceIndex(text, test.languageId, catalog));
    if (incremental.join('\n') !== fresh.join('\n')) return { batch, incremental, fresh };
    if (tree && tree.text !== text) return { batch, incremental: [tree.text], fresh: [text] };
    if (language && tree) {
      while (!tree.parse(test.sliced ? 1 : Infinity));
      const parsed = new SourceTree(language, text);
      parsed.parse();
      // Where the text does not parse, tree-sitter may recover from the error otherwise after an edit than anew.
      if (parsed.current!.rootNode.hasError) {
        parsed.dispose();
        continue;
      }
      const kept = shapeOf(tree.current!);
      const anew = shapeOf(parsed.current!);
      parsed.dispose();
      if (kept.join('\n') !== anew.join('\n')) return { batch, incremental: kept, fresh: anew };
    }
  }
  tree?.dispose();
  return undefined;
}

/** A smaller case that still diverges: fewer batches, fewer edits, fewer lines. */
export function shrink(test: Case, grammars?: Grammars): Case {
  let smallest = test;
  const diverges = (candidate: Case) => check(candidate, grammars) !== undefined;
  const divergence = check(test, grammars);
  if (divergence) smallest = { ...smallest, batches: smallest.batches.slice(0, divergence.batch + 1) };
  for (let changed = true; changed; ) {
    changed = false;
    const lines = smallest.text.split('\n');
    for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1 && !changed; chunk >>= 1) {
      for (let at = 0; at + chunk <= lines.length; at += chunk) {
        const shorter = { ...smallest, text: [...lines.slice(0, at), ...lines.slice(at + chunk)].join('\n') };
        if (diverges(shorter)) {
          smallest = shorter;
          changed = true;
          break;
        }
      }
    }
  }
  return smallest;
}
