/**
 * Escapes text for Markdown so that catalog and document text always renders as written: never as
 * a link, emphasis, code, heading, list, quote, table or HTML. Only what Markdown would read
 * otherwise is escaped, so that a client showing the Markdown as typed (Neovim 0.7) still reads
 * `free-form text is refused.`, not `free\-form text is refused\.`.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Anywhere: emphasis, code, links and images, tables, strikethrough, and the escape itself.
      .replace(/[\\`*[\]|~]/g, '\\$&')
      // An underscore between letters or digits opens and closes no emphasis (CommonMark): WA_TEMPLATE_STALE stays as typed.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      // At a line's start: a heading, quote, list item or rule, a setext underline, a numbered item.
      .replace(/^([ \t]*)([#>+=-])/gm, '$1\\$2')
      .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
  );
}
