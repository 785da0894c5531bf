// "Add the missing … codes" on every switch, match and map of codes in the samples, the placement
// fixtures and test/fixtures/missingCases: each action leaves the language's own checker with
// nothing new to report (the new cases are placeholders that compile: empty labels falling into
// the default, Rust's todo!()).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { allMatches, captured } from '../../server/src/core/syntax/syntax';
import { missingCasesActions } from '../../server/src/core/writing/missingCases';
import { CHECKED_LANGUAGES, checkSources, newFindings, type CheckOutcome } from '../support/checkers';
import { loadAllGrammars } from '../support/grammars';
import { checkedSource, sourceDocuments, type SourceDocument } from '../support/sourceDocuments';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

interface Applied {
  readonly document: SourceDocument;
  readonly where: string;
  readonly result: string;
}

/** Every distinct action offered on a case label or map key of the document, applied. */
function applied(document: SourceDocument): Applied[] {
  const syntax = syntaxOf(document.text, document.languageId);
  if (!syntax) return [];
  const lines = document.text.split(/\r?\n/);
  const index = new OccurrenceIndex(document.text, document.languageId, catalog);
  const isCode = (line: number, start: number) => index.onLine(line).some((o) => o.start === start);
  const seen = new Set<string>();
  const text = TextDocument.create('file:///x', document.languageId, 1, document.text);
  return allMatches(syntax, 'cases').flatMap((match) => {
    const label = captured(match, 'label') ?? captured(match, 'key');
    if (!label) return [];
    return missingCasesActions(syntax, catalog, label.startIndex, (row) => lines[row] ?? '', isCode).flatMap((action) => {
      const key = JSON.stringify(action.insertions);
      if (seen.has(key)) return [];
      seen.add(key);
      const edits = action.insertions.map((i) => ({ range: { start: { line: i.line, character: i.character }, end: { line: i.line, character: i.character } }, newText: i.text }));
      return [{ document, where: `${document.file}:${label.startPosition.row + 1} ${action.title}`, result: TextDocument.applyEdits(text, edits) }];
    });
  });
}

/** C# 8 and later (switch expressions), which Mono's mcs, the C# checker here, does not parse: checked by the tree-sitter grammar alone. */
const BEYOND_MCS = /\bswitch\s*\{/;
const beyondChecker = (d: SourceDocument) => d.languageId === 'csharp' && BEYOND_MCS.test(d.text);
const everyDocument = sourceDocuments(['test/fixtures/placement', 'test/fixtures/missingCases']);
const all = everyDocument.filter((d) => !beyondChecker(d));

describe('missing cases pass the language’s own checker', () => {
  for (const language of CHECKED_LANGUAGES) {
    const docs = all.filter((d) => d.languageId === language);
    let actions: Applied[] = [];
    let outcome: CheckOutcome;
    before(async () => {
      await loadAllGrammars();
      actions = docs.flatMap(applied);
      outcome = await checkSources(language, [...docs.map((d) => checkedSource(d.file, d.text)), ...actions.map((a) => checkedSource(a.document.file, a.result))]);
    });

    it(`${language}: every action adds nothing the checker reports`, (t) => {
      assert.ok(actions.length > 0, `no action offered in the ${language} documents`);
      if ('missing' in outcome) return t.skip(outcome.missing);
      const { findings } = outcome;
      const problems = actions.flatMap((a, i) =>
        newFindings(findings[docs.indexOf(a.document)], findings[docs.length + i]).map((f) => `${a.where}: line ${f.line}: ${f.text}`),
      );
      t.diagnostic(`${actions.length} actions checked`);
      assert.deepEqual(problems, [], `new findings after adding missing cases:\n${problems.join('\n')}`);
    });
  }

  it('C# switch expressions, beyond mcs: every action leaves the grammar without an error or a missing node', async () => {
    await loadAllGrammars();
    const docs = everyDocument.filter(beyondChecker);
    const actions = docs.flatMap(applied);
    assert.ok(docs.length > 0 && actions.length > 0);
    const broken = actions.filter((a) => !docs.some((d) => d === a.document && syntaxOf(d.text, 'csharp')!.tree.rootNode.hasError) && syntaxOf(a.result, 'csharp')!.tree.rootNode.hasError);
    assert.deepEqual(broken.map((a) => a.where), []);
  });
});
