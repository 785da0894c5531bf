import type { HandlerKind } from '../../../../shared/src/catalogTypes';
import type { ErrorObject } from 'ajv';
import validateTemplates from 'validator:server/src/core/snippets/templates.schema.json';
import { LANGUAGE_PROFILES, profileFor } from '../../../../shared/src/languages';
import type { HandlerImports } from './imports';

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

/** A template file as written: what LanguageTemplates holds, less what parseTemplates fills in. */
type TemplateFile = Omit<LanguageTemplates, 'file' | 'imports' | 'stringCondition' | 'handlersWithout' | 'asyncHandlers' | 'firstUsed' | 'errorWithoutCode'> &
  Partial<Pick<LanguageTemplates, 'stringCondition' | 'handlersWithout' | 'asyncHandlers' | 'firstUsed'>> & {
    readonly imports?: HandlerImports['packages'];
    readonly importSyntax?: HandlerImports['syntax'];
    readonly errorWithoutCode?: Partial<ErrorWithoutCode> & Pick<ErrorWithoutCode, 'subject'>;
  };

/**
 * Checks a template file against templates.schema.json (and that `caughtType` names a placeholder of
 * `firstUsed`); throws naming the file and each problem, so that a broken template stops the server
 * at start-up instead of producing a broken quick fix. Fills in what the file may leave out.
 */
export function parseTemplates(file: string, json: unknown): LanguageTemplates {
  const fail = (what: string): never => {
    throw new Error(`snippets/templates/${file}: ${what}`);
  };
  if (!validateTemplates(json)) fail(problemsOf(validateTemplates.errors ?? []));
  const { imports, importSyntax, errorWithoutCode, ...data } = json as TemplateFile & { $comment?: string };
  if (data.caughtType !== undefined && !(data.caughtType in (data.firstUsed ?? {}))) fail('"caughtType" must name a placeholder of "firstUsed"');
  return {
    ...data,
    file,
    stringCondition: data.stringCondition ?? data.condition,
    handlersWithout: data.handlersWithout ?? {},
    asyncHandlers: data.asyncHandlers ?? {},
    firstUsed: data.firstUsed ?? {},
    ...(imports && importSyntax ? { imports: { syntax: importSyntax, packages: imports } } : {}),
    ...(errorWithoutCode ? { errorWithoutCode: { types: [], ownTypesOnly: false, inferredHasNone: false, ...errorWithoutCode } } : {}),
  };
}

/** What the schema found wrong, in words: each problem's place in the file, and an unknown key by its name. */
function problemsOf(errors: readonly ErrorObject[]): string {
  // A key's own error repeats what the error of its object says (`propertyNames`), which names the key.
  const described = errors.filter((e) => e.propertyName === undefined).map((e) => {
    const key = (e.params as { propertyName?: string; additionalProperty?: string }).propertyName ?? (e.params as { additionalProperty?: string }).additionalProperty;
    return `${e.instancePath || 'the file'} ${key !== undefined ? `has an unknown key "${key}"` : e.message}`;
  });
  return described.join('; ');
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
