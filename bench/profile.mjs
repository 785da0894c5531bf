// Summarises a V8 CPU profile (node --cpu-prof, or `npm run bench -- --profile-server`): the
// functions with the most self time, mapped to the TypeScript sources through the bundle's
// source map when there is one (the production bundles are minified).
// Usage: node bench/profile.mjs file.cpuprofile [top=20]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const [file, top = '20'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    maps.set(url, path.endsWith('.js') && existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  }
  return maps.get(url);
}

function describe({ functionName, url, lineNumber, columnNumber }) {
  const entry = url ? sourceMapOf(url)?.findEntry(lineNumber, columnNumber) : undefined;
  if (entry?.originalSource) {
    const source = relative(process.cwd(), entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource);
    return `${entry.name ?? functionName ?? '(anonymous)'}  ${source}:${entry.originalLine + 1}`;
  }
  return `${functionName || '(anonymous)'}  ${url.split('/').pop()}${url ? `:${lineNumber + 1}` : ''}`;
}

const self = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = sampled.get(node.id) ?? 0;
  if (ms === 0) continue;
  const key = describe(node.callFrame);
  self.set(key, (self.get(key) ?? 0) + ms);
  total += ms;
}
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
}
