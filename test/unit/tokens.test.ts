import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageFor } from '../../server/src/core/language';
import { CodeTokens } from '../../server/src/core/snippets/tokens';

describe('a document’s tokens, found by offset', () => {
  const text = 'if (err.code === 1015) {  // retry\n\tawait retry("later");\n}\n';
  const code = new CodeTokens(text, languageFor('typescript').syntax);

  it('at every offset, the token holding it and the first from it are those a scan of all tokens finds', () => {
    for (let offset = 0; offset <= text.length + 1; offset++) {
      const holding = code.tokens.findIndex((t) => t.start <= offset && offset < t.end);
      const from = code.tokens.findIndex((t) => t.start >= offset);
      assert.equal(code.indexAt(offset), holding, `indexAt(${offset})`);
      assert.equal(code.firstFrom(offset), from, `firstFrom(${offset})`);
    }
  });

  it('the code and the call after the comment are where they are written', () => {
    assert.equal(code.str(code.indexAt(text.indexOf('1015') + 2)), '1015');
    assert.equal(code.str(code.firstFrom(text.indexOf('// retry'))), 'await');
  });
});
