import { lineEnd, lineStart } from './layout';
import { logicalLines, opensScope, type LogicalLine } from './pythonLines';
import type { TextInsertion } from './spot';
import type { CodeTokens } from './tokens';

/** How a language's files import a package: where a missing import goes, and what shows one is there. */
export type ImportSyntax = 'go' | 'python';
export const IMPORT_SYNTAXES: readonly ImportSyntax[] = ['go', 'python'];

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

const READERS: Readonly<Record<ImportSyntax, (code: CodeTokens) => FileImports>> = { go: goImports, python: pythonImports };

/**
 * The import declarations the handler (its tokens, comments apart) needs and the file lacks, sorted
 * by path, placed as the language's tools would place them. Undefined when nothing is missing.
 */
export function missingImports(code: CodeTokens, handler: CodeTokens, imports: HandlerImports, eol: string): TextInsertion | undefined {
  const used = qualifiersIn(handler);
  const wanted = Object.entries(imports.packages).filter(([qualifier]) => used.has(qualifier));
  if (wanted.length === 0) return undefined;
  const file = READERS[imports.syntax](code);
  const missing = wanted
    .map(([qualifier, path]) => ({ qualifier, path }))
    .filter((p) => !file.has(p))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return missing.length > 0 ? file.insertion(missing, eol) : undefined;
}

/** The words the code qualifies a member with: `time` in `time.sleep(…)`, not in `self.time.sleep(…)`. */
function qualifiersIn(code: CodeTokens): Set<string> {
  const words = code.tokens.map((_, i) => i).filter((i) => code.isWord(i) && code.is(i + 1, '.') && !code.is(i - 1, '.'));
  return new Set(words.map((i) => code.str(i)));
}

/**
 * Go, as gopls places imports: into the file's `import (…)` block (before its `)`), after its last
 * single import, or as a new block after the package clause. A package is there by its path.
 */
function goImports(code: CodeTokens): FileImports {
  const imported = new Set<string>();
  let block: number | undefined;
  let lastSingle: number | undefined;
  // An import block left open (the file is being edited): where imports go is not known; none are added.
  let unclosed = false;
  for (let i = 0; i < code.tokens.length; i++) {
    if (code.parent[i] >= 0 || !code.is(i, 'import')) continue;
    if (code.is(i + 1, '(')) {
      unclosed ||= code.partner[i + 1] < 0;
      block = code.partner[i + 1];
      for (let j = i + 2; j < block; j++) if (code.kind(j) === 'string') imported.add(code.content(j));
    } else {
      const path = code.kind(i + 1) === 'string' ? i + 1 : i + 2; // `import "fmt"` or `import f "fmt"`
      if (code.kind(path) !== 'string') continue;
      imported.add(code.content(path));
      lastSingle = path;
    }
  }
  const insertion = (missing: readonly Package[], eol: string): TextInsertion | undefined => {
    if (unclosed) return undefined;
    const specs = missing.map((p) => `\t"${p.path}"${eol}`).join('');
    if (block !== undefined) return { offset: lineStart(code.text, code.tokens[block].start), text: specs };
    if (lastSingle !== undefined) return { offset: lineEnd(code.text, code.tokens[lastSingle].end), text: missing.map((p) => `${eol}import "${p.path}"`).join('') };
    const packageName = code.tokens.findIndex((_, i) => code.is(i, 'package')) + 1;
    if (packageName <= 0) return undefined;
    return { offset: code.tokens[packageName].end, text: `${eol}${eol}import (${eol}${specs})` };
  };
  return { has: (p) => imported.has(p.path), insertion };
}

/** Tokens from the first to the last: a statement, an item of a list. */
type Span = readonly [first: number, last: number];

/** The non-empty spans between the `separator` tokens of a span. */
function split(code: CodeTokens, [first, last]: Span, separator: string): Span[] {
  const spans: Span[] = [];
  for (let from = first, j = first; j <= last + 1; j++) {
    if (j <= last && !code.is(j, separator)) continue;
    if (from < j) spans.push([from, j - 1]);
    from = j + 1;
  }
  return spans;
}

/**
 * Python, as isort and PEP 8 place imports: one `import` line each, after the imports that open the
 * module; where none does, after its docstring and `from __future__` imports, else at its top (after
 * the comments that open it: see headerEnd), a blank line between them and code. A package is there by the
 * name it binds: `import time`, `import os, time`, `from x import time`; not `import time as t`.
 */
function pythonImports(code: CodeTokens): FileImports {
  const all = logicalLines(code);
  const statementsOf = (line: LogicalLine) => split(code, [line.first, line.last], ';');
  const isImport = ([first]: Span) => code.is(first, 'import', 'from');
  const binds = bindingForModule(code, all);
  const bound = new Set(all.filter((_, i) => binds[i]).flatMap((line) => statementsOf(line).filter(isImport).flatMap((s) => boundNames(code, s))));
  const lines = all.filter((line) => line.indent === '');

  // What opens the module: a docstring, then statements that are all imports.
  const docstring = lines.length > 0 && code.tokens.slice(lines[0].first, lines[0].last + 1).every((t) => t.kind === 'string');
  let anchor = docstring ? lines[0].last : -1;
  let imported = false;
  for (const line of lines.slice(docstring ? 1 : 0)) {
    const statements = statementsOf(line);
    if (!statements.every(isImport)) break;
    anchor = line.last;
    imported ||= statements.some(([first]) => !(code.is(first, 'from') && code.str(first + 1) === '__future__'));
  }

  const insertion = (missing: readonly Package[], eol: string): TextInsertion => {
    const block = missing.map((p) => (p.qualifier === p.path ? `import ${p.path}` : `import ${p.path} as ${p.qualifier}`)).join(eol);
    const { text } = code;
    // A blank line between the new imports and the code right below them: an eol where the line at `next` (-1: none) is not blank.
    const spaced = (next: number) => (next >= 0 && text.slice(next, lineEnd(text, next)).trim() !== '' ? eol : '');
    const lineAfter = (offset: number) => {
      const lf = text.indexOf('\n', offset);
      return lf < 0 ? -1 : lf + 1;
    };
    if (anchor >= 0) {
      const offset = lineEnd(text, code.tokens[anchor].end);
      return imported ? { offset, text: eol + block } : { offset, text: eol + eol + block + spaced(lineAfter(offset)) };
    }
    const header = headerEnd(code);
    if (header > 0) return { offset: header, text: eol + block + spaced(lineAfter(header)) };
    return { offset: 0, text: block + eol + spaced(0) };
  };
  return { has: (p) => bound.has(p.qualifier), insertion };
}

/**
 * For each line, whether an import on it binds its name for the module: at its top level, or in a
 * block of a statement there (`try: import ujson as json`, `if sys.platform …:`); not in a
 * function or a class, nor under `if TYPE_CHECKING:`, which binds nothing when the module runs.
 * A line's header comes before it, so one pass decides each from its header's answer.
 */
function bindingForModule(code: CodeTokens, lines: readonly LogicalLine[]): boolean[] {
  const typeChecking = (first: number, last: number) => code.tokens.slice(first, last + 1).some((t) => code.text.slice(t.start, t.end) === 'TYPE_CHECKING');
  // Whether line i's block binds its imports for the module (given that its own line does).
  const blockBinds = lines.map((line) => !(opensScope(code, line) || (code.is(line.first, 'if') && typeChecking(line.first, line.last))));
  const binds: boolean[] = [];
  lines.forEach(({ header }, i) => {
    binds[i] = header < 0 || (binds[header] && blockBinds[header]);
  });
  return binds;
}

/** The names an import statement binds: `os` for `import os.path`, `t` for `import time as t`, none for `*`. */
function boundNames(code: CodeTokens, [first, last]: Span): string[] {
  let from = first + 1;
  let to = last;
  if (code.is(first, 'from')) {
    while (from <= last && !code.is(from, 'import')) from++;
    from++;
    if (code.is(from, '(')) [from, to] = [from + 1, code.partner[from] - 1];
  }
  return split(code, [from, to], ',').flatMap(([start, end]) => {
    let name = start;
    for (let k = start; k < end; k++) if (code.is(k, 'as')) name = k + 1;
    return code.isWord(name) ? [code.str(name)] : [];
  });
}

/**
 * The end of the comments that open a file, where PEP 8 puts imports: a shebang, an encoding line,
 * and a module comment (a licence), which a blank line parts from what follows. A comment right
 * above code stays with the code. 0 when there are none.
 */
function headerEnd(code: CodeTokens): number {
  const { text } = code;
  const firstCode = code.tokens[0]?.start ?? text.length;
  let end = 0;
  for (const comment of code.comments) {
    if (comment.start > firstCode) break;
    const close = lineEnd(text, comment.start);
    const content = text.slice(comment.start, comment.end);
    const nextLine = text.slice(close + 1, lineEnd(text, close + 1)).trim();
    if ((comment.start === 0 && content.startsWith('#!')) || /coding[:=]/.test(content) || nextLine === '') end = close;
  }
  return end;
}
