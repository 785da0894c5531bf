// The sources the tests that run each language's checker read: the samples and fixture folders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageIdOfFile } from '../../shared/src/languages';
import type { Source } from './checkers';

export interface SourceDocument {
  readonly file: string;
  readonly languageId: string;
  readonly text: string;
}

/** Every sample (samples/<language>/) and the files of `folders`, with their language; `.fixture` names the file without it. */
export function sourceDocuments(folders: readonly string[]): SourceDocument[] {
  const inFolder = (folder: string) => fs.readdirSync(folder).map((f) => path.join(folder, f));
  const samples = fs.readdirSync('samples', { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => inFolder(path.join('samples', d.name)));
  return [...samples, ...folders.flatMap(inFolder)].flatMap((file) => {
    if (file.endsWith('.d.ts')) return [];
    const languageId = languageIdOfFile(path.basename(file).replace(/\.fixture$/, ''));
    return languageId ? [{ file, languageId, text: fs.readFileSync(file, 'utf8') }] : [];
  });
}

/** The file name a checker wants: Java's after the public class. */
export function checkedSource(file: string, text: string): Source {
  const name = path.basename(file).replace(/\.fixture$/, '');
  if (!name.endsWith('.java')) return { name, text };
  return { name: `${/public\s+(?:final\s+|abstract\s+)*(?:class|interface|enum|record)\s+(\w+)/.exec(text)?.[1] ?? 'Main'}.java`, text };
}
