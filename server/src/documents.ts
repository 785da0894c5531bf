import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../shared/src/catalog';
import { servedLanguageId } from '../../shared/src/languages';
import type { Tree } from '@vscode/tree-sitter-wasm';
import { OccurrenceIndex, type TextEdit } from './core/occurrenceIndex';
import type { Grammars } from './core/syntax/grammars';
import type { PlacedText } from './core/syntax/sourceTree';
import { SyntaxTrees } from './syntaxTrees';
import type { SourceSyntax } from './core/syntax/syntax';

/**
 * Reading a big document yields to requests after this long, slices of this many lines at a time.
 * Short, because the JSON-RPC library takes several event-loop turns per request (reading,
 * dispatching, writing the answer): a request waits about four slices.
 */
export const READ_BUDGET_MS = 2;
export const READ_SLICE_LINES = 100;
/**
 * Lines read on a new tree at a time: each read is one query (~1 ms for 250 lines of JavaScript
 * here), and the reading yields once READ_BUDGET_MS has passed, so a request waits about a read.
 */
const READ_ON_TREE_LINES = 250;
/** A didChange with more edits than this (a replace-all) is applied in slices of as many. */
const EDITS_PER_SLICE = 250;

export interface AnalysedDocument {
  readonly uri: string;
  readonly version: number;
  /** The text, by lines, and the occurrences in it. */
  readonly index: OccurrenceIndex;
}

/**
 * Open documents, kept in sync incrementally. Each edit goes to the document's index as it comes,
 * range and all, so that only the lines it touched are re-read: the library's TextDocuments
 * manager would hand over a new whole text instead.
 */
export class DocumentStore {
  private readonly documents = new Map<string, AnalysedDocument>();
  private readonly changeListeners: ((uri: string) => void)[] = [];
  /**
   * The edits of a big didChange not applied yet: they are applied a slice at a time, so that
   * requests on other documents are answered meanwhile, and all at once when this one is asked for.
   */
  private readonly unapplied = new Map<string, { readonly index: OccurrenceIndex; readonly edits: readonly TextEdit[]; next: number }>();

  /** The syntax trees of the open source documents whose language has a grammar. */
  private readonly trees: SyntaxTrees;

  constructor(
    private current: Catalog,
    grammars: Grammars,
  ) {
    // A document's text once the edits of its last didChange are applied (a replace-all's, in slices).
    this.trees = new SyntaxTrees(
      grammars,
      (uri) => (this.unapplied.has(uri) ? undefined : this.documents.get(uri)?.index.text.text()),
      (uri, version, syntax) => this.parsed(uri, version, syntax),
    );
  }

  /** The catalog documents are read with. */
  get catalog(): Catalog {
    return this.current;
  }

  /** Reads documents with `catalog` from now on, and the open ones again (a team catalog changed). */
  useCatalog(catalog: Catalog): void {
    if (catalog === this.current) return;
    this.current = catalog;
    for (const uri of [...this.documents.keys()]) {
      const { version, index } = this.get(uri)!;
      const reread = new OccurrenceIndex(index.text.text(), index.languageId, catalog);
      this.documents.set(uri, { uri, version, index: reread });
      this.readInBackground(uri, reread);
      this.changed(uri);
    }
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId: sent, version, text } }) => {
      const languageId = servedLanguageId(sent, uri);
      const index = new OccurrenceIndex(text, languageId, this.catalog);
      this.documents.set(uri, { uri, version, index });
      this.trees.open(uri, languageId, version);
      this.readInBackground(uri, index);
      this.changed(uri);
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      const document = this.get(uri); // the edits of an earlier didChange come first
      if (!document) return;
      let { index } = document;
      let edits: TextEdit[] = [];
      for (const change of contentChanges) {
        if ('range' in change) {
          edits.push({ start: change.range.start, end: change.range.end, text: change.text });
          continue;
        }
        edits = []; // a whole new text replaces what came before it
        index = new OccurrenceIndex(change.text, index.languageId, this.catalog);
      }
      this.documents.set(uri, { uri, version, index });
      this.trees.change(uri, version, contentChanges);
      if (edits.length > EDITS_PER_SLICE) {
        this.unapplied.set(uri, { index, edits, next: 0 });
        setImmediate(() => this.applyInBackground(uri));
      } else {
        index.applyEdits(edits);
        this.readInBackground(uri, index);
      }
      this.changed(uri);
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      this.unapplied.delete(uri);
      this.documents.delete(uri);
      this.trees.close(uri);
      this.changed(uri);
    });
  }

  /** Calls `listener` with a document's uri when it was opened, edited or closed: its occurrences may have changed. */
  onDidChange(listener: (uri: string) => void): void {
    this.changeListeners.push(listener);
  }

  private changed(uri: string): void {
    for (const listener of this.changeListeners) listener(uri);
  }

  /**
   * A document's tree has been parsed: its source is read on it, in slices between requests (a big
   * file's first tree re-reads every line that may hold a code), and what that changed is told.
   */
  private parsed(uri: string, version: number, syntax: SourceSyntax): void {
    const document = this.documents.get(uri);
    if (!document || document.version !== version || this.unapplied.has(uri)) return;
    const { index } = document;
    index.useSyntax(syntax);
    const step = () => {
      if (this.documents.get(uri)?.index !== index) return;
      const until = performance.now() + READ_BUDGET_MS;
      while (index.readOnTreeSome(READ_ON_TREE_LINES)) {
        if (performance.now() >= until) return void setImmediate(step);
      }
      if (!index.changedOnTree) return;
      this.readInBackground(uri, index);
      this.changed(uri);
    };
    step();
  }

  /**
   * Reads a big document one slice at a time, yielding between slices, so that requests are
   * answered meanwhile (a line asked for early is read on the spot).
   */
  private readInBackground(uri: string, index: OccurrenceIndex): void {
    const step = () => {
      const until = performance.now() + READ_BUDGET_MS;
      while (this.documents.get(uri)?.index === index && index.scanSome(READ_SLICE_LINES)) {
        if (performance.now() >= until) return void setImmediate(step);
      }
    };
    if (!index.isComplete) setImmediate(step);
  }

  /**
   * The syntax tree of the document as it is in `document` (its version), once parsed; undefined
   * when its language has no grammar, it is too long for one, or it has changed since.
   */
  treeOf(document: AnalysedDocument): Promise<Tree | undefined> {
    return this.trees.treeOf(document.uri, document.version);
  }

  /**
   * The document's text as one string, as its syntax tree holds it (kept through edits, not joined
   * anew from its lines), with where its lines start; undefined when it has no tree.
   */
  treeTextOf(document: AnalysedDocument): PlacedText | undefined {
    return this.trees.sourceText(document.uri);
  }

  /** Whether the document is open, without applying the edits still being applied. */
  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** The document as its last didChange left it: edits still being applied are applied first. */
  get(uri: string): AnalysedDocument | undefined {
    const work = this.unapplied.get(uri);
    if (work) {
      this.unapplied.delete(uri);
      work.index.applyTextEdits(work.edits.slice(work.next));
      this.finishEdits(uri, work.index);
    }
    return this.documents.get(uri);
  }

  private applyInBackground(uri: string): void {
    const work = this.unapplied.get(uri);
    if (!work) return;
    const until = performance.now() + READ_BUDGET_MS;
    while (work.next < work.edits.length) {
      work.index.applyTextEdits(work.edits.slice(work.next, work.next + EDITS_PER_SLICE));
      work.next += EDITS_PER_SLICE;
      if (performance.now() >= until && work.next < work.edits.length) return void setImmediate(() => this.applyInBackground(uri));
    }
    this.unapplied.delete(uri);
    this.finishEdits(uri, work.index);
  }

  private finishEdits(uri: string, index: OccurrenceIndex): void {
    index.readEdited();
    this.readInBackground(uri, index);
  }
}
