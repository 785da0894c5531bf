import { codeFrom, commentAcross } from '../syntax/codeText';
import type { SourceSyntax } from '../syntax/syntax';
import { lineEnd } from './layout';

/** 'case': statements for an existing case branch; 'block': an `if (<subject> == <code>)` statement. */
export type HandlerForm = 'case' | 'block';

/** Text to insert at an offset of the document; nothing of the document is removed or changed. */
export interface TextInsertion {
  readonly offset: number;
  readonly text: string;
}

/** Where a handler goes, and how it must be shaped to fit there. */
export interface Spot {
  readonly form: HandlerForm;
  readonly offset: number;
  /** Indentation of the handler's first line. */
  readonly baseIndent: string;
  /** Case form: the branch was empty, so the handler must end it (`break;`). */
  readonly closeBranch: boolean;
  /** Case form: the branch already does something (`queue_template(…)`): a second policy must not run before it. */
  readonly handled?: boolean;
  /**
   * Case form, an empty branch stacked on the labels after it, which share their statements: where
   * those begin. A language whose empty branch falls through (one with `break;`) tests the code
   * there instead, in an `if`, so that the shared statements still run for it.
   */
  readonly sharedBody?: { readonly offset: number; readonly baseIndent: string; readonly continuation?: string; readonly scope: number };
  /** Case form: the handler goes after the branch, which stands on one line (`if (s.status === 'failed') markFailed(s);`), not into it. */
  readonly afterBranch?: boolean;
  /** When code follows the offset on its line: the indentation it gets on the line after the handler. */
  readonly continuation?: string;
  /** The handler goes on its own lines before the line at `offset` (whose statement leaves the block). */
  readonly before?: boolean;
  /**
   * An offset at the level of the handler's statements: the function around it decides whether they
   * may await, and its names which error they may test. Undefined for the cursor's own line, which holds no code: the handler goes on it.
   */
  readonly scope?: number;
}

/**
 * Just after code ending at `end`: at the end of its line (after any comment) when no code
 * follows there; otherwise before what follows, which then moves to a new line indented `continuation`.
 */
export function afterCode(syntax: SourceSyntax, text: string, end: number, continuation: string): { offset: number; continuation?: string } {
  const close = lineEnd(text, end);
  const next = codeFrom(syntax, text, end, close);
  if (next >= 0) return { offset: next, continuation };
  const comment = commentAcross(syntax, text, close);
  if (comment) return { offset: comment.startIndex, continuation };
  return { offset: close };
}
