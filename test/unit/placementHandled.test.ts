import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { detect } from '../../server/src/core/detection/detect';
import { handlerInsertion } from '../../server/src/core/snippets/placement';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();

/** The handler the quick fix inserts on the first code of `text`. */
function handlerOn(text: string, languageId: string) {
  const [occurrence] = detect(text, languageId, catalog);
  return handlerInsertion(text, syntaxOf(text, languageId), languageId, occurrence, occurrence.entries[0])!;
}

const inserted = (insertion: { text: string }) => insertion.text.split('\n').filter((line) => line.trim() !== '');

describe('a case branch that already handles its code', () => {
  it('gets the handler as comments, below a line that says so, and no imports (TypeScript)', () => {
    const handled = handlerOn('// WhatsApp\nswitch (err.code) {\n  case 470:\n    queueTemplate(msg);\n    break;\n}\n', 'typescript');
    assert.equal(handled.commented, true);
    assert.ok(inserted(handled).every((line) => line.trimStart().startsWith('//')), handled.text);
    assert.match(handled.text, /\/\/ This branch already handles 470; the usual handler, to compare with:/);
    assert.deepEqual(handled.imports, []);
    const empty = handlerOn('// WhatsApp\nswitch (err.code) {\n  case 470:\n    break;\n}\n', 'typescript');
    assert.equal(empty.commented, false);
    assert.ok(inserted(empty).some((line) => /^\s*sendTemplateMessage\(\);/.test(line)), empty.text);
  });

  it('in Python too, where `pass` is no handling', () => {
    const handled = handlerOn('# WhatsApp\nmatch error["code"]:\n    case 470:\n        queue_template(msg)\n', 'python');
    assert.equal(handled.commented, true);
    assert.ok(inserted(handled).every((line) => line.trimStart().startsWith('#')), handled.text);
    assert.equal(handlerOn('# WhatsApp\nmatch error["code"]:\n    case 470:\n        pass\n', 'python').commented, false);
  });
});
