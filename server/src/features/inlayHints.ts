import { MarkupKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { profileFor } from '../../../shared/src/languages';
import { renderCard } from '../core/hover/card';
import { namingsIn } from '../core/syntax/namings';
import { titleHints } from '../core/writing/titleHints';
import type { DocumentStore } from '../documents';
import type { Settings } from './settings';

/**
 * The title after each bare code of the requested lines (`case 470: ‹Re-engagement message›`),
 * its card as the tooltip; only in languages whose syntax tree tells a named constant and a
 * comment from a bare code, and while `cequens.inlayHints.enabled` is on.
 */
export async function inlayHints(store: DocumentStore, settings: Settings, { textDocument, range }: InlayHintParams): Promise<InlayHint[] | null> {
  const analysed = store.get(textDocument.uri);
  const grammar = analysed && profileFor(analysed.index.languageId)?.grammar;
  if (!analysed || !grammar || !(await settings.for(textDocument.uri)).inlayHints) return null;
  const { index } = analysed;
  const last = Math.min(range.end.line, index.text.lineCount - 1);
  const occurrences = index.inLines(range.start.line, last);
  if (occurrences.length === 0) return [];
  const tree = await store.treeOf(analysed);
  if (!tree) return null;
  const from = index.text.offsetOfLine(occurrences[0].line);
  const to = index.text.offsetOfLine(occurrences[occurrences.length - 1].line + 1);
  const namings = namingsIn({ tree, grammar }, from, to);
  return titleHints(occurrences, (line) => index.text.line(line), namings).map((hint) => ({
    position: { line: hint.line, character: hint.character },
    label: hint.label,
    paddingLeft: true,
    tooltip: { kind: MarkupKind.Markdown, value: renderCard([hint.entry]) },
  }));
}
