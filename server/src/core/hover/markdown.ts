/**
 * Escapes text for Markdown so that catalog text always renders as written: never as a link,
 * emphasis, heading, list or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}
