import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { languageFor } from '../language';
import { awaitAllowedAt } from './asyncScope';
import { renderHandler } from './render';
import { templatesFor } from './templates';
import { CodeTokens } from './tokens';

/**
 * The handler for an entry as an `if` statement, for the "Insert handler" command, which places
 * it at the cursor itself. Every line starts with `indent`; "\n" ends lines (the client converts).
 * Given the document and the offset it goes to, it awaits where the function there is async;
 * without them it never awaits (valid in any function). Undefined when the language has no templates.
 * `at` is asked only for a language with templates: reading a whole 50 MB log for nothing would block.
 */
export function handlerText(
  entry: CatalogEntry,
  languageId: string,
  indent: string,
  at?: () => { readonly text: string; readonly offset: number } | undefined,
): string | undefined {
  const language = languageFor(languageId);
  const templates = language.snippets && !language.isText ? templatesFor(language.snippets) : undefined;
  if (!templates) return undefined;
  const unit = indent.includes('\t') ? '\t' : templates.indent;
  const place = at?.();
  const canAwait = place !== undefined && awaitAllowedAt(new CodeTokens(place.text, language.syntax), place.offset, templates.name);
  return renderHandler(entry, templates, { form: 'block', indent: unit, eol: '\n', baseIndent: indent, canAwait });
}
