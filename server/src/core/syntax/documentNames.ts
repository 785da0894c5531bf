import type { Node } from '@vscode/tree-sitter-wasm';
import { captured, matchesIn, type SourceSyntax } from './syntax';

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

  /**
   * The document declares `name` (names.scm; PHP's `$error` with its `$`): a name it reads without
   * declaring it comes from elsewhere (a global, a field of a base class, another file of a Go
   * package), and is seen wherever it is read. Asked of the few names a handler compares.
   */
  declares(name: string): boolean {
    return this.nodesOf(name).some((node) =>
      matchesIn(this.syntax, 'names', node.startIndex, node.endIndex).some((match) => {
        const declared = captured(match, 'name');
        return declared !== undefined && declared.startIndex >= node.startIndex && declared.endIndex <= node.endIndex;
      }),
    );
  }

  private firstUse(name: string): Node | undefined {
    if (!this.uses.has(name)) this.uses.set(name, this.nodesOf(name, 1)[0]);
    return this.uses.get(name);
  }

  private nodesOf(name: string, most = Infinity): Node[] {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\w$\\\\]|(?:\\.|->|::)\\s*)${escaped}(?![\\w$])`, 'g');
    const nodes: Node[] = [];
    for (const match of this.text.matchAll(pattern)) {
      const start = match.index;
      const node = this.syntax.tree.rootNode.descendantForIndex(start, start + name.length);
      if (node && node.startIndex === start && node.endIndex === start + name.length && !NOT_CODE.test(node.type)) nodes.push(node);
      if (nodes.length >= most) break;
    }
    return nodes;
  }
}
