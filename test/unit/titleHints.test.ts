// Titles after bare codes: where they go, and the lines that already name their code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { namingsIn } from '../../server/src/core/syntax/namings';
import { MAX_HINT_LENGTH, titleHints } from '../../server/src/core/writing/titleHints';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();
const title = (code: number) => catalog.entriesForCode(code)[0].title;

/** Each hint as `line:character label`. */
function hintsOf(text: string, languageId: string): string[] {
  const index = new OccurrenceIndex(text, languageId, catalog);
  const syntax = syntaxOf(text, languageId)!;
  const occurrences = index.inLines(0, index.text.lineCount - 1);
  const namings = namingsIn(syntax, 0, text.length);
  return titleHints(occurrences, (line) => index.text.line(line), namings).map((h) => `${h.line}:${h.character} ${h.label}`);
}

describe('titles after bare codes', () => {
  it('follows a case label’s colon, and a compared code', () => {
    const text = '// WhatsApp\nswitch (err.code) {\n  case 470:\n    break;\n}\nif (err.code === 131056) retryLater();\n';
    assert.deepEqual(hintsOf(text, 'typescript'), [`2:11 ${title(470)}`, '5:23 Pair rate limit hit']);
  });

  it('cuts a long title', () => {
    const long = catalog.entries.find((e) => e.title.length > MAX_HINT_LENGTH + 5 && !e.title.startsWith('(') && !e.lastCode && catalog.entriesForCode(e.code).length === 1 && e.code > 100000)!;
    const [hint] = hintsOf(`// WhatsApp\nif (err.code === ${long.code}) fail();\n`, 'typescript');
    assert.ok(hint.endsWith('…') && hint.length <= `1:00 `.length + MAX_HINT_LENGTH + 1, hint);
    assert.ok(long.title.startsWith(hint.slice(hint.indexOf(' ') + 1, -1)));
  });

  it('is not shown where the line names the code: a comment, a named constant, a key naming it, the title itself', () => {
    const text = [
      '// WhatsApp error codes',
      'const RATE_LIMITED = 130429;',
      'const retry = { pairRateLimit: 131056 };',
      'switch (err.code) {',
      '  case 470: // re-engagement: send a template',
      `  case 131047: log("${title(131047)}");`,
      '}',
      "log('failed with 131026');",
    ].join('\n');
    assert.deepEqual(hintsOf(text, 'typescript'), []);
  });

  it('reads each language’s comments and constants from its tree', () => {
    const python = 'RATE_LIMITED = 130429  # WhatsApp\nmatch err.code:\n    case 470:\n        pass\n';
    assert.deepEqual(hintsOf(python, 'python'), [`2:13 ${title(470)}`]);
    const go = 'package wa\n\nconst ReEngagement = 470 // WhatsApp\n\nfunc f(e *WhatsAppError) {\n\tswitch e.Code {\n\tcase 470:\n\t}\n}\n';
    assert.deepEqual(hintsOf(go, 'go'), [`6:10 ${title(470)}`]);
    const rust = 'fn handle(err: &WhatsAppError) {\n    match err.code {\n        470 => send_template(),\n        _ => {}\n    }\n}\n';
    assert.deepEqual(hintsOf(rust, 'rust'), [`2:11 ${title(470)}`]);
  });
});
