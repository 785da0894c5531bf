import { readFile } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  type Connection,
  type Disposable,
  type InitializeParams,
  type Location,
} from 'vscode-languageserver';
import { ReloadCatalogsRequest, WorkspaceTrustedNotification, type InitializationOptions, type TeamCatalogFileState } from '../../../shared/src/protocol';
import { TEAM_CATALOG_FILE } from '../core/teamCatalog/teamCatalogFile';
import { TeamCatalogs, type PlacedProblem } from '../core/teamCatalog/teamCatalogs';
import type { DocumentStore } from '../documents';
import { DIAGNOSTIC_SOURCE, type Diagnostics } from './diagnostics';
import type { Settings } from './settings';

/** Edits of an open catalog file typed in a row are read once, this long after the last. */
const REREAD_DELAY_MS = 200;

/**
 * The team catalogs of the workspace: `.cequens/catalog.json` of each folder, then the files of
 * `cequens.teamCatalogs`, laid over the built-in catalog the store started with. Read at start, again
 * when one changes on disk (watched through `workspace/didChangeWatchedFiles`, where the client lets
 * the server register it) or in an editor (didOpen/didChange/didClose, for every client), when the
 * settings change, when workspace folders are added or removed, and on `cequens/reloadCatalogs`. A broken file's problems go to its diagnostics
 * and to the log, and its last good reading stays in use. In an untrusted workspace none is read.
 */
export class TeamCatalogFiles {
  private catalogs: TeamCatalogs | undefined;
  private folders: string[] = [];
  private trusted = true;
  /** The catalog files, in the order they are laid over the built-in catalog. */
  private uris: string[] = [];
  private readonly logged = new Map<string, string>();
  private watcher: Promise<Disposable> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<unknown> = Promise.resolve();

  private readAndWatch: () => Promise<void> = async () => {};

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly diagnostics: Diagnostics,
    private readonly settings: Settings,
  ) {}

  /** Call from onInitialize, once the store has its built-in catalog. */
  initialize(params: InitializeParams, options: InitializationOptions): void {
    this.catalogs = new TeamCatalogs(this.store.catalog);
    this.folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.trusted = options.workspaceTrusted !== false;
    const canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.readAndWatch = async () => {
      await this.reload();
      if (canWatch) await this.watch();
    };
    this.connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((change) => this.isCatalogFile(change.uri))) this.rereadSoon();
    });
    // Replaces the library's handler, which only a listener taken after initialize would hear.
    this.connection.onNotification(DidChangeWorkspaceFoldersNotification.type, ({ event }) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      this.folders = [...this.folders.filter((uri) => !removed.has(uri)), ...event.added.map((f) => f.uri).filter((uri) => !this.folders.includes(uri))];
      void this.reload().then(() => (this.watcher ? this.watch() : undefined));
    });
    this.connection.onRequest(ReloadCatalogsRequest, () => this.reload());
    this.connection.onNotification(WorkspaceTrustedNotification, () => {
      this.trusted = true;
      void this.readAndWatch();
    });
    this.store.onDidChange((uri) => this.isCatalogFile(uri) && this.rereadSoon());
  }

  /** Call from onInitialized (the connection keeps one handler of it, for every feature): reads the catalogs and watches their files. */
  initialized(): void {
    void this.readAndWatch();
  }

  /** Settings changed: the files `cequens.teamCatalogs` names may be others. */
  settingsChanged(): void {
    void this.reload().then(() => (this.watcher ? this.watch() : undefined));
  }

  /** `.cequens/catalog.json` of the folder a document is in; undefined outside the folders, and while no team catalog is read (Restricted Mode). */
  folderCatalogOf(uri: string): string | undefined {
    const path = pathOf(uri);
    if (!this.trusted || path === undefined) return undefined;
    const holds = (folder: string) => {
      const root = pathOf(folder);
      return root !== undefined && path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
    };
    // The innermost folder, where one workspace folder lies in another.
    const folder = this.folders.filter(holds).sort((a, b) => b.length - a.length)[0];
    return folder && joinUri(folder, TEAM_CATALOG_FILE);
  }

  /** Where a team file in use adds or changes the entry (the last that does); undefined for an entry none touches. */
  locationOf(entryId: string): Location | undefined {
    const place = this.catalogs?.placeOf(this.uris, entryId);
    return place && { uri: place.path, range: { start: place.position, end: place.position } };
  }

  isCatalogFile(uri: string): boolean {
    const path = pathOf(uri);
    return path !== undefined && this.uris.some((u) => pathOf(u) === path);
  }

  /** Reads every catalog file again; one reading at a time, in order. */
  reload(): Promise<TeamCatalogFileState[]> {
    const done = this.reading.then(() => this.readAll());
    this.reading = done.catch(() => undefined);
    return done;
  }

  private rereadSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), REREAD_DELAY_MS);
  }

  private async readAll(): Promise<TeamCatalogFileState[]> {
    const catalogs = this.catalogs!;
    const uris = this.trusted ? await this.catalogUris() : [];
    for (const gone of this.uris.filter((uri) => !uris.includes(uri))) {
      catalogs.read(gone, undefined);
      this.diagnostics.setFileProblems(gone, undefined);
    }
    this.uris = uris;
    const states: TeamCatalogFileState[] = [];
    for (const uri of uris) {
      const text = await this.textOf(uri);
      const problems = catalogs.read(uri, text);
      this.log(uri, problems);
      this.diagnostics.setFileProblems(uri, text === undefined ? undefined : problems.map(diagnosticOf));
      states.push({ uri, exists: text !== undefined, problems: problems.length, inUse: catalogs.uses(uri) });
    }
    this.store.useCatalog(catalogs.catalog(uris));
    return states;
  }

  /** `.cequens/catalog.json` of each folder, then the files `cequens.teamCatalogs` names (relative to their folder). */
  private async catalogUris(): Promise<string[]> {
    const named = await Promise.all(
      this.folders.map(async (folder) => {
        const files = ((await this.settings.section(folder)) as { teamCatalogs?: unknown } | undefined)?.teamCatalogs;
        return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string').map((f) => joinUri(folder, f)) : [];
      }),
    );
    return [...new Set([...this.folders.map((folder) => joinUri(folder, TEAM_CATALOG_FILE)), ...named.flat()])];
  }

  /** The file's text: the editor's where it is open (unsaved edits count), else the disk's; undefined when there is none. */
  private async textOf(uri: string): Promise<string | undefined> {
    const open = this.store.get(uri);
    if (open) return open.index.text.text();
    const path = pathOf(uri);
    if (path === undefined) return undefined;
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.connection.console.error(`${path}: cannot be read (${code ?? String(error)}); it is left out`);
      return undefined;
    }
  }

  /** Each problem as `path:line:col: message` in the server's log, once per change of the file's problems. */
  private log(uri: string, problems: readonly PlacedProblem[]): void {
    const path = pathOf(uri) ?? uri;
    const lines = problems.map((p) => `${path}:${p.start.line + 1}:${p.start.character + 1}: ${p.message}`);
    const said = lines.join('\n');
    if (this.logged.get(uri) === said) return;
    this.logged.set(uri, said);
    if (lines.length === 0) return;
    const kept = this.catalogs!.uses(uri) ? 'its last good version stays in use' : 'it is left out';
    this.connection.console.error(`Team catalog ${path} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}; ${kept}:\n${said}`);
  }

  /** Watches the catalog files on disk: a file made, changed or deleted outside the editor is read again. */
  private async watch(): Promise<void> {
    const previous = this.watcher;
    const paths = this.uris.map(pathOf).filter((p): p is string => p !== undefined);
    this.watcher = this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${TEAM_CATALOG_FILE}` }, ...paths.map((globPattern) => ({ globPattern }))],
    });
    (await previous)?.dispose();
  }
}

function diagnosticOf(problem: PlacedProblem) {
  return { range: { start: problem.start, end: problem.end }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: problem.message };
}

/** A path the setting gives, absolute or relative to the folder, as a URI. */
function joinUri(folder: string, path: string): string {
  const base = pathOf(folder);
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return base === undefined ? `${folder.replace(/\/$/, '')}/${path}` : pathToFileURL(join(base, path)).href;
}

function pathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
