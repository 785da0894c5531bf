import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../../shared/src/catalog';
import { OccurrenceIndex, type TextEdit } from './core/occurrenceIndex';

export interface AnalysedDocument {
  readonly document: TextDocument;
  readonly occurrences: OccurrenceIndex;
}

/**
 * Open documents, kept in sync incrementally, each with its occurrence index. It listens to
 * the protocol's document notifications itself because the index needs each edit's range,
 * which the library's TextDocuments manager does not pass on.
 */
export class DocumentStore {
  private readonly documents = new Map<string, AnalysedDocument>();

  constructor(private readonly catalog: Catalog) {}

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
      const document = TextDocument.create(uri, languageId, version, text);
      this.documents.set(uri, { document, occurrences: new OccurrenceIndex(text, languageId, this.catalog) });
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      const analysed = this.documents.get(uri);
      if (analysed) this.documents.set(uri, this.applyChanges(analysed, contentChanges, version));
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => this.documents.delete(uri));
  }

  get(uri: string): AnalysedDocument | undefined {
    return this.documents.get(uri);
  }

  private applyChanges(
    { document, occurrences }: AnalysedDocument,
    changes: TextDocumentContentChangeEvent[],
    version: number,
  ): AnalysedDocument {
    const edits: TextEdit[] = [];
    let current = document;
    for (const change of changes) {
      if ('range' in change) {
        const start = current.offsetAt(change.range.start);
        const end = current.offsetAt(change.range.end);
        edits.push({ start, end, text: change.text });
      } else {
        edits.push({ start: 0, end: current.getText().length, text: change.text });
      }
      current = TextDocument.update(current, [change], version);
    }
    occurrences.update(edits, current.getText());
    return { document: current, occurrences };
  }
}
