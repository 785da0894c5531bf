// Issue 12, §1 "A handler uses the names that are there": after any handler the quick fix offers,
// the language's own checker reports nothing new but "cannot find" for the helper functions the
// handler documents as the user's to write (`resendMessage(); // your function: …`). Every sample
// and placement fixture of the languages with checkers, every code in it, every meaning offered.
// In C# and Java those helpers are declared (checkers.ts, declareHelpers): mcs and javac check
// flow (fall-through, checked exceptions) only where every name resolves.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogOf } from '../../shared/src/catalogSources';
import { headingOf } from '../../shared/src/entryNames';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { HandlerInsertions } from '../../server/src/features/handlerInsertions';
import { documentedHelpers } from '../../shared/src/handlerSnippet';
import { CHECKED_LANGUAGES, checkSources, declareHelpers, newFindings, notFoundName, type CheckOutcome } from '../support/checkers';
import { loadAllGrammars } from '../support/grammars';
import { checkedSource, sourceDocuments, type SourceDocument } from '../support/sourceDocuments';
import { parsedSource } from '../support/syntax';

const catalog = catalogOf();

/** One quick fix applied: the document with the handler (and its imports), and what it inserted. */
interface Insertion {
  readonly document: SourceDocument;
  readonly where: string;
  readonly result: string;
  readonly helpers: ReadonlySet<string>;
}

/** Every handler the quick fix offers in the document: for each code, each meaning it offers. */
function insertions(document: SourceDocument): Insertion[] {
  const index = new OccurrenceIndex(document.text, document.languageId, catalog);
  const source = parsedSource(document.text, document.languageId)?.source;
  const handlers = HandlerInsertions.for({ uri: `file:///${document.file}`, version: 1, index }, source?.current, source);
  if (!handlers) return [];
  const text = TextDocument.create(`file:///${document.file}`, document.languageId, 1, document.text);
  return index.all.flatMap((placed) =>
    (placed.picked ? [placed.picked] : placed.entries).flatMap((entry) => {
      const edits = handlers.forOccurrence(placed, entry)?.edits;
      if (!edits) return [];
      const where = `${document.file}:${placed.line + 1} ${headingOf(entry)}`;
      const inserted = edits.map((e) => e.newText).join('\n');
      return [{ document, where, result: TextDocument.applyEdits(text, edits), helpers: documentedHelpers(inserted) }];
    }),
  );
}

const all = sourceDocuments(['test/fixtures/placement']);

describe('handlers pass the language\'s own checker (issue 12 §1)', () => {
  for (const language of CHECKED_LANGUAGES) {
    const docs = all.filter((d) => d.languageId === language);
    let inserted: Insertion[] = [];
    let outcome: CheckOutcome;
    before(async () => {
      await loadAllGrammars();
      inserted = docs.flatMap(insertions);
      // One batch: the documents as they are, then with each handler.
      const sources = [
        ...docs.map((d) => checkedSource(d.file, d.text)),
        ...inserted.map((i) => checkedSource(i.document.file, declareHelpers(language, i.result, i.helpers))),
      ];
      outcome = await checkSources(language, sources);
    });

    it(`${language}: the handlers in ${docs.length} documents add only "cannot find" for the helpers they document`, (t) => {
      assert.ok(docs.length > 0, `no ${language} document`);
      assert.ok(inserted.length > 0, `no handler offered in the ${language} documents`);
      if ('missing' in outcome) return t.skip(outcome.missing);
      const { findings } = outcome;
      const problems: string[] = [];
      const allowed = new Map<string, number>();
      inserted.forEach((insertion, i) => {
        const original = findings[docs.indexOf(insertion.document)];
        for (const finding of newFindings(original, findings[docs.length + i])) {
          const name = notFoundName(finding.text);
          if (name !== undefined && insertion.helpers.has(name)) {
            allowed.set(finding.text, (allowed.get(finding.text) ?? 0) + 1);
            continue;
          }
          // The handler reuses the document's own names (the error it compares): where one of them is
          // unresolved in the document already (a fixture's undeclared `lastError`), it is the same finding.
          if (original.some((f) => f.text === finding.text)) {
            const repeated = `repeats the document's: ${finding.text}`;
            allowed.set(repeated, (allowed.get(repeated) ?? 0) + 1);
            continue;
          }
          problems.push(`${insertion.where}: line ${finding.line}: ${finding.text}`);
        }
      });
      t.diagnostic(`${inserted.length} (document, occurrence, meaning) handlers checked; allowed: ${[...allowed].map(([text, n]) => `${n}× ${text}`).join(' | ') || 'none'}`);
      assert.deepEqual(problems, [], `new diagnostics after a handler:\n${problems.join('\n')}`);
    });
  }
});
