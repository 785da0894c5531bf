import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
/** The README the package shows, as `npm run package` names it. */
const readmePath = /--readme-path (\S+)/.exec(manifest.scripts.package)?.[1];

describe('the packaged extension', () => {
  const packed = execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'ls', '--no-dependencies', ...(readmePath ? ['--readme-path', readmePath] : [])], {
    encoding: 'utf8',
  })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  it('shows users a README of their own, without the developers’ set-up lines, whose pictures are packed', () => {
    assert.ok(readmePath, 'npm run package names no --readme-path');
    const readme = readFileSync(readmePath, 'utf8');
    assert.doesNotMatch(readme, /npm (install|start|test)/);
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length > 0, 'the README shows no picture');
    for (const picture of pictures) assert.ok(packed.includes(picture), `${picture} is not in the package`);
  });

  it('carries the license, the changelog and the icon', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', manifest.icon]) assert.ok(packed.includes(file), `${file} is not in the package`);
    assert.ok(existsSync(manifest.icon));
    assert.equal(manifest.license, 'MIT');
    assert.doesNotMatch(manifest.scripts.package, /--skip-license/);
  });

  it('carries the grammars it contributes', () => {
    const grammars: { path: string }[] = manifest.contributes.grammars;
    assert.ok(grammars.length > 0);
    for (const { path } of grammars) assert.ok(packed.includes(path.replace(/^\.\//, '')), `${path} is not in the package`);
  });

  it('carries the server, the bundle its reading threads run, its grammars and the catalog file its symbols point into', () => {
    for (const file of ['dist/server.js', 'dist/rangeThread.js', 'dist/grammars/tree-sitter.wasm', 'dist/catalog.txt']) assert.ok(packed.includes(file), `${file} is not in the package`);
  });

  it('carries the team catalog schema it contributes', () => {
    const validations: { url: string }[] = manifest.contributes.jsonValidation;
    assert.ok(validations.length > 0);
    for (const { url } of validations) assert.ok(packed.includes(url.replace(/^\.\//, '')), `${url} is not in the package`);
  });

  it('runs in Restricted Mode without team catalogs, and says what works in a virtual workspace', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['cequens.teamCatalogs']);
    assert.ok(manifest.capabilities.untrustedWorkspaces.description);
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, 'limited');
    assert.ok(manifest.capabilities.virtualWorkspaces.description);
  });
});
