import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Every import of every TypeScript file under `dir`, with the file it is in. */
function importsUnder(dir: string): { file: string; module: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .flatMap((f) => {
      const file = join(f.parentPath, f.name);
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => ({ file, module: m[1] }));
    });
}

describe('architecture', () => {
  for (const dir of ['server/src/core', 'shared/src']) {
    it(`${dir} stays pure: no vscode, no LSP library, no network`, () => {
      const imports = importsUnder(dir);
      assert.ok(imports.length > 0, `found no imports under ${dir}: the check would be vacuous`);
      const impure = imports.filter(({ module }) => /^(vscode|vscode-languageserver|vscode-languageclient|node:(http|https|net|dgram|tls))/.test(module));
      assert.deepEqual(impure, []);
    });
  }

  it('nothing reads the read-only ../shared folder beside the repository', () => {
    for (const dir of ['server/src', 'client/src', 'shared/src']) {
      for (const { file, module } of importsUnder(dir)) {
        assert.doesNotMatch(module, /^\.\.\/\.\.\/\.\.\/shared|^\/work\/shared/, `${file} imports ${module}`);
      }
    }
  });
});
