import type { Node } from '@vscode/tree-sitter-wasm';
import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { everydayTier, HTTP_STATUSES } from '../detection/vocabulary/vocabulary';
import { namesErrorCode } from '../syntax/codeSlots';
import { handledCasesAround, type HandledCases } from '../syntax/handledCases';
import { namingsIn, type NamedConstant } from '../syntax/namings';
import type { SourceSyntax } from '../syntax/syntax';
import { formOf, type Form } from './caseForms';
import { familyName, familyOf } from './families';

/** Text to insert at a place of the document (row and UTF-16 column). */
export interface Insertion {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

/** "Add the missing transient codes of the Cloud API rate limit family": what it adds, and where. */
export interface CasesAction {
  readonly title: string;
  readonly codes: readonly number[];
  readonly insertions: readonly Insertion[];
}

/** Codes named in an action's title before "…". */
const TITLE_CODES = 5;
/** A case's comment is one line: the title and what to do, cut at about this length. */
const COMMENT_LENGTH = 110;
const DEFAULT_COMMENT = 'any other code: error codes are an open set, keep the whole error';

/**
 * For the switch (match, case…when) or map of codes around `offset`: the cases of the families it
 * handles that it leaves out, each with a one-line comment (title, what to do), in the document's
 * own form (the named constants its labels use, where one is declared; else literals), and a
 * clause for any other code where it has none. Nothing where the labels are not error codes: one
 * at least is a code the detector found (`isCode(line, start)`: not a login backend's 470, not
 * Gupshup's 1003). `line` gives a row's text.
 */
export function missingCasesActions(
  syntax: SourceSyntax,
  catalog: Catalog,
  offset: number,
  line: (row: number) => string,
  isCode: (line: number, start: number) => boolean,
): CasesAction[] {
  const grammarForm = formOf(syntax.grammar);
  const handled = grammarForm && handledCasesAround(syntax, offset);
  const form = handled?.arms ? grammarForm?.arms : grammarForm;
  if (!form || !handled || handled.labels.length === 0 || (!handled.subject && !form.entry && !form.separatedEntry)) return [];
  const detected = handled.labels.some((label) => leavesOf(label).some((leaf) => isCode(leaf.startPosition.row, leaf.startPosition.column)));
  if (!detected) return [];
  const labels = new LabelForms(handled, () => constantsOf(syntax));
  const known = [...labels.codes].filter((code) => catalogEntries(catalog, code).length > 0);
  // Small codes (1, 2, 100, 200) are everyday numbers too: they count only where the subject names a code.
  const distinctive = known.filter((code) => everydayTier(code) === undefined && !HTTP_STATUSES.has(code));
  const aboutCodes = (handled.subject !== undefined && namesErrorCode(handled.subject.text) && known.length > 0) || distinctive.length >= 2;
  if (!aboutCodes) return [];
  const families = [...new Set(known.flatMap((code) => catalogEntries(catalog, code).map(familyOf)))];
  const missingOf = (family: string) => uniqueCodes(catalog.entries.filter((e) => familyOf(e) === family && isOneCode(e) && !e.deprecated && !labels.codes.has(e.code)));
  const writer = new CasesWriter(handled, form, line, labels);
  const room = handled.bounded && form.boundedEntries !== undefined ? form.boundedEntries - handled.labels.length : Infinity;
  const action = (what: string, entries: readonly CatalogEntry[]) => (entries.length <= room ? [actionOf(what, entries, writer)] : []);
  const actions: CasesAction[] = [];
  for (const family of families) {
    const transient = missingOf(family).filter((e) => e.transient);
    if (transient.length > 0) actions.push(...action(`Add the missing transient codes of the ${familyName(transient[0])} family`, transient));
  }
  const all = uniqueCodes(families.flatMap(missingOf));
  if (all.length > 0 && !actions.some((a) => a.codes.length === all.length)) actions.push(...action('Add all missing codes of the families handled here', all));
  return actions;
}

const constantsByTree = new WeakMap<SourceSyntax['tree'], readonly NamedConstant[]>();

/** The named numbers of the whole document, read once per tree (the cursor moves, the text stays). */
function constantsOf(syntax: SourceSyntax): readonly NamedConstant[] {
  let constants = constantsByTree.get(syntax.tree);
  if (!constants) constantsByTree.set(syntax.tree, (constants = namingsIn(syntax, 0, syntax.tree.rootNode.endIndex).constants));
  return constants;
}

function actionOf(what: string, entries: readonly CatalogEntry[], writer: CasesWriter): CasesAction {
  const codes = entries.map((e) => e.code);
  const listed = codes.slice(0, TITLE_CODES).join(', ') + (codes.length > TITLE_CODES ? ', …' : '');
  return { title: `${what} (${codes.length}: ${listed})`, codes, insertions: writer.insertions(entries) };
}

/** The meanings of a code, not counting a documented range it falls in (250 in 200–299). */
function catalogEntries(catalog: Catalog, code: number): readonly CatalogEntry[] {
  return catalog.entriesForCode(code).filter(isOneCode);
}

function isOneCode(entry: CatalogEntry): boolean {
  return entry.lastCode === undefined && entry.subcodeOf === undefined;
}

function uniqueCodes(entries: readonly CatalogEntry[]): CatalogEntry[] {
  const seen = new Set<number>();
  return entries.filter((e) => !seen.has(e.code) && seen.add(e.code)).sort((a, b) => a.code - b.code);
}

/** The codes the labels (or keys) handle, and how they write a code: a literal, or a named constant. */
class LabelForms {
  readonly codes = new Set<number>();
  /** A constant a label uses, how it is written before its name (`ErrorCode.`, `self::`, none) and declared. */
  private used?: { readonly qualifier: string; readonly declaration: Node };
  /** The document's named numbers: read only where a label is a name (a whole-document query). */
  private readonly constants: readonly NamedConstant[] = [];

  constructor(handled: HandledCases, constantsOf: () => readonly NamedConstant[]) {
    const leaves = handled.labels.flatMap((label) => leavesOf(label).map((leaf) => ({ leaf, label })));
    if (leaves.some(({ leaf }) => !/^\d+$/.test(leaf.text))) this.constants = constantsOf();
    const byName = new Map<string, NamedConstant | null>();
    for (const c of this.constants) byName.set(c.name, byName.has(c.name) ? null : c); // a name declared twice is not resolved
    for (const { leaf, label } of leaves) {
      if (/^\d+$/.test(leaf.text)) this.codes.add(Number(leaf.text));
      const constant = byName.get(leaf.text);
      if (!constant) continue;
      this.codes.add(constant.value);
      this.used ??= { qualifier: qualifierBefore(leaf, label), declaration: constant.declaration };
    }
  }

  /** The named constant of `code` declared as the one a label uses (the same enum or class), else the literal. */
  labelOf(code: number): string {
    const used = this.used;
    const same = used && this.constants.filter((c) => c.value === code && c.declaration.type === used.declaration.type && (used.qualifier === '' || c.declaration.parent?.id === used.declaration.parent?.id));
    return same?.length === 1 ? `${used!.qualifier}${same[0].name}` : String(code);
  }
}

/** The nodes of a label with no named children: its literals and names, not those inside a string. */
function leavesOf(node: Node): Node[] {
  if (/string/.test(node.type)) return [];
  if (node.namedChildCount === 0) return [node];
  return node.namedChildren.flatMap((child) => (child ? leavesOf(child) : []));
}

/** What qualifies a name in a label: `ErrorCode.` of `ErrorCode.RateLimited`, `self::` of `self::RATE`. */
function qualifierBefore(leaf: Node, label: Node): string {
  const before = label.text.slice(0, leaf.startIndex - label.startIndex);
  return /[\w$]*(?:(?:\.|::|->)[\w$]*)*(?:\.|::|->)$/.exec(before)?.[0] ?? '';
}

/** Writes new cases (or entries) where the form of the grammar puts them. */
class CasesWriter {
  constructor(
    private readonly handled: HandledCases,
    private readonly form: Form,
    private readonly line: (row: number) => string,
    private readonly labels: LabelForms,
  ) {}

  insertions(entries: readonly CatalogEntry[]): Insertion[] {
    return this.handled.subject ? this.intoSwitch(entries) : this.intoMap(entries);
  }

  private intoSwitch(entries: readonly CatalogEntry[]): Insertion[] {
    const { clauses, fallback } = this.handled;
    const cases = entries.flatMap((e) => this.fill(this.form.case, this.labels.labelOf(e.code), e));
    if (!fallback) return [this.after(clauses[clauses.length - 1], [...cases, ...this.fill(this.form.fallback, '', undefined)])];
    const before = this.before(fallback, cases);
    return before ? [before] : [];
  }

  private intoMap(entries: readonly CatalogEntry[]): Insertion[] {
    const last = this.handled.clauses[this.handled.clauses.length - 1];
    const lastKey = this.handled.labels[this.handled.labels.length - 1];
    const quote = /['"]/.exec(last.text.slice(Math.max(0, lastKey.endIndex - last.startIndex)))?.[0] ?? '"';
    if (this.form.separatedEntry) return [this.separatedIntoMap(entries, last, lastKey, quote)];
    const lines = entries.map((e) => this.fill([this.form.entry!], this.labels.labelOf(e.code), e, quoted(titleOf(e), quote))[0]);
    const { row, column } = last.endPosition;
    const comma = /^\s*,/.exec(this.line(row).slice(column));
    const at = column + (comma ? comma[0].length : 0);
    const indent = this.firstOnLine(last) ? indentOf(this.line(last.startPosition.row)) : indentOf(this.line(this.handled.node.startPosition.row)) + this.unit(last);
    const text = (comma ? '' : ',') + lines.map((l) => `\n${indent}${l}`).join('') + this.restOfLine(row, at);
    return [{ line: row, character: comma ? at : column, text }];
  }

  /** Entries after the last, each after a separator, none after them (`Map.of(…, 131049, "…"` + `,\n  // …\n  131050, "…"`). */
  private separatedIntoMap(entries: readonly CatalogEntry[], last: Node, lastKey: Node, quote: string): Insertion {
    const start = Math.min(last.startIndex, lastKey.startIndex);
    const value = lastKey.nextNamedSibling;
    const written = this.handled.node.text;
    const at = (offset: number) => offset - this.handled.node.startIndex;
    // The last entry as a pattern: its key and value replaced by placeholders.
    const example = value
      ? written.slice(at(start), at(lastKey.startIndex)) + '{label}' + written.slice(at(lastKey.endIndex), at(value.startIndex)) + '{message}' + written.slice(at(value.endIndex), at(last.endIndex))
      : '{label}';
    const lines = this.form.separatedEntry!.map((l) => l.replace('{example}', example));
    const indent = this.firstOnLine(lastKey) ? indentOf(this.line(lastKey.startPosition.row)) : indentOf(this.line(this.handled.node.startPosition.row)) + this.unit(last);
    const { row, column } = last.endPosition;
    const text = entries.map((e) => ',' + this.fill(lines, this.labels.labelOf(e.code), e, quoted(titleOf(e), quote)).map((l) => `\n${indent}${l}`).join('')).join('') + this.restOfLine(row, column);
    return { line: row, character: column, text };
  }

  /** The lines before `clause`, at the start of its line (none when something comes before it on its line). */
  private before(clause: Node, lines: readonly string[]): Insertion | undefined {
    if (!this.firstOnLine(clause)) return undefined;
    const indent = indentOf(this.line(clause.startPosition.row));
    return { line: clause.startPosition.row, character: 0, text: lines.map((l) => `${indent}${l}\n`).join('').replaceAll('{unit}', this.unit(clause)) };
  }

  /** The lines after `clause`, each on its own, indented as its line (after the separator that ends it, added where it has none). */
  private after(clause: Node, lines: readonly string[]): Insertion {
    const indent = indentOf(this.line(clause.startPosition.row));
    const { row, column } = clause.endPosition;
    const { separator = '' } = this.form;
    const separated = separator !== '' && this.line(row).slice(column).trimStart().startsWith(separator);
    const at = separated ? this.line(row).indexOf(separator, column) + separator.length : column;
    const text = (separated ? '' : separator) + lines.map((l) => `\n${indent}${l}`).join('').replaceAll('{unit}', this.unit(clause)) + this.restOfLine(row, at);
    return { line: row, character: at, text };
  }

  /** What follows on the line (a closing brace) goes on a line of its own after the insertion. */
  private restOfLine(row: number, column: number): string {
    return this.line(row).slice(column).trim() === '' ? '' : `\n${indentOf(this.line(this.handled.node.startPosition.row))}`;
  }

  /** One step of indentation: how far a clause's body is indented past it, or the clause past its switch. */
  private unit(clause: Node): string {
    const own = indentOf(this.line(clause.startPosition.row));
    const body = indentOf(this.line(clause.startPosition.row + 1));
    if (clause.endPosition.row > clause.startPosition.row && body.length > own.length && body.startsWith(own)) return body.slice(own.length);
    const outer = indentOf(this.line(this.handled.node.startPosition.row));
    if (own.length > outer.length && own.startsWith(outer)) return own.slice(outer.length);
    return own.includes('\t') || outer.includes('\t') ? '\t' : '    ';
  }

  private firstOnLine(node: Node): boolean {
    return this.line(node.startPosition.row).slice(0, node.startPosition.column).trim() === '';
  }

  /** A map entry's message is the title: its comment says only what to do. */
  private fill(lines: readonly string[], label: string, entry: CatalogEntry | undefined, message?: string): string[] {
    const text = !entry ? DEFAULT_COMMENT : message === undefined ? `${titleOf(entry)}: ${whatToDo(entry)}` : whatToDo(entry);
    const comment = this.form.comment.replace('{text}', oneLine(text));
    return lines.map((l) => l.replace(/\{(label|comment|message)\}/g, (_, key: string) => (key === 'label' ? label : key === 'comment' ? comment : (message ?? ''))));
  }
}

function titleOf(entry: CatalogEntry): string {
  return entry.title.replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** The remedy's first sentence: "Retry later with back-off". */
function whatToDo(entry: CatalogEntry): string {
  const remedy = entry.remedy.replace(/\s+/g, ' ').trim();
  return /^.*?[.!?](?=\s|$)/.exec(remedy)?.[0].replace(/[.!?]$/, '') ?? remedy;
}

/** On one line, cut at a word, and never closing a block comment. */
function oneLine(words: string): string {
  const text = words.replace(/\s+/g, ' ').replace(/\*\//g, '* /');
  if (text.length <= COMMENT_LENGTH) return text;
  const cut = text.slice(0, COMMENT_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), COMMENT_LENGTH / 2))}…`;
}

function quoted(text: string, quote: string): string {
  return `${quote}${text.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

function indentOf(text: string): string {
  return /^[ \t]*/.exec(text)![0];
}
