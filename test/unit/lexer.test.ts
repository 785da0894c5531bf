import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageFor } from '../../server/src/core/language';
import { lex, tokenText } from '../../server/src/core/lexer';

const tokens = (languageId: string, text: string) =>
  lex(text, languageFor(languageId).syntax).map((t) => `${t.kind}:${tokenText(text, t)}`);

describe('lexer', () => {
  it('keeps a code apart from the punctuation around it', () => {
    assert.deepEqual(tokens('typescript', 'err.code===1015'), ['word:err', 'punct:.', 'word:code', 'punct:===', 'number:1015']);
    // A sentence's period is not the number's: "The code is 131056."
    assert.deepEqual(tokens('log', 'is 131056. Then 1.0.1001'), ['word:is', 'number:131056', 'punct:.', 'word:Then', 'number:1.0.1001']);
  });

  it('reads numbers that are something else as one token', () => {
    const text = '0x1008 1.1008 1000ms 1_000 2010-05-01 10:10:15 1000-2000';
    assert.deepEqual(
      lex(text, languageFor('log').syntax).map((t) => tokenText(text, t)),
      ['0x1008', '1.1008', '1000ms', '1_000', '2010-05-01', '10:10:15', '1000-2000'],
    );
  });

  it('knows each language family’s strings and comments', () => {
    assert.deepEqual(tokens('python', "x = '470' # 1015"), ['word:x', 'punct:=', "string:'470'", 'comment:# 1015']);
    assert.deepEqual(tokens('typescript', 'a /* 470 */ `1015`'), ['word:a', 'comment:/* 470 */', 'string:`1015`']);
    assert.deepEqual(tokens('php', "$e['code'] # 470"), ['word:$e', 'punct:[', "string:'code'", 'punct:]', 'comment:# 470']);
    assert.deepEqual(tokens('python', 'x = """a\n470"""'), ['word:x', 'punct:=', 'string:"""a\n470"""']);
  });

  it("reads Rust's raw strings whole, quotes inside and all; an `r` elsewhere is a word", () => {
    assert.deepEqual(tokens('rust', 'parse(r#"{"code":4}"#)'), ['word:parse', 'punct:(', 'string:r#"{"code":4}"#', 'punct:)']);
    assert.deepEqual(tokens('rust', 'let p = r"C:\\x"; br##"a"#b"##'), ['word:let', 'word:p', 'punct:=', 'string:r"C:\\x"', 'punct:;', 'string:br##"a"#b"##']);
    assert.deepEqual(tokens('rust', 'r + r#x'), ['word:r', 'punct:+', 'word:r', 'punct:#', 'word:x']);
    assert.deepEqual(tokens('typescript', 'r"4"'), ['word:r', 'string:"4"']);
  });

  it('reads logs as text: no comments, apostrophes are not quotes', () => {
    assert.deepEqual(tokens('log', "isn't #470"), ['word:isn', 'punct:\'', 'word:t', 'punct:#', 'number:470']);
  });

  it('skips escaped quotes and stops an open string at the line end', () => {
    assert.deepEqual(tokens('typescript', '"a\\"b" x'), ['string:"a\\"b"', 'word:x']);
    assert.deepEqual(tokens('typescript', '"open\nnext'), ['string:"open', 'word:next']);
  });

  it('pairs backslashes: an escaped backslash does not escape the quote after it', () => {
    assert.deepEqual(tokens('typescript', '"a\\\\" 470'), ['string:"a\\\\"', 'number:470']);
    assert.deepEqual(tokens('typescript', '"a\\\\\\"" 470'), ['string:"a\\\\\\""', 'number:470']);
    // A backslash before the line break continues the string on the next line.
    assert.deepEqual(tokens('python', "'a\\\n470' x"), ["string:'a\\\n470'", 'word:x']);
    assert.deepEqual(tokens('python', "'''a\\''' 470''' x"), ["string:'''a\\''' 470'''", 'word:x']);
  });

  it('reads the longest operator', () => {
    assert.deepEqual(tokens('go', 'a:=b!==c!=d::e'), ['word:a', 'punct::=', 'word:b', 'punct:!==', 'word:c', 'punct:!=', 'word:d', 'punct:::', 'word:e']);
  });
});
