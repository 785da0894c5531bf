import type { ErrorObject } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../../shared/catalog/team-catalog.schema.json';
import validate from 'validator:shared/catalog/team-catalog.schema.json';
import type { CatalogEntry, Category, HandlerKind, SeverityName } from '../../../../shared/src/catalogTypes';
import { placeholdersIn, placeholdersOf } from '../snippets/render';
import { templatesOfLanguage } from '../snippets/templates';

/** A fault of a team catalog file, at its place in the text (offsets into it). */
export interface CatalogProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** What a built-in entry a team changes: each field as the schema describes it. */
export interface EntryOverride {
  readonly remedy?: string;
  readonly extendRemedy?: string;
  readonly extendDetails?: readonly string[];
  readonly runbook?: string;
  readonly severity?: SeverityName;
  readonly handlers?: Readonly<Record<string, readonly string[]>>;
}

/** One good team catalog file, read. */
export interface TeamLayer {
  readonly entries: readonly CatalogEntry[];
  readonly overrides: ReadonlyMap<string, EntryOverride>;
  readonly neverCodes: readonly number[];
  /** Where the file adds or changes each entry, by id: its title in `extendEntries`, its key in `overrides` (offsets into the text; a symbol list that shows the line shows the name). */
  readonly places: ReadonlyMap<string, number>;
}

interface EntryFields {
  readonly provider: string;
  readonly code: number;
  readonly title: string;
  readonly description?: string;
  readonly details?: readonly string[];
  readonly remedy: string;
  readonly category?: Category;
  readonly transient?: boolean;
  readonly handler?: HandlerKind;
  readonly runbook?: string;
  readonly severity?: SeverityName;
  readonly handlers?: Readonly<Record<string, readonly string[]>>;
}

interface TeamCatalogJson {
  readonly extendEntries?: readonly EntryFields[];
  readonly overrides?: Readonly<Record<string, EntryOverride>>;
  readonly extendNeverCodes?: readonly number[];
}

/** The team catalog of a project (a workspace folder, the command line's folder or git root), at its root. */
export const TEAM_CATALOG_FILE = '.cequens/catalog.json';
/**
 * What a catalog names in `$schema`: the schema's copy a project keeps beside its catalog
 * (`.cequens/catalog.schema.json`). A JSON language server (VS Code's, vscode-json-language-server)
 * resolves a `$schema` that starts with "." against the file: no network, no install path.
 */
export const TEAM_CATALOG_SCHEMA_REFERENCE = './catalog.schema.json';

/** The text of the schema's copy (TEAM_CATALOG_SCHEMA_REFERENCE): the package's schema. */
export function teamCatalogSchemaText(): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * A team catalog file's text, read against the schema (shared/catalog/team-catalog.schema.json) and
 * against the built-in entries it changes (`isBuiltIn`): the layer it adds, or every problem found,
 * each at its place. Never throws.
 */
export function readTeamCatalog(text: string, isBuiltIn: (id: string) => boolean): { layer?: TeamLayer; problems: CatalogProblem[] } {
  if (text.trim() === '') return { problems: [{ offset: 0, length: 0, message: 'not JSON: the file is empty (write {} for a catalog that changes nothing)' }] };
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntaxErrors.length > 0 || !root) {
    return { problems: syntaxErrors.map((e) => ({ offset: e.offset, length: Math.max(1, e.length), message: `not JSON: ${syntaxMessage(printParseErrorCode(e.error))}` })) };
  }
  const json = JSON.parse(text) as unknown;
  if (!validate(json)) return { problems: schemaProblems(root, validate.errors ?? []) };
  const file = json as TeamCatalogJson;
  const problems = [...meaningProblems(root, file, isBuiltIn)];
  if (problems.length > 0) return { problems };
  const entries = (file.extendEntries ?? []).map(entryOf);
  const overrides = new Map(Object.entries(file.overrides ?? {}));
  const places = new Map([
    ...entries.map((entry, i) => [entry.id, at(root, ['extendEntries', i, 'title'], '').offset] as const),
    ...[...overrides.keys()].map((id) => [id, keyAt(root, ['overrides', id], '').offset] as const),
  ]);
  return { problems: [], layer: { entries, overrides, neverCodes: file.extendNeverCodes ?? [], places } };
}

/** The id of a team's entry: unique per provider and code, never one of the built-in ids (`cequens:`, `cloud:`). */
export function teamEntryId(provider: string, code: number): string {
  return `team:${provider.trim().toLowerCase()}:${code}`;
}

function entryOf(fields: EntryFields): CatalogEntry {
  return {
    id: teamEntryId(fields.provider, fields.code),
    source: fields.provider,
    code: fields.code,
    title: fields.title,
    description: fields.description ?? '',
    details: fields.details ?? [],
    remedy: fields.remedy,
    remedySource: 'team',
    deprecated: false,
    category: fields.category ?? 'message',
    transient: fields.transient ?? false,
    handler: fields.handler ?? 'alertOperator',
    ...(fields.runbook ? { runbook: fields.runbook } : {}),
    ...(fields.severity ? { severity: fields.severity } : {}),
    ...(fields.handlers ? { handlers: fields.handlers } : {}),
  };
}

/** What the schema cannot say: overrides of entries that do not exist, one provider's code twice, placeholders a handler cannot fill. */
function* meaningProblems(root: Node, file: TeamCatalogJson, isBuiltIn: (id: string) => boolean): Generator<CatalogProblem> {
  const seen = new Map<string, number>();
  for (const [i, entry] of (file.extendEntries ?? []).entries()) {
    const id = teamEntryId(entry.provider, entry.code);
    const first = seen.get(id);
    if (first !== undefined) yield at(root, ['extendEntries', i, 'code'], `${entry.provider} ${entry.code} is already entry ${first + 1} of extendEntries: one entry per provider and code`);
    else seen.set(id, i);
    yield* handlerProblems(root, ['extendEntries', i, 'handlers'], entry.handlers);
  }
  for (const [id, override] of Object.entries(file.overrides ?? {})) {
    if (!isBuiltIn(id)) yield keyAt(root, ['overrides', id], `no built-in entry "${id}" (\`cequens-errors list --format json\` lists the ids)`);
    yield* handlerProblems(root, ['overrides', id, 'handlers'], override.handlers);
  }
}

function* handlerProblems(root: Node, path: (string | number)[], handlers: EntryFields['handlers']): Generator<CatalogProblem> {
  for (const [language, lines] of Object.entries(handlers ?? {})) {
    const known = placeholdersOf(templatesOfLanguage(language)!);
    for (const [n, line] of lines.entries()) {
      const unknown = placeholdersIn(line).find((name) => !known.has(name));
      if (unknown) yield at(root, [...path, language, n], `unknown placeholder {{${unknown}}}: use ${[...known].map((p) => `{{${p}}}`).join(', ')}`);
    }
  }
}

/** One problem per failing value, in words: ajv's first error for each place (a wrong enum also fails its `type`). */
function schemaProblems(root: Node, errors: readonly ErrorObject[]): CatalogProblem[] {
  const problems = new Map<string, CatalogProblem>();
  for (const error of errors) {
    // A wrong name is reported once, by the error of the name itself (which carries `propertyName`).
    if (error.keyword === 'propertyNames') continue;
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    const name = (error as ErrorObject & { propertyName?: string }).propertyName;
    const problem =
      error.keyword === 'additionalProperties'
        ? keyAt(root, [...path, (error.params as { additionalProperty: string }).additionalProperty], `unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"${fieldsOf(path)}`)
        : name !== undefined
          ? keyAt(root, [...path, name], `"${name}" ${messageOf(error)}`)
          : at(root, path, `${pathName(path)} ${messageOf(error)}`);
    const key = `${problem.offset}:${problem.length}`;
    if (!problems.has(key)) problems.set(key, problem);
  }
  return [...problems.values()];
}

function messageOf(error: ErrorObject): string {
  const params = error.params as { allowedValues?: unknown[]; missingProperty?: string; pattern?: string };
  if (error.keyword === 'enum') return `must be one of ${params.allowedValues!.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'required') return `lacks the field "${params.missingProperty}"`;
  if (error.keyword === 'pattern' && params.pattern === '^https?://') return 'must be an http(s) address';
  if (error.keyword === 'pattern' && params.pattern === '^(cequens|cloud):') return 'is not a built-in entry id: "cequens:470", "cloud:131047"';
  return error.message ?? 'is wrong';
}

/** The fields an object at `path` may have, for an unknown one: a typo shows its fix. */
function fieldsOf(path: readonly (string | number)[]): string {
  const definitions = schema.definitions as Record<string, { properties?: object }>;
  const properties =
    path.length === 0 ? schema.properties : path[0] === 'extendEntries' ? definitions.entry.properties : path[0] === 'overrides' ? definitions.override.properties : undefined;
  return properties ? ` (fields: ${Object.keys(properties).filter((k) => k !== '$schema').join(', ')})` : '';
}

/** `extendEntries[0].category`, `the file` for the root. */
function pathName(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function unescapePointer(part: string): string | number {
  return /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The problem at a value: a scalar whole; an object or list at its opening bracket, which is where its field starts. */
function at(root: Node, path: (string | number)[], message: string): CatalogProblem {
  const node = findNodeAtLocation(root, path) ?? root;
  const whole = node.type !== 'object' && node.type !== 'array';
  return { offset: node.offset, length: whole ? node.length : 1, message };
}

/** The problem at a field's name. */
function keyAt(root: Node, path: (string | number)[], message: string): CatalogProblem {
  const key = findNodeAtLocation(root, path)?.parent?.children?.[0];
  return key ? { offset: key.offset, length: key.length, message } : at(root, path.slice(0, -1), message);
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  CommaExpected: 'a comma is missing',
  ColonExpected: 'a colon is missing',
  PropertyNameExpected: 'a field name in double quotes is expected (no trailing comma)',
  ValueExpected: 'a value is expected (no trailing comma)',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'the file goes on after its end',
  InvalidCommentToken: 'JSON has no comments',
};

function syntaxMessage(code: string): string {
  return SYNTAX_MESSAGES[code] ?? code;
}
