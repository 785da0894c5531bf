import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { COMMANDS } from '../../../shared/src/contributions';
import type { InitializationOptions } from '../../../shared/src/protocol';
import { renderCard } from '../core/hover/card';
import { MARKDOWN_STYLE, PLAIN_TEXT_STYLE } from '../core/hover/cardStyle';
import type { PlacedOccurrence } from '../core/occurrenceIndex';
import type { DocumentStore } from '../documents';
import { HandlerInsertions } from './handlerInsertions';

/**
 * The card of the code under the cursor; null elsewhere. For a client that runs the extension's
 * commands (it says so in `initializationOptions`), the card ends with links to them. Markdown,
 * unless the client takes plain text only (`markdown` false).
 */
export function hover(
  store: DocumentStore,
  { textDocument, position }: HoverParams,
  options: Pick<InitializationOptions, 'commandLinks'> & { readonly markdown: boolean },
): Hover | null {
  const analysed = store.get(textDocument.uri);
  const occurrence = analysed?.index.at(position);
  if (!analysed || !occurrence) return null;
  const { line, start, end } = occurrence;
  const card = renderCard(occurrence.entries, occurrence.picked, options.markdown ? MARKDOWN_STYLE : PLAIN_TEXT_STYLE);
  const links = options.commandLinks && options.markdown ? commandLinks(occurrence, textDocument.uri, HandlerInsertions.offeredIn(analysed.index.languageId)) : '';
  return {
    contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: links ? `${card}\n\n${links}` : card },
    range: { start: { line, character: start }, end: { line, character: end } },
  };
}

/** "Open in catalog" (one meaning) and "Insert handler" (where the language has handlers), as command links. */
function commandLinks(occurrence: PlacedOccurrence, uri: string, hasHandlers: boolean): string {
  const entry = occurrence.picked ?? (occurrence.entries.length === 1 ? occurrence.entries[0] : undefined);
  const at = { uri, position: { line: occurrence.line, character: occurrence.start } };
  const links = [
    ...(entry ? [link('Open in catalog', COMMANDS.lookUp, { entryId: entry.id, action: 'show' })] : []),
    ...(hasHandlers ? [link('Insert handler', COMMANDS.insertHandler, { ...(entry ? { entryId: entry.id } : {}), at })] : []),
  ];
  return links.join(' · ');
}

function link(label: string, command: string, args: object): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}
