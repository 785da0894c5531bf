import type { Catalog } from '../../../../../shared/src/catalog';
import type { LiteralContext } from '../../syntax/codes';
import { HTTP_STATUSES, identifierWords, isDistinctiveWhatsAppCode, mentionsWhatsApp, namesOtherKindOfCode, normalizeKey, NOT_CODE_WORDS } from '../vocabulary/vocabulary';
import { speaksOfErrors } from './words';

const CODE_WORDS = new Set(['code', 'codes', 'error', 'errors']);
const HTTP_WORDS = new Set(['http', 'status', 'response']);
const ERROR_WORDS = new Set(['error', 'errors', 'err']);

/** What the tree says of a number: not a code, a code (and what makes a small one a Graph error's), or nothing. */
export type TreeReading = 'not a code' | { readonly smallCode?: 'evident' | 'compared' } | undefined;

/**
 * A collection's members are codes together: beside a distinctive WhatsApp code (`[190, 131047]`,
 * `| 0 | 4 | 131047`) even its small members; in one named for errors (`RETRYABLE_ERROR_CODES`),
 * when all its numbers are codes. One named for durations, sizes or another kind of code
 * (`AREA_CODES`, `RETRY_DELAYS_MS`) holds none; nor one of HTTP statuses only (`httpStatus` the candidate's kind) not
 * named for WhatsApp (`HTTP_ERRORS = { BAD_REQUEST: 400 }`): a status anywhere else needs WhatsApp's name on it too.
 */
export function collectionReading({ members, names }: NonNullable<LiteralContext['collection']>, catalog: Catalog, httpStatus: boolean): TreeReading {
  const words = names.flatMap(identifierWords);
  if (names.some((name) => namesOtherKindOfCode(normalizeKey(name)))) return 'not a code';
  const numbers = members.map((m) => m.replace(/^["'`]|["'`]$/g, '').replaceAll('_', '')).filter((m) => /^\d+$/.test(m));
  const distinctive = numbers.filter(isDistinctiveWhatsAppCode).length;
  // Named for a quantity (`RETRY_DELAYS_MS`), unless also for codes (`BACKOFF_CODES`) or full of WhatsApp's (`RETRY_WITH_BACKOFF`).
  const quantity = words.some((w) => NOT_CODE_WORDS.has(w)) && !words.some((w) => CODE_WORDS.has(w));
  if (quantity && distinctive < 2) return 'not a code';
  if (httpStatus && numbers.every((n) => HTTP_STATUSES.has(Number(n))) && !names.some(mentionsWhatsApp)) return 'not a code';
  const uncatalogued = numbers.filter((n) => !isDistinctiveWhatsAppCode(n) && catalog.entriesForCode(Number(n)).length === 0).length;
  // An uncatalogued number (Graph's 32) may stand among codes only beside two distinctive ones.
  if (distinctive > 0 && numbers.length >= 2 && (uncatalogued === 0 || distinctive >= 2)) return { smallCode: 'evident' };
  if (speaksOfErrors(words) && uncatalogued === 0) return { smallCode: 'compared' };
  return undefined;
}

/**
 * A number passed to a call: no code where the call or its parameter speaks of closing, waiting or
 * sizes (`close(code=1000)`, `from_millis(1500)`); a code where it names a code (`mapMetaErrorCode(4)`),
 * unless another kind of code (`areaCode(470)`) or a member of a collection, which says more; where
 * it names an error (`error_meta(190, …)`), a code unless an HTTP status (`error(400, …)` is anyone's),
 * a small one only with a Graph error's signs near.
 */
export function callReading({ callee, parameter }: NonNullable<LiteralContext['call']>, inCollection: boolean, httpStatus: boolean): TreeReading {
  const words = [...identifierWords(callee), ...identifierWords(parameter ?? '')];
  if (words.some((w) => NOT_CODE_WORDS.has(w))) return 'not a code';
  if (inCollection || namesOtherKindOfCode(normalizeKey(callee))) return undefined;
  const calleeWords = identifierWords(callee);
  // `http_response_code(500)`, `setStatusCode(500)`: the server's own HTTP status.
  if (calleeWords.some((w) => HTTP_WORDS.has(w))) return 'not a code';
  if (calleeWords.some((w) => w === 'code' || w === 'codes')) return { smallCode: 'compared' };
  return !httpStatus && calleeWords.some((w) => ERROR_WORDS.has(w)) ? {} : undefined;
}
