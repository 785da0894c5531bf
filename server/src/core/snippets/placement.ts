import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { comparedSubject } from '../comparison';
import type { Occurrence } from '../detection/occurrence';
import { languageFor } from '../language';
import { awaitAllowed } from './asyncScope';
import { braceSpot } from './braceSpot';
import { detectEol, detectIndentUnit } from './layout';
import { pythonSpot } from './pythonSpot';
import { renderHandler } from './render';
import { templatesFor } from './templates';
import { CodeTokens } from './tokens';

/** Text to insert at an offset of the document; nothing of the document is removed or changed. */
export interface HandlerInsertion {
  readonly offset: number;
  readonly text: string;
}

/**
 * The handler for `entry` placed where a developer would write it: in the case branch the code
 * labels, or in an `if` statement after the statement that holds the code (before it when that
 * statement is a `return` or `throw`, after which nothing runs). It awaits only where the function
 * around it is async, and calls synchronously elsewhere. Undefined when the
 * language has no templates (logs, plain text) or no statement can take it (a class constant).
 */
export function handlerInsertion(
  text: string,
  languageId: string,
  occurrence: Occurrence,
  entry: CatalogEntry,
): HandlerInsertion | undefined {
  const language = languageFor(languageId);
  const templates = language.snippets && !language.isText ? templatesFor(language.snippets) : undefined;
  if (!templates) return undefined;
  const code = new CodeTokens(text, language.syntax);
  const at = code.indexAt(occurrence.start);
  if (at < 0) return undefined;
  const indent = detectIndentUnit(text, templates.indent);
  const spot =
    templates.name === 'python'
      ? pythonSpot(code, at, occurrence.isCaseLabel, indent)
      : braceSpot(code, at, occurrence.isCaseLabel, indent, templates.name);
  if (!spot) return undefined;
  const eol = detectEol(text);
  const handler = renderHandler(entry, templates, {
    form: spot.form,
    indent,
    eol,
    baseIndent: spot.baseIndent,
    subject: spot.form === 'block' ? comparedSubject(code, at) : undefined,
    useStringCode: occurrence.stringCode !== undefined,
    closeBranch: spot.closeBranch,
    canAwait: awaitAllowed(code, spot.scope, templates.name),
  });
  if (spot.before) return { offset: spot.offset, text: handler + eol };
  const moved = spot.continuation !== undefined ? eol + spot.continuation : '';
  return { offset: spot.offset, text: eol + handler + moved };
}

/** TEMPORARY until the profiles branch lands. */
export function handlerInsertionAtCursor(_text: string, _languageId: string, _offset: number, _entry: CatalogEntry): HandlerInsertion | undefined {
  return undefined;
}
