import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentedHelpers, handlerSnippet } from '../../shared/src/handlerSnippet';

const HANDLER = [
  "// 470 Re-engagement message: permanent – costs $0 to fix {really}",
  "alertOperator('CEQUENS 470 Re-engagement message', err); // your function: notifies the on-call team",
  'resendMessage(); // your function: repeats the failed request',
  'if (failed) resendMessage();',
].join('\n');

describe('the handler as a snippet', () => {
  it('finds the helpers the handler documents as the user\'s own', () => {
    assert.deepEqual([...documentedHelpers(HANDLER)], ['alertOperator', 'resendMessage']);
    assert.deepEqual([...documentedHelpers('send_template_message()  # your function: re-sends')], ['send_template_message']);
    assert.deepEqual([...documentedHelpers('await resend_message()  # your coroutine: repeats the failed request')], ['resend_message']);
  });

  it('makes each helper a tab stop (later uses mirror it), then each message, and escapes the rest', () => {
    const lines = handlerSnippet(HANDLER).split('\n');
    assert.equal(lines[0], '// 470 Re-engagement message: permanent – costs \\$0 to fix {really\\}');
    assert.equal(lines[1], "${1:alertOperator}('${3:CEQUENS 470 Re-engagement message}', err); // your function: notifies the on-call team");
    assert.equal(lines[2], '${2:resendMessage}(); // your function: repeats the failed request');
    assert.equal(lines[3], 'if (failed) $2();');
  });
});
