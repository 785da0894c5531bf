import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Catalog } from '../../../shared/src/catalog';
import { catalogOf } from '../../../shared/src/catalogSources';
import { TEAM_CATALOG_FILE } from '../core/teamCatalog/teamCatalogFile';
import { TeamCatalogs } from '../core/teamCatalog/teamCatalogs';
import { printable } from '../core/hover/cardStyle';
import { UsageError } from './usageError';

/** A team catalog file with problems: each as `path:line:col: message`, and exit code 2. */
export class BrokenCatalogError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/**
 * The catalog of the chosen sources with the team's files laid over it, in order: those given
 * (`--catalog <file>`), else `.cequens/catalog.json` of the current folder or, inside a git
 * repository, of its root. Throws a BrokenCatalogError naming each problem's place.
 */
export function catalogWithTeamFiles(sources: readonly string[], files: readonly string[], cwd: string = process.cwd()): Catalog {
  const paths = files.length > 0 ? files : projectCatalog(cwd);
  const catalogs = new TeamCatalogs(catalogOf(sources));
  const lines: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(join(cwd, path), 'utf8');
    } catch (error) {
      throw new UsageError(`--catalog ${printable(path)}: neither a catalog name (CEQUENS, Cloud API) nor a file that can be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    for (const p of catalogs.read(path, text)) lines.push(`${printable(path)}:${p.start.line + 1}:${p.start.character + 1}: ${printable(p.message)}`);
  }
  if (lines.length > 0) throw new BrokenCatalogError(lines);
  return catalogs.catalog(paths);
}

/** `.cequens/catalog.json` of `cwd`, else of the root of the git repository `cwd` is in (relative to `cwd`); none when neither has one. */
function projectCatalog(cwd: string): string[] {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, TEAM_CATALOG_FILE))) return [relative(cwd, join(dir, TEAM_CATALOG_FILE))];
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return [];
  }
}
