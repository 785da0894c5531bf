import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeEndBefore, codeFrom, commentAcross } from '../../server/src/core/syntax/codeText';
import { syntaxOf } from '../support/syntax';

describe('where code is, past whitespace and the tree’s comments', () => {
  it('a comment that goes on below a line crosses its end; one that ends there does not, though its node holds the line break (Rust’s `///`)', () => {
    const rust = 'fn f(code: u32) {\n    match code {\n        470 => retry(), /// doc\n        _ => {}\n    }\n}\n';
    const lineEnd = rust.indexOf('\n', rust.indexOf('/// doc'));
    assert.equal(commentAcross(syntaxOf(rust, 'rust')!, rust, lineEnd), undefined);
    const ts = 'retry(); /* one\n two */\nnext();\n';
    assert.equal(commentAcross(syntaxOf(ts, 'typescript')!, ts, ts.indexOf('\n'))?.startIndex, ts.indexOf('/*'));
  });

  it('the next code and the end of the code before skip comments', () => {
    const ts = 'a(); /* x */ b(); // y\nc();\n';
    const tree = syntaxOf(ts, 'typescript')!;
    assert.equal(codeFrom(tree, ts, 4), ts.indexOf('b()'));
    assert.equal(codeEndBefore(tree, ts, ts.indexOf('c()')), ts.indexOf('b();') + 4);
  });
});
