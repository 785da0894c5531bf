import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import { detect } from '../../server/src/core/detection/detect';

const catalog = new Catalog(cequensEntries());
const codesIn = (text: string, languageId = 'log') => detect(text, languageId, catalog).map((o) => text.slice(o.start, o.end));

describe('values of keys that name a quantity or an id', () => {
  it('are not codes in a log, next to keys that are', () => {
    const line = 'WARN [send] attempt_count=3 port=1010 "duration_ms": 1000 msg_id=1013 error_code=1008 max_retries=4 code=1026';
    assert.deepEqual(codesIn(line), ['1008', '1026']);
  });

  it('still allow an enum member named after its title in code', () => {
    const source = '// WhatsApp errors\nenum WaErrorCode {\n  SpamRateLimit = 471,\n  TemplateParamCountMismatch = 2000,\n}\n';
    assert.deepEqual(codesIn(source, 'typescript'), ['471', '2000']);
  });
});
