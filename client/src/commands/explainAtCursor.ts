import * as vscode from 'vscode';
import { OccurrenceRequest } from '../../../shared/src/protocol';
import { cardOf } from './catalogRequests';
import type { CommandContext } from './commandContext';

export interface ExplainResult {
  /** The entries whose cards were shown: the one the server picked, else every meaning of the code. */
  readonly entryIds: readonly string[];
  readonly markdown: string;
}

export const NO_CODE_MESSAGE = 'No CEQUENS/WhatsApp error code at the cursor';

/**
 * "Explain error code at cursor": the card of the code under the cursor. When the server could not
 * tell which meaning a repeated code has (401 has several), the card lists all of them.
 * Resolves to undefined when there is no editor or no code at the cursor.
 */
export async function explainAtCursor(context: CommandContext): Promise<ExplainResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`${NO_CODE_MESSAGE}: no editor is open.`);
    return undefined;
  }
  const { client } = context;
  const occurrence = await client.sendRequest(
    OccurrenceRequest,
    client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active),
  );
  const entryIds = occurrence?.pickedEntryId ? [occurrence.pickedEntryId] : (occurrence?.entryIds ?? []);
  if (!occurrence || entryIds.length === 0) {
    void vscode.window.showInformationMessage(NO_CODE_MESSAGE);
    return undefined;
  }
  const cards = await Promise.all(entryIds.map((id) => cardOf(context, id)));
  const markdown =
    cards.length === 1
      ? cards[0]
      : [`**${occurrence.code}** has ${cards.length} meanings in the catalog; the code's context did not say which one applies.`, ...cards].join(
          '\n\n---\n\n',
        );
  await context.cards.show(markdown);
  return { entryIds, markdown };
}
