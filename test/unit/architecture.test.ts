import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
      // The one exception: the protocol declares its requests with the protocol library's types.
      const imports = importsUnder(dir).filter(({ file }) => !file.endsWith(join('shared', 'src', 'protocol.ts')));
      assert.ok(imports.length > 0, `found no imports under ${dir}: the check would be vacuous`);
      // `vscode` and every vscode-* LSP library (vscode-languageserver, vscode-jsonrpc, …).
      const impure = imports.filter(({ module }) => /^(vscode|node:(http|https|net|dgram|tls))/.test(module));
      assert.deepEqual(impure, []);
    });
  }

  it('the core imports nothing of the layers over it (the server’s features, the command-line tool)', () => {
    const upward = importsUnder('server/src/core').filter(({ file, module }) => !resolve(dirname(file), module).startsWith(resolve('server/src/core')) && !module.includes('/shared/'));
    assert.deepEqual(upward, []);
  });

  it('the command-line tool is a thin layer over the core: no LSP library, no language server feature', () => {
    const imports = importsUnder('server/src/cli');
    assert.ok(imports.length > 0);
    const lsp = imports.filter(({ module }) => /^vscode|\/features\/|\/documents$|\/server$/.test(module));
    assert.deepEqual(lsp, []);
  });

  it('the protocol file imports only the protocol library and the catalog types', () => {
    const modules = importsUnder('shared/src')
      .filter(({ file }) => file.endsWith(join('shared', 'src', 'protocol.ts')))
      .map(({ module }) => module);
    assert.deepEqual(modules.sort(), ['./catalogTypes', 'vscode-languageserver-protocol']);
  });

  it('the client speaks LSP only through vscode-languageclient', () => {
    const libraries = new Set(importsUnder('client/src').map(({ module }) => module).filter((m) => !m.startsWith('.')));
    assert.deepEqual([...libraries].sort(), ['node:child_process', 'vscode', 'vscode-languageclient', 'vscode-languageclient/node']);
  });

  it('imports nothing from outside the repository (such as the ../shared folder beside it)', () => {
    const root = resolve('.');
    for (const dir of ['server/src', 'client/src', 'shared/src', 'test']) {
      for (const { file, module } of importsUnder(dir).filter(({ module }) => module.startsWith('.'))) {
        const target = resolve(dirname(file), module);
        assert.ok(target.startsWith(root + sep), `${file} imports ${module}, outside the repository`);
      }
    }
  });

  it('the core\'s modules import each other without a circle (a module can be read knowing only those it imports)', () => {
    const graph = new Map<string, string[]>();
    for (const { file, module } of importsUnder('server/src/core').filter(({ module }) => module.startsWith('.'))) {
      const target = resolve(dirname(file), module) + '.ts';
      graph.set(resolve(file), [...(graph.get(resolve(file)) ?? []), target]);
    }
    assert.ok(graph.size > 20, 'found too few modules: the check would be vacuous');
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(resolve('.'), f)).join(' → '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    assert.deepEqual(circles, []);
  });
});
