/**
 * Tree-sitter grammars, loaded the first time a language is seen: the runtime and each grammar are
 * WebAssembly modules of `@vscode/tree-sitter-wasm` (the builds VS Code itself uses), which the
 * bundles carry in a `grammars/` folder beside them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';

export type { Language };

/** The grammars of one folder of `.wasm` files, each loaded once, on first use. */
export class Grammars {
  private runtime: Promise<void> | undefined;
  private readonly loading = new Map<string, Promise<Language>>();
  private readonly loaded = new Map<string, Language>();

  constructor(private readonly directory: string) {}

  /** The grammar `tree-sitter-<name>.wasm`, loading it (and the runtime) the first time. */
  load(name: string): Promise<Language> {
    let language = this.loading.get(name);
    if (!language) {
      language = this.start().then(async () => Language.load(await readFile(join(this.directory, `tree-sitter-${name}.wasm`))));
      language.then((l) => this.loaded.set(name, l), () => this.loading.delete(name));
      this.loading.set(name, language);
    }
    return language;
  }

  /** The grammar if it has been loaded; undefined while it loads or before it was asked for. */
  ifLoaded(name: string): Language | undefined {
    return this.loaded.get(name);
  }

  private start(): Promise<void> {
    this.runtime ??= Parser.init({ locateFile: (file: string) => join(this.directory, file) });
    return this.runtime;
  }
}
