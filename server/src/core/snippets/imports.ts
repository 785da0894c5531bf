import type { Node } from '@vscode/tree-sitter-wasm';
import { allMatches, captured, type SourceSyntax } from '../syntax/syntax';
import { lineEnd, lineStart } from './layout';
import type { TextInsertion } from './spot';
import type { Syntax } from '../language';
import { lex } from '../lexer';
/** How a language's files import a package: where a missing import goes, and what shows one is there. */
export type ImportSyntax = 'go' | 'python';

/** The packages a template's handlers use, by the qualifier they use them with (`rand` → `math/rand`). */
export interface HandlerImports {
  readonly syntax: ImportSyntax;
  readonly packages: Readonly<Record<string, string>>;
}

/** A package a handler uses: the qualifier in its code (`rand`), the path it is imported by (`math/rand`). */
interface Package {
  readonly qualifier: string;
  readonly path: string;
}

/** A file's imports as one syntax reads them: whether a package is there, and the insertion of those that are not. */
interface FileImports {
  has(p: Package): boolean;
  insertion(missing: readonly Package[], eol: string): TextInsertion | undefined;
}

const READERS: Readonly<Record<ImportSyntax, (syntax: SourceSyntax, text: string) => FileImports>> = { go: goImports, python: pythonImports };

/**
 * The import declarations the handler (its tokens, comments apart) needs and the file lacks, sorted
 * by path, placed as the language's tools would place them. Undefined when nothing is missing.
 */
export function missingImports(syntax: SourceSyntax, text: string, handler: string, language: Syntax, imports: HandlerImports, eol: string): TextInsertion | undefined {
  const used = qualifiersIn(handler, language);
  const wanted = Object.entries(imports.packages).filter(([qualifier]) => used.has(qualifier));
  if (wanted.length === 0) return undefined;
  const file = READERS[imports.syntax](syntax, text);
  const missing = wanted
    .map(([qualifier, path]) => ({ qualifier, path }))
    .filter((p) => !file.has(p))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return missing.length > 0 ? file.insertion(missing, eol) : undefined;
}

/** The words the handler's code (its comments apart) qualifies a member with: `time` in `time.sleep(…)`, not in `self.time.sleep(…)`. */
function qualifiersIn(handler: string, language: Syntax): Set<string> {
  const tokens = lex(handler, language).filter((t) => t.kind !== 'comment');
  const text = (i: number) => (tokens[i] ? handler.slice(tokens[i].start, tokens[i].end) : '');
  const words = tokens.map((_, i) => i).filter((i) => tokens[i].kind === 'word' && text(i + 1) === '.' && text(i - 1) !== '.');
  return new Set(words.map(text));
}

/**
 * Go, as gopls places imports: into the file's `import (…)` block (before its `)`), after its last
 * single import, or as a new block after the package clause. A package is there by its path.
 */
function goImports(syntax: SourceSyntax, text: string): FileImports {
  const imported = new Set<string>();
  let list: Node | undefined;
  let lastSingle: Node | undefined;
  let packageClause: Node | undefined;
  let unclosed = false;
  for (const match of allMatches(syntax, 'imports')) {
    unclosed ||= captured(match, 'unclosed') !== undefined;
    const path = captured(match, 'path');
    if (path) imported.add(path.text.slice(1, -1));
    lastSingle = captured(match, 'single') ?? lastSingle;
    list = captured(match, 'list') ?? list;
    packageClause ??= captured(match, 'package');
  }
  const insertion = (missing: readonly Package[], eol: string): TextInsertion | undefined => {
    const specs = missing.map((p) => `\t"${p.path}"${eol}`).join('');
    // An import block left open (the file is being edited): where imports go is not known; none are added.
    if (unclosed || list?.hasError) return undefined;
    if (list) return { offset: lineStart(text, list.endIndex - 1), text: specs };
    if (lastSingle) return { offset: lineEnd(text, lastSingle.endIndex), text: missing.map((p) => `${eol}import "${p.path}"`).join('') };
    return packageClause && { offset: packageClause.endIndex, text: `${eol}${eol}import (${eol}${specs})` };
  };
  return { has: (p) => imported.has(p.path), insertion };
}

/**
 * Python, as isort and PEP 8 place imports: one `import` line each, after the imports that open the
 * module; where none does, after its docstring and `from __future__` imports, else at its top (after
 * the comments that open it: see headerEnd), a blank line between them and code. A package is there by the
 * name it binds: `import time`, `import os, time`, `from x import time`; not `import time as t`. An
 * import binds for the module at its top level or in a statement's block there (`try: import ujson
 * as json`), not in a function or a class, nor under `if TYPE_CHECKING:`, which binds nothing when
 * the module runs.
 */
function pythonImports(syntax: SourceSyntax, text: string): FileImports {
  const matches = allMatches(syntax, 'imports');
  const outside = outsideOf(matches.flatMap((m) => captured(m, 'local') ?? []));
  const bound = new Set(matches.flatMap((m) => captured(m, 'name') ?? []).filter((name) => outside(name.startIndex)).map((name) => name.text));
  const imports = new Set(matches.flatMap((m) => captured(m, 'import')?.id ?? []));
  const futures = new Set(matches.flatMap((m) => captured(m, 'future')?.id ?? []));

  // What opens the module: a docstring, then imports.
  const root = syntax.tree.rootNode;
  let anchor: Node | undefined;
  let imported = false;
  for (let i = 0, statement = 0; i < root.namedChildCount; i++) {
    const child = root.namedChild(i);
    if (!child || child.type === 'comment') continue;
    const docstring = statement++ === 0 && child.type === 'expression_statement' && child.namedChildCount === 1 && child.firstNamedChild?.type === 'string';
    if (!docstring && !imports.has(child.id)) break;
    anchor = child;
    imported ||= !docstring && !futures.has(child.id);
  }

  const insertion = (missing: readonly Package[], eol: string): TextInsertion => {
    const block = missing.map((p) => (p.qualifier === p.path ? `import ${p.path}` : `import ${p.path} as ${p.qualifier}`)).join(eol);
    // A blank line between the new imports and the code right below them: an eol where the line at `next` (-1: none) is not blank.
    const spaced = (next: number) => (next >= 0 && text.slice(next, lineEnd(text, next)).trim() !== '' ? eol : '');
    const lineAfter = (offset: number) => {
      const lf = text.indexOf('\n', offset);
      return lf < 0 ? -1 : lf + 1;
    };
    if (anchor) {
      const offset = lineEnd(text, anchor.endIndex);
      return imported ? { offset, text: eol + block } : { offset, text: eol + eol + block + spaced(lineAfter(offset)) };
    }
    const header = headerEnd(root, text);
    if (header > 0) return { offset: header, text: eol + block + spaced(lineAfter(header)) };
    return { offset: 0, text: block + eol + spaced(0) };
  };
  return { has: (p) => bound.has(p.qualifier), insertion };
}

/** Whether an offset lies outside all of the nodes: a binary search over the outermost ones. */
function outsideOf(nodes: Node[]): (offset: number) => boolean {
  const outermost: Node[] = [];
  for (const node of nodes.sort((a, b) => a.startIndex - b.startIndex)) {
    const last = outermost[outermost.length - 1];
    if (!last || node.startIndex >= last.endIndex) outermost.push(node);
  }
  return (offset) => {
    let low = 0;
    let high = outermost.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (outermost[middle].startIndex <= offset) low = middle + 1;
      else high = middle;
    }
    return low === 0 || outermost[low - 1].endIndex <= offset;
  };
}

/**
 * The end of the comments that open a file, where PEP 8 puts imports: a shebang, an encoding line,
 * and a module comment (a licence), which a blank line parts from what follows. A comment right
 * above code stays with the code. 0 when there are none.
 */
function headerEnd(root: Node, text: string): number {
  let end = 0;
  for (let i = 0; i < root.childCount; i++) {
    const comment = root.child(i);
    if (comment?.type !== 'comment') break;
    const close = lineEnd(text, comment.startIndex);
    const nextLine = text.slice(close + 1, lineEnd(text, close + 1)).trim();
    if ((comment.startIndex === 0 && comment.text.startsWith('#!')) || /coding[:=]/.test(comment.text) || nextLine === '') end = close;
  }
  return end;
}
