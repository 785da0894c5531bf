import ignore, { type Ignore } from 'ignore';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Something to read: a file, or standard input (`-`). */
export type Input = { readonly kind: 'file'; readonly path: string; readonly named: boolean } | { readonly kind: 'stdin' };

/** A path that could not be read, and why. */
export interface ReadError {
  readonly path: string;
  readonly message: string;
}

/** Folders never read: a repository's own store, and installed packages. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * The files under `paths`, in order, each folder's entries sorted by name: folders are read
 * recursively, without .git and node_modules and, unless `noIgnore`, without what the .gitignore
 * files of the folder, of the folders above it up to the repository's root, and of the folders
 * inside it leave out (as ripgrep does). A path named on the command line is read even when ignored.
 * Symbolic links inside folders are not followed. Paths that cannot be read go to `onError`.
 */
export function* inputsOf(paths: readonly string[], noIgnore: boolean, onError: (error: ReadError) => void): Generator<Input> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      onError({ path, message: reason(error) });
      continue;
    }
    if (!isDirectory) {
      yield { kind: 'file', path, named: true };
      continue;
    }
    yield* walk(path, noIgnore ? [] : rulesAbove(path), noIgnore, onError);
  }
}

/** The ignore rules of one folder's .gitignore, matched against paths relative to it. */
interface Rules {
  readonly folder: string;
  readonly ignore: Ignore;
}

function* walk(folder: string, rules: readonly Rules[], noIgnore: boolean, onError: (error: ReadError) => void): Generator<Input> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    onError({ path: folder, message: reason(error) });
    return;
  }
  const here = noIgnore ? rules : [...rules, ...rulesOf(folder)];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(path, true, here)) continue;
      yield* walk(path, here, noIgnore, onError);
    } else if (entry.isFile() && !isIgnored(path, false, here)) {
      yield { kind: 'file', path, named: false };
    }
  }
}

/** The deepest .gitignore that says something of a path decides (a `!pattern` below undoes one above). */
function isIgnored(path: string, isDirectory: boolean, rules: readonly Rules[]): boolean {
  for (let n = rules.length - 1; n >= 0; n--) {
    const relativePath = relative(rules[n].folder, path).split(sep).join('/');
    const { ignored, unignored } = rules[n].ignore.test(isDirectory ? `${relativePath}/` : relativePath);
    if (ignored || unignored) return ignored;
  }
  return false;
}

function rulesOf(folder: string): Rules[] {
  const file = join(folder, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return [{ folder, ignore: ignore().add(text) }];
}

/** The rules of the folders above `folder`, up to the root of its repository (the folder holding .git); none outside one. */
function rulesAbove(folder: string): Rules[] {
  const above: string[] = [];
  for (let at = resolve(folder); ; ) {
    if (existsSync(join(at, '.git'))) break;
    const parent = dirname(at);
    if (parent === at) return [];
    above.unshift(parent);
    at = parent;
  }
  // Paths are matched relative to each folder: the walk's paths are as the user wrote them.
  return above.flatMap((at) => rulesOf(at).map((r) => ({ ...r, folder: relative(process.cwd(), at) || '.' })));
}

/** Why a path could not be read, in words: "no such file or directory". */
export function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
  };
  return (code && words[code]) ?? message;
}
