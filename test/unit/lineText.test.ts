import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineText, type Position } from '../../server/src/core/lineText';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** The offset of a position in `text`, clamped as LSP wants. */
function offsetAt(text: string, { line, character }: Position): number {
  const lines = text.split('\n');
  if (line >= lines.length) return text.length;
  const start = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
  return start + Math.min(character, lines[line].length);
}

describe('LineText', () => {
  it('reads lines, ranges of lines, offsets and prefixes like the plain text, through random edits', () => {
    const next = random(11);
    const pieces = ['code=1008 ', '\n', 'abc', '\r\n', 'é', '', '\n\n', 'x'.repeat(40)];
    const piece = () => pieces[Math.floor(next() * pieces.length)];
    let plain = Array.from({ length: 60 }, piece).join('');
    const text = new LineText(plain);
    for (let edit = 0; edit < 300; edit++) {
      const lines = plain.split('\n');
      assert.equal(text.lineCount, lines.length);
      const from = Math.floor(next() * lines.length);
      const to = from + Math.floor(next() * (lines.length - from + 1));
      assert.equal(text.text(from, to), lines.slice(from, to).join('\n'), `text(${from}, ${to}) after ${edit} edits`);
      assert.equal(text.line(from), lines[from]);
      assert.equal(text.offsetOfLine(from), offsetAt(plain, { line: from, character: 0 }));
      assert.equal(text.prefix(25), plain.slice(0, 25));
      assert.equal(text.text(), plain);
      const position = (): Position => ({ line: Math.floor(next() * (lines.length + 1)), character: Math.floor(next() * 50) });
      let [start, end] = [position(), position()];
      if (offsetAt(plain, end) < offsetAt(plain, start)) [start, end] = [end, start];
      const inserted = Array.from({ length: Math.floor(next() * 3) }, piece).join('');
      text.replace(start, end, inserted);
      plain = plain.slice(0, offsetAt(plain, start)) + inserted + plain.slice(offsetAt(plain, end));
    }
    assert.equal(text.text(), plain);
  });
});
