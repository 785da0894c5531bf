// Builds what `npm run bench` needs, with esbuild.mjs: the production bundles (dist/, minified,
// as shipped) and the benchmark itself (out/bench/).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';

const production = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--bench'], { stdio: 'inherit' });
const productionBuilt = production.status === 0;
if (!productionBuilt) console.error('bench: the production build failed; the LSP and bundle benchmarks will not run');
// run.ts reads it: stale bundles in dist/ must not be measured. Others may rebuild dist/ (unminified)
// while the benchmark runs: the sizes are taken now, and activation loads a copy of the client.
mkdirSync('out/bench', { recursive: true });
const bytes = {};
if (productionBuilt) {
  for (const name of ['client.js', 'server.js']) bytes[`dist/${name}`] = statSync(`dist/${name}`).size;
  copyFileSync('dist/client.js', 'out/bench/client.js');
}
writeFileSync('out/bench/build.json', JSON.stringify({ productionBuilt, bytes }));
