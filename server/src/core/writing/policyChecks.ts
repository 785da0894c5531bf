import type { Node } from '@vscode/tree-sitter-wasm';
import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { everydayTier, HTTP_STATUSES, identifierWords, mentionsWhatsApp, normalizeKey, NOT_CODE_WORDS } from '../detection/vocabulary/vocabulary';
import { namesErrorCode } from '../syntax/codeSlots';
import { answers } from '../syntax/queries';
import { captured, matchesIn, within, type SourceSyntax } from '../syntax/syntax';
import words from './policyWords.json';
import { exclusionsOf } from './retryExclusions';

/** The checks, each with its own diagnostic code. */
export const POLICY_RULES = {
  /** A permanent code handled by a retry: retrying will not help. */
  retryPermanent: 'retry-permanent',
  /** A transient code treated as final: a retry with back-off would have delivered. */
  finalTransient: 'final-transient',
  /** A failed status read where its `errors[]` never is: the only copy of the reason is lost. */
  failedStatusErrors: 'failed-status-errors',
} as const;
export type PolicyRule = (typeof POLICY_RULES)[keyof typeof POLICY_RULES];

/** What each check finds, in a line (a SARIF rule's description). */
export const POLICY_RULE_TITLES: Readonly<Record<PolicyRule, string>> = {
  'retry-permanent': 'A permanent WhatsApp error code handled by a retry, which will not help',
  'final-transient': 'A transient WhatsApp error code treated as final, where a retry with back-off would deliver',
  'failed-status-errors': "A failed message status read without its errors[], the only copy of why it failed",
};

/** A code handled against what it means, where it is written. */
export interface PolicyFinding {
  readonly rule: PolicyRule;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The code's meaning; none for a failed status. */
  readonly entry?: CatalogEntry;
  readonly message: string;
}

/** What the whole document says, for the checks of a part of it. */
export interface PolicyContext {
  /** Whether the detector found a code at a place (not another provider's). */
  isCode(line: number, start: number): boolean;
  /** The document names WhatsApp (a status webhook's handler does: `wamid`, `whatsapp`, `statuses`…). */
  readonly aboutWhatsApp: boolean;
  /** The document reads or stores `errors` somewhere. */
  readonly readsErrors: boolean;
  /** The document tests the collection named `name`, and each test leaves `code` out first (the retry-permanent quick fix's `code !== 470 && `). */
  excludedWhereTested(name: string, code: string): boolean;
}

/**
 * What a document's text says for its checks; `isCode`: whether the detector found a code at a
 * place. Where its grammar knows the declarations of errors (fields.scm: a typed language's model,
 * `Errors []StatusError`, `getErrors()`), those are no read of them, and a read is named in any case
 * (`status.Errors`, `s.getErrors()`); elsewhere any `errors` counts.
 */
export function policyContextOf(text: string, isCode: PolicyContext['isCode'], syntax?: SourceSyntax): PolicyContext {
  const aboutWhatsApp = mentionsWhatsApp(text) || /\bwamid\b|\bstatuses\b/.test(text);
  let reads: boolean | undefined;
  return {
    isCode,
    aboutWhatsApp,
    // Asked only once a failed status is found: most documents have none.
    get readsErrors() {
      return (reads ??= syntax && answers(syntax.grammar, 'fields') ? readsDeclaredErrors(text, syntax) : /\berrors\b/.test(text));
    },
    excludedWhereTested(name, code) {
      const exclusions = syntax ? exclusionsOf(syntax, text, name, code) : [];
      return exclusions.length > 0 && exclusions.every((e) => e.written);
    },
  };
}

/** A mention of errors (`errors`, `Errors`, `getErrors`) outside their declarations. */
function readsDeclaredErrors(text: string, syntax: SourceSyntax): boolean {
  const mentions = [...text.matchAll(/\b(?:get_?)?errors\b/gi)];
  if (mentions.length === 0) return false;
  // Each mention asks the tree around it alone: a whole-document query costs ~100 ms at 10 k lines.
  let declaredUntil = -1;
  return mentions.some(({ index }) => {
    if (index < declaredUntil) return false;
    const declaration = matchesIn(syntax, 'fields', index, index + 1)
      .flatMap((match) => match.captures.filter((c) => c.name === 'declaration').map((c) => c.node))
      .find((node) => node.startIndex <= index && index < node.endIndex);
    if (!declaration) return true;
    declaredUntil = declaration.endIndex;
    return false;
  });
}

const FAILED_STATUS_MESSAGE =
  "a failed status is read here but its errors[] never is: keep each error's code, title, error_data.details and href, since Meta has no API to fetch a past status again";

const RETRY = new Set(words.retry);
const GIVE_UP = new Set(words.giveUp);
const NEGATIONS = new Set(words.negations);
const REMEDIES = new Set(words.remedies);

/**
 * The codes between two offsets handled against what they mean: a permanent code in a set named
 * for retrying (`RETRYABLE_CODES = [470]`) or in a case whose branch retries (`case 131047:
 * resend()`); a transient code in a set named for giving up (`PERMANENT_ERRORS = {130429}`) or in a
 * case whose branch gives up without retrying (`case 131056: markFailed()`); the same of the branch
 * of an `if` that tests the code (`if (err.code === 131047) resend()`, `if e.code in (130429,
 * 131056): raise PermanentError`), when only that test decides it (no `&&`, no negation). Precision first: only
 * codes the detector found (not another provider's), all of whose meanings agree, not everyday
 * numbers or HTTP statuses; a set not named for a quantity (`RETRY_DELAYS_MS`); a switch whose
 * subject names a code. And a failed status (`status === 'failed'`) in a document about WhatsApp
 * that never reads `errors`.
 */
export function policyFindings(syntax: SourceSyntax, catalog: Catalog, from: number, to: number, context: PolicyContext): PolicyFinding[] {
  const { isCode } = context;
  const findings: PolicyFinding[] = [];
  // The `if`s of the range, read once it has a code compared in it.
  let tests: readonly TestedBranch[] | undefined;
  // `collection`: the name of the collection the literal is a member of, whose tests may leave it out.
  const judge = (literal: Node, retries: boolean, givesUp: boolean, collection?: string) => {
    const { row, column } = literal.startPosition;
    const entry = retries !== givesUp && isCode(row, column) ? verdictEntry(catalog, literal.text) : undefined;
    if (!entry) return;
    const at = { line: row, start: column, end: column + literal.text.length, entry };
    if (retries && !entry.transient && !(collection !== undefined && context.excludedWhereTested(collection, literal.text))) findings.push({ ...at, rule: POLICY_RULES.retryPermanent, message: `${entry.code} is permanent: retrying will not help; ${lowerFirst(firstSentence(entry.remedy))}` });
    if (givesUp && entry.transient) findings.push({ ...at, rule: POLICY_RULES.finalTransient, message: `${entry.code} is transient: it is treated as final here; ${lowerFirst(firstSentence(entry.remedy))}` });
  };
  for (const match of matchesIn(syntax, 'codeSlots', from, to)) {
    const literal = captured(match, 'code');
    const subject = captured(match, 'subject');
    if (literal && subject && context.aboutWhatsApp && literal.startIndex >= from && literal.startIndex < to && isFailedStatus(literal, subject) && !context.readsErrors) {
      const { row, column } = literal.startPosition;
      findings.push({ rule: POLICY_RULES.failedStatusErrors, line: row, start: column, end: column + literal.text.length, message: FAILED_STATUS_MESSAGE });
    }
    if (literal && subject && comparedBeside(literal, subject) && literal.startIndex >= from && literal.startIndex < to && namesErrorCode(subject.text)) {
      tests ??= testedBranches(syntax, from, to);
      const body = testedBranchBody(tests, literal);
      if (body) judge(literal, ...intentOfBranch(body, literal));
    }
    const name = captured(match, 'name');
    if (!literal || !name || !captured(match, 'members') || literal.startIndex < from || literal.startIndex >= to) continue;
    const said = identifierWords(name.text);
    if (said.some((w) => NOT_CODE_WORDS.has(w))) continue;
    const { retries, givesUp } = intentOf(said);
    judge(literal, retries, givesUp, name.text);
  }
  // The switches overlapping the range come with its cases: each case's subject is its switch's.
  const caseMatches = matchesIn(syntax, 'cases', from, to);
  const subjects = new Map<number, Node>();
  for (const match of caseMatches) {
    const cases = captured(match, 'cases');
    const subject = captured(match, 'subject');
    if (cases && subject) subjects.set(cases.id, subject);
  }
  for (const match of caseMatches) {
    const clause = captured(match, 'case');
    const label = captured(match, 'label');
    const subject = clause?.parent && subjects.get(clause.parent.id);
    if (!clause || !label || !subject || !namesErrorCode(subject.text)) continue;
    const [retries, givesUp] = intentOfBranch(clause, label);
    for (const literal of literalsIn(label)) if (literal.startIndex >= from && literal.startIndex < to) judge(literal, retries, givesUp);
  }
  return findings;
}

/** What a branch's statements (not `except`, its label) say to do: [retries, gives up]. */
function intentOfBranch(body: Node, except: Node): [boolean, boolean] {
  const { retries, givesUp } = intentOf(namesIn(body, except).flatMap(identifierWords));
  return [retries, givesUp];
}

/** Operators after which a test no longer says "this code": a negation, or a second condition (`&& attempts > 5`, the retry's budget). */
const UNDECIDED_BY_CODE = new Set(['!', '!=', '!==', '<>', 'not', 'not in', '&&', 'and', 'unless']);

/** The literal is one side of a comparison with the subject, or in a collection that is (`e.code in (470, 1026)`): not a case label, whose switch holds the subject. */
function comparedBeside(literal: Node, subject: Node): boolean {
  const around = subject.parent?.id;
  return around !== undefined && (literal.parent?.id === around || literal.parent?.parent?.id === around);
}

/** An `if` (branches.scm's @test), and the statements it runs. */
interface TestedBranch {
  readonly test: Node;
  readonly body: Node;
}

/** The `if`s whose test overlaps the range, with their bodies. */
function testedBranches(syntax: SourceSyntax, from: number, to: number): TestedBranch[] {
  return matchesIn(syntax, 'branches', from, to).flatMap((match) => {
    const test = captured(match, 'test');
    const body = captured(match, 'body');
    const branch = captured(match, 'branch');
    // A query over a range may pair an absent optional capture with another branch's: the body is the branch's own.
    return test && body && branch && within(body, branch) ? [{ test, body }] : [];
  });
}

/**
 * The statements of the innermost `if` whose test holds `literal` (compared with a code), where
 * that test decides by it alone: undefined for a negated test (`!==`, `not in`) or one with another
 * condition (`&&`, `and`).
 */
function testedBranchBody(tests: readonly TestedBranch[], literal: Node): Node | undefined {
  let found: TestedBranch | undefined;
  for (const tested of tests) {
    const { test } = tested;
    if (test.startIndex > literal.startIndex || test.endIndex < literal.endIndex || (found && test.startIndex < found.test.startIndex)) continue;
    found = tested;
  }
  return found && !hasOperator(found.test, UNDECIDED_BY_CODE) ? found.body : undefined;
}

function hasOperator(node: Node, operators: ReadonlySet<string>): boolean {
  return node.children.some((child) => child !== null && (child.isNamed ? !/string|comment/.test(child.type) && hasOperator(child, operators) : operators.has(child.type)));
}

/** `status === 'failed'`, `case "failed":` under `switch (status.status)`, `"failed".equals(s.getStatus())`: a string reading failed, compared with a status. */
function isFailedStatus(literal: Node, subject: Node): boolean {
  const names = statusRead(subject.text).match(/[A-Za-z_$][\w$]*/g);
  return /^\W*failed\W*$/i.test(literal.text) && names !== null && normalizeKey(names[names.length - 1]) === 'status';
}

const CONVERSIONS = words.conversions.join('|');
/** `.asText()`, and Rust's `.and_then(Value::as_str)` of an Option. */
const CONVERSION = new RegExp(`\\s*(?:(?:\\.|::)\\s*(?:${CONVERSIONS})\\s*\\(\\s*\\)|\\.\\s*(?:and_then|map)\\s*\\(\\s*\\w+::(?:${CONVERSIONS})\\s*\\))$`);

/** Go's `.(string)`: a type assertion that only says the status is text. */
const ASSERTION = /\s*\.\s*\(\s*\w+\s*\)$/;

/** The status a subject reads, without what only makes it text: `s.path("status")` of `s.path("status").asText()`, `s.status` of `s.status.as_str()`, `s["status"]` of `s["status"].(string)`. */
export function statusRead(subject: string): string {
  let read = subject;
  for (let shorter = read.replace(CONVERSION, '').replace(ASSERTION, ''); shorter !== read; shorter = read.replace(CONVERSION, '').replace(ASSERTION, '')) read = shorter;
  return read;
}

/** The one meaning of a code that all its meanings agree on (transient or not), if it is a distinctive code of the catalog. */
function verdictEntry(catalog: Catalog, text: string): CatalogEntry | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const code = Number(text);
  if (everydayTier(code) !== undefined || HTTP_STATUSES.has(code)) return undefined;
  const meanings = catalog.entriesForCode(code).filter((e) => e.lastCode === undefined && e.subcodeOf === undefined);
  return meanings.length > 0 && meanings.every((e) => e.transient === meanings[0].transient) ? meanings[0] : undefined;
}

/**
 * Whether words say to retry, or to give up: a retry word after a negation (`NON_RETRYABLE`,
 * `noRetry`) or before one (`Retry::Never`, `RetryPolicy.NO`) gives up; sending a template
 * (`resend_as_template`) is what a permanent code asks, no retry.
 */
function intentOf(said: readonly string[]): { retries: boolean; givesUp: boolean } {
  let retries = false;
  let givesUp = false;
  said.forEach((word, i) => {
    const negated = (i > 0 && NEGATIONS.has(said[i - 1])) || (i + 1 < said.length && NEGATIONS.has(said[i + 1]));
    if (RETRY.has(word) && !negated) retries = true;
    if (GIVE_UP.has(word) || (RETRY.has(word) && negated) || (word.startsWith('un') && RETRY.has(word.slice(2)))) givesUp = true;
  });
  return { retries: retries && !said.some((word) => REMEDIES.has(word)), givesUp };
}

/** The names a case's branch uses (calls, constants it returns), not its label's. */
function namesIn(node: Node, label: Node): string[] {
  if (node.id === label.id || /string|comment/.test(node.type)) return [];
  if (node.namedChildCount === 0) return /identifier|constant|^name$/.test(node.type) ? [node.text] : [];
  return node.namedChildren.flatMap((child) => (child ? namesIn(child, label) : []));
}

function literalsIn(label: Node): Node[] {
  if (/string/.test(label.type)) return [];
  if (label.namedChildCount === 0) return /^\d+$/.test(label.text) ? [label] : [];
  return label.namedChildren.flatMap((child) => (child ? literalsIn(child) : []));
}

function firstSentence(text: string): string {
  return (/^.*?[.!?](?=\s|$)/.exec(text.replace(/\s+/g, ' ').trim())?.[0] ?? text).replace(/[.!?]$/, '');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
