import type { Connection } from 'vscode-languageserver';
import type { Catalog } from '../../shared/src/catalog';
import { OccurrenceIndex } from './core/occurrenceIndex';

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

  constructor(private readonly catalog: Catalog) {}

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
      this.documents.set(uri, { uri, version, index: new OccurrenceIndex(text, languageId, this.catalog) });
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      const document = this.documents.get(uri);
      if (!document) return;
      let { index } = document;
      for (const change of contentChanges) {
        if ('range' in change) index.replace(change.range.start, change.range.end, change.text);
        else index = new OccurrenceIndex(change.text, index.languageId, this.catalog);
      }
      this.documents.set(uri, { uri, version, index });
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => this.documents.delete(uri));
  }

  get(uri: string): AnalysedDocument | undefined {
    return this.documents.get(uri);
  }
}
