import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../shared/src/catalog';
import { profileFor } from '../../../shared/src/languages';
import { Grammars } from '../core/syntax/grammars';
import { MAX_TREE_LENGTH, SourceTree } from '../core/syntax/sourceTree';
import { policyContextOf, policyFindings } from '../core/writing/policyChecks';
import type { CheckFinding } from './findings';

/** The grammars the build copies beside the bundle, loaded the first time a language is checked. */
const grammars = new Grammars(join(__dirname, 'grammars'));

/**
 * The policy checks of a source file, as the editor runs them (core/writing/policyChecks.ts), on
 * its syntax tree. `codes`: where the scan found codes (`line:column`, 0-based), which alone the
 * checks judge. None for a language without a grammar or a file past the editor's tree size.
 */
export async function checksOf(path: string, languageId: string, catalog: Catalog, codes: ReadonlySet<string>): Promise<CheckFinding[]> {
  const grammar = profileFor(languageId)?.grammar;
  // A UTF-16 unit takes at least one byte: a file of more bytes than the cap may still fit; one of fewer always does.
  if (!grammar || statSync(path).size > 4 * MAX_TREE_LENGTH) return [];
  const text = readFileSync(path, 'utf8');
  if (text.length > MAX_TREE_LENGTH) return [];
  const source = new SourceTree(await grammars.load(grammar), text);
  try {
    source.parse();
    const tree = source.current;
    if (!tree) return [];
    const context = policyContextOf(text, (line, column) => codes.has(`${line}:${column}`));
    return policyFindings({ tree, grammar }, catalog, 0, text.length, context).map(({ rule, line, start, end, entry, message }) => ({
      place: { path, line: line + 1, column: start + 1 },
      endColumn: end + 1,
      rule,
      message,
      entry,
    }));
  } finally {
    source.dispose(); // its parser and tree live in WebAssembly memory, which a scan of many files would fill
  }
}
