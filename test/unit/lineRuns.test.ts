import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineRuns } from '../../server/src/core/lineRuns';

function drain(runs: LineRuns, most = Infinity): [number, number][] {
  const taken: [number, number][] = [];
  for (let run = runs.take(most); run; run = runs.take(most)) taken.push(run);
  return taken;
}

describe('lines left to read again', () => {
  it('keeps runs apart, joins those that touch, and gives them in order, a few lines at a time', () => {
    const runs = new LineRuns();
    runs.add(100, 200);
    runs.add(10, 20);
    runs.add(20, 30);
    assert.deepEqual(drain(runs, 60), [[10, 30], [100, 160], [160, 200]]);
    assert.equal(runs.isEmpty, true);
  });

  it('after an edit, a run elsewhere keeps what was read of it: the reading goes on where it was, not from the edit', () => {
    const runs = new LineRuns();
    runs.add(0, 10_000);
    runs.take(4_000);
    runs.splice(50, 1, 3); // a line above the run became three
    runs.add(50, 53); // the edited lines, read without a tree
    assert.deepEqual(drain(runs), [[50, 53], [4_002, 10_002]]);
  });

  it('a run across an edit takes the lines that replaced it', () => {
    const runs = new LineRuns();
    runs.add(10, 20);
    runs.splice(15, 10, 2);
    assert.deepEqual(drain(runs), [[10, 17]]);
  });
});
