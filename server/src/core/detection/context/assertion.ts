import { normalizeKey } from '../vocabulary/vocabulary';
import type { Site } from './site';

/** Assertions that compare their arguments: `assertEquals(131051, e.code())`, Ruby `assert_equal 470, …`. */
const EQUALITY_ASSERTIONS = new Set(['assertequal', 'assertequals', 'assertsame', 'assertstrictequal', 'asserteq', 'equal', 'equals', 'areequal', 'strictequal']);
/** Matchers whose expected value is the argument: `expect(err.code).toBe(470)`, `assertThat(c).isEqualTo(470)`, `to eq(470)`. */
const MATCHERS = new Set(['tobe', 'toequal', 'tostrictequal', 'isequalto', 'eq', 'eql']);
const EXPECTATIONS = new Set(['expect', 'assertthat']);

/**
 * The key an assertion compares the candidate with, when it reads one: `assert_equal 470,
 * x.dig("errors", 0, "code")` → code, `Assert.Equal(131047, ex.Code)` → code. Undefined otherwise.
 */
export function assertedKey(site: Site): string | undefined {
  const { index } = site;
  if (site.kindAt(index - 1) === 'word' && EQUALITY_ASSERTIONS.has(normalizeKey(site.at(index - 1))) && site.at(index + 1) === ',') {
    return keyAmong(site, index + 2, site.tokens.length);
  }
  const open = site.enclosingOpen();
  // A macro's name ends with `!` (Rust's `assert_eq!(err.code, 131026)`).
  const name = site.at(open === undefined ? -1 : open - 1) === '!' ? open! - 2 : open! - 1;
  if (open === undefined || site.at(open) !== '(' || site.kindAt(name) !== 'word') return undefined;
  const call = normalizeKey(site.at(name));
  const close = site.matchingClose(open) ?? site.tokens.length;
  if (EQUALITY_ASSERTIONS.has(call)) return keyAmong(site, open + 1, close, index);
  if (!MATCHERS.has(call) || index !== open + 1) return undefined;
  // Back from the matcher to the expectation's argument: `expect(error.code).to eq(…)`.
  let i = open - 2;
  while (site.at(i) === '.' || site.at(i) === 'to' || site.at(i) === 'not') i--;
  const expectationOpen = site.at(i) === ')' ? site.bracketed.partner[i] : -1;
  if (expectationOpen < 0 || !EXPECTATIONS.has(normalizeKey(site.at(expectationOpen - 1)))) return undefined;
  return keyAmong(site, expectationOpen + 1, i);
}

/** The last name read in tokens [from, to), the candidate aside: `x.dig("errors", 0, "code")` → code. */
function keyAmong(site: Site, from: number, to: number, skip?: number): string | undefined {
  let key: string | undefined;
  for (let i = from; i < to; i++) {
    if (i === skip) continue;
    const kind = site.kindAt(i);
    if (kind === 'word' || kind === 'string') key = normalizeKey(site.contentAt(i));
  }
  return key;
}
