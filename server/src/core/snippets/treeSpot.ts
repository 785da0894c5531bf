import type { Node } from '@vscode/tree-sitter-wasm';
import { answers } from '../syntax/queries';
import { captured, contains, matchesIn, type SourceSyntax } from '../syntax/syntax';
import { firstOnLine, indentAt, lastCodeBefore, lineStart } from './layout';
import { afterToken, type Spot } from './spot';
import type { CodeTokens } from './tokens';

/**
 * Where a handler goes, read from the syntax tree (statements.scm, branches.scm): for the
 * languages whose query folder answers `statements` (Ruby, Rust), instead of their tokens.
 */
export function placesFromTree(syntax: SourceSyntax): boolean {
  return answers(syntax.grammar, 'statements');
}

/** A branch of branches.scm, and the part of it that holds the code. */
interface Branch {
  readonly branch: Node;
  readonly body?: Node;
  /** Where the branch's own part ends: its body, not the `else` after it. */
  readonly end: number;
}

/** The innermost branch whose `role` (a case's label, an `if`'s test) holds `offset`. */
function branchAt(syntax: SourceSyntax, offset: number, role: 'label' | 'test'): Branch | undefined {
  let found: Branch | undefined;
  for (const match of matchesIn(syntax, 'branches', offset, offset + 1)) {
    const part = captured(match, role);
    const branch = captured(match, 'branch');
    if (!part || !branch || !contains(part, offset) || (found && branch.startIndex < found.branch.startIndex)) continue;
    // A query over a range may pair an absent optional capture with the next branch's: a body is the branch's own.
    const captures = captured(match, 'body');
    const body = captures && within(captures, branch) ? captures : undefined;
    found = { branch, body, end: Math.max(part.endIndex, body?.endIndex ?? branch.endIndex) };
  }
  return found;
}

/** True when the code at `offset` labels a case (Ruby's `when 470`, a Rust `match` arm's `470 =>`). */
export function labelsBranch(syntax: SourceSyntax, offset: number): boolean {
  return branchAt(syntax, offset, 'label') !== undefined;
}

/** What statements.scm says of the statements and blocks around `offset`. */
interface Around {
  /** The innermost block or definition holding `offset`. */
  readonly container?: Node;
  readonly isBlock: boolean;
  readonly leaving: ReadonlySet<number>;
  readonly values: ReadonlySet<number>;
  readonly blocks: ReadonlySet<number>;
  /** Statements that do nothing (Python's `pass`): a branch of only these handles nothing. */
  readonly idle: ReadonlySet<number>;
}

function around(
  syntax: SourceSyntax,
  offset: number,
  inside: (node: Node) => boolean = (node) => contains(node, offset),
  to = offset + 1,
): Around {
  let container: Node | undefined;
  let isBlock = false;
  const leaving = new Set<number>();
  const values = new Set<number>();
  const blocks = new Set<number>();
  const idle = new Set<number>();
  for (const match of matchesIn(syntax, 'statements', offset, to)) {
    for (const { name, node } of match.captures) {
      if (name === 'leaving') leaving.add(node.id);
      else if (name === 'idle') idle.add(node.id);
      else if (name === 'value') values.add(node.id);
      else if ((name === 'block' || name === 'definition') && inside(node)) {
        if (name === 'block') blocks.add(node.id);
        if (!container || (node.startIndex >= container.startIndex && node.endIndex <= container.endIndex && node.id !== container.id)) {
          container = node;
          isBlock = name === 'block';
        } else if (node.id === container.id && name === 'block') isBlock = true;
      }
    }
  }
  return { container, isBlock, leaving, values, blocks, idle };
}

/**
 * Where a handler goes for the code at `offset`: into the case branch it labels (see branchSpot),
 * else after the statement holding it (before it when that statement leaves the block or gives
 * its value: a `return`, a `raise`, a method's last statement, a Rust block's tail expression).
 * Undefined in a definition (a class body, a parameter's default) or outside any block.
 */
export function treeStatementSpot(code: CodeTokens, syntax: SourceSyntax, offset: number, indent: string): Spot | undefined {
  const label = branchAt(syntax, offset, 'label');
  if (label) return branchSpot(code, syntax, label, indent, false);
  const { container, isBlock, leaving, values, idle } = around(syntax, offset);
  if (!container || !isBlock) return undefined;
  const statement = statementsOf(container, idle).find((s) => contains(s, offset));
  if (!statement) return undefined;
  const [first, last] = tokensOf(code, statement);
  if (first < 0 || last < 0) return undefined;
  const baseIndent = indentAt(code.text, statement.startIndex);
  if (leaving.has(statement.id) || values.has(statement.id)) {
    if (!firstOnLine(code.text, statement.startIndex)) return undefined;
    return { form: 'block', closeBranch: false, baseIndent, offset: lineStart(code.text, statement.startIndex), before: true, scope: first };
  }
  return { form: 'block', closeBranch: false, baseIndent, scope: first, ...afterToken(code, last, baseIndent) };
}

/**
 * Into the branch of an `if` whose condition tests the code at `offset` for equality (`if
 * e.code == 470`): the code's, as a case branch is, `handled` where it does something; after a
 * branch on one line (`notify if e.code == 470`), `handled`. A branch for several codes tests its own.
 */
export function treeBranchSpot(code: CodeTokens, syntax: SourceSyntax, offset: number, indent: string, several: boolean): Spot | undefined {
  const tested = branchAt(syntax, offset, 'test');
  return tested && branchSpot(code, syntax, tested, indent, several);
}

/**
 * Where a handler goes for a cursor on a line without code at `offset`: on that line, indented as
 * the statements of the block it is in; after the statement around it when the line lies inside
 * one. Undefined outside any block (a class body, a Rust file's items).
 */
export function treeLineSpot(code: CodeTokens, syntax: SourceSyntax, offset: number, indent: string, byIndentation: boolean): Spot | undefined {
  const { container, isBlock, idle } = blockOfLine(code, syntax, offset, byIndentation);
  if (!container || !isBlock) return undefined;
  const statements = statementsOf(container, idle);
  const inside = statements.find((s) => s.startIndex < offset && offset < s.endIndex);
  if (inside) return treeStatementSpot(code, syntax, inside.startIndex, indent);
  const neighbour = statements.filter((s) => s.endIndex <= offset).pop() ?? statements.find((s) => s.startIndex >= offset);
  const baseIndent = neighbour ? indentAt(code.text, neighbour.startIndex) : indentAt(code.text, container.startIndex) + indent;
  return { form: 'block', baseIndent, closeBranch: false, offset };
}

/**
 * The block a line without code at `offset` is in: the innermost around it. Blocks made by
 * indentation end at their last statement, so there the line continues the block of the code
 * before it, or begins the block of the header above it (`async def f():`), which starts below.
 */
function blockOfLine(code: CodeTokens, syntax: SourceSyntax, offset: number, byIndentation: boolean): Around {
  if (!byIndentation) return around(syntax, offset, (node) => node.startIndex < offset && offset < node.endIndex);
  const next = code.firstFrom(offset);
  if (next >= 0) {
    const below = around(syntax, code.tokens[next].start);
    if (below.isBlock && below.container && below.container.startIndex >= offset) return below;
  }
  // The blocks that hold the code before the line or end with it (an empty one after `except E:` too).
  const after = lastCodeBefore(code.text, offset) + 1;
  return around(syntax, Math.max(0, after - 1), (node) => node.startIndex <= after && after <= node.endIndex, after + 1);
}

/**
 * Into a branch's body, after its head's line: `handled` where it does something already, as
 * comments then; after the whole branch where it stands on one line, or where it is a value (a
 * Rust arm's `470 => Action::Template,`), which takes no statement.
 */
function branchSpot(code: CodeTokens, syntax: SourceSyntax, { branch, body, end: ownEnd }: Branch, indent: string, several: boolean): Spot | undefined {
  const branchIndent = indentAt(code.text, branch.startIndex);
  const [head, end] = tokensOf(code, branch);
  if (head < 0 || end < 0) return undefined;
  const inBody = body && around(syntax, body.startIndex, (node) => node.id === body.id, body.endIndex);
  const takesStatements = !body || inBody?.blocks.has(body.id) === true;
  const statements = body && inBody && takesStatements ? statementsOf(body, inBody.idle) : [];
  const oneLine = !code.text.slice(branch.startIndex, ownEnd).trimEnd().includes('\n');
  if (!takesStatements || (oneLine && statements.length > 0)) {
    // Comments under a value arm's head; under a one-line statement, as it is indented.
    const baseIndent = takesStatements ? branchIndent : branchIndent + indent;
    return { form: 'case', baseIndent, closeBranch: false, handled: true, scope: head, ...afterToken(code, end, baseIndent) };
  }
  const firstStatement = statements[0];
  // The head ends before the body's first statement (or idle one), or before its closing bracket (`{}`).
  const closer = body?.lastChild && !body.lastChild.isNamed ? body.lastChild.startIndex : undefined;
  const limit = firstStatement?.startIndex ?? closer ?? body?.firstNamedChild?.startIndex ?? branch.endIndex;
  let headEnd = head;
  while (headEnd + 1 < code.tokens.length && code.tokens[headEnd + 1].start < limit && !code.lineBreakBetween(headEnd, headEnd + 1)) headEnd++;
  const onLaterLine = firstStatement !== undefined && code.text.slice(code.tokens[headEnd].end, firstStatement.startIndex).includes('\n');
  const baseIndent = onLaterLine ? indentAt(code.text, firstStatement.startIndex) : branchIndent + indent;
  const handled = statements.length > 0;
  const form = several && !handled ? 'block' : 'case';
  // What follows the head on its line moves below the handler: a closing bracket to the branch's indentation, a statement to the body's.
  const moved = code.tokens[headEnd + 1]?.start === closer ? branchIndent : baseIndent;
  return { form, baseIndent, closeBranch: false, handled, scope: headEnd, ...afterToken(code, headEnd, moved) };
}

function within(inner: Node, outer: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** The statements of a block that do something: without its comments and idle statements. */
function statementsOf(block: Node, idle: ReadonlySet<number>): Node[] {
  return block.namedChildren.filter((child): child is Node => child !== null && !child.type.endsWith('comment') && !idle.has(child.id));
}

/** The first and last token of a node; -1 where the tokens do not meet its ends. */
function tokensOf(code: CodeTokens, node: Node): [number, number] {
  return [code.indexAt(node.startIndex), code.indexAt(node.endIndex - 1)];
}
