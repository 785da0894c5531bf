// Bundles the extension (dist/client.js), the language server (dist/server.js), the command-line
// tool (dist/cequens-errors.js), writes the catalog file editors open (dist/catalog.txt) and, with
// --tests, every test file (out/test/). Flags: --production (minify), --watch, --tests[=filter], --bench.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --tests builds every test file; --tests=word only those whose path contains "word".
const testsFlag = process.argv.find((arg) => arg === '--tests' || arg.startsWith('--tests='));
const tests = testsFlag !== undefined;
const testFilter = testsFlag?.split('=')[1] ?? '';

/**
 * `validator:<schema>`: the validation function of a JSON Schema file (a path from the repository's
 * root: the team catalog's, the handler templates'), compiled by ajv when the bundle is built (ajv's
 * standalone code), so that nothing compiles a schema at run time.
 */
const schemaValidators = {
  name: 'schema-validators',
  setup(build) {
    build.onResolve({ filter: /^validator:/ }, ({ path }) => ({ path: path.slice('validator:'.length), namespace: 'schema-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'schema-validator' }, async ({ path }) => {
      const { default: Ajv } = await import('ajv');
      const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
      const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
      const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
      return { contents: standaloneCode(ajv, validate), loader: 'js', resolveDir: process.cwd(), watchFiles: [path] };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Tree-sitter queries (.scm) are data the bundle carries as text.
  loader: { '.txt': 'text', '.scm': 'text' },
  // jsonc-parser's default (UMD) build requires its modules by computed names, which a bundle cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  plugins: [schemaValidators],
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], minify: production },
  // The server is also the package's `bin`, run by other editors as `node dist/server.js --stdio`.
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', minify: production, banner: { js: '#!/usr/bin/env node' } },
  // What the server's threads run to read a big file's ranges (features/fileSummary.ts).
  { ...common, entryPoints: { rangeThread: 'server/src/rangeThread.ts' }, outdir: 'dist', minify: production },
  // The command-line tool, the package's other `bin`: `npx cequens-errors scan logs/`.
  { ...common, entryPoints: { 'cequens-errors': 'server/src/cli/main.ts' }, outdir: 'dist', minify: production, banner: { js: '#!/usr/bin/env node' } },
];

// Run once built: writes the catalog file (dist/catalog.txt) workspace symbols point into.
const catalogWriter = { ...common, entryPoints: { writeCatalogFile: 'server/src/writeCatalogFile.ts' }, outdir: 'out/build', sourcemap: false };

// --bench builds the benchmarks (bench/), run by `npm run bench`.
if (process.argv.includes('--bench')) {
  builds.push({ ...common, entryPoints: ['bench/run.ts', 'bench/scanChild.ts', 'bench/activationChild.ts'], outdir: 'out/bench' });
}

if (tests) {
  builds.push({
    ...common,
    entryPoints: findTests('test'),
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'typescript', 'playwright-core'],
  });
}

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.ts$/.test(f.name) && !f.name.endsWith('.d.ts'))
    .map((f) => join(f.parentPath, f.name))
    .filter((file) => !file.includes(join('test', 'fixtures')) && file.includes(testFilter));
}

/** Bundles of test files that were deleted or renamed: test runners would still find and run them. */
function removeStaleTests() {
  if (!existsSync('out/test')) return;
  for (const f of readdirSync('out/test', { withFileTypes: true, recursive: true })) {
    const bundle = join(f.parentPath, f.name);
    const source = join('test', relative('out/test', bundle)).replace(/\.js(\.map)?$/, '.ts');
    if (f.isFile() && /\.js(\.map)?$/.test(f.name) && !existsSync(source)) rmSync(bundle);
  }
}

/**
 * The tree-sitter runtime and the grammars languages.json names, beside the server (dist/grammars/),
 * which loads each the first time its language is seen.
 */
function copyGrammars() {
  const wasm = 'node_modules/@vscode/tree-sitter-wasm/wasm';
  const profiles = JSON.parse(readFileSync('shared/languages/languages.json', 'utf8')).languages;
  const grammars = new Set(Object.values(profiles).flatMap((p) => (p.grammar ? [p.grammar] : [])));
  mkdirSync('dist/grammars', { recursive: true });
  for (const file of ['tree-sitter.wasm', ...[...grammars].map((g) => `tree-sitter-${g}.wasm`)]) copyFileSync(join(wasm, file), join('dist/grammars', file));
}

copyGrammars();
if (tests) removeStaleTests();
await esbuild.build(catalogWriter);
execFileSync(process.execPath, ['out/build/writeCatalogFile.js', 'dist/catalog.txt']);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
