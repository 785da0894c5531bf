import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Position, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { profileFor } from '../../../shared/src/languages';
import { languageFor } from '../core/language';
import type { PlacedOccurrence } from '../core/occurrenceIndex';
import { handlerInsertion, handlerInsertionAtCursor, type HandlerInsertion } from '../core/snippets/placement';
import type { TextInsertion } from '../core/snippets/spot';
import { keepStatusErrorsInsertion } from '../core/snippets/statusErrors';
import type { SourceSyntax } from '../core/syntax/syntax';
import type { AnalysedDocument } from '../documents';

/**
 * The insertions made for a version of a document (each edit makes a new one): the editor asks
 * again as the cursor moves, and the text's line offsets are found once per version.
 */
const made = new WeakMap<AnalysedDocument, HandlerInsertions>();

/**
 * Where handlers go in one open document, as LSP text edits that only insert: the one placement
 * rule behind both the quick fix and the "Insert handler" command. Placing reads the whole text,
 * so it is made once per request, and only for a language with handler templates.
 */
export class HandlerInsertions {
  private constructor(
    private readonly analysed: AnalysedDocument,
    private readonly document: TextDocument,
    private readonly syntax: SourceSyntax,
  ) {}

  /** Whether handlers can go into documents of this language: it has handler templates (logs, JSON, prose have none). */
  static offeredIn(languageId: string): boolean {
    return languageFor(languageId).snippets !== undefined;
  }

  /** Undefined when the document's language has no handler templates or its tree is not there (`tree`: the store's, of this version). */
  static for(analysed: AnalysedDocument, tree: Tree | undefined): HandlerInsertions | undefined {
    const { index } = analysed;
    const grammar = profileFor(index.languageId)?.grammar;
    if (!HandlerInsertions.offeredIn(index.languageId) || !tree || !grammar) return undefined;
    let insertions = made.get(analysed);
    if (!insertions) {
      const document = TextDocument.create(analysed.uri, index.languageId, analysed.version, index.text.text());
      insertions = new HandlerInsertions(analysed, document, { tree, grammar });
      made.set(analysed, insertions);
    }
    return insertions;
  }

  /**
   * The handler for `entry`, one of the meanings of the code at `placed`: its edit first, then the
   * imports it needs; `commented` when it comes as comments (its case branch already handles it).
   */
  forOccurrence(placed: PlacedOccurrence, entry: CatalogEntry): { edits: TextEdit[]; commented: boolean } | undefined {
    const lineStart = this.document.offsetAt({ line: placed.line, character: 0 });
    const occurrence = { ...placed, start: lineStart + placed.start, end: lineStart + placed.end };
    const insertion = handlerInsertion(this.document.getText(), this.syntax, this.languageId, occurrence, entry);
    return insertion && { edits: this.edit(insertion), commented: insertion.commented };
  }

  /** The handler for `entry` at a position: for the code there, else for the statement or blank line there. */
  at(position: Position, entry: CatalogEntry): TextEdit[] | undefined {
    const placed = this.analysed.index.at(position);
    if (placed?.entries.includes(entry)) return this.forOccurrence(placed, entry)?.edits;
    const offset = this.document.offsetAt(position);
    const insertion = handlerInsertionAtCursor(this.document.getText(), this.syntax, this.languageId, offset, entry);
    return insertion && this.edit(insertion);
  }

  /** The statements that keep the errors[] of the failed status whose `'failed'` is at `position` (the failed-status-errors quick fix). */
  keepingStatusErrors(position: Position): TextEdit[] | undefined {
    const insertion = keepStatusErrorsInsertion(this.document.getText(), this.syntax, this.languageId, this.document.offsetAt(position));
    return insertion && this.edits([insertion]);
  }

  private get languageId(): string {
    return this.analysed.index.languageId;
  }

  private edit(insertion: HandlerInsertion): TextEdit[] {
    return this.edits([insertion, ...insertion.imports]);
  }

  private edits(insertions: readonly TextInsertion[]): TextEdit[] {
    return insertions.map(({ offset, text }) => {
      const position = this.document.positionAt(offset);
      return { range: { start: position, end: position }, newText: text };
    });
  }
}
