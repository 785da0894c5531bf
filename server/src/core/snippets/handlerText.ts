import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { languageFor } from '../language';
import { renderHandler } from './render';
import { templatesFor } from './templates';

/**
 * The handler for an entry as an `if` statement, for the "Insert handler" command, which places
 * it at the cursor itself. Every line starts with `indent`; "\n" ends lines (the client converts).
 * Undefined when the language has no templates.
 */
export function handlerText(entry: CatalogEntry, languageId: string, indent: string): string | undefined {
  const language = languageFor(languageId);
  const templates = language.snippets && !language.isText ? templatesFor(language.snippets) : undefined;
  if (!templates) return undefined;
  const unit = indent.includes('\t') ? '\t' : templates.indent;
  return renderHandler(entry, templates, { form: 'block', indent: unit, eol: '\n', baseIndent: indent });
}
