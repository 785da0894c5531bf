// code-server (VS Code 1.100.3 in the browser) for the offline launcher, the UI tests and `npm start`:
// installs it once into .cache/code-server, starts it on 127.0.0.1 and builds workbench URLs.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

// No import.meta: the UI tests bundle this file into CommonJS.
export const ROOT = findRoot(process.cwd()) ?? findRoot(dirname(resolve(process.argv[1] ?? '.')));
if (!ROOT) throw new Error('run from inside the cequens-whatsapp-errors repository');
export const CACHE = join(ROOT, '.cache');
export const SAMPLES = join(ROOT, 'samples');
export const VSIX = join(ROOT, 'dist-vsix', 'cequens-whatsapp-errors.vsix');

/** Chromium flags for a machine with no internet (Debian's /usr/bin/chromium, never a download). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // VS Code in the browser saves after a delay by default: the tests' edits must never reach samples/.
  'files.autoSave': 'off',
  'git.openRepositoryInParentFolders': 'never',
};

/** Installs code-server if needed (idempotent, ~1-2 min the first time); returns its binary. */
export function installCodeServer() {
  const out = execFileSync('bash', [join(ROOT, 'test/vscode/install-code-server.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop();
}

/** Installs a .vsix into an extensions folder. */
export function installExtension(bin, vsix, extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const userDataDir = join(CACHE, 'install-user-data');
  execFileSync(bin, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--force'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: codeServerEnv(),
  });
}

/**
 * Starts code-server with fresh user data under .cache/<name>, `settings` over the tests' defaults.
 * Resolves once it answers HTTP. Returns { port, origin, logs(), stop() }.
 */
export async function startCodeServer({ bin, name, extensionsDir, env = {}, port, settings = {} }) {
  const dir = join(CACHE, name);
  const userDataDir = join(dir, 'user-data');
  rmSync(userDataDir, { recursive: true, force: true });
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  extensionsDir ??= join(dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  port ??= await freePort();

  const args = [
    // Its own config file, which it would otherwise create under the user's ~/.config.
    '--config', join(dir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    // Workspace trust is off unless a test turns the setting on (Restricted Mode).
    ...(settings['security.workspace.trust.enabled'] ? [] : ['--disable-workspace-trust']),
  ];
  const child = spawn(bin, args, { env: codeServerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((res) => child.once('exit', (code) => res(code)));

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    if (await answers(`${origin}/healthz`)) break;
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    origin,
    logs: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * The workbench URL opening `folder`; with `extensionDevelopmentPath` (and `extensionTestsPath`)
 * the web workbench runs the extension (and the suite) in the server's Node extension host.
 */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const url = new URL(origin);
  if (folder) url.searchParams.set('folder', folder);
  const remote = (path) => `vscode-remote://${url.host}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/** A fingerprint of every file under samples/: tests compare it before and after (they must not save). */
export function samplesFingerprint() {
  const hash = createHash('sha256');
  for (const entry of readdirSync(SAMPLES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** code-server writes its default config under XDG_CONFIG_HOME and its logs under XDG_DATA_HOME: keep them in the cache (install-code-server.sh names the same folders). */
function codeServerEnv(extra = {}) {
  return { ...process.env, XDG_CONFIG_HOME: join(CACHE, 'xdg-config'), XDG_DATA_HOME: join(CACHE, 'xdg-data'), ...extra };
}

function findRoot(dir) {
  for (; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'cequens-whatsapp-errors') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}
