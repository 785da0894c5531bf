import { parseArgs } from 'node:util';
import { CATALOG_SOURCES } from '../../../shared/src/catalogSources';
import { defaultThreadCount } from '../core/streaming/rangeThreads';
import { parseGate, type Gate } from './gate';
import { UsageError } from './usageError';

export const TOOL_NAME = 'cequens-errors';

export const SCAN_FORMATS = ['text', 'json', 'jsonl', 'sarif', 'github'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];
export const LIST_FORMATS = ['text', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const USAGE = `Usage:
  ${TOOL_NAME} scan [paths…] [options]   find CEQUENS / WhatsApp error codes in files, folders or standard input (-)
  ${TOOL_NAME} explain <code>            the card of a code: 470, 131047, MISSING_TOKEN, or a twin such as Twilio's 63016
  ${TOOL_NAME} list [--format json]      every code of the catalog
  ${TOOL_NAME} schema                    the team catalog's JSON Schema, for .cequens/catalog.schema.json (which
                                         the catalog's "$schema": "./catalog.schema.json" names)

Scan options:
  -f, --format <text|json|jsonl|sarif|github>  how findings are written (default: text)
      --summary-only          only the summary by code (text, json, jsonl)
      --fail-on <gate>        exit 1 when a code found matches: any (the default), transient, permanent,
                              or a category (authentication, billing, rate-limit, …); a comma list or repeated
      --exit-zero             exit 0 even when codes are found (2 still reports an error)
      --no-ignore             read files that .gitignore files leave out
      --stdin-filename <name> the name standard input is reported as (its ending picks the language)
  -j, --threads <n>           read a big log (.log, .jsonl) with --summary-only in n parts at once (default: the
                              number of CPUs, at most 4; 1 reads it in one piece)
      --checks                also run the policy checks on source files (as the editor does): a permanent
                              code retried, a transient one given up on, a failed status whose errors are
                              dropped; each finding fails the scan (unless --exit-zero)
  Folders are read recursively; binary files, .git and node_modules are skipped.

Common options:
      --catalog <name|file>   ${CATALOG_SOURCES.join(' or ')} (default: both), or a team catalog file (default:
                              .cequens/catalog.json of this folder or of its git repository's root); repeatable
  -h, --help                  this text
  -V, --version               the version

Exit codes: 0 nothing found at or above the gate; 1 something found; 2 a usage error, a broken team
catalog (each problem named path:line:col) or a path that could not be read (the rest is still
scanned, each such path named on standard error).`;

interface CommonOptions {
  /** The built-in catalogs chosen. */
  readonly catalogs: readonly string[];
  /** The team catalog files given; none: the project's own. */
  readonly catalogFiles: readonly string[];
}

export interface ScanCommand extends CommonOptions {
  readonly command: 'scan';
  readonly paths: readonly string[];
  readonly format: ScanFormat;
  readonly summaryOnly: boolean;
  readonly gate: Gate;
  readonly exitZero: boolean;
  readonly noIgnore: boolean;
  readonly stdinName: string;
  /** Also run the policy checks on source files (`--checks`). */
  readonly checks: boolean;
  /** How many threads may read the parts of one big log at once (`--threads`). */
  readonly threads: number;
}

export interface ExplainCommand extends CommonOptions {
  readonly command: 'explain';
  readonly query: string;
}

export interface ListCommand extends CommonOptions {
  readonly command: 'list';
  readonly format: ListFormat;
}

export type Command = ScanCommand | ExplainCommand | ListCommand | { readonly command: 'help' | 'version' | 'schema' };

/** The command a command line asks for; throws a UsageError saying what is wrong with it. */
export function parseCommandLine(args: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'summary-only': { type: 'boolean' },
        'fail-on': { type: 'string', multiple: true },
        'exit-zero': { type: 'boolean' },
        'no-ignore': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        checks: { type: 'boolean' },
        threads: { type: 'string', short: 'j' },
        catalog: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...operands] = positionals;
  // A value of --catalog that names no built-in catalog is a team catalog file.
  const isSource = (value: string) => (CATALOG_SOURCES as readonly string[]).includes(value);
  const chosen = (values.catalog ?? []).filter(isSource);
  const common = { catalogs: chosen.length > 0 ? chosen : [...CATALOG_SOURCES], catalogFiles: (values.catalog ?? []).filter((value) => !isSource(value)) };
  const onlyFor = (option: string, commands: string) => {
    throw new UsageError(`${option} is an option of ${commands}, not of ${command}`);
  };
  if (command !== 'scan') {
    for (const option of ['summary-only', 'fail-on', 'exit-zero', 'no-ignore', 'stdin-filename', 'checks', 'threads'] as const) if (values[option] !== undefined) onlyFor(`--${option}`, 'scan');
  }
  switch (command) {
    case 'scan': {
      const format = oneOf(values.format ?? 'text', SCAN_FORMATS, '--format');
      const summaryOnly = values['summary-only'] ?? false;
      if (summaryOnly && (format === 'sarif' || format === 'github')) throw new UsageError(`--summary-only is for text, json and jsonl; ${format} lists every finding`);
      return {
        command,
        ...common,
        paths: operands,
        format,
        summaryOnly,
        gate: parseGate(values['fail-on'] ?? ['any']),
        exitZero: values['exit-zero'] ?? false,
        noIgnore: values['no-ignore'] ?? false,
        stdinName: values['stdin-filename'] ?? '<stdin>',
        checks: values.checks ?? false,
        threads: values.threads === undefined ? defaultThreadCount() : threadCount(values.threads),
      };
    }
    case 'explain':
      if (values.format !== undefined) onlyFor('--format', 'scan and list');
      if (operands.length !== 1) throw new UsageError('explain takes one code: explain 470, explain MISSING_TOKEN');
      return { command, ...common, query: operands[0] };
    case 'list':
      if (operands.length > 0) throw new UsageError(`list takes no operand (got "${operands[0]}")`);
      return { command, ...common, format: oneOf(values.format ?? 'text', LIST_FORMATS, '--format') };
    case 'schema':
      if (operands.length > 0 || values.format !== undefined || values.catalog !== undefined) throw new UsageError('schema takes no operand or option: schema > .cequens/catalog.schema.json');
      return { command };
    case undefined:
      throw new UsageError('no command: use scan, explain, list or schema');
    default:
      throw new UsageError(`unknown command "${command}": use scan, explain, list or schema`);
  }
}

function threadCount(value: string): number {
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
  throw new UsageError(`--threads ${value}: use a whole number from 1 to 999`);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} ${value}: use one of ${allowed.join(', ')}`);
}
