// Each language's own checker, names resolved and types checked (parseCheck.ts only parses), for
// tests that insert handlers into source files and compare what the checker reports before and
// after: TypeScript's type checker (the `typescript` package) for TypeScript and JavaScript,
// javac, `go build -gcflags=-e` and `go vet`, mcs (with stubs of the .NET APIs Mono lacks),
// `php -l`, `python3 -m py_compile` then pyflakes (undefined names, unused imports), `ruby -wc`
// (syntax and warnings: Ruby resolves names only when it runs), rustc (with stubs of the helpers
// the handlers call, test/support/rust/stubs.rs). Sources of
// one language are checked in a batch (one TypeScript program, one JVM, one Go module). A tool
// missing on the machine is reported as missing, naming its Debian packages, so that a test skips.
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);

/** One diagnostic: where (1-based line, for messages), and what, without the position (it moves when lines are inserted). */
export interface Finding {
  readonly line: number;
  /** `code: message`, e.g. `TS2304: Cannot find name 'resendMessage'.` */
  readonly text: string;
}

export type CheckOutcome = { readonly missing: string } | { readonly findings: readonly (readonly Finding[])[] };

/** A source to check, and the name of its file (Java wants the public class's; Go keeps one package a folder). */
export interface Source {
  readonly name: string;
  readonly text: string;
}

interface Tool {
  /** The Debian packages that provide the commands. */
  readonly packages: string;
  /** A command for each tool the checker runs: each must succeed. */
  readonly probes: readonly (readonly string[])[];
}

const TOOLS: Readonly<Record<string, Tool>> = {
  java: { packages: 'openjdk-17-jdk-headless', probes: [['javac', '-version']] },
  go: { packages: 'golang-go', probes: [['go', 'version']] },
  csharp: { packages: 'mono-mcs', probes: [['mcs', '--version']] },
  php: { packages: 'php-cli', probes: [['php', '--version']] },
  python: { packages: 'python3 pyflakes3', probes: [['python3', '--version'], ['pyflakes3', '--version']] },
  ruby: { packages: 'ruby', probes: [['ruby', '--version']] },
  rust: { packages: 'rustc', probes: [['rustc', '--version']] },
};

export const CHECKED_LANGUAGES = ['typescript', 'javascript', 'java', 'go', 'csharp', 'php', 'python', 'ruby', 'rust'] as const;

/** What the language's checker reports on each source, in order. */
export async function checkSources(language: string, sources: readonly Source[]): Promise<CheckOutcome> {
  if (language === 'typescript' || language === 'javascript') return { findings: typeScriptFindings(sources, language) };
  const tool = TOOLS[language];
  if (!tool) throw new Error(`checkers: no checker for ${language}`);
  const absent = tool.probes.find(([command, ...args]) => {
    const probe = spawnSync(command, args, { encoding: 'utf8' });
    return probe.error || probe.status !== 0;
  });
  if (absent) return { missing: `${absent[0]} not found: apt-get install ${tool.packages} to check ${language}` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkers-'));
  try {
    const files = sources.map((source, i) => {
      const folder = path.join(dir, `v${i}`);
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, source.name), source.text);
      return path.join(folder, source.name);
    });
    const findings = await CHECKERS[language](files, dir);
    return { findings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type Checker = (files: readonly string[], dir: string) => Promise<Finding[][]>;

/** Output of a command that may fail (a checker exits non-zero on errors). */
async function output(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout, stderr, code } = error as { stdout?: string; stderr?: string; code?: unknown };
    if (stdout === undefined && stderr === undefined) throw error;
    return `${stdout ?? ''}${stderr ?? ''}` || `exit code ${String(code)}`;
  }
}

/** Runs `each` over the files, two at a time (the machine has few cores). */
async function eachFile(files: readonly string[], each: (file: string) => Promise<Finding[]>): Promise<Finding[][]> {
  const results: Finding[][] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await each(files[i]);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const JAVA_CHECKER = path.resolve('test/support/JavaParseCheck.java');
const CSHARP_STUBS = path.resolve('test/support/csharp/Stubs.cs');
const RUST_STUBS = path.resolve('test/support/rust/stubs.rs');

/** Findings of a `<file>:<line>:…: <message>` report that are the file's; any other line with an error is thrown. */
function fileFindings(text: string, file: string, pattern: RegExp, tool: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of text.split('\n')) {
    const match = pattern.exec(line);
    if (match?.[1] === file) findings.push({ line: Number(match[2]), text: match[3] });
    else if (match || /\berror\b/.test(line)) throw new Error(`${tool}: ${line}`);
  }
  return findings;
}

const CHECKERS: Readonly<Record<string, Checker>> = {
  // One JVM, one compilation task a file: `javac -d` with every error and lint warning.
  java: async (files, dir) => {
    const text = await output('java', [JAVA_CHECKER, '--compile', path.join(dir, 'classes'), ...files], dir);
    const results: Finding[][] = files.map(() => []);
    for (const line of text.split('\n')) {
      const [file, at, kind, key, message] = line.split('\t');
      const i = files.indexOf(file);
      if (i < 0 || message === undefined) {
        if (line.trim() !== '') throw new Error(`javac: ${line}`);
        continue;
      }
      results[i].push({ line: Number(at), text: `${kind} ${key}: ${message.replaceAll(path.dirname(file), '')}` });
    }
    return results;
  },
  // One module, a package a folder: `go build -gcflags=-e` lists every type error (`go vet` stops at
  // a package's first), then `go vet` adds its own findings where the package type-checks.
  go: async (files, dir) => {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module checked\n\ngo 1.19\n');
    const env = { GOPROXY: 'off', GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOWORK: 'off' };
    const built = await output('go', ['build', '-gcflags=-e', './...'], dir, env);
    const vetted = await output('go', ['vet', './...'], dir, env);
    const results: Finding[][] = files.map(() => []);
    for (const line of `${built}\n${vetted}`.split('\n')) {
      const match = /^(?:vet: )?(?:\.\/)?v(\d+)\/[^:]+:(\d+):(?:\d+:)? (.*)$/.exec(line);
      if (!match) {
        if (line.trim() !== '' && !line.startsWith('#') && !line.startsWith('\t')) throw new Error(`go: ${line}`);
        continue;
      }
      const message = match[3].replace(/\S*v\d+\/[^:\s]+:\d+(?::\d+)?/g, '<position>').replace(/^undeclared name: /, 'undefined: ');
      const found = results[Number(match[1])];
      if (!found.some((f) => f.text === message)) found.push({ line: Number(match[2]), text: message });
    }
    return results;
  },
  // Each file with the stubs of the .NET APIs Mono lacks: mcs checks no method body while a type
  // in a declaration is missing. Only the file's own findings count, not the stubs'.
  csharp: (files, dir) =>
    eachFile(files, async (file) => {
      const text = await output('mcs', ['-target:library', `-out:${file}.dll`, '-warn:4', '-nowarn:436', file, CSHARP_STUBS], dir);
      const findings: Finding[] = [];
      for (const line of text.split('\n')) {
        const match = /^(.*)\((\d+),\d+\): ((?:error|warning) CS\d+: .*)$/.exec(line);
        if (match?.[1] === file) findings.push({ line: Number(match[2]), text: match[3] });
        else if (match) throw new Error(`mcs, in ${match[1]}: ${match[3]}`);
        else if (/\berror CS\d+/.test(line)) throw new Error(`mcs: ${line}`); // a source it could not read (the stubs, from another directory)
      }
      return findings;
    }),
  php: (files, dir) =>
    eachFile(files, async (file) => {
      const text = await output('php', ['-l', file], dir);
      if (text.startsWith('No syntax errors')) return [];
      return text
        .split('\n')
        .filter((line) => /error/i.test(line))
        .map((line) => ({ line: Number(/on line (\d+)/.exec(line)?.[1] ?? 0), text: line.replace(` in ${file}`, '').replace(/ on line \d+/, '') }));
    }),
  // Ruby's parser with warnings on (unused variables, mismatched indentation of `end`).
  ruby: (files, dir) =>
    eachFile(files, async (file) => {
      const text = await output('ruby', ['-wc', file], dir);
      return fileFindings(text.replace(/^Syntax OK$/m, ''), file, /^(.*?):(\d+): (.*)$/, 'ruby');
    }),
  // A library crate of the file, with the stubs module appended (its lines keep their numbers): every error and warning.
  rust: (files, dir) =>
    eachFile(files, async (file) => {
      fs.appendFileSync(file, `\n#[allow(unused_imports)]\nuse checked_stubs::*;\n#[path = ${JSON.stringify(RUST_STUBS)}]\nmod checked_stubs;\n`);
      const args = ['--edition', '2021', '--crate-type', 'lib', '--emit=metadata', '--error-format=short', '-o', `${file}.rmeta`, file];
      const text = await output('rustc', args, dir);
      // "error: aborting due to 2 previous errors", and the count of warnings, are no findings of their own.
      const report = text.split('\n').filter((line) => !/^(?:error: aborting due to|warning: \d+ warnings? emitted)/.test(line)).join('\n');
      return fileFindings(report, file, /^(.*?):(\d+):\d+: (.*)$/, 'rustc');
    }),
  // One interpreter compiles every file; pyflakes then reads those that compile (names, imports), in one run.
  python: async (files, dir) => {
    const script = [
      'import py_compile, sys',
      'for i, f in enumerate(sys.argv[1:]):',
      '    try:',
      '        py_compile.compile(f, cfile=f + "c", doraise=True)',
      '    except py_compile.PyCompileError as e:',
      '        err = e.exc_value',
      '        print(f"{i}\\t{getattr(err, \'lineno\', 0)}\\t{e.exc_type_name}: {getattr(err, \'msg\', str(err))}")',
    ].join('\n');
    const text = await output('python3', ['-c', script, ...files], dir);
    const results: Finding[][] = files.map(() => []);
    for (const line of text.split('\n')) {
      const [i, at, message] = line.split('\t');
      if (message !== undefined) results[Number(i)].push({ line: Number(at), text: message });
      else if (line.trim() !== '') throw new Error(`python3: ${line}`);
    }
    const compiled = files.filter((_, i) => results[i].length === 0);
    if (compiled.length === 0) return results;
    const flakes = await output('pyflakes3', compiled, dir);
    for (const line of flakes.split('\n')) {
      const match = /^(.*?):(\d+):(?:\d+:)? (.*)$/.exec(line);
      const i = match ? files.indexOf(match[1]) : -1;
      if (!match || i < 0) {
        if (line.trim() !== '') throw new Error(`pyflakes3: ${line}`);
        continue;
      }
      // "redefinition of unused 'time' from line 9": the line moves when lines are inserted above it.
      results[i].push({ line: Number(match[2]), text: match[3].replace(/\bline \d+/g, 'line <n>') });
    }
    return results;
  },
};

/**
 * TypeScript's type checker over every source at once: one program, each source a module of its
 * own (no imports resolved: an import finds nothing, before and after alike). Strict, and it
 * reports unreachable code, fallthrough between cases and code paths that return nothing.
 */
function typeScriptFindings(sources: readonly Source[], language: 'typescript' | 'javascript'): Finding[][] {
  const extension = language === 'typescript' ? 'ts' : 'js';
  const names = sources.map((source, i) => `/checked/v${i}/${source.name.replace(/\.fixture$/, '').replace(/\.(?:[cm]?[jt]s|[jt]sx)$/, '')}.${extension}`);
  const options: ts.CompilerOptions = {
    noEmit: true,
    allowJs: true,
    checkJs: true,
    strict: true,
    // A JavaScript file declares no types: not having any is no finding.
    noImplicitAny: language === 'typescript',
    allowUnreachableCode: false,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const texts = new Map(names.map((name, i) => [name, sources[i].text]));
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, target, ...rest) => {
    const text = texts.get(file);
    return text !== undefined ? ts.createSourceFile(file, text, target, true) : read(file, target, ...rest);
  };
  const exists = host.fileExists.bind(host);
  host.fileExists = (file) => texts.has(file) || (!file.startsWith('/checked/') && exists(file));
  const program = ts.createProgram(names, options, host);
  const global = program.getGlobalDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  if (global.length > 0) throw new Error(`TypeScript: ${global.join('; ')}`);
  return names.map((name) => {
    const file = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => ({
      line: file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
      // TypeScript suggests a spelling for the first few names it cannot find only: without it, one finding.
      text: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
        .replace(/^TS2552: (Cannot find name '\w+'\.) Did you mean '\w+'\?$/, 'TS2304: $1')
        .replace(/^TS2551: (Property '\w+' does not exist on type .*)\. Did you mean '\w+'\?$/, 'TS2339: $1.'),
    }));
  });
}

/** TypeScript's messages on one source on its own, without positions. */
export function typeScriptTypeErrors(source: string, language: 'typescript' | 'javascript'): string[] {
  const [findings] = typeScriptFindings([{ name: `source.${language === 'typescript' ? 'ts' : 'js'}`, text: source }], language);
  return findings.map((f) => f.text.replace(/^TS\d+: /, ''));
}

/**
 * The source with the helpers a handler documents declared, taking any arguments (a C# `…Async`
 * one returns a Task, a `…Code` one an int), where the checker skips flow analysis past a missing name (mcs in that
 * method, javac in the whole file): so that a fall-through or an unreported exception after a
 * handler is still found. Other languages' sources as they are. Lines keep their numbers.
 */
export function declareHelpers(language: string, text: string, helpers: ReadonlySet<string>): string {
  if (helpers.size === 0) return text;
  if (language === 'csharp') {
    const declared = [...helpers].map((h) => `public static ${h.endsWith('Async') ? 'System.Threading.Tasks.Task' : h.endsWith('Code') ? 'int' : 'void'} ${h}(params object[] args) => throw null;`);
    return `using static CheckedHelpers; ${text}\nstatic class CheckedHelpers { ${declared.join(' ')} }\n`;
  }
  if (language === 'java') {
    const declared = [...helpers].map((h) => (h.endsWith('Code') ? `private static int ${h}(Object... args) { return 0; }` : `private static void ${h}(Object... args) { }`));
    return text.replace(/\bclass\s+\w+[^{]*\{/, (open) => `${open} ${declared.join(' ')}`);
  }
  return text;
}

/** What each checker says when a name is not declared anywhere: the helper it names is the group. */
const NOT_FOUND: readonly RegExp[] = [
  /^TS2304: Cannot find name '(\w+)'\.$/, // TypeScript, JavaScript
  /^TS2662: Cannot find name '(\w+)'\. Did you mean the static member '[\w.]+'\?$/,
  /^TS2663: Cannot find name '(\w+)'\. Did you mean the instance member 'this\.\w+'\?$/,
  /^ERROR compiler\.err\.cant\.resolve\.location\.args: cannot find symbol symbol: method (\w+)\(.*\) location: /, // javac
  /^undefined: (\w+)$/, // go
  /^error CS0103: The name `(\w+)' does not exist in the current context$/, // mcs
  /^undefined name '(\w+)'$/, // pyflakes
];

/** The name a "cannot find" finding is about; undefined for any other finding. */
export function notFoundName(text: string): string | undefined {
  for (const pattern of NOT_FOUND) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** Findings of `after` beyond those of `before` (as many times as they occur), by their text. */
export function newFindings<T extends string | Finding>(before: readonly T[], after: readonly T[]): T[] {
  const text = (f: T) => (typeof f === 'string' ? f : f.text);
  const left = before.map(text);
  return after.filter((finding) => {
    const known = left.indexOf(text(finding));
    if (known < 0) return true;
    left.splice(known, 1);
    return false;
  });
}
