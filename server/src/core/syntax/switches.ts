import type { Node } from '@vscode/tree-sitter-wasm';
import { captured, contains, matchesIn, within, type SourceSyntax } from './syntax';

/** A switch (match, case) and what its labels compare with. */
export interface SwitchAround {
  readonly node: Node;
  readonly subject: Node;
}

/** The innermost switch whose labels or branches hold `offset` (switches.scm): not one whose subject does. */
export function switchAround(syntax: SourceSyntax, offset: number): SwitchAround | undefined {
  let innermost: SwitchAround | undefined;
  for (const match of matchesIn(syntax, 'switches', offset, offset + 1)) {
    const node = captured(match, 'switch');
    const subject = captured(match, 'subject');
    if (!node || !subject || !contains(node, offset) || offset < subject.endIndex) continue;
    if (!innermost || within(node, innermost.node)) innermost = { node, subject };
  }
  return innermost;
}

