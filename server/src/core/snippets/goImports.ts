import { lineStart } from './layout';
import type { TextInsertion } from './spot';
import type { CodeTokens } from './tokens';

/**
 * The import declarations a handler needs and the file lacks, placed as gopls places them: into
 * the file's `import (…)` block (before its `)`), after its last single import, or as a new
 * block after the package clause. `packages` maps the qualifier a handler uses (`rand`) to the
 * path to import (`math/rand`). Undefined when nothing is missing.
 */
export function missingImports(code: CodeTokens, handler: string, packages: Readonly<Record<string, string>>, eol: string): TextInsertion | undefined {
  const imported = new Set<string>();
  let block: number | undefined;
  let lastSingle: number | undefined;
  for (let i = 0; i < code.tokens.length; i++) {
    if (code.parent[i] >= 0 || !code.is(i, 'import')) continue;
    if (code.is(i + 1, '(')) {
      block = code.partner[i + 1];
      for (let j = i + 2; j < block; j++) if (code.kind(j) === 'string') imported.add(code.content(j));
    } else {
      const path = code.kind(i + 1) === 'string' ? i + 1 : i + 2; // `import "fmt"` or `import f "fmt"`
      imported.add(code.content(path));
      lastSingle = path;
    }
  }
  const needed = Object.entries(packages)
    .filter(([qualifier, path]) => new RegExp(`\\b${qualifier}\\.`).test(handler) && !imported.has(path))
    .map(([, path]) => path)
    .sort();
  if (needed.length === 0) return undefined;
  const specs = needed.map((path) => `\t"${path}"${eol}`).join('');
  if (block !== undefined) return { offset: lineStart(code.text, code.tokens[block].start), text: specs };
  if (lastSingle !== undefined) return { offset: code.tokens[lastSingle].end, text: needed.map((path) => `${eol}import "${path}"`).join('') };
  const packageName = code.tokens.findIndex((_, i) => code.is(i, 'package')) + 1;
  if (packageName <= 0) return undefined;
  return { offset: code.tokens[packageName].end, text: `${eol}${eol}import (${eol}${specs})` };
}
