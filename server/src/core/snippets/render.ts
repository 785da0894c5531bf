import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import type { HandlerForm } from './spot';
import { templateLanguageOf, templatesFor, type LanguageTemplates } from './templates';

export interface RenderOptions {
  readonly form: HandlerForm;
  /** One indent level in the document: "\t", "  ", "    " ... */
  readonly indent: string;
  readonly eol: string;
  /** Put before every line: the indentation of the place the handler goes to. */
  readonly baseIndent?: string;
  /** The expression holding the error code; when absent, the language's default in the condition, and no error object. */
  readonly subject?: string;
  /** Compare with the textual code ("TOKEN") rather than the number; default: when the entry has one. */
  readonly useStringCode?: boolean;
  /** Case form: end with the language's branch terminator (`break;`), for a branch that was empty. */
  readonly closeBranch?: boolean;
  /** The handler lands in an async function: it may await (the language's `asyncHandlers`). Default: false. */
  readonly canAwait?: boolean;
  /** Every line a comment, after one saying why: the branch already handles the code, this is to compare with. */
  readonly commented?: boolean;
  /** Names the document uses: a name the handler declares that is among them gets a free one (`attempt2`), a logger it lacks is not called. */
  readonly takenNames?: NamesTaken;
  /** The exception type the document catches where the handler lands: it names the template's `caughtType` placeholder. */
  readonly caughtType?: string;
}

/** The names a document uses, asked one at a time. */
export interface NamesTaken {
  has(name: string): boolean;
}

/** The placeholders renderHandler fills in every language (the `values` it builds). */
const FILLED_PLACEHOLDERS = ['code', 'codeLiteral', 'title', 'source', 'remedy', 'subject', 'error'] as const;

/** Header comments wrap at this width (not counting indentation), so that long remedies stay readable. */
const COMMENT_WIDTH = 100;

/**
 * The handler snippet for an entry, as text: lines joined by `eol`, no final line break. The first
 * line is a comment saying which error this is, whether it is transient, and what to do about it.
 */
export function renderHandler(entry: CatalogEntry, language: string | LanguageTemplates, options: RenderOptions): string {
  const templates = typeof language === 'string' ? templatesFor(language) : language;
  if (!templates) throw new Error(`No handler templates for "${String(language)}"`);
  const subject = options.subject ?? templates.defaultSubject;
  const stringCode = (options.useStringCode ?? entry.stringCode !== undefined) ? entry.stringCode : undefined;
  const taken: NamesTaken = options.takenNames ?? new Set<string>();
  const values: Record<string, string> & Record<(typeof FILLED_PLACEHOLDERS)[number], string> = {
    ...firstUsed(templates.firstUsed, taken),
    ...(templates.caughtType !== undefined && options.caughtType !== undefined ? { [templates.caughtType]: options.caughtType } : {}),
    code: String(entry.code),
    codeLiteral: stringCode !== undefined ? quote(stringCode, templates.quote) : String(entry.code),
    title: entry.title,
    source: sourceName(entry.source),
    remedy: oneLine(entry.remedy),
    subject,
    // Without a known subject, no name stands for the error: a handler introduces none that is not in scope.
    error: options.subject !== undefined ? errorObject(options.subject) : templates.unknownError,
  };
  const fill = filler(templates, values, taken);
  const condition = stringCode !== undefined ? templates.stringCondition : templates.condition;

  const header = headerComment(entry, templates.comment);
  const missing = Object.entries(templates.handlersWithout).find(([name, bodies]) => options.takenNames && !options.takenNames.has(name) && bodies[entry.handler]);
  const body =
    entry.handlers?.[templateLanguageOf(templates)] ??
    missing?.[1][entry.handler] ??
    ((options.canAwait && templates.asyncHandlers[entry.handler]) || templates.handlers[entry.handler]);
  const levelled: { level: number; line: string }[] = [];
  const add = (lines: readonly string[], level: number) => lines.forEach((line) => levelled.push({ level, line: fill(line) }));
  // The header is text from the catalog, not a template: it is not searched for placeholders.
  header.forEach((line) => levelled.push({ level: 0, line }));
  const firstBodyLine = levelled.length;
  if (options.commented) levelled.push({ level: 0, line: `${templates.comment} This branch already handles ${entry.code}; the usual handler, to compare with:` });
  if (options.form === 'block') {
    if (options.subject === undefined) {
      levelled.push({ level: 0, line: `${templates.comment} No error is in scope here: replace ${subject} with the code of the one this handles.` });
    }
    add(templates.ifBlock.open.map((line) => (line.includes('{{condition}}') ? line.replace('{{condition}}', condition) + helpOf(subject, templates) : line)), 0);
    add(body, 1);
    add(templates.ifBlock.close, 0);
  } else {
    add(body, 0);
    if (options.closeBranch) add(templates.caseClause.closeEmptyBranch, 0);
  }
  const base = options.baseIndent ?? '';
  const shown = options.commented
    ? levelled.map((l, i) => (i > firstBodyLine && l.line.trim() !== '' ? { ...l, line: commentOut(l.line, templates.comment) } : l))
    : levelled;
  return shown.map(({ level, line }) => indentLine(line, level, options.indent, base)).join(options.eol);
}

/**
 * Statements of a template other than a handler's (the failed-status-errors quick fix's), `values`
 * its placeholders: the names it declares renamed where the document uses them, each line
 * indented `baseIndent` and a level per leading tab; in an `if` on `condition` where one is given.
 */
export function renderStatements(
  lines: readonly string[],
  templates: LanguageTemplates,
  values: Record<string, string>,
  options: Pick<RenderOptions, 'indent' | 'eol' | 'baseIndent' | 'takenNames'> & { readonly condition?: string },
): string {
  const fill = filler(templates, values, options.takenNames ?? new Set());
  const { condition } = options;
  const levelled =
    condition === undefined
      ? lines.map((line) => ({ level: 0, line: fill(line) }))
      : [
          ...templates.ifBlock.open.map((line) => ({ level: 0, line: line.replace('{{condition}}', condition) })),
          ...lines.map((line) => ({ level: 1, line: fill(line) })),
          ...templates.ifBlock.close.map((line) => ({ level: 0, line })),
        ];
  return levelled.map(({ level, line }) => indentLine(line, level, options.indent, options.baseIndent ?? '')).join(options.eol);
}

/** A template line with its placeholders filled and the names it declares that the document uses renamed. */
function filler(templates: LanguageTemplates, values: Record<string, string>, taken: NamesTaken): (line: string) => string {
  const renames = freeNames(templates.locals, taken);
  // A comment line is words, not names: "schedule one later attempt" stays so beside a variable `attempt`.
  return (line) => substitute(line.replace(/^\t*/, '').startsWith(templates.comment) ? line : renameLocals(line, renames), values, templates.quote);
}

/** ` // your method: …` after the condition, where the subject is the helper that reads an error without a code. */
function helpOf(subject: string, { errorWithoutCode: rule, comment }: LanguageTemplates): string {
  const helper = rule?.help !== undefined && /^\w+\(/.exec(rule.subject)?.[0];
  return helper && subject.startsWith(helper) ? ` ${comment} ${rule.help!.replace('{{error}}', errorObject(subject))}` : '';
}

/** Who reports the code, as the handler's messages name it: "CEQUENS" for its own table, "WhatsApp" for the others (Cloud API…). */
export function sourceName(source: string): string {
  return source === 'CEQUENS' ? 'CEQUENS' : 'WhatsApp';
}

/** `<code> <title>: <transient|permanent> – <remedy>`, wrapped into several comment lines when long. */
function headerComment(entry: CatalogEntry, marker: string): string[] {
  const nature = entry.transient ? 'transient' : 'permanent';
  // A subcode's handler tests the error's error_subcode, not its code (2388293 comes under code 100).
  const under = entry.subcodeOf !== undefined ? ` (error_subcode under code ${entry.subcodeOf})` : '';
  const words = `${entry.code} ${entry.title}${under}: ${nature} – ${oneLine(entry.remedy)}`.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && marker.length + 1 + current.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.map((line) => `${marker} ${line}`);
}

/** Each placeholder of `firstUsed`: the first of its names the document uses, else its last (a type that always exists). */
function firstUsed(choices: LanguageTemplates['firstUsed'], taken: NamesTaken): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).map(([name, names]) => [name, names.find((n) => taken.has(n)) ?? names[names.length - 1]]));
}

/** For each declared name the document already uses, the first free one with a number after it. */
function freeNames(locals: readonly string[], taken: NamesTaken): Map<string, string> {
  const renames = new Map<string, string>();
  for (const name of locals.filter((local) => taken.has(local))) {
    let n = 2;
    while (taken.has(`${name}${n}`) || locals.includes(`${name}${n}`)) n++;
    renames.set(name, `${name}${n}`);
  }
  return renames;
}

function renameLocals(line: string, renames: ReadonlyMap<string, string>): string {
  let renamed = line;
  for (const [name, free] of renames) {
    renamed = renamed.replace(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), () => free);
  }
  return renamed;
}

/** The placeholders a template's lines may use: those every language fills, and the language's `firstUsed` ones. */
export function placeholdersOf(templates: LanguageTemplates): Set<string> {
  return new Set([...FILLED_PLACEHOLDERS, ...Object.keys(templates.firstUsed)]);
}

/** The names of `{{name}}` in a line, inside `{{"text"}}` too. */
export function placeholdersIn(line: string): string[] {
  return [...line.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
}

/** Replaces `{{name}}` and `{{"text with {{name}}"}}` (a string literal) in one pass. */
function substitute(line: string, values: Record<string, string>, quoteMark: string): string {
  const value = (name: string) => {
    const found = values[name];
    if (found === undefined) throw new Error(`Handler template: unknown placeholder {{${name}}} in "${line}"`);
    return found;
  };
  return line.replace(/\{\{"(.*?)"\}\}|\{\{(\w+)\}\}/g, (_match, literal: string | undefined, name: string | undefined) =>
    literal !== undefined ? quote(literal.replace(/\{\{(\w+)\}\}/g, (_m, inner: string) => value(inner)), quoteMark) : value(name!),
  );
}

/** A string literal in the language's quotes; every language here escapes with a backslash. */
function quote(text: string, mark: string): string {
  return mark + text.replace(/\\/g, '\\\\').split(mark).join(`\\${mark}`) + mark;
}

/** The error object behind the subject: `err.code` → `err`, `error["code"]` → `error`, `e.getCode()` → `e`, `(err as { code?: unknown }).code` → `err`. */
export function errorObject(subject: string): string {
  const member =
    /^(.+?)\s*(?:\?\.|\.|->)\s*[\w$]+\s*(?:\(\s*\))?$/.exec(subject) ??
    /^(.+?)\s*\[[^[\]]*\]$/.exec(subject) ??
    /^\w+\(\s*(\$?\w+)\s*(?:,[^()]*)?\)$/.exec(subject); // a function of the error: `whatsAppCode(err)`, `getattr(e, "code", None)`
  const object = member ? member[1] : subject;
  // The error itself, not the cast that reads its code: `(err as { code?: unknown })`, JavaScript's `/** @type {…} */ (err)`.
  return /^\((\$?\w+) as [^()]*\)$/.exec(object)?.[1] ?? /^\/\*\*.*\*\/\s*\((\$?\w+)\)$/.exec(object)?.[1] ?? object;
}

/** `\t\tresend();` → `\t\t// resend();`: the marker after the template's own indentation. */
function commentOut(line: string, marker: string): string {
  const tabs = /^\t*/.exec(line)![0];
  const rest = line.slice(tabs.length);
  return rest.startsWith(marker) ? line : `${tabs}${marker} ${rest}`;
}

function indentLine(line: string, level: number, unit: string, base: string): string {
  if (line.trim() === '') return '';
  const tabs = /^\t*/.exec(line)![0].length;
  return base + unit.repeat(level + tabs) + line.slice(tabs);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
