// Syntax checks with each language's real parser, for tests that insert code into source files.
// TypeScript and JavaScript use the `typescript` package; the other languages run a command-line
// tool, and report it missing (so that the test skips, naming it) instead of passing silently.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

export type ParseOutcome = { readonly missing: string } | { readonly errors: string };

interface Tool {
  /** Debian package(s) that provide the tool. */
  readonly packages: string;
  readonly extension: string;
  /** Command that exits with 0 when the tool is there. */
  readonly probe: readonly string[];
  /** Command that parses the files (appended); non-zero exit or output on `errorStream` means errors. */
  readonly command: (files: readonly string[]) => readonly string[];
  readonly oneFileAtATime: boolean;
}

const JAVA_CHECKER = path.resolve('test/support/JavaParseCheck.java');

const TOOLS: Readonly<Record<string, Tool>> = {
  python: { packages: 'python3', extension: 'py', probe: ['python3', '--version'], command: (f) => ['python3', '-m', 'py_compile', ...f], oneFileAtATime: true },
  go: { packages: 'golang-go', extension: 'go', probe: ['gofmt', '-h'], command: (f) => ['gofmt', '-e', '-l', ...f], oneFileAtATime: true },
  php: { packages: 'php-cli', extension: 'php', probe: ['php', '--version'], command: (f) => ['php', '-l', ...f], oneFileAtATime: true },
  ruby: { packages: 'ruby', extension: 'rb', probe: ['ruby', '--version'], command: (f) => ['ruby', '-c', ...f], oneFileAtATime: true },
  // mcs --parse: syntax only (C# up to 7.x), no name resolution.
  csharp: { packages: 'mono-mcs', extension: 'cs', probe: ['mcs', '--version'], command: (f) => ['mcs', '--parse', ...f], oneFileAtATime: true },
  // Starting the JVM costs a second: every Java file goes to one run.
  java: {
    packages: 'openjdk-17-jdk-headless',
    extension: 'java',
    probe: ['javac', '-version'],
    command: (f) => ['java', JAVA_CHECKER, ...f],
    oneFileAtATime: false,
  },
};

/** Checks several sources of one language; the result for each, in order. */
export function parseSources(language: string, sources: readonly string[]): ParseOutcome[] {
  if (language === 'typescript' || language === 'javascript') return sources.map((s) => ({ errors: typeScriptErrors(s, language) }));
  const tool = TOOLS[language];
  if (!tool) throw new Error(`parseCheck: no parser for ${language}`);
  const probe = spawnSync(tool.probe[0], tool.probe.slice(1), { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const missing = `${tool.probe[0]} not found: install the Debian package ${tool.packages} to parse-check ${language}`;
    return sources.map(() => ({ missing }));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-check-'));
  try {
    const files = sources.map((source, i) => {
      // Java wants the file named after its public class; each file gets its own folder.
      const folder = path.join(dir, String(i));
      fs.mkdirSync(folder);
      const name = language === 'java' ? `${/public\s+(?:final\s+)?class\s+(\w+)/.exec(source)?.[1] ?? 'Main'}.java` : `source.${tool.extension}`;
      fs.writeFileSync(path.join(folder, name), source);
      return path.join(folder, name);
    });
    if (tool.oneFileAtATime) return files.map((file) => ({ errors: run(tool.command([file]), dir) }));
    // One run for all files: each gets the error lines that name it.
    const output = run(tool.command(files), dir);
    const named = (file: string) => output.split('\n').filter((line) => line.includes(file)).join('\n');
    const anyNamed = files.some((file) => named(file) !== '');
    return files.map((file) => ({ errors: anyNamed ? named(file) : output }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: readonly string[], cwd: string): string {
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', cwd, env: { ...process.env, PYTHONPYCACHEPREFIX: cwd } });
  if (result.error) return String(result.error);
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`.trim() || `exit code ${result.status}`;
}

function typeScriptErrors(source: string, language: string): string {
  const kind = language === 'typescript' ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(`source.${language === 'typescript' ? 'ts' : 'js'}`, source, ts.ScriptTarget.Latest, true, kind);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics
    .map((d) => `${file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    .join('\n');
}
