import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineText, type Position } from '../../server/src/core/lineText';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** The lines of the reference document as LSP counts them: "\n", "\r\n" and a lone "\r" end a line. */
function referenceLines(document: TextDocument): string[] {
  return Array.from({ length: document.lineCount }, (_, line) =>
    document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$|\r$/, ''),
  );
}

/**
 * The reference: the edit applied by vscode-languageserver-textdocument to a document made fresh
 * from the text, whose lines are then read fresh again (its incremental line table does not join a
 * lone "\r" with a "\n" an edit puts after it).
 */
function applied(text: string, start: Position, end: Position, inserted: string): string {
  return TextDocument.update(TextDocument.create('file:///reference', 'log', 1, text), [{ range: { start, end }, text: inserted }], 2).getText();
}
const linesIn = (text: string) => referenceLines(TextDocument.create('file:///reference', 'log', 1, text));

/** Our lines without the "\r" a line keeps before its line break. */
function linesOf(text: LineText): string[] {
  return Array.from({ length: text.lineCount }, (_, line) => text.line(line).replace(/\r$/, ''));
}

describe('LineText', () => {
  it('counts lines as LSP does: a lone "\\r" ends a line, as "\\n" and "\\r\\n" do', () => {
    const plain = 'INFO start\rERROR code=1008\r\nWARN retry\r\rdone\n';
    assert.deepEqual(linesOf(new LineText(plain)), referenceLines(TextDocument.create('file:///a.log', 'log', 1, plain)));
  });

  it('reads a line as the text between line breaks: the text of lines joined by "\\n"', () => {
    const text = new LineText('a\rb\r\nc\nd');
    assert.equal(text.lineCount, 4);
    assert.equal(text.text(1, 3), 'b\r\nc');
    assert.equal(text.offsetOfLine(2), 'a\r\nb\r\n'.length);
  });

  it('clamps edits as vscode-languageserver-textdocument does: past a CRLF line, past the end, negative, reversed', () => {
    const plain = 'ab\r\ncd\nef';
    const cases: [Position, Position][] = [
      [{ line: 0, character: 9 }, { line: 0, character: 9 }], // past a CRLF line's end: before "\r", not between "\r" and "\n"
      [{ line: 7, character: 0 }, { line: 9, character: 4 }], // past the last line
      [{ line: -1, character: 3 }, { line: 0, character: 1 }], // negative numbers
      [{ line: 1, character: 1 }, { line: 0, character: 1 }], // a reversed range
    ];
    for (const [start, end] of cases) {
      const text = new LineText(plain);
      text.replace(start, end, 'X');
      assert.deepEqual(linesOf(text), linesIn(applied(plain, start, end, 'X')), JSON.stringify([start, end]));
    }
  });

  it('joins a lone "\r" and a "\n" that an edit brings next to it into one line break', () => {
    const typed = new LineText('a\rb');
    typed.replace({ line: 1, character: 0 }, { line: 1, character: 0 }, '\n');
    assert.deepEqual(linesOf(typed), ['a', 'b']);
    const deleted = new LineText('a\rX\nb');
    deleted.replace({ line: 1, character: 0 }, { line: 1, character: 1 }, '');
    assert.deepEqual(linesOf(deleted), ['a', 'b']);
  });

  it('reads lines and ranges of lines like the reference, through random edits with every kind of line break', () => {
    const next = random(11);
    const pieces = ['code=1008 ', '\n', 'abc', '\r\n', '\r', 'é', '', '\n\n', 'x'.repeat(40), 'old mac\rline', '\r\r'];
    const piece = () => pieces[Math.floor(next() * pieces.length)];
    let plain = Array.from({ length: 60 }, piece).join('');
    const text = new LineText(plain);
    for (let edit = 0; edit < 600; edit++) {
      const lines = linesIn(plain);
      assert.deepEqual(linesOf(text), lines, `after ${edit} edits`);
      const from = Math.floor(next() * lines.length);
      const to = from + Math.floor(next() * (lines.length - from + 1));
      assert.deepEqual(text.text(from, to).split('\n').map((l) => l.replace(/\r$/, '')), to > from ? lines.slice(from, to) : ['']);
      const position = (): Position => ({ line: Math.floor(next() * (lines.length + 2)) - 1, character: Math.floor(next() * 50) - 2 });
      const [start, end] = [position(), position()];
      const inserted = Array.from({ length: Math.floor(next() * 3) }, piece).join('');
      text.replace(start, end, inserted);
      plain = applied(plain, start, end, inserted);
    }
  });
});
