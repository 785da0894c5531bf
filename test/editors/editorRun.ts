import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The configuration block of the README that `marker` (an HTML comment naming the test) precedes,
 * with the package's command replaced by the built server: what a user pastes, run from this clone.
 */
export function readmeBlock(marker: string, packageCommand: string, builtCommand: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const at = readme.indexOf(`<!-- ${marker} `);
  if (at < 0) throw new Error(`README.md has no block marked "${marker}"`);
  const block = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at))![1];
  if (!block.includes(packageCommand)) throw new Error(`the README block "${marker}" does not run ${packageCommand}`);
  return block.replace(packageCommand, builtCommand);
}

export const SERVER = resolve('dist/server.js');

/** What an editor script wrote (`CEQUENS_RESULT`), after running it with the fixtures copied to a folder of their own. */
export function runEditor(command: string, args: (dir: string) => string[], config: { name: string; text: string }): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'cequens-editor-'));
  cpSync('test/fixtures/editors', join(dir, 'project'), { recursive: true });
  writeFileSync(join(dir, config.name), config.text);
  const output = join(dir, 'result.json');
  const run = spawnSync(command, args(dir), {
    cwd: join(dir, 'project'),
    env: { ...process.env, CEQUENS_FIXTURES: join(dir, 'project'), CEQUENS_RESULT: output, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir },
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    return JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    throw new Error(`${command} wrote no result (exit ${run.status}, ${run.signal ?? 'no signal'}): ${run.stderr}${run.stdout}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The version line of an editor, or undefined when it is not installed. */
export function versionOf(command: string, args: string[]): string | undefined {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n')[0] : undefined;
}
