import type { Node } from '@vscode/tree-sitter-wasm';
import { escapeRegExp } from '../detection/candidates/catalogPattern';
import type { SourceSyntax } from './syntax';

/** Node types that hold words that are no names: a comment, a string or its content. */
const NOT_CODE = /comment|string|fragment|content/;
/** A type's declaration (`class X`, `interface X`, Go's `type X struct`, Rust's `struct X`): its `name` is the type's. */
const TYPE_DECLARATION = /class|interface|record|struct|enum|type|trait/;

/**
 * The names of a whole document, asked one at a time (a handler asks of a few): whether the
 * document uses a name, and whether it declares a type so named. Each answer is one search of the
 * text, where a match counts when the tree has a node that is exactly that word in code (not in a
 * comment or a string, not a member after `.`, `->` or `::`): a big file is not read into
 * tokens for them.
 */
export class DocumentNames {
  private readonly uses = new Map<string, Node | undefined>();

  constructor(
    private readonly syntax: SourceSyntax,
    private readonly text: string,
  ) {}

  /** The document uses `name` (a variable, a function, a type; PHP's `$attempt` with its `$`). */
  has(name: string): boolean {
    return this.firstUse(name) !== undefined;
  }

  /** The document declares a type named `name` (a class, an interface, a struct…). */
  declaresType(name: string): boolean {
    return this.nodesOf(name).some((node) => {
      const declaration = node.parent;
      return declaration !== null && TYPE_DECLARATION.test(declaration.type) && declaration.childForFieldName('name')?.id === node.id;
    });
  }

  private firstUse(name: string): Node | undefined {
    if (!this.uses.has(name)) this.uses.set(name, this.nodesOf(name, 1)[0]);
    return this.uses.get(name);
  }

  private nodesOf(name: string, most = Infinity): Node[] {
    return wordNodes(this.syntax, this.text, name, 0, this.text.length, most);
  }
}

/**
 * The nodes that are the word `name` in code between offsets `from` and `to` (not in a comment or
 * a string, not a member after `.`, `->` or `::`), found by one search of the text: at most `most`.
 */
export function wordNodes(syntax: SourceSyntax, text: string, name: string, from: number, to: number, most = Infinity): Node[] {
  const pattern = new RegExp(`(?<![\\w$\\\\]|(?:\\.|->|::)\\s*)${escapeRegExp(name)}(?![\\w$])`, 'g');
  pattern.lastIndex = from;
  const nodes: Node[] = [];
  for (let match = pattern.exec(text); match && match.index < to && nodes.length < most; match = pattern.exec(text)) {
    const start = match.index;
    const node = syntax.tree.rootNode.descendantForIndex(start, start + name.length);
    if (node && node.startIndex === start && node.endIndex === start + name.length && !NOT_CODE.test(node.type)) nodes.push(node);
  }
  return nodes;
}
