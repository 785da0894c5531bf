import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageIdOfFile, profileFor } from '../../shared/src/languages';
import { SourceTree } from '../../server/src/core/syntax/sourceTree';
import { caseOf, check, random } from '../fuzz/differential';
import { grammars } from '../support/syntax';

describe('occurrence index, differential', () => {
  it('after random edits to random documents (code, logs, noise, huge and long-lined) equals a fresh scan, and its syntax tree a fresh parse: 300 fixed seeds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const divergence = check(caseOf(seed), grammars);
      assert.equal(divergence, undefined, `seed ${seed}: npm run fuzz -- --cases 1 --seed ${seed}`);
    }
  });
});

describe('syntax tree kept through edits', () => {
  it('equals a fresh parse of each sample after random edits and their undoing, one at a time and in slices', () => {
    const samples = readdirSync('samples', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && profileFor(languageIdOfFile(f.name) ?? '')?.grammar);
    assert.ok(samples.length >= 7, 'no samples to edit');
    for (const [n, file] of samples.entries()) {
      const languageId = languageIdOfFile(file.name)!;
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      const language = grammars.ifLoaded(profileFor(languageId)!.grammar!)!;
      const fresh = new SourceTree(language, text);
      fresh.parse();
      const kept = new SourceTree(language, text);
      kept.parse();
      const next = random(n + 1);
      for (let round = 0; round < 20; round++) {
        // An edit, parsed (part-way, now and then), then undone: the text is the sample again.
        const document = TextDocument.create('file:///x', languageId, 1, kept.text);
        const start = Math.floor(next() * text.length);
        const end = Math.min(text.length, start + Math.floor(next() * 40));
        const removed = kept.text.slice(start, end);
        const inserted = ['', '{', '"', '/*', 'é😀\n', '\r\n', 'case 470:'][Math.floor(next() * 7)];
        kept.edit(document.positionAt(start), document.positionAt(end), inserted);
        kept.parse(next() < 0.5 ? 0 : Infinity);
        const edited = TextDocument.create('file:///x', languageId, 2, kept.text);
        kept.edit(edited.positionAt(start), edited.positionAt(start + inserted.length), removed);
        if (next() < 0.5) kept.parse(0);
      }
      while (!kept.parse(1));
      assert.equal(kept.text, text);
      assert.equal(kept.current!.rootNode.toString(), fresh.current!.rootNode.toString(), file.name);
      kept.dispose();
      fresh.dispose();
    }
  });
});
