import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { catalogOf } from '../../shared/src/catalogSources';
import { catalogPatternOf } from '../../server/src/core/detection/candidates/catalogPattern';
import { followsCodeContext } from '../../server/src/core/detection/candidates/quantityKeys';
import { detect } from '../../server/src/core/detection/detect';

const catalog = new Catalog(cequensEntries());
const codesIn = (text: string, languageId = 'log') => detect(text, languageId, catalog).map((o) => text.slice(o.start, o.end));

describe('values of keys that name a quantity or an id', () => {
  it('are not codes in a log, next to keys that are', () => {
    const line = 'WARN [send] attempt_count=3 port=1010 "duration_ms": 1000 msg_id=1013 error_code=1008 max_retries=4 code=1026';
    assert.deepEqual(codesIn(line), ['1008', '1026']);
    assert.deepEqual(codesIn('WARN [send] port="1010" msg_id=\'1013\' error_code="1008"'), ['1008']);
  });

  it('still allow an enum member named after its title in code', () => {
    const source = '// WhatsApp errors\nenum WaErrorCode {\n  SpamRateLimit = 471,\n  TemplateParamCountMismatch = 2000,\n}\n';
    assert.deepEqual(codesIn(source, 'typescript'), ['471', '2000']);
  });
});

describe("a log's pattern and the code context before small codes", () => {
  const cloud = catalogOf();
  const { pattern, logPattern } = catalogPatternOf(cloud);
  const matchesAt = (text: string, offset: number, search = logPattern) => {
    search.lastIndex = offset;
    return search.exec(text)?.index === offset;
  };

  it('matches a small code wherever the code pattern does and followsCodeContext accepts it (random contexts)', () => {
    const before = ['', 'x', ' ', '"', "'", '\t', 'attempt', 'status', 'error', 'Error', 'ERR_NO', 'errno', 'error_code', 'errorCode', 'reason_code', 'code_', 'CODE', 'Failure', 'exception', 'codes', 'err', 'xerr'];
    const glue = ['', '=', ':', ' = ', '": ', "'=", ' ', '#', '(', '[', ',', ' , ', '/', '.', '-', '(#', '"', '::', '==', '="', '": "', " = '"];
    let seed = 7;
    // A 32-bit LCG in integer arithmetic (a float product loses bits past 2^53 and repeats).
    const pick = <T>(items: readonly T[]) => items[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % items.length];
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      const prefix = [pick(before), pick(glue), pick(before), pick(glue), pick(glue)].join('');
      const code = pick(['190', '4', '0', '200', '368', '33']);
      const text = `${prefix}${code} tail`;
      if (!matchesAt(text, prefix.length, pattern) || !followsCodeContext(text, prefix.length)) continue;
      accepted++;
      assert.ok(matchesAt(text, prefix.length), `the log pattern misses ${JSON.stringify(text)}`);
    }
    assert.ok(accepted > 1000, `only ${accepted} random contexts were accepted`);
  });

  it('a quoted small code after its key is a code (`code="190"`, `error_code: "368"`), as an unquoted one is', () => {
    const codes = (text: string) => detect(text, 'log', cloud).map((o) => text.slice(o.start, o.end));
    for (const line of ['level=error msg="whatsapp send failed" code=190', 'level=error msg="whatsapp send failed" code="190"', 'whatsapp send failed error_code: "368" retrying']) {
      assert.deepEqual(codes(line), [/(\d+)\D*$/.exec(line)![1]], line);
    }
    assert.deepEqual(codes('level=info msg="whatsapp message sent" status="200" attempt="1"'), []);
  });

  it('does not match the small numbers of a log with no code before them', () => {
    for (const text of ['attempt=1 of 3', 'GET /tokens 200 12ms', '2025-03-14T09:00:07Z', 'idle=4 active=2']) {
      logPattern.lastIndex = 0;
      assert.equal(logPattern.exec(text), null, text);
    }
    assert.ok(matchesAt('error_code=190', 11) && matchesAt('(#4)', 2) && matchesAt('"code": 0,', 8));
  });
});
