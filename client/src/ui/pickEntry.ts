import * as vscode from 'vscode';
import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { entryItemText } from './entryLabels';

/** What the user asked for in the catalog quick pick: the item itself, or one of its buttons. */
export type PickAction = 'show' | 'insert' | 'copy';

export interface Picked {
  readonly entry: CatalogEntry;
  readonly action: PickAction;
}

interface EntryItem extends vscode.QuickPickItem {
  readonly entry: CatalogEntry;
}

interface ActionButton extends vscode.QuickInputButton {
  readonly action: PickAction;
}

const INSERT_BUTTON: ActionButton = {
  action: 'insert',
  iconPath: new vscode.ThemeIcon('insert'),
  tooltip: 'Insert handler at cursor',
};
const COPY_BUTTON: ActionButton = { action: 'copy', iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy as Markdown' };

export interface PickOptions {
  readonly title: string;
  readonly placeholder: string;
  /** Item buttons (insert handler, copy as Markdown); off when the pick serves one purpose only. */
  readonly buttons: boolean;
}

/**
 * A quick pick over catalog entries, searchable by code, title, string code (description) and the
 * words of the description (detail). Resolves to undefined when the user cancels.
 */
export function pickEntry(entries: readonly CatalogEntry[], options: PickOptions): Promise<Picked | undefined> {
  const quickPick = vscode.window.createQuickPick<EntryItem>();
  quickPick.title = options.title;
  quickPick.placeholder = options.placeholder;
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = entries.map((entry) => ({ entry, ...entryItemText(entry), buttons: options.buttons ? [INSERT_BUTTON, COPY_BUTTON] : [] }));
  return new Promise((resolve) => {
    let picked: Picked | undefined;
    const finish = (result: Picked | undefined) => {
      picked = result;
      quickPick.hide();
    };
    quickPick.onDidAccept(() => {
      const item = quickPick.selectedItems[0];
      finish(item && { entry: item.entry, action: 'show' });
    });
    quickPick.onDidTriggerItemButton((event) => {
      finish({ entry: event.item.entry, action: (event.button as ActionButton).action });
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(picked);
    });
    quickPick.show();
  });
}
