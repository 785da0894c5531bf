// The grammars the build copies beside the server (dist/grammars/), loaded as the server loads them.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Grammars } from '../../server/src/core/syntax/grammars';

const DIRECTORY = resolve('dist/grammars');

export const grammars = new Grammars(DIRECTORY);

/** Loads every grammar the build ships. */
export async function loadAllGrammars(): Promise<void> {
  const names = readdirSync(DIRECTORY).flatMap((f) => /^tree-sitter-(.+)\.wasm$/.exec(f)?.[1] ?? []);
  await Promise.all(names.map((name) => grammars.load(name)));
}
