// Measures the detector on test/fixtures/detection/unseen/: real shapes from projects it was not
// tuned on, labelled before it ran. The measure is the issue's: for each catalog, precision of at
// least 0.98 and recall of at least 0.95, and no card at all in a trap file.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { checkFile, corpusFiles, describeScores, precision, recall, score } from '../support/detectionCorpus';

const UNSEEN = path.resolve('test/fixtures/detection/unseen');
const catalog = catalogOf();
const results = corpusFiles(UNSEEN).map((file) => checkFile(file, catalog));

describe('detector on the unseen batch', () => {
  it('holds at least 0.98 precision and 0.95 recall for each catalog', (t) => {
    const scores = score(results, catalog);
    t.diagnostic(describeScores(scores));
    const problems = results.flatMap((r) => r.problems.map((p) => `${path.basename(r.file)}: ${p.message}`));
    for (const [name, s] of Object.entries(scores)) {
      assert.ok(s.marked >= 20, `${name}: only ${s.marked} codes marked`);
      assert.ok(precision(s) >= 0.98 && recall(s) >= 0.95, `${name}: ${describeScores(scores)}\n  ${problems.join('\n  ')}`);
    }
  });

  for (const result of results.filter((r) => path.basename(r.file).startsWith('trap-'))) {
    it(`gives no card in ${path.basename(result.file)}`, () => {
      assert.deepEqual(result.problems.map((p) => p.message), []);
    });
  }
});
