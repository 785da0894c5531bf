/**
 * What each editor language is, read from shared/languages/languages.json: how the lexer reads it,
 * how its statements are written (for placing a handler), and which handler templates it uses.
 * The client serves exactly these languages; the server reads them by these profiles.
 */
import data from '../languages/languages.json';

/** What the lexer needs to know of a language's comments and strings. */
export interface Syntax {
  readonly lineComments: readonly string[];
  readonly blockComment?: readonly string[];
  readonly quotes: readonly string[];
  /** Python's """ and ''' strings. */
  readonly tripleQuotes?: boolean;
  /** Rust's raw strings, `r"…"`, `r#"…"#`, `br#"…"#`: no escapes, closed by the quote and as many `#` as opened them. */
  readonly rawStrings?: boolean;
}

export type Blocks = 'braces' | 'indentation' | 'end';
export type AwaitScope = 'none' | 'async-functions' | 'async-functions-and-module';

export interface Statements {
  readonly blocks: Blocks;
  readonly switchKeywords: readonly string[];
  readonly caseKeywords: readonly string[];
  /** The arrows that end an arm without a keyword (Kotlin's `470 ->`, Dart's `470 =>`): detection reads them as a case label's end. */
  readonly armArrows?: readonly string[];
  readonly await: AwaitScope;
  /** Statements may stand outside any function (a script, a module). */
  readonly topLevel: boolean;
}

export interface LanguageProfile {
  readonly id: string;
  /** The file name endings VS Code gives the language (".ts"), for the command-line tool; not inherited. */
  readonly extensions: readonly string[];
  readonly syntax: Syntax;
  /** Read as prose (logs, plain text, JSON Lines, Markdown): hover only. */
  readonly prose: boolean;
  /** Prose whose lines are read with the lines above them (a table's header row); other prose a line at a time. */
  readonly readsLinesAbove?: boolean;
  /** Absent for prose and data (JSON, YAML): nothing there is a statement. */
  readonly statements?: Statements;
  /** The handler template file under server/src/core/snippets/templates/; absent: no quick fix. */
  readonly snippets?: string;
  /** The tree-sitter grammar its source is parsed with; absent: the lexer alone reads it. */
  readonly grammar?: string;
}

type Raw = Record<string, unknown>;

const BLOCKS: readonly Blocks[] = ['braces', 'indentation', 'end'];
const AWAIT_SCOPES: readonly AwaitScope[] = ['none', 'async-functions', 'async-functions-and-module'];

/**
 * The profiles of `languages`, each merged over what it extends (a family or another language),
 * checked so that a mistake in the file stops the server at start-up, naming the language.
 */
export function parseProfiles(json: { families?: Raw; languages: Raw }): Map<string, LanguageProfile> {
  const bases: Raw = { ...json.families, ...json.languages };
  const resolve = (name: string, chain: readonly string[]): Raw => {
    if (chain.includes(name)) throw new Error(`languages.json: "${name}" extends itself (${[...chain, name].join(' → ')})`);
    const own = bases[name];
    if (!isObject(own)) throw new Error(`languages.json: "${chain.at(-1)}" extends "${name}", which is not there`);
    const { extends: parent, ...rest } = own;
    return typeof parent === 'string' ? merge(resolve(parent, [...chain, name]), rest) : rest;
  };
  // A language's file name endings are its own: `javascript` extends `typescript`, not its ".ts".
  return new Map(Object.keys(json.languages).map((id) => [id, checked(id, { ...resolve(id, []), extensions: (json.languages[id] as Raw).extensions })]));
}

function checked(id: string, raw: Raw): LanguageProfile {
  const fail = (what: string): never => {
    throw new Error(`languages.json: "${id}": ${what}`);
  };
  const syntax = isObject(raw.syntax) ? raw.syntax : fail('no "syntax"');
  if (!isList(syntax.lineComments) || !isList(syntax.quotes)) fail('"syntax" needs "lineComments" and "quotes" lists');
  if (typeof raw.prose !== 'boolean') fail('"prose" must be true or false');
  if (raw.prose && (raw.statements || raw.snippets)) fail('prose has no statements and no snippets');
  if (raw.readsLinesAbove !== undefined && (raw.readsLinesAbove !== true || !raw.prose)) fail('"readsLinesAbove" is true or absent, for prose');
  if (raw.snippets !== undefined && (typeof raw.snippets !== 'string' || !raw.statements)) fail('"snippets" names a file, for a language with statements');
  if (raw.statements !== undefined) checkStatements(raw.statements, fail);
  if (!isList(raw.extensions) || !raw.extensions.every((e) => e.startsWith('.'))) fail('"extensions" must be a list of endings such as ".ts"');
  if (raw.grammar !== undefined && (typeof raw.grammar !== 'string' || !/^[a-z-]+$/.test(raw.grammar))) fail('"grammar" must name a grammar (tree-sitter-<grammar>.wasm)');
  return { id, ...raw } as unknown as LanguageProfile;
}

function checkStatements(statements: unknown, fail: (what: string) => never): void {
  const s = isObject(statements) ? statements : fail('"statements" must be an object');
  const oneOf = (key: string, values: readonly string[]) => {
    if (!values.includes(s[key] as string)) fail(`"statements.${key}" must be one of ${values.join(', ')}`);
  };
  oneOf('blocks', BLOCKS);
  oneOf('await', AWAIT_SCOPES);
  for (const key of ['switchKeywords', 'caseKeywords']) if (!isList(s[key])) fail(`"statements.${key}" must be a list`);
  if (s.armArrows !== undefined && !isList(s.armArrows)) fail('"statements.armArrows" must be a list');
  if (typeof s.topLevel !== 'boolean') fail('"statements.topLevel" must be true or false');
}

/** `over` on top of `base`: objects merge key by key; lists and values replace. */
function merge(base: Raw, over: Raw): Raw {
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(over)) {
    merged[key] = isObject(value) && isObject(base[key]) ? merge(base[key], value) : value;
  }
  return merged;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const profiles = parseProfiles(data);

/** The language ids the extension serves, in the order of languages.json. */
/**
 * The languages of logs and payloads, where an error code is a failure to report (diagnostics, the
 * summary), not code handling it. package.json repeats them in the editor title menu (a test checks).
 */
export const LOG_AND_PAYLOAD_LANGUAGE_IDS: readonly string[] = ['log', 'plaintext', 'json', 'jsonl'];

export const SERVED_LANGUAGE_IDS: readonly string[] = [...profiles.keys()];

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [...profiles.values()];

/** The profile of a served language; undefined for any other. */
export function profileFor(languageId: string): LanguageProfile | undefined {
  return profiles.get(languageId);
}

const byExtension = new Map(LANGUAGE_PROFILES.flatMap((p) => p.extensions.map((e) => [e, p.id] as const)));

/**
 * The language of a file, by the ending of its name, as VS Code gives it ("app.ts" is typescript,
 * "gateway.log" log); undefined for a file of none of the served languages.
 */
export function languageIdOfFile(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  for (let dot = name.indexOf('.', name.lastIndexOf('/') + 1); dot >= 0; dot = name.indexOf('.', dot + 1)) {
    const id = byExtension.get(name.slice(dot));
    if (id) return id;
  }
  return undefined;
}

/**
 * The language a document is read as: the id the editor sends where it is one of ours, else the
 * one its file name says (eglot sends `js` for js-mode and `fundamental` where it has no mode),
 * else the id as sent (read as prose).
 */
export function servedLanguageId(languageId: string, uri: string): string {
  if (profiles.has(languageId)) return languageId;
  let path = uri;
  try {
    path = decodeURIComponent(new URL(uri).pathname);
  } catch {
    // not a URI with a path: its text is the name
  }
  return languageIdOfFile(path) ?? languageId;
}

/** How prose is read; also the reading of any language without a profile. */
export const PROSE: LanguageProfile = profiles.get('plaintext')!;
