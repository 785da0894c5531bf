// Measures the detector on batches of real shapes from projects it was not tuned on, labelled before
// it ran: test/fixtures/detection/unseen/, heldout2/, heldout3/, heldout4/, heldout5/, heldout6/ and heldout7/. The measure is the issue's, per batch: for
// each catalog, precision of at least 0.98 and recall of at least 0.95, and no card at all in a trap file.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { checkFile, corpusFiles, describeScores, precision, recall, score, type FileResult } from '../support/detectionCorpus';

const catalog = catalogOf();
/** Each batch, and the fewest codes of each catalog it must mark for its measure to mean something. */
const BATCHES = [
  { folder: 'unseen', fewestMarked: 20 },
  // The second batch holds fewer table codes: most public WhatsApp code now speaks the Cloud API.
  { folder: 'heldout2', fewestMarked: 15 },
  { folder: 'heldout3', fewestMarked: 15 },
  { folder: 'heldout4', fewestMarked: 15 },
  { folder: 'heldout5', fewestMarked: 15 },
  { folder: 'heldout6', fewestMarked: 15 },
  { folder: 'heldout7', fewestMarked: 15 },
];

for (const { folder, fewestMarked } of BATCHES) {
  const files = corpusFiles(path.resolve('test/fixtures/detection', folder));
  const traps = files.filter((file) => path.basename(file).startsWith('trap-'));
  let results: FileResult[] = [];

  describe(`detector on the ${folder} batch`, () => {
    before(() => {
      results = files.map((file) => checkFile(file, catalog));
    });

    it('holds at least 0.98 precision and 0.95 recall for each catalog', (t) => {
      const scores = score(results, catalog);
      t.diagnostic(describeScores(scores));
      const problems = results.flatMap((r) => r.problems.map((p) => `${path.basename(r.file)}: ${p.message}`));
      for (const [name, s] of Object.entries(scores)) {
        assert.ok(s.marked >= fewestMarked, `${name}: only ${s.marked} codes marked`);
        assert.ok(precision(s) >= 0.98 && recall(s) >= 0.95, `${name}: ${describeScores(scores)}\n  ${problems.join('\n  ')}`);
      }
    });

    for (const trap of traps) {
      it(`gives no card in ${path.basename(trap)}`, () => {
        assert.deepEqual(results.find((r) => r.file === trap)!.problems.map((p) => p.message), []);
      });
    }
  });
}
