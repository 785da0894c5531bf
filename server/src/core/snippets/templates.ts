import { HANDLER_KINDS, type HandlerKind } from '../../../../shared/src/catalogTypes';
import { LANGUAGE_PROFILES, profileFor } from '../../../../shared/src/languages';
import { IMPORT_SYNTAXES, type HandlerImports } from './imports';

/** One language's handler snippets, as read from a file of templates/ that language profiles name. */
export interface LanguageTemplates {
  /** The file's name in templates/, e.g. `typescript.json`. */
  readonly file: string;
  /** Line comment marker. */
  readonly comment: string;
  /** Indent unit used when the document gives no hint. */
  readonly indent: string;
  /** Quote for string literals the snippet creates. */
  readonly quote: string;
  /** Expression holding the error code, when the document does not show one. */
  readonly defaultSubject: string;
  /** What stands for `{{error}}` where no error object is known: a null value, saying what to pass. */
  readonly unknownError: string;
  /** Inside a catch block, what is tested where the usual subject's error is not in scope: `{{caught}}.code`, {{caught}} the caught error's name. */
  readonly caughtSubject?: string;
  /** Names the bodies declare (`attempt`): renamed where the document already uses them. */
  readonly locals: readonly string[];
  /** Packages the bodies use, and how the language imports them: imported where missing. Absent: the bodies use none. */
  readonly imports?: HandlerImports;
  /** Test of the subject against a numeric code, e.g. `{{subject}} === {{codeLiteral}}`. */
  readonly condition: string;
  /** Test against a textual code, where the language compares strings differently (Java). */
  readonly stringCondition: string;
  /** The member access that tolerates a missing object (`?.`), where the language has one. */
  readonly optionalMember?: string;
  /** Lines around the body in the "if block" form; `{{condition}}` in them. */
  readonly ifBlock: { readonly open: readonly string[]; readonly close: readonly string[] };
  /** Lines that end a case branch that was empty, so it does not fall through (`break;`). */
  readonly caseClause: { readonly closeEmptyBranch: readonly string[] };
  /** Bodies valid in any function: they never await. */
  readonly handlers: Readonly<Record<HandlerKind, readonly string[]>>;
  /** Bodies for a document that lacks a name the usual body uses (`_logger`): by that name, then kind. */
  readonly handlersWithout: Readonly<Record<string, Readonly<Partial<Record<HandlerKind, readonly string[]>>>>>;
  /** Bodies for inside an async function, for the kinds that await there; the others use `handlers`. */
  readonly asyncHandlers: Readonly<Partial<Record<HandlerKind, readonly string[]>>>;
  /** Placeholders (`exception`) naming the first of their names the document uses, else the last, which always exists. */
  readonly firstUsed: Readonly<Record<string, readonly string[]>>;
  /** The placeholder of `firstUsed` (`exception`) that names, before that choice, the type the document catches where the handler lands. */
  readonly caughtType?: string;
  /** How a handler reads the code of an error whose declared type has none (`Exception ex`, Go's `error`). */
  readonly errorWithoutCode?: ErrorWithoutCode;
  /** Statements that keep a failed status's errors[] (the failed-status-errors quick fix). */
  readonly keepStatusErrors?: KeepStatusErrors;
}

/**
 * The statements that keep a failed status's errors[], `{{status}}` the status object: `byMember`
 * where the code reads the status by member (`s.status`), `byKey` where by key (`status["status"]`),
 * in a language where the two differ (Python's dict and object); either alone serves both.
 * `{{errors}}`: the errors read as the status is (`s.getStatus()` → `s.getErrors()`, `s.Status` →
 * `s.Errors`), for a typed language, where only the status's own type knows its errors' type.
 */
export interface KeepStatusErrors {
  readonly byMember?: readonly string[];
  readonly byKey?: readonly string[];
}

/** The subject a handler tests where the error's declared type has no code member: a cast (TypeScript), or a helper of the user's documented on the condition's line. */
export interface ErrorWithoutCode {
  /** Types known to have no code (`error`, TypeScript's `unknown`); a qualified or union type counts when any of its names is one. */
  readonly types: readonly string[];
  /** Only a type the document declares has the code the usual subject reads: a library's exception or `Exception` has none it knows of. */
  readonly ownTypesOnly: boolean;
  /** An inferred declaration (Go's `_, err := post()`) has no code: by convention it is an `error`. */
  readonly inferredHasNone: boolean;
  /** The subject, `{{error}}` the error's name: `whatsAppCode({{error}})`, `({{error}} as { code?: unknown }).code`. */
  readonly subject: string;
  /** Where the subject is a helper of the user's: the comment on the condition's line that says what it does. */
  readonly help?: string;
}

/**
 * Checks a template file's shape; throws naming the file and the missing piece, so that a
 * broken template stops the server at start-up instead of producing a broken quick fix.
 */
export function parseTemplates(file: string, json: unknown): LanguageTemplates {
  const where = `snippets/templates/${file}`;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const data = (typeof json === 'object' && json !== null ? json : fail('not an object')) as Record<string, unknown>;
  const text = (key: string): string => (typeof data[key] === 'string' ? (data[key] as string) : fail(`"${key}" must be a string`));
  const lines = (value: unknown, what: string): string[] =>
    Array.isArray(value) && value.every((line) => typeof line === 'string') ? value : fail(`${what} must be a list of lines`);
  const object = (key: string, from: Record<string, unknown> = data): Record<string, unknown> =>
    typeof from[key] === 'object' && from[key] !== null ? (from[key] as Record<string, unknown>) : fail(`"${key}" is missing`);

  const ifBlock = object('ifBlock');
  /** The bodies in `from[key]`: every kind when `all`, otherwise those given. */
  const bodies = (key: string, all: boolean, from: Record<string, unknown> = data): Partial<Record<HandlerKind, readonly string[]>> => {
    const given = key in from || all ? object(key, from) : {};
    const result: Partial<Record<HandlerKind, readonly string[]>> = {};
    for (const kind of HANDLER_KINDS) {
      if (!(kind in given)) {
        if (all) fail(`no handler for "${kind}"`);
        continue;
      }
      const body = lines(given[kind], `${key} "${kind}"`);
      if (body.length === 0) fail(`${key} "${kind}" is empty`);
      result[kind] = body;
    }
    const unknown = Object.keys(given).filter((kind) => !(HANDLER_KINDS as readonly string[]).includes(kind));
    if (unknown.length > 0) fail(`unknown handler kind ${unknown.join(', ')} in "${key}"`);
    return result;
  };
  const handlers = bodies('handlers', true) as Record<HandlerKind, readonly string[]>;
  const asyncHandlers = bodies('asyncHandlers', false);
  const without = 'handlersWithout' in data ? object('handlersWithout') : {};
  const handlersWithout = Object.fromEntries(Object.keys(without).map((name) => [name, bodies(name, false, without)]));
  const used = 'firstUsed' in data ? object('firstUsed') : {};
  const firstUsed = Object.fromEntries(
    Object.entries(used).map(([name, value]) => {
      const names = lines(value, `firstUsed "${name}"`);
      return [name, names.length > 0 ? names : fail(`firstUsed "${name}" is empty`)];
    }),
  );
  const imports = (): HandlerImports => {
    const packages = object('imports');
    if (!Object.values(packages).every((path) => typeof path === 'string')) fail('"imports" must map qualifiers to paths');
    const syntax = IMPORT_SYNTAXES.find((s) => s === data.importSyntax) ?? fail(`"importSyntax" must be one of ${IMPORT_SYNTAXES.join(', ')}`);
    return { syntax, packages: packages as Record<string, string> };
  };
  const caughtType = data.caughtType;
  if (caughtType !== undefined && !(typeof caughtType === 'string' && caughtType in firstUsed)) fail('"caughtType" must name a placeholder of "firstUsed"');
  const errorWithoutCode = (): ErrorWithoutCode => {
    const rule = object('errorWithoutCode');
    const words = (key: string) => (typeof rule[key] === 'string' ? (rule[key] as string) : fail(`"errorWithoutCode.${key}" must be a string`));
    const help = 'help' in rule ? { help: words('help') } : {};
    const types = 'types' in rule ? lines(rule.types, '"errorWithoutCode.types"') : [];
    return { types, ownTypesOnly: rule.ownTypesOnly === true, inferredHasNone: rule.inferredHasNone === true, subject: words('subject'), ...help };
  };
  const keepStatusErrors = (): KeepStatusErrors => {
    const forms = object('keepStatusErrors');
    const form = (key: string) => (key in forms ? { [key]: lines(forms[key], `keepStatusErrors "${key}"`) } : {});
    const given = { ...form('byMember'), ...form('byKey') };
    return Object.keys(given).length > 0 ? given : fail('"keepStatusErrors" needs "byMember" or "byKey"');
  };
  const condition = text('condition');
  return {
    file,
    comment: text('comment'),
    indent: text('indent'),
    quote: text('quote'),
    defaultSubject: text('defaultSubject'),
    unknownError: text('unknownError'),
    ...(typeof data.caughtSubject === 'string' ? { caughtSubject: data.caughtSubject } : {}),
    locals: lines(data.locals, '"locals"'),
    ...('imports' in data || 'importSyntax' in data ? { imports: imports() } : {}),
    condition,
    stringCondition: typeof data.stringCondition === 'string' ? data.stringCondition : condition,
    ...(typeof data.optionalMember === 'string' ? { optionalMember: data.optionalMember } : {}),
    ifBlock: { open: lines(ifBlock.open, 'ifBlock.open'), close: lines(ifBlock.close, 'ifBlock.close') },
    caseClause: { closeEmptyBranch: lines(object('caseClause').closeEmptyBranch, 'caseClause.closeEmptyBranch') },
    handlers,
    handlersWithout,
    asyncHandlers,
    firstUsed,
    ...(typeof caughtType === 'string' ? { caughtType } : {}),
    ...('errorWithoutCode' in data ? { errorWithoutCode: errorWithoutCode() } : {}),
    ...('keepStatusErrors' in data ? { keepStatusErrors: keepStatusErrors() } : {}),
  };
}

/** esbuild bundles every file of templates/ for this require: the profiles choose among them at start-up. */
function readTemplateFile(file: string): unknown {
  return require(`./templates/${file}`);
}

/** Every template file the profiles name, read and checked once, at start-up. */
const loaded = new Map(
  [...new Set(LANGUAGE_PROFILES.flatMap((profile) => profile.snippets ?? []))].map((file) => [file, parseTemplates(file, readTemplateFile(file))]),
);

/** The template languages (`python`, `typescript`: the files' names), which a team catalog's `handlers` are keyed by. */
export const TEMPLATE_LANGUAGES: readonly string[] = [...loaded.values()].map(templateLanguageOf);

/** `python` for python.json. */
export function templateLanguageOf(templates: Pick<LanguageTemplates, 'file'>): string {
  return templates.file.replace(/\.json$/, '');
}

/** The templates of a template language (`python`); undefined for another name. */
export function templatesOfLanguage(name: string): LanguageTemplates | undefined {
  return loaded.get(`${name}.json`);
}

/** The handler templates of a language (by its id); undefined when it has none (logs, plain text, SQL…). */
export function templatesFor(languageId: string): LanguageTemplates | undefined {
  const file = profileFor(languageId)?.snippets;
  return file === undefined ? undefined : loaded.get(file);
}
