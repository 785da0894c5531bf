import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { CatalogRequest } from '../../../shared/src/protocol';
import { headingOf } from '../../../shared/src/entryNames';
import { pickEntry, type PickAction } from '../ui/pickEntry';
import { byId, cardOf } from './catalogRequests';
import { argsObject, type CommandContext } from './commandContext';
import { insertHandler } from './handlerInsertion';


/** Optional arguments, so tests can drive the command without UI. */
export interface LookUpArgs {
  readonly entryId?: string;
  /** Default 'show'. */
  readonly action?: PickAction;
}

export interface LookUpResult {
  readonly entryId: string;
  readonly action: PickAction;
  /** 'show' and 'copy': the card's Markdown; 'insert': the inserted text (undefined if nothing was inserted). */
  readonly text: string | undefined;
}

const ACTIONS: readonly PickAction[] = ['show', 'insert', 'copy'];
const INSERT_LABEL = 'Insert handler at cursor';
const COPY_LABEL = 'Copy as Markdown';

/**
 * "Look up WhatsApp error code…": a quick pick over the whole catalog; the chosen entry's card opens
 * beside the editor, with "Insert handler at cursor" and "Copy as Markdown" offered as buttons (on the
 * item, and in a notification after the card opens). Resolves to undefined when the user cancels.
 */
export async function lookUp(context: CommandContext, rawArgs?: unknown): Promise<LookUpResult | undefined> {
  const args = argsObject(rawArgs) as LookUpArgs;
  // The editor a handler goes into: captured now, before the quick pick or the card takes focus.
  const editor = vscode.window.activeTextEditor;
  const catalog = await context.client.sendRequest(CatalogRequest);

  let entry: CatalogEntry;
  let action: PickAction;
  const interactive = args.entryId === undefined;
  if (args.entryId !== undefined) {
    if (args.action !== undefined && !ACTIONS.includes(args.action)) {
      throw new Error(`CEQUENS: unknown action "${String(args.action)}"; expected one of ${ACTIONS.join(', ')}`);
    }
    entry = byId(catalog, args.entryId);
    action = args.action ?? 'show';
  } else {
    const picked = await pickEntry(catalog, {
      title: 'CEQUENS: Look up WhatsApp error code',
      placeholder: 'Type a code (470), a title, a string code (MISSING_TOKEN) or words of the description',
      buttons: true,
    });
    if (!picked) return undefined;
    ({ entry, action } = picked);
  }

  switch (action) {
    case 'insert':
      return { entryId: entry.id, action, text: await insertHandler(context, editor, entry) };
    case 'copy': {
      const markdown = await cardOf(context, entry.id);
      await vscode.env.clipboard.writeText(markdown);
      void vscode.window.setStatusBarMessage(`CEQUENS: copied ${headingOf(entry)} as Markdown`, 3000);
      return { entryId: entry.id, action, text: markdown };
    }
    case 'show': {
      const markdown = await cardOf(context, entry.id);
      await context.cards.show(markdown);
      if (interactive) offerFollowUps(context, editor, entry, markdown);
      return { entryId: entry.id, action, text: markdown };
    }
  }
}

/** A notification, not a modal: the card stays readable and the command does not wait for it. */
function offerFollowUps(context: CommandContext, editor: vscode.TextEditor | undefined, entry: CatalogEntry, markdown: string): void {
  const choices = editor ? [INSERT_LABEL, COPY_LABEL] : [COPY_LABEL];
  void vscode.window.showInformationMessage(`CEQUENS ${headingOf(entry)}`, ...choices).then(async (choice) => {
    if (choice === INSERT_LABEL) await insertHandler(context, editor, entry);
    if (choice === COPY_LABEL) await vscode.env.clipboard.writeText(markdown);
  });
}

