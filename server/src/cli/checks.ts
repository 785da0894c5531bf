import { join } from 'node:path';
import type { Catalog } from '../../../shared/src/catalog';
import { profileFor } from '../../../shared/src/languages';
import type { StreamOccurrence } from '../core/streaming/streamScanner';
import { Grammars } from '../core/syntax/grammars';
import { MAX_TREE_LENGTH, SourceTree } from '../core/syntax/sourceTree';
import { policyContextOf, policyFindings } from '../core/writing/policyChecks';
import type { CheckFinding } from './findings';

/** The grammars the build copies beside the bundle, loaded the first time a language is checked. */
const grammars = new Grammars(join(__dirname, 'grammars'));

/**
 * One input of a scan, as its policy checks need it (`--checks`): where the scan found codes, which
 * alone the checks judge, and its text as it was read, kept where its language has a grammar and
 * up to the editor's tree size (past it the editor reads a source with the lexer alone: no checks).
 */
export class CheckedSource {
  private readonly codes = new Set<string>();
  private readonly grammar: string | undefined;
  private parts: string[] | undefined;
  private length = 0;

  constructor(
    private readonly path: string,
    languageId: string,
  ) {
    this.grammar = profileFor(languageId)?.grammar;
    this.parts = this.grammar ? [] : undefined;
  }

  /** A code the scan found. */
  found(occurrence: StreamOccurrence): void {
    this.codes.add(`${occurrence.line}:${occurrence.start}`);
  }

  /** A piece of the text, as the scan read it. */
  push(text: string): void {
    if (!this.parts) return;
    this.length += text.length;
    if (this.length > MAX_TREE_LENGTH) this.parts = undefined;
    else this.parts.push(text);
  }

  /** The policy checks' findings (core/writing/policyChecks.ts, as the editor runs them), on the text's syntax tree. */
  async findings(catalog: Catalog): Promise<CheckFinding[]> {
    if (!this.grammar || !this.parts) return [];
    const text = this.parts.join('');
    const source = new SourceTree(await grammars.load(this.grammar), text);
    try {
      source.parse();
      const tree = source.current;
      if (!tree) return [];
      const context = policyContextOf(text, (line, column) => this.codes.has(`${line}:${column}`), { tree, grammar: this.grammar });
      return policyFindings({ tree, grammar: this.grammar }, catalog, 0, text.length, context).map(({ rule, line, start, end, entry, message }) => ({
        place: { path: this.path, line: line + 1, column: start + 1 },
        endColumn: end + 1,
        rule,
        message,
        entry,
      }));
    } finally {
      source.dispose(); // its parser and tree live in WebAssembly memory, which a scan of many files would fill
    }
  }
}
