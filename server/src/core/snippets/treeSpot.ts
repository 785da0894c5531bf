import type { Node } from '@vscode/tree-sitter-wasm';
import { answers } from '../syntax/queries';
import { captured, contains, matchesIn, within, type SourceSyntax } from '../syntax/syntax';
import { outermostFunctionAround } from '../syntax/scopes';
import { firstOnLine, indentAt, lineEnd, lineStart } from './layout';
import { afterCode, type Spot } from './spot';
import { codeEndBefore, codeFrom } from '../syntax/codeText';

/**
 * Where a handler goes is read from the syntax tree (statements.scm, branches.scm): a language
 * whose query folder does not answer `statements` gets no handler.
 */
export function placesFromTree(syntax: SourceSyntax): boolean {
  return answers(syntax.grammar, 'statements');
}

type Role = 'label' | 'test';

/** A branch of branches.scm, the part of it that holds the code, and the part that holds its statements. */
interface Branch {
  readonly branch: Node;
  readonly role: Role;
  readonly part: Node;
  readonly body?: Node;
  /** Where the branch's own part ends: its body, not the `else` after it. */
  readonly end: number;
}

/**
 * The text a handler for the code at `offset` is placed from: the statement that holds the
 * outermost function around it (a declaration, a call given a callback, a method), whole lines,
 * since what the handler names and where it goes lie in it; the whole document outside any
 * function. A big file's other functions are not read for it.
 */
export function regionAround(syntax: SourceSyntax, text: string, offset: number): { readonly from: number; readonly to: number } {
  const outermost = outermostFunctionAround(syntax, offset);
  if (!outermost) return { from: 0, to: text.length };
  const { container } = around(syntax, outermost.startIndex);
  const statement = container && childHolding(container, outermost.startIndex);
  const region = statement && within(outermost, statement) ? statement : outermost;
  return { from: lineStart(text, region.startIndex), to: lineEnd(text, region.endIndex) };
}

/** The innermost branch whose `role` (a case's label, an `if`'s test) holds `offset`. */
function branchAt(syntax: SourceSyntax, offset: number, role: Role): Branch | undefined {
  let found: Branch | undefined;
  for (const match of matchesIn(syntax, 'branches', offset, offset + 1)) {
    const part = captured(match, role);
    const branch = captured(match, 'branch');
    if (!part || !branch || !contains(part, offset) || (found && branch.startIndex < found.branch.startIndex)) continue;
    // A query over a range may pair an absent optional capture with the next branch's: a body is the branch's own.
    const captures = captured(match, 'body');
    const body = captures && within(captures, branch) ? captures : undefined;
    found = { branch, role, part, body, end: Math.max(part.endIndex, body?.endIndex ?? branch.endIndex) };
  }
  return found;
}

/** True when the code at `offset` labels a case (a `case 470:`, Ruby's `when 470`, a `match` arm's `470 =>`). */
export function labelsBranch(syntax: SourceSyntax, offset: number): boolean {
  return branchAt(syntax, offset, 'label') !== undefined;
}

/** What statements.scm says of the statements and blocks around `offset` (to `to`). */
interface Around {
  /** The innermost block or definition holding `offset`. */
  readonly container?: Node;
  readonly isBlock: boolean;
  readonly leaving: ReadonlySet<number>;
  readonly values: ReadonlySet<number>;
  readonly blocks: ReadonlySet<number>;
  /** A case clause's labels, which are no statements of it. */
  readonly heads: ReadonlySet<number>;
  /** Statements that do nothing (`break;`, Python's `pass`): a branch of only these handles nothing. */
  readonly idle: ReadonlySet<number>;
}

function around(syntax: SourceSyntax, offset: number, inside: (node: Node) => boolean = (node) => contains(node, offset), to = offset + 1): Around {
  let container: Node | undefined;
  let isBlock = false;
  const sets = { leaving: new Set<number>(), value: new Set<number>(), head: new Set<number>(), idle: new Set<number>() };
  const blocks = new Set<number>();
  for (const match of matchesIn(syntax, 'statements', offset, to)) {
    for (const { name, node } of match.captures) {
      if (name in sets) sets[name as keyof typeof sets].add(node.id);
      else if ((name === 'block' || name === 'definition') && inside(node)) {
        if (name === 'block') blocks.add(node.id);
        if (!container || (within(node, container) && node.id !== container.id)) {
          container = node;
          isBlock = name === 'block';
        } else if (node.id === container.id && name === 'block') isBlock = true;
      }
    }
  }
  return { container, isBlock, leaving: sets.leaving, values: sets.value, blocks, heads: sets.head, idle: sets.idle };
}

/** A block's statements, those of them that do something, and the blocks it holds; undefined where `node` is no block (a value). */
interface Block {
  readonly node: Node;
  readonly statements: Node[];
  readonly doing: Node[];
  readonly heads: ReadonlySet<number>;
  readonly blocks: ReadonlySet<number>;
}

function blockOf(syntax: SourceSyntax, node: Node): Block | undefined {
  const { blocks, heads, idle } = around(syntax, node.startIndex, (n) => n.id === node.id, node.endIndex);
  if (!blocks.has(node.id)) return undefined;
  const statements = statementsOf(node, heads);
  return { node, statements, doing: statements.filter((s) => !idle.has(s.id)), heads, blocks };
}

/**
 * Where a handler goes for the code at `offset`: into the case branch it labels (see branchSpot),
 * else after the statement holding it (before it when that statement leaves the block or gives
 * its value: a `return`, a `raise`, a method's last statement, a Rust block's tail expression).
 * Undefined in a definition (a class body, a parameter's default) or outside any block.
 */
export function treeStatementSpot(text: string, syntax: SourceSyntax, offset: number, indent: string): Spot | undefined {
  const label = branchAt(syntax, offset, 'label');
  if (label) return branchSpot(text, syntax, label, indent, false);
  const { container, isBlock, leaving, values, heads } = around(syntax, offset);
  if (!container || !isBlock) return undefined;
  const statement = childHolding(container, offset);
  if (!statement || !isStatement(statement, heads)) return undefined;
  // A Go statement's node may end with its line break.
  const end = codeEndBefore(syntax, text, statement.endIndex, statement.startIndex);
  if (end < 0) return undefined;
  const baseIndent = statementIndent(text, container, heads, statement, indent);
  const scope = statement.startIndex;
  if (leaving.has(statement.id) || values.has(statement.id)) {
    if (!firstOnLine(text, statement.startIndex)) return undefined;
    return { form: 'block', closeBranch: false, baseIndent, offset: lineStart(text, statement.startIndex), before: true, scope };
  }
  return { form: 'block', closeBranch: false, baseIndent, scope, ...afterCode(syntax, text, end, baseIndent) };
}

/** The indentation of a statement of `block`: one deeper than its line where it follows a case's label there (`case 1: log(e);`). */
function statementIndent(text: string, block: Node, heads: ReadonlySet<number>, statement: Node, indent: string): string {
  const lineIndent = indentAt(text, statement.startIndex);
  const onLabelLine = !firstOnLine(text, statement.startIndex) && block.namedChildren.some((c) => c !== null && heads.has(c.id) && lineStart(text, c.startIndex) === lineStart(text, statement.startIndex));
  return onLabelLine ? lineIndent + indent : lineIndent;
}

/**
 * Into the branch of an `if` whose condition tests the code at `offset` for equality (`if
 * e.code == 470`): the code's, as a case branch is, `handled` where it does something; after a
 * branch on one line (`notify if e.code == 470`, `if (e.code === 470) notify();`), `handled`.
 * A branch for several codes tests its own.
 */
export function treeBranchSpot(text: string, syntax: SourceSyntax, offset: number, indent: string, several: boolean): Spot | undefined {
  const tested = branchAt(syntax, offset, 'test');
  return tested && branchSpot(text, syntax, tested, indent, several || orElse(tested.part, offset));
}

/** True when the code at `offset` is one side of an `||` (`or`) in the condition `test`: its branch is for other codes too. */
function orElse(test: Node, offset: number): boolean {
  for (let node = test.descendantForIndex(offset); node; node = node.parent) {
    if (node.children.some((child) => child !== null && !child.isNamed && (child.type === '||' || child.type === 'or'))) return true;
    if (node.id === test.id) return false;
  }
  return false;
}

/**
 * Where a handler goes for a cursor on a line without code at `offset`: on that line, indented as
 * the statements of the block it is in (a case clause's, after its label); after the statement
 * around it when the line lies inside one. Undefined outside any block (a class body, a Rust file's items).
 */
export function treeLineSpot(text: string, syntax: SourceSyntax, offset: number, indent: string, byIndentation: boolean): Spot | undefined {
  const { container, isBlock, heads } = blockOfLine(text, syntax, offset, byIndentation);
  if (!container || !isBlock) return undefined;
  // A line after a case clause, before the next label, is in that clause.
  const clause = clauseBefore(text, syntax, offset);
  const clauseBlock = clause && blockOf(syntax, clause);
  if (clause && clauseBlock) {
    const last = clauseBlock.statements.at(-1);
    const baseIndent = last ? statementIndent(text, clause, clauseBlock.heads, last, indent) : indentAt(text, clause.startIndex) + indent;
    return { form: 'block', baseIndent, closeBranch: false, offset };
  }
  const inside = childHolding(container, offset);
  if (inside && isStatement(inside, heads) && inside.startIndex < offset) return treeStatementSpot(text, syntax, inside.startIndex, indent);
  const statements = statementsOf(container, heads);
  const neighbour = statements.filter((s) => s.endIndex <= offset).pop() ?? statements.find((s) => s.startIndex >= offset);
  const baseIndent = neighbour ? statementIndent(text, container, heads, neighbour, indent) : indentAt(text, container.startIndex) + indent;
  return { form: 'block', baseIndent, closeBranch: false, offset };
}

/**
 * The block a line without code at `offset` is in: the innermost around it. Blocks made by
 * indentation end at their last statement, so there the line continues the block of the code
 * before it, or begins the block of the header above it (`async def f():`), which starts below.
 */
function blockOfLine(text: string, syntax: SourceSyntax, offset: number, byIndentation: boolean): Around {
  if (!byIndentation) return around(syntax, offset, (node) => node.startIndex < offset && offset < node.endIndex);
  const next = codeFrom(syntax, text, offset);
  if (next >= 0) {
    const below = around(syntax, next);
    if (below.isBlock && below.container && below.container.startIndex >= offset) return below;
  }
  // The blocks that hold the code before the line or end with it (an empty one after `except E:` too).
  const after = Math.max(0, codeEndBefore(syntax, text, offset));
  return around(syntax, Math.max(0, after - 1), (node) => node.startIndex <= after && after <= node.endIndex, after + 1);
}

/** The case clause (a branch that holds its statements itself) that holds the code before `offset`, a child of the node holding it. */
function clauseBefore(text: string, syntax: SourceSyntax, offset: number): Node | undefined {
  const holder = syntax.tree.rootNode.descendantForIndex(offset);
  const last = codeEndBefore(syntax, text, offset) - 1;
  const before = holder && last >= holder.startIndex ? childHolding(holder, last) : undefined;
  if (!before?.isNamed || before.endIndex > offset) return undefined;
  const isClause = matchesIn(syntax, 'branches', before.startIndex, before.startIndex + 1).some(
    (match) => captured(match, 'branch')?.id === before.id && captured(match, 'body')?.id === before.id,
  );
  return isClause ? before : undefined;
}

/**
 * Into a branch's body, after its head's line: `handled` where it does something already, as
 * comments then; after the whole branch where it stands on one line, or where it is a value (a
 * Rust arm's `470 => Action::Template,`), which takes no statement. An `if` that runs one statement
 * without a block (`if (e.code === 470) notify();`): after the statement it is. A case clause
 * that holds its statements itself and has none (`case 1015:`) falls through to the next: the
 * handler closes it, or is tested where the stacked clauses' statements begin (sharedBody).
 */
function branchSpot(text: string, syntax: SourceSyntax, { branch, role, part, body, end: ownEnd }: Branch, indent: string, several: boolean): Spot | undefined {
  const branchIndent = indentAt(text, branch.startIndex);
  const end = codeEndBefore(syntax, text, branch.endIndex, branch.startIndex);
  if (end < 0) return undefined;
  const scope = branch.startIndex;
  let block = body && blockOf(syntax, body);
  if (body && !block && role === 'test' && part.endIndex <= body.startIndex) {
    const after = treeStatementSpot(text, syntax, branch.startIndex, indent);
    return after && { ...after, form: 'case', handled: true, afterBranch: true };
  }
  if (body && !block) {
    // Comments under a value arm's head, after the separator that ends it (PHP's and C#'s `,`).
    const separator = branch.nextSibling?.type === ',' ? branch.nextSibling.endIndex : end;
    const baseIndent = branchIndent + indent;
    return { form: 'case', baseIndent, closeBranch: false, handled: true, scope, ...afterCode(syntax, text, separator, baseIndent) };
  }
  const oneLine = !text.slice(branch.startIndex, ownEnd).trimEnd().includes('\n');
  // A case clause holds its statements itself: those on its label's line move below the handler.
  const clause = body !== undefined && body.id === branch.id;
  if (oneLine && !clause && block && block.doing.length > 0) {
    return { form: 'case', baseIndent: branchIndent, closeBranch: false, handled: true, afterBranch: true, scope, ...afterCode(syntax, text, end, branchIndent) };
  }
  // A clause whose only statement is a block (`case 470: {`): the block is its body.
  const braced = clause && block?.statements.length === 1 ? blockOf(syntax, block.statements[0]) : undefined;
  if (braced) block = braced;
  const statements = block?.statements ?? [];
  const headEnd = headEndOf(text, syntax, block?.node, branch, statements[0]);
  if (headEnd < 0) return undefined;
  const firstStatement = statements[0];
  const onLaterLine = firstStatement !== undefined && text.slice(headEnd, firstStatement.startIndex).includes('\n');
  const baseIndent = onLaterLine ? indentAt(text, firstStatement.startIndex) : branchIndent + indent;
  const handled = (block?.doing.length ?? 0) > 0;
  const form = several && !handled ? 'block' : 'case';
  const closeBranch = clause && statements.length === 0;
  const shared = closeBranch && !braced ? sharedBody(text, syntax, branch, indent) : undefined;
  // What follows the head on its line moves below the handler: a closing bracket to the branch's indentation, statements to theirs.
  const closer = block?.node.lastChild;
  const closes = closer?.isNamed === false && closer.startIndex === codeFrom(syntax, text, headEnd);
  const place = afterCode(syntax, text, headEnd, closes ? branchIndent : baseIndent);
  return { form, baseIndent, closeBranch, handled, scope: headEnd - 1, ...place, ...(shared ? { sharedBody: shared } : {}) };
}

/**
 * The end of a branch's head: its body's opening bracket (`{`, which may stand on a line of its
 * own), or the last code on the head's line before the first statement (a case's `:`); -1 where there is none.
 */
function headEndOf(text: string, syntax: SourceSyntax, body: Node | undefined, branch: Node, firstStatement: Node | undefined): number {
  const opened = body !== undefined && body.id !== branch.id && body.firstChild !== null && !body.firstChild.isNamed;
  const from = opened ? body.startIndex : branch.startIndex;
  const closer = opened && body.lastChild && !body.lastChild.isNamed ? body.lastChild.startIndex : undefined;
  const limit = firstStatement?.startIndex ?? closer ?? branch.endIndex;
  return codeEndBefore(syntax, text, Math.min(limit, lineEnd(text, from)), from);
}

/**
 * Where the statements of the clauses an empty clause is stacked on begin (`case 1015: case 1016:
 * return 'fix';`, `case 1013: default: …`): just after the last of their heads. Undefined when no
 * statement follows the stack, or a block does (`case 1016: {`).
 */
function sharedBody(text: string, syntax: SourceSyntax, clause: Node, indent: string): Spot['sharedBody'] {
  for (let next = nextStatement(clause); next; next = nextStatement(next)) {
    const stacked = blockOf(syntax, next);
    if (!stacked) return undefined;
    const first = stacked.statements[0];
    if (!first) continue;
    if (stacked.blocks.has(first.id)) return undefined;
    const headEnd = headEndOf(text, syntax, undefined, next, first);
    if (headEnd < 0) return undefined;
    const baseIndent = firstOnLine(text, first.startIndex) ? indentAt(text, first.startIndex) : indentAt(text, next.startIndex) + indent;
    return { baseIndent, scope: first.startIndex, ...afterCode(syntax, text, headEnd, baseIndent) };
  }
  return undefined;
}

/** The next named sibling that is no comment. */
function nextStatement(node: Node): Node | null {
  let next = node.nextNamedSibling;
  while (next && next.type.endsWith('comment')) next = next.nextNamedSibling;
  return next;
}

/** The statements of a block, without its comments and a case clause's labels. */
function statementsOf(block: Node, heads: ReadonlySet<number>): Node[] {
  return block.namedChildren.filter((child): child is Node => child !== null && isStatement(child, heads));
}

function isStatement(child: Node, heads: ReadonlySet<number>): boolean {
  return child.isNamed && !child.type.endsWith('comment') && !heads.has(child.id);
}

/** The child of `parent` that holds `offset`, found from the node there up (not by reading every child: a file's top level may have thousands). */
function childHolding(parent: Node, offset: number): Node | undefined {
  for (let node: Node | null = parent.descendantForIndex(offset); node && node.id !== parent.id; node = node.parent) {
    if (node.parent?.id === parent.id) return contains(node, offset) ? node : undefined;
  }
  return undefined;
}
