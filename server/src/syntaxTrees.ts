import type { Tree } from '@vscode/tree-sitter-wasm';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { profileFor } from '../../shared/src/languages';
import type { Grammars } from './core/syntax/grammars';
import { MAX_TREE_LENGTH, SourceTree, type PlacedText } from './core/syntax/sourceTree';
import type { SourceSyntax } from './core/syntax/syntax';

/**
 * Parsing yields to requests after this long. Tree-sitter checks the time every few hundred bytes,
 * so a slice ends within a millisecond or so of it; the first slices of a parse overrun it most
 * (13–23 ms for 8 ms measured), so it is short.
 */
export const PARSE_SLICE_MS = 4;
/**
 * After an edit, the tree is re-parsed once typing pauses this long (or at once, when a request
 * needs it): a keystroke's hover is not kept waiting behind a parse.
 */
export const REPARSE_AFTER_MS = 50;
/** A didChange with more edits than this (a replace-all) re-parses the whole new text instead. */
const EDITS_TO_REPLAY = 64;

interface Entry {
  readonly uri: string;
  readonly grammar: string;
  version: number;
  /** Undefined while the grammar loads. */
  source?: SourceTree;
  /** Parsing in background slices. */
  parsing: boolean;
  /** The re-parse waiting for typing to pause. */
  pause?: NodeJS.Timeout;
  closed: boolean;
  /** The whole text is to be read anew (the first parse, a replace-all): once the store has applied its edits. */
  readAnew: boolean;
  /** Requests waiting for the tree of the current version. */
  readonly waiting: (() => void)[];
}

/**
 * One syntax tree per open source document of a language with a grammar, kept in step with its
 * edits and parsed in slices between requests: the first parse of a big file, and each re-parse
 * after an edit (which reuses the old tree), never holds a request up for more than a slice.
 */
export class SyntaxTrees {
  private readonly entries = new Map<string, Entry>();

  /**
   * `textOf`: a document's whole text, or undefined while the store is still applying its edits;
   * `parsed`: called with each tree once parsed, the tree of the document's text at `version`.
   */
  constructor(
    private readonly grammars: Grammars,
    private readonly textOf: (uri: string) => string | undefined,
    private readonly parsed: (uri: string, version: number, syntax: SourceSyntax) => void = () => {},
  ) {}

  /** The tree is made from the document's text once its grammar has loaded. */
  open(uri: string, languageId: string, version: number): void {
    this.close(uri);
    const grammar = profileFor(languageId)?.grammar;
    if (!grammar) return;
    const entry: Entry = { uri, grammar, version, parsing: false, closed: false, readAnew: true, waiting: [] };
    this.entries.set(uri, entry);
    this.grammars.load(grammar).then(
      (language) => {
        if (this.entries.get(uri) !== entry) return;
        entry.source = new SourceTree(language, '');
        this.parseInBackground(entry);
      },
      () => this.close(uri), // a grammar that cannot load: the lexer reads the document, as for any other language
    );
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    entry.version = version;
    const { source } = entry;
    if (!source) return; // the grammar is loading: the tree is made from the text once it has
    if (entry.readAnew || changes.length > EDITS_TO_REPLAY || changes.some((c) => !('range' in c))) entry.readAnew = true;
    else for (const change of changes) if ('range' in change) source.edit(change.range.start, change.range.end, change.text);
    if (source.text.length > MAX_TREE_LENGTH) return void this.close(uri);
    if (entry.parsing) return;
    clearTimeout(entry.pause);
    entry.pause = setTimeout(() => this.parseInBackground(entry), REPARSE_AFTER_MS);
  }

  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    entry.closed = true;
    clearTimeout(entry.pause);
    entry.source?.dispose();
    for (const wake of entry.waiting.splice(0)) wake();
  }

  /**
   * The tree of version `version` of the document, once parsed (the parse goes on in slices
   * meanwhile); undefined when its language has no grammar, it is too long, or it has moved on to
   * another version.
   */
  async treeOf(uri: string, version: number): Promise<Tree | undefined> {
    for (;;) {
      const entry = this.entries.get(uri);
      if (!entry || entry.version !== version) return undefined;
      // Not the tree of the text before a replace-all that is still to be read.
      const tree = entry.readAnew ? undefined : entry.source?.current;
      if (tree) return tree;
      this.parseInBackground(entry);
      await new Promise<void>((wake) => entry.waiting.push(wake));
    }
  }

  /** The text the document's tree is kept in step with (the store's, once its edits are applied), with its lines; undefined without a tree. */
  sourceText(uri: string): PlacedText | undefined {
    const entry = this.entries.get(uri);
    return entry && !entry.readAnew ? entry.source : undefined;
  }

  private parseInBackground(entry: Entry): void {
    if (entry.parsing || !entry.source) return; // without a source, its grammar loads: parsing starts when it has
    clearTimeout(entry.pause);
    entry.parsing = true;
    const step = () => {
      const { source } = entry;
      if (!source || entry.closed) return;
      if (entry.readAnew) {
        const text = this.textOf(entry.uri);
        if (text === undefined) return void setImmediate(step);
        entry.readAnew = false;
        if (text.length > MAX_TREE_LENGTH) return void this.close(entry.uri);
        source.replace(text);
      }
      if (!source.parse(PARSE_SLICE_MS)) return void setImmediate(step);
      entry.parsing = false;
      // What reads the new tree (the document read on it again, then the requests and checks waiting) runs in a turn of its own, not behind the last slice.
      const { current } = source;
      const { version } = entry;
      setImmediate(() => {
        if (current && !entry.closed) this.parsed(entry.uri, version, { tree: current, grammar: entry.grammar });
        for (const wake of entry.waiting.splice(0)) wake();
      });
    };
    setImmediate(step);
  }
}
