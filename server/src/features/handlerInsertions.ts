import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Position, TextEdit } from 'vscode-languageserver';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { profileFor } from '../../../shared/src/languages';
import { languageFor } from '../core/language';
import type { PlacedOccurrence } from '../core/occurrenceIndex';
import { handlerInsertion, handlerInsertionAtCursor, type HandlerInsertion } from '../core/snippets/placement';
import type { TextInsertion } from '../core/snippets/spot';
import { keepStatusErrorsInsertion } from '../core/snippets/statusErrors';
import type { PlacedText } from '../core/syntax/sourceTree';
import type { SourceSyntax } from '../core/syntax/syntax';
import { retryExclusionAt, type RetryExclusion } from '../core/writing/retryExclusions';
import type { AnalysedDocument } from '../documents';

/**
 * Where handlers go in one open document, as LSP text edits that only insert: the one placement
 * rule behind both the quick fix and the "Insert handler" command. Placing reads the whole text,
 * so it is made once per request, and only for a language with handler templates.
 */
export class HandlerInsertions {
  private constructor(
    private readonly analysed: AnalysedDocument,
    /** The text the tree was parsed from, with its lines kept through edits. */
    private readonly source: PlacedText,
    private readonly syntax: SourceSyntax,
  ) {}

  /** Whether handlers can go into documents of this language: it has handler templates (logs, JSON, prose have none). */
  static offeredIn(languageId: string): boolean {
    return languageFor(languageId).snippets !== undefined;
  }

  /**
   * Undefined when the document's language has no handler templates or its tree is not there
   * (`tree`: the store's, of this version; `source`: the text it was parsed from).
   */
  static for(analysed: AnalysedDocument, tree: Tree | undefined, source: PlacedText | undefined): HandlerInsertions | undefined {
    const grammar = profileFor(analysed.index.languageId)?.grammar;
    if (!HandlerInsertions.offeredIn(analysed.index.languageId) || !tree || !source || !grammar) return undefined;
    return new HandlerInsertions(analysed, source, { tree, grammar });
  }

  /**
   * The handler for `entry`, one of the meanings of the code at `placed`: its edit first, then the
   * imports it needs; `commented` when it comes as comments (its case branch already handles it).
   */
  forOccurrence(placed: PlacedOccurrence, entry: CatalogEntry): { edits: TextEdit[]; commented: boolean } | undefined {
    const lineStart = this.source.offsetAt({ line: placed.line, character: 0 });
    const occurrence = { ...placed, start: lineStart + placed.start, end: lineStart + placed.end };
    const insertion = handlerInsertion(this.source.text, this.syntax, this.languageId, occurrence, entry);
    return insertion && { edits: this.edit(insertion), commented: insertion.commented };
  }

  /** The handler for `entry` at a position: for the code there, else for the statement or blank line there. */
  at(position: Position, entry: CatalogEntry): TextEdit[] | undefined {
    const placed = this.analysed.index.at(position);
    if (placed?.entries.includes(entry)) return this.forOccurrence(placed, entry)?.edits;
    const offset = this.source.offsetAt(position);
    const insertion = handlerInsertionAtCursor(this.source.text, this.syntax, this.languageId, offset, entry);
    return insertion && this.edit(insertion);
  }

  /** The statements that keep the errors[] of the failed status whose `'failed'` is at `position` (the failed-status-errors quick fix). */
  keepingStatusErrors(position: Position): TextEdit[] | undefined {
    const insertion = keepStatusErrorsInsertion(this.source.text, this.syntax, this.languageId, this.source.offsetAt(position));
    return insertion && this.edits([insertion]);
  }

  /** What leaves the permanent code at `position` out of each test of the collection named for retrying that holds it (the retry-permanent quick fix). */
  excludingFromRetry(position: Position): { readonly fix: RetryExclusion; readonly edits: TextEdit[] } | undefined {
    const fix = retryExclusionAt(this.syntax, this.source.text, this.source.offsetAt(position));
    return fix && { fix, edits: this.edits(fix.insertions) };
  }

  private get languageId(): string {
    return this.analysed.index.languageId;
  }

  private edit(insertion: HandlerInsertion): TextEdit[] {
    return this.edits([insertion, ...insertion.imports]);
  }

  private edits(insertions: readonly TextInsertion[]): TextEdit[] {
    return insertions.map(({ offset, text }) => {
      const position = this.source.placeAt(offset);
      return { range: { start: position, end: position }, newText: text };
    });
  }
}
