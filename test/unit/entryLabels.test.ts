import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { entrySummary } from '../../client/src/ui/entryLabels';

const catalog = catalogOf();
const only = (code: number) => catalog.entriesForCode(code)[0];

describe('the look-up quick pick', () => {
  it('finds an entry by its twins\' numbers: typing 470 matches 131047, and 131047 matches 470', () => {
    assert.match(entrySummary(only(131047)), /= On-Premises 470\b/);
    assert.match(entrySummary(only(470)), /= Cloud API 131047\b/);
    assert.match(entrySummary(only(470)), /= Twilio 63016\b/);
    assert.doesNotMatch(entrySummary(only(1004)), /=/, 'no twins, none shown');
  });
});
