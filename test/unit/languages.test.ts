// The language profiles (shared/languages/languages.json) as the server reads them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { LANGUAGE_PROFILES, languageIdOfFile, parseProfiles, SERVED_LANGUAGE_IDS } from '../../shared/src/languages';
import { languageFor } from '../../server/src/core/language';
import { lex } from '../../server/src/core/lexer';
import manifest from '../../package.json';

const manifestLanguages = () => manifest.contributes.languages;

const kinds = (text: string, languageId: string) => lex(text, languageFor(languageId).syntax).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);

describe('language profiles', () => {
  it('serves SQL, reading -- as a comment', () => {
    assert.ok(SERVED_LANGUAGE_IDS.includes('sql'));
    assert.deepEqual(kinds("SELECT 470 -- 1015\n", 'sql'), ['word:SELECT', 'number:470', 'comment:-- 1015']);
  });

  it('reads Markdown, logs and unknown languages as prose: hover only', () => {
    for (const id of ['markdown', 'log', 'plaintext', 'jsonl', 'no-such-language']) {
      const language = languageFor(id);
      assert.equal(language.isText, true, id);
      assert.equal(language.snippets, undefined, id);
      assert.deepEqual(kinds("it's // 470", id), ['word:it', 'punct:\'', 'word:s', 'punct:/', 'punct:/', 'number:470'], id);
    }
    assert.equal(languageFor('typescript').isText, false);
  });

  it('inherits what a profile extends, and overrides it', () => {
    const tsx = languageFor('typescriptreact');
    assert.equal(tsx.snippets, 'typescript.json');
    assert.equal(tsx.statements?.await, 'async-functions-and-module');
    assert.equal(languageFor('javascript').snippets, 'javascript.json');
    assert.equal(languageFor('java').statements?.await, 'none');
  });

  it('names the switch and case keywords of each language', () => {
    const keywords = (id: string) => [languageFor(id).switchKeywords, languageFor(id).caseKeywords];
    assert.deepEqual(keywords('ruby'), [['case'], ['when']]);
    assert.deepEqual(keywords('kotlin'), [['when'], []]);
    assert.deepEqual(keywords('python'), [['match'], ['case']]);
    assert.deepEqual(keywords('go'), [['switch', 'select'], ['case']]);
    assert.deepEqual(keywords('php'), [['switch', 'match'], ['case']]);
    assert.deepEqual(keywords('csharp'), [['switch'], ['case']]);
    assert.deepEqual(keywords('json'), [[], []]);
  });

  it('gives every language with quick fixes a placement: braces, indentation, or blocks that end with a keyword read from the syntax tree', () => {
    for (const profile of LANGUAGE_PROFILES.filter((p) => p.snippets)) {
      const fromTree = profile.grammar !== undefined && fs.existsSync(`server/src/core/syntax/queries/${profile.grammar}/statements.scm`);
      assert.ok(['braces', 'indentation'].includes(profile.statements!.blocks) || fromTree, profile.id);
    }
  });

  it('stops at start-up on a broken profile, naming it', () => {
    const syntax = { lineComments: [], quotes: ['"'] };
    assert.throws(() => parseProfiles({ languages: { a: { extends: 'b' } } }), /"a" extends "b", which is not there/);
    assert.throws(() => parseProfiles({ languages: { a: { extends: 'a' } } }), /"a" extends itself/);
    assert.throws(() => parseProfiles({ languages: { a: { syntax, prose: true, snippets: 'a.json' } } }), /"a": prose has no statements/);
    const statements = { blocks: 'braces', switchKeywords: [], caseKeywords: [], await: 'none', topLevel: true };
    assert.throws(() => parseProfiles({ languages: { a: { syntax, prose: false, statements: { ...statements, await: 'dot' } } } }), /"statements.await" must be one of/);
    assert.throws(() => parseProfiles({ languages: { a: { syntax, prose: true, extensions: ['ts'] } } }), /"a": "extensions" must be a list of endings/);
  });

  it('knows a file’s language by the ending of its name, as VS Code does, each ending once', () => {
    assert.equal(languageIdOfFile('src/send.ts'), 'typescript');
    assert.equal(languageIdOfFile('src/View.TSX'), 'typescriptreact');
    assert.equal(languageIdOfFile('web/app.js'), 'javascript', 'not typescript’s, whose profile it extends');
    assert.equal(languageIdOfFile('logs/gateway.log'), 'log');
    assert.equal(languageIdOfFile('events.ndjson'), 'jsonl');
    assert.equal(languageIdOfFile('types.d.ts'), 'typescript');
    assert.equal(languageIdOfFile('a.dir/Makefile'), undefined);
    assert.equal(languageIdOfFile('image.png'), undefined);
    const endings = LANGUAGE_PROFILES.flatMap((p) => p.extensions);
    assert.equal(new Set(endings).size, endings.length);
    for (const profile of LANGUAGE_PROFILES) assert.ok(profile.extensions.length > 0, profile.id);
  });

  it('gives JSON Lines the endings package.json contributes for it', () => {
    const contributed: { id: string; extensions: string[] }[] = manifestLanguages();
    for (const { id, extensions } of contributed) assert.deepEqual(LANGUAGE_PROFILES.find((p) => p.id === id)?.extensions, extensions);
  });
});
