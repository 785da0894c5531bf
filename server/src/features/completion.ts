import {
  CompletionItemKind,
  MarkupKind,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { profileFor } from '../../../shared/src/languages';
import { mentionsWhatsApp } from '../core/detection/vocabulary/vocabulary';
import { renderCard } from '../core/hover/card';
import { codeSlotAt } from '../core/syntax/codeSlots';
import { withTyped } from '../core/syntax/typedProbe';
import { codeSuggestions } from '../core/writing/codeCompletions';
import { CatalogUsage } from '../core/writing/families';
import type { OccurrenceIndex } from '../core/occurrenceIndex';
import type { DocumentStore } from '../documents';

/** Characters after which a code may come: `case `, `=== `, `in (`, `[470, `, `130429 | `, a quote. */
export const COMPLETION_TRIGGERS = [' ', '(', '[', ',', '|', "'", '"'];

/** Typed at the cursor before the tree is read: an unfinished `case |` then parses as the label it is becoming. */
const PLACEHOLDER = '0';

/** What the client shows of a completion item (its `completionItem` capabilities). */
export interface CompletionClient {
  readonly labelDetails: boolean;
  /** The client asks for `documentation` with `completionItem/resolve`: the card is not sent with the list. */
  readonly resolvesDocumentation: boolean;
}

export function completionClientOf(capabilities: ClientCapabilities): CompletionClient {
  const item = capabilities.textDocument?.completion?.completionItem;
  return {
    labelDetails: item?.labelDetailsSupport === true,
    resolvesDocumentation: item?.resolveSupport?.properties.includes('documentation') === true,
  };
}

/**
 * The families a document uses, found again at most this often: reading every line's occurrences
 * at each keystroke would cost a request time linear in the document, and the ranking they give
 * changes only when a new family is written.
 */
const USAGE_FRESH_MS = 1000;
const usages = new WeakMap<OccurrenceIndex, { readonly usage: CatalogUsage; readonly at: number }>();

/**
 * The catalog's codes where a handler names one (a `case`, a side of `code ===`, a member of a set
 * or map of codes): each labelled by its code, its title beside it, the families the document
 * already handles first. Null anywhere else, and in documents that neither hold a code nor name
 * WhatsApp.
 */
export async function completion(store: DocumentStore, { textDocument, position }: CompletionParams, client: CompletionClient): Promise<CompletionList | null> {
  const analysed = store.get(textDocument.uri);
  const grammar = analysed && profileFor(analysed.index.languageId)?.grammar;
  if (!analysed || !grammar) return null;
  const tree = await store.treeOf(analysed);
  if (!tree) return null;
  const text = store.treeTextOf(analysed)?.text ?? analysed.index.text.text();
  const usage = usageOf(analysed.index);
  if (usage.isEmpty && !mentionsWhatsApp(text)) return null;
  const offset = analysed.index.text.offsetOfLine(position.line) + position.character;
  const probe = withTyped({ tree, grammar }, text, offset, { row: position.line, column: position.character }, PLACEHOLDER);
  try {
    const catalog = store.catalog;
    const slot = codeSlotAt(probe, offset, (code) => catalog.entriesForCode(code).length > 0);
    if (!slot) return null;
    const typed = text.slice(slot.start, offset);
    // The code being written, without the placeholder: replaced whole by the one picked.
    const range = {
      start: { line: position.line, character: position.character - typed.length },
      end: { line: position.line, character: position.character + Math.max(0, slot.end - offset - PLACEHOLDER.length) },
    };
    const items = codeSuggestions(catalog, typed, slot.quoted, usage).map((s): CompletionItem => ({
      label: s.label,
      kind: CompletionItemKind.Constant,
      ...(client.labelDetails ? { labelDetails: { description: s.title }, detail: s.detail } : { detail: `${s.title} · ${s.detail}` }),
      sortText: s.sortText,
      textEdit: { range, newText: s.label },
      ...(client.resolvesDocumentation ? { data: { ids: s.entries.map((e) => e.id) } } : { documentation: cardOf(s.entries) }),
    }));
    return { isIncomplete: false, items };
  } finally {
    probe.dispose();
  }
}

/** The card of an item's code, for a client that asks for it when the item is selected. */
export function resolveCompletion(catalog: Catalog, item: CompletionItem): CompletionItem {
  const ids = (item.data as { ids?: unknown } | undefined)?.ids;
  const entries = Array.isArray(ids) ? ids.flatMap((id) => (typeof id === 'string' ? (catalog.entry(id) ?? []) : [])) : [];
  return entries.length > 0 ? { ...item, documentation: cardOf(entries) } : item;
}

function cardOf(entries: Parameters<typeof renderCard>[0]): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value: renderCard(entries, entries[0]) };
}

function usageOf(index: OccurrenceIndex): CatalogUsage {
  const now = performance.now();
  let found = usages.get(index);
  if (!found || now - found.at > USAGE_FRESH_MS) {
    found = { usage: new CatalogUsage(index.inLines(0, index.text.lineCount - 1).flatMap((o) => (o.picked ? [o.picked] : o.entries))), at: now };
    usages.set(index, found);
  }
  return found.usage;
}
