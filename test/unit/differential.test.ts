import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseOf, check } from '../fuzz/differential';

describe('occurrence index, differential', () => {
  it('after random edits to random documents (code, logs, noise, huge and long-lined) equals a fresh scan: 300 fixed seeds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const divergence = check(caseOf(seed));
      assert.equal(divergence, undefined, `seed ${seed}: npm run fuzz -- --cases 1 --seed ${seed}`);
    }
  });
});
