import type { Catalog } from '../../../../../shared/src/catalog';
import type { Language } from '../../language';
import { escapeRegExp } from '../candidates/catalogPattern';
import type { Candidate } from '../candidates/findCandidates';
import { isElementOfErrorBlock, isEnumMember } from '../context/block';
import { caseListHolds, isAssignedErrorCode, isAssignedOtherKindOfCode, RESPONSE_CODE, isCaseLabel, labelAboveHolds, subjectOf, switchSubject, type SwitchSubject } from '../context/caseLabel';
import { assertedKey } from '../context/assertion';
import { codeKindOf, holdsDistinctiveCode, isInCodeCollection, isKeyOfCodePairs, numberKind, type CodeKindAt } from '../context/collection';
import { comparedExpression, comparedObject, isCompared, keyOf } from '../context/comparedKey';
import { callReading, collectionReading, type TreeReading } from '../context/literal';
import { Site } from '../context/site';
import { columnHeader } from '../context/table';
import type { LiteralContext, LiteralContexts } from '../../syntax/codes';
import { switchAround } from '../../syntax/switches';
import { treeSwitchOf } from '../context/switchLabels';
import { carriesOtherMessage, closesSocket, followsCodeWord, followsErrorWord, followsHttp, isFollowedByTextualCode, isFollowedByTitleWords, speaksOfErrors, isNextToCode, isNextToTitle, isParenthesizedBeforeItsText } from '../context/words';
import type { Occurrence } from '../occurrence';
import { CODE_KEYS, everydayTier, HTTP_STATUSES, type EverydayTier, isDistinctiveTextualCode, identifierWords, isDistinctiveWhatsAppCode, mentionsWhatsApp, namesOtherKindOfCode, namesWhatsAppApi, normalizeKey, NOT_CODE_WORDS, showsGraphError, STATUS_KEYS, STRING_CODE_KEYS, SUBCODE_KEYS } from '../vocabulary/vocabulary';
import { comparisonOf } from '../context/comparison';
import { namesEntry, pick } from './entry';
import { fileNamesWhatsApp, namedAbove, namesProviderSharingIt, showsGraphContext, namesWhatsApp, speaksForOtherProvider, type FileHead, type WhatsAppScope } from './whatsappNearby';

/** A server's own HTTP response, where a status is never a WhatsApp code: res.status(500). */
const OWN_RESPONSE = /\b(?:status|sendStatus|WriteHeader|abort|http_response_code|StatusCode|HttpResponse\w*|ResponseEntity|HTTPException|JsonResponse|Response)\s*\(/;

interface Verdict {
  readonly isCaseLabel: boolean;
  /** The context alone could be anyone's HTTP status: WhatsApp must be named nearby. */
  readonly needsWhatsApp: boolean;
  /** Where WhatsApp must be named: the line, the response a status is read from, or (unset) nearby. */
  readonly scope?: WhatsAppScope;
  /**
   * What makes a small Cloud code (`190`, `0`) a Graph error's: its site alone (a list with a
   * distinctive code, its own title), or a comparison with an error's code; otherwise signs nearby.
   */
  readonly smallCode?: 'evident' | 'compared';
}

/** What numbers and textual codes read differently in the same context. */
interface Traits {
  /** Keys that make the value assigned to or compared with them a code (`code`, `error`; `title` for TOKEN). */
  readonly codeKeys: ReadonlySet<string>;
  /** Keys of an HTTP status: a number there is a code only where WhatsApp is named. A word is no status. */
  readonly statusKeys: ReadonlySet<string>;
  /** Words of a switch subject that make its case labels codes: `switch (err.kind)`. */
  readonly subjectWords: readonly string[];
}

const NUMBER_TRAITS: Traits = { codeKeys: new Set([...CODE_KEYS, 'error', 'err']), statusKeys: STATUS_KEYS, subjectWords: ['error', 'err'] };
const TEXTUAL_TRAITS: Traits = { codeKeys: new Set([...CODE_KEYS, ...STRING_CODE_KEYS]), statusKeys: new Set(), subjectWords: ['error'] };

/** A candidate in its site, as the rules of the chain read it. */
interface Judged {
  readonly site: Site;
  readonly candidate: Candidate;
  /** Its branch keywords (`switch`/`case`, Ruby's `case`/`when`) say what a case label is. */
  readonly language: Language;
  readonly traits: Traits;
  /** A number that is also an HTTP status (401, 429, 500): whatever says "code", WhatsApp must be named too. */
  readonly httpLike: boolean;
  /** A small Cloud code (0–4, 10, 100, 190, 200–299, 368): which context it needs. */
  readonly tier: EverydayTier | undefined;
  readonly codeKind: CodeKindAt;
  readonly catalog: Catalog;
  /** The number's context on the syntax tree, where the document has one (read when asked). */
  readonly literal: () => LiteralContext | undefined;
  readonly literals: LiteralContexts | undefined;
  readonly fileHead: FileHead;
}

const NOT_A_CODE = 'not a code';
/** Words that open a function head (Elixir's `def`, `defp`), whose literal arguments are patterns it matches. */
const DEFINITIONS = new Set(['def', 'defp']);
const ERROR_NAME_WORDS = new Set(['error', 'errors', 'err', 'code', 'codes']);
/** A rule's answer: a code, not a code, or (undefined) no say, so the next rule is asked. */
type Ruling = Verdict | typeof NOT_A_CODE | undefined;

const code = (judged: Judged, verdict: Partial<Verdict> = {}): Verdict => ({ isCaseLabel: false, needsWhatsApp: judged.httpLike, ...verdict });
const inText = (judged: Judged) => judged.site.mode === 'text';

/** The rules, asked in order: the first with a say decides. */
const CHAIN: readonly ((judged: Judged) => Ruling)[] = [
  /** `132000..132999`, `200...299`: a number joined to another by dots is a range's bound, in code or in a comment. */
  function joinedRange(judged) {
    return isJoinedByDots(judged.site) ? NOT_A_CODE : undefined;
  },
  /** `"401": { "message": … }`: an HTTP status keying a section (Make's error sections, OpenAPI's responses) is that status. */
  function statusKeyedSection(judged) {
    const { site } = judged;
    const next = site.at(site.index + 1);
    return judged.httpLike && (next === ':' || next === '=>') && site.at(site.index + 2) === '{' ? NOT_A_CODE : undefined;
  },
  /** In code a bare TOKEN is a name; it is the code only as a key of a map of codes. */
  function nameInCode(judged) {
    const { site, codeKind } = judged;
    if (site.mode !== 'code' || site.value.kind !== 'word') return undefined;
    const next = site.at(site.index + 1);
    const isMapKey = next === ':' || next === '=>';
    return isMapKey && (isInCodeCollection(site, codeKind) || isElementOfErrorBlock(site, codeKind)) ? code(judged) : NOT_A_CODE;
  },
  /** Quoted in code, or written in prose and logs, MISSING_TOKEN is that code: no name reads so. */
  function distinctiveTextualCode(judged) {
    const { stringCode } = judged.candidate;
    return stringCode && isDistinctiveTextualCode(stringCode) ? code(judged) : undefined;
  },
  /** On the syntax tree: a call's argument, a match arm's pattern, a collection's member (see context/literal.ts). */
  function onTheTree(judged) {
    const context = judged.candidate.stringCode || judged.site.mode !== 'code' ? undefined : judged.literal();
    if (!context) return undefined;
    const call = context.call ? fromTree(judged, callReading(context.call, context.collection !== undefined, judged.httpLike)) : undefined;
    if (call) return call;
    if (context.label) {
      const subject = switchAround(judged.literals!.syntax, judged.literals!.offsetOf(judged.site.value.innerStart))?.subject.text;
      return subject === undefined ? undefined : caseLabelRuling(judged, subjectOf(subject));
    }
    return context.collection ? fromTree(judged, collectionReading(context.collection, judged.catalog, judged.httpLike && !judged.tier)) : undefined;
  },
  /** `code: 470`, `err.code === 1015`; a status (`res.status === 429`) needs WhatsApp named. */
  function assignedOrComparedKey(judged) {
    const { site, traits } = judged;
    const key = keyOf(site);
    if (key === undefined) return undefined;
    if (closesSocket(site)) return NOT_A_CODE;
    // `error_subcode`: Graph's own subcodes (33, 463) share numbers with small codes; WhatsApp's there are distinctive (2388293).
    if (SUBCODE_KEYS.has(key)) return isDistinctive(judged) ? code(judged, isCompared(site) ? { smallCode: 'compared' } : {}) : NOT_A_CODE;
    // `response.code == 429`: an HTTP response's code is its status (Net::HTTP, HTTParty), read as a status below.
    const responseStatus = judged.httpLike && isCompared(site) && RESPONSE_CODE.test(comparedExpression(site) ?? '');
    if (traits.codeKeys.has(key) && !responseStatus) {
      // The body of the server's own answer (`res.status(400).json({ code: 400 })`) repeats its HTTP status.
      if (judged.httpLike && !isCompared(site) && OWN_RESPONSE.test(site.lineText)) return NOT_A_CODE;
      if (!isCompared(site) && carriesOtherMessage(site, judged.candidate.entries)) return NOT_A_CODE;
      // `code >= 500 || code == 429`: what is compared with a range on the line is an HTTP status.
      if (judged.httpLike && isCompared(site) && isRangeComparedOnLine(site)) return NOT_A_CODE;
      return code(judged, isCompared(site) ? { smallCode: 'compared' } : {});
    }
    // `wantCode: 0`: zero held by another name, not compared, is "no code" unless a Graph error envelope is on its line.
    if (judged.candidate.code === 0 && !judged.candidate.stringCode && !isCompared(site) && !showsGraphError(site.lineText)) return NOT_A_CODE;
    if (!traits.statusKeys.has(key) && !responseStatus) {
      // 131056 is WhatsApp's wherever a code-like name holds it or anything but a quantity is compared with it.
      const quantity = endsWithQuantityWord(key); // userId, retryCount
      const plausible = !namesOtherKindOfCode(key) && (namesCode(key) || (isCompared(site) && !quantity));
      // `n === 190 || n === 131057`, `ex.MetaCode == 131047 || ex.MetaCode == 470`: what is compared with a distinctive code on the line is a code.
      if (isCompared(site) && !quantity && isComparedWithDistinctiveCode(site)) return code(judged, { smallCode: 'compared' });
      // A small code held by a code (`wantCode: 190`) is a Graph error's only with its envelope's signs near (standsInGraphError).
      // A name that says error code (`onPremisesErrorCodeInvalidUser = 1013`) holds one, unless it is an HTTP status's.
      const errorCodeName = (key.includes('errorcode') || key.includes('errcode')) && !/http|status/.test(key);
      // `$onPremCode == 1008` after `$onPremCode = $result['errors'][0]['code']`: a variable holding an error's code.
      const holdsErrorCode = () => isCompared(site) && isAssignedErrorCode(site, comparedExpression(site) ?? '');
      return plausible && (isDistinctive(judged) || errorCodeName || (judged.tier !== undefined && key.endsWith('code')) || holdsErrorCode()) ? code(judged) : undefined;
    }
    // `status === 200` is HTTP's success, never Cloud's 200; nor is any status the server sends itself.
    if (judged.tier || OWN_RESPONSE.test(site.lineText)) return NOT_A_CODE;
    // WhatsApp's own APIs answer with HTTP's meanings (400 is a bad request, not a media download error): CEQUENS must be named.
    const response = comparedObject(site);
    return code(judged, { needsWhatsApp: true, scope: response ? { response, cequens: true } : { line: true, cequens: true } });
  },
  /** A case label is a code when its switch compares an error's code (or an HTTP status, with WhatsApp named). */
  function caseLabel(judged) {
    const { site, language } = judged;
    // A range's bound (`(>= 132000 and <= 132999)`, `200..=299`) is no label of its own: the lexer reads it (isCaseLabel).
    const onTree = site.mode === 'code' && !isRangeBound(site) ? treeSwitchOf(judged.literals, site.value.innerStart) : undefined;
    if (onTree) return caseLabelRuling(judged, subjectOf(onTree.subject), onTree.labels);
    return isCaseLabel(site, language) ? caseLabelRuling(judged, switchSubject(site, language)) : undefined;
  },
  function inCodeCollection(judged) {
    const { site, codeKind } = judged;
    if (!isInCodeCollection(site, codeKind) && !isElementOfErrorBlock(site, codeKind)) return undefined;
    // Beside a distinctive code (`[190, 131047]`) a small one is evidently WhatsApp's; in a list of small ones only, as compared.
    const besideDistinctive = judged.tier !== undefined && holdsDistinctiveCode(site, codeKind);
    return code(judged, { smallCode: besideDistinctive ? 'evident' : 'compared' });
  },
  /** `{ {131047, "use a template"}, {190, "token expired"} }`: the first number of each pair of a map of codes, its small ones too. */
  function keyOfCodePairs(judged) {
    return judged.site.mode === 'code' && isKeyOfCodePairs(judged.site, (literal) => numberKind(literal, judged.catalog)) ? code(judged, { smallCode: 'evident' }) : undefined;
  },
  /**
   * `error(131051, …)`, `block_user_from_error_code(uid, 131056)`: a distinctive code passed to a call named for errors;
   * passed to any other call (`classify(131_056, 400)`, `metaBody(131047)`) in a file that names WhatsApp, unless
   * what takes it names a quantity or another kind of code (`areaCode(131047)`).
   */
  function distinctiveArgument(judged) {
    const { site, language, fileHead } = judged;
    const callee = isDistinctive(judged) ? calleeOf(site) : undefined;
    if (callee === undefined || isHeldByQuantityOrOtherCode(site)) return undefined;
    if (identifierWords(callee).some((w) => w === 'error' || w === 'code' || w === 'err')) return code(judged);
    // An assertion says what the value is by what it is compared with (`assertEquals(131051, e.count())`): assertedCode decides.
    return assertedKey(site) === undefined && fileNamesWhatsApp(site, language, fileHead) ? code(judged) : undefined;
  },
  /** Elixir's `def process_errors(msg, _errors, 471)`: a function head that matches a code, in a function named for errors. */
  function matchedByFunctionHead(judged) {
    const { site } = judged;
    // A default (`def error_meta(code, status=400)`, Elixir's `code \\ 400`) is a value, not a pattern the head matches.
    if (site.mode !== 'code' || !DEFINITIONS.has(site.at(0)) || ['=', '\\\\'].includes(site.at(site.index - 1))) return undefined;
    const open = site.enclosingOpen();
    if (open === undefined || site.at(open) !== '(') return undefined;
    return identifierWords(site.at(open - 1)).some((w) => ERROR_NAME_WORDS.has(w)) ? code(judged, { smallCode: 'compared' }) : undefined;
  },
  /**
   * `# 471: the spam rate limit`: a code before a colon and words of its title, in a comment or a log;
   * a distinctive one needs no colon (`` `131008 Required parameter missing` ``, a table's cell).
   */
  function beforeItsTitleWords(judged) {
    const { site, candidate } = judged;
    const colon = site.at(site.index + 1) === ':';
    return !candidate.stringCode && inText(judged) && (colon || isDistinctive(judged)) && isFollowedByTitleWords(site, candidate.entries, colon ? 2 : 1) ? code(judged) : undefined;
  },
  /** `assert_equal 470, x.dig("errors", 0, "code")`, `assertEquals(131051, e.code())`, `expect(err.code).toBe(470)`. */
  function assertedCode(judged) {
    const key = assertedKey(judged.site);
    // `Assert.Equal(400, (int)ex.StatusCode)`: a status asserted is HTTP's, though its key says code.
    const codeKey = key !== undefined && !judged.traits.statusKeys.has(key) && (judged.traits.codeKeys.has(key) || (!judged.candidate.stringCode && namesCode(key) && !namesOtherKindOfCode(key)));
    return codeKey ? code(judged, { smallCode: 'compared' }) : undefined;
  },
  /** A member named for the code (its title, or TOKEN itself) or of an enum of errors: that says WhatsApp enough. */
  function enumMember(judged) {
    const { site, candidate } = judged;
    const names = candidate.stringCode ? [candidate.stringCode] : candidate.entries.map((e) => e.title);
    return isEnumMember(site, names) ? code(judged, { needsWhatsApp: false, smallCode: 'compared' }) : undefined;
  },
  /**
   * A Markdown table's cell under a header naming WhatsApp's error codes: `| Twilio | WhatsApp error code |`; or
   * under one naming a WhatsApp API in a row that holds a distinctive WhatsApp code: `| Outside the window | 470 | 131047 |`
   * under `| Situation | On-Premises | Cloud API |`.
   */
  function inCodeColumn(judged) {
    const { site } = judged;
    const header = judged.candidate.stringCode || !inText(judged) ? undefined : columnHeader(site);
    if (header === undefined) return undefined;
    // Accents folded: a column headed "Código" is one of codes as "Code" is.
    const headerWords = identifierWords(header.normalize('NFD').replace(/\p{M}/gu, ''));
    const codeColumn = speaksOfErrors(headerWords) && mentionsWhatsApp(header);
    const apiColumn = namesWhatsAppApi(header) && site.tokens.some((t, i) => t.kind === 'number' && isDistinctiveWhatsAppCode(site.at(i)));
    // `| Código | Título |` over `| 131047 | … |`: a distinctive code in a column of codes, WhatsApp named above.
    const distinctiveInCodes = isDistinctive(judged) && speaksOfErrors(headerWords) && namedAbove(site, judged.language);
    return codeColumn || apiColumn || distinctiveInCodes ? code(judged, { needsWhatsApp: false, smallCode: 'compared' }) : undefined;
  },
  function afterErrorWord(judged) {
    return inText(judged) && followsErrorWord(judged.site) ? code(judged) : undefined;
  },
  /** `- code 190 -> renew the token`, `(codes 470, 1013, 1026)` in a comment of a file that names WhatsApp. */
  function afterCodeWord(judged) {
    const { site, language, fileHead, candidate } = judged;
    if (candidate.stringCode || !inText(judged) || !followsCodeWord(site) || !fileNamesWhatsApp(site, language, fileHead)) return undefined;
    return code(judged, { needsWhatsApp: false, smallCode: 'compared' });
  },
  /** `HTTP 429`: a status, a code only where WhatsApp is named on the line. */
  function afterHttp(judged) {
    if (judged.candidate.stringCode || !inText(judged) || !followsHttp(judged.site)) return undefined;
    return code(judged, { needsWhatsApp: true, scope: { line: true } });
  },
  function beforeItsTextualCode(judged) {
    return inText(judged) && isFollowedByTextualCode(judged.site, judged.candidate.entries) ? code(judged) : undefined;
  },
  /** "401 TOKEN", "TOKEN (401)": a textual code next to the number it belongs to. */
  function nextToItsNumber(judged) {
    const { candidate } = judged;
    return candidate.stringCode && inText(judged) && isNextToCode(judged.site, candidate.code) ? code(judged) : undefined;
  },
  /** "1017 Not Primary Master": a number next to its entry's title. */
  function nextToItsTitle(judged) {
    return !judged.candidate.stringCode && isNextToItsTitle(judged.site, judged.candidate) ? code(judged, { smallCode: 'evident' }) : undefined;
  },
  /** `'(2000) Number of parameters does not match…'` inside a string or a log line. */
  function parenthesizedBeforeItsText(judged) {
    const { site, candidate } = judged;
    return !candidate.stringCode && inText(judged) && isParenthesizedBeforeItsText(site, candidate.entries) ? code(judged, { smallCode: 'evident' }) : undefined;
  },
  /**
   * `new Error("Meta Cloud API 131047")`, `# Distinct from 131049, …`, `frequency_capped?("131049")`,
   * `it('retries on 131056')`: a distinctive WhatsApp code written as text (in a string, a comment, a
   * log or prose) where WhatsApp is named (in a log or prose, on its line; in a document, at its head
   * too, for a code span or a line that speaks of errors), unless what holds it
   * names a quantity or another kind of code (`postal_code=130021`). A bare number in code
   * (`timeout = (131047)`) needs a code's context.
   */
  function distinctiveTextWhereWhatsAppIsNamed(judged) {
    const { site, language } = judged;
    if (!isDistinctive(judged) || (site.mode === 'code' && site.value.kind !== 'string') || site.isPartOfName()) return undefined;
    if (isHeldByQuantityOrOtherCode(site)) return undefined;
    // A log or prose is read by its line (a line beside another code counts too: see detect's LineRepeats); a code
    // span (`` `131049` = Frequency Capping ``) in a document that names WhatsApp at its head is a literal of its codes.
    const lineNames = () => mentionsWhatsApp(site.lineText) || showsGraphError(site.lineText);
    const codeSpan = () => !language.readsLineAlone && site.at(site.index - 1) === '`' && site.at(site.index + 1) === '`' && judged.fileHead.namesWhatsApp;
    // A document's line that speaks of errors, under a head naming WhatsApp (`| Error mapping | 131047 -> window_closed; … |`).
    const errorLine = () => !language.readsLineAlone && judged.fileHead.namesWhatsApp && speaksOfErrors(identifierWords(site.lineText));
    const named = language.isText ? lineNames() || codeSpan() || errorLine() : fileNamesWhatsApp(site, language, judged.fileHead);
    return named ? code(judged) : undefined;
  },
];

/** A case label is a code when its switch compares an error's code (or an HTTP status, with WhatsApp named). */
function caseLabelRuling(judged: Judged, subject: SwitchSubject | undefined, treeLabels?: readonly string[]): Ruling {
  const { traits } = judged;
  if (subject && isAssignedOtherKindOfCode(judged.site, subject.text)) return NOT_A_CODE;
  if (subject && (traits.codeKeys.has(subject.key) || traits.subjectWords.some((w) => subject.words.includes(w)))) {
    // Beside a distinctive code in the label (`10 | 200 | 131005 =>`) even 200 is WhatsApp's.
    const besideDistinctive = judged.tier !== undefined && caseListHolds(judged.site, judged.language, isDistinctiveWhatsAppCode);
    return code(judged, { isCaseLabel: true, smallCode: besideDistinctive ? 'evident' : 'compared' });
  }
  if (subject && traits.statusKeys.has(subject.key) && !judged.tier) return code(judged, { isCaseLabel: true, needsWhatsApp: true, scope: { cequens: true } });
  // `switch (metaCode) { case 131047: … case 100: }`, SQL's `CASE p_code WHEN 131026`: in a file that names WhatsApp, a switch whose
  // labels hold a distinctive WhatsApp code compares one, whatever its subject is named, unless a status, a quantity or another kind of code.
  if (subject && !judged.candidate.stringCode && !traits.statusKeys.has(subject.key) && !namesOtherKindOfCode(subject.key) && !endsWithQuantityWord(subject.key)) {
    const { site, language, fileHead } = judged;
    const labelled = treeLabels
      ? treeLabels.some(holdsDistinctiveNumber)
      : isDistinctive(judged) || caseListHolds(site, language, isDistinctiveWhatsAppCode) || labelAboveHolds(site, language, isDistinctiveWhatsAppCode);
    if (labelled && fileNamesWhatsApp(site, language, fileHead)) return code(judged, { isCaseLabel: true, smallCode: 'evident' });
  }
  return NOT_A_CODE;
}

/** A bound of a range (`>= 132000`, `200..=299`, `500...599`): read from the characters around it, as languages spell ranges apart. */
function isRangeBound(site: Site): boolean {
  const { text, value } = site;
  return /[<>]=?\s*$/.test(text.slice(Math.max(0, value.start - 4), value.start)) || isJoinedByDots(site);
}

/** A number joined to another by dots (`132000..132999`, `200..=299`, Swift's `200..<300`, `500...599`). */
function isJoinedByDots({ text, value }: Site): boolean {
  return /\d\.\.[.=<]?$/.test(text.slice(Math.max(0, value.start - 4), value.start)) || /^\.\.[.=<]?\d/.test(text.slice(value.end, value.end + 4));
}

/** A label's text holds a distinctive WhatsApp code: `131051, 132001`, `131_047`. */
function holdsDistinctiveNumber(label: string): boolean {
  return (label.match(/\d[\d_]*/g) ?? []).some((n) => isDistinctiveWhatsAppCode(n.replaceAll('_', '')));
}

function fromTree(judged: Judged, reading: TreeReading): Ruling {
  return reading === 'not a code' ? NOT_A_CODE : reading && code(judged, reading);
}

/**
 * Whether the candidate is a code in its site, and if so the occurrence: a single ordered chain
 * of rules for numbers and textual codes alike; then, for a small Cloud code, a Graph error
 * around it; in source code, WhatsApp named in the file; for what could be anyone's HTTP status,
 * WhatsApp named nearby (or the entry named on the line).
 */
export function judge(site: Site, candidate: Candidate, catalog: Catalog, language: Language, fileHead: FileHead, literals?: LiteralContexts): Occurrence | undefined {
  let literal: LiteralContext | undefined | null = null;
  const judged: Judged = {
    site,
    candidate,
    language,
    traits: candidate.stringCode ? TEXTUAL_TRAITS : NUMBER_TRAITS,
    httpLike: !candidate.stringCode && HTTP_STATUSES.has(candidate.code),
    tier: candidate.stringCode ? undefined : everydayTier(candidate.code),
    codeKind: (index) => codeKindOf(site, index, catalog),
    catalog,
    literal: () => (literal === null ? (literal = literals?.at(site.value.innerStart)) : literal),
    literals,
    fileHead,
  };
  let verdict: Ruling;
  for (const rule of CHAIN) if ((verdict = rule(judged)) !== undefined) break;
  if (verdict === undefined || verdict === NOT_A_CODE) return undefined;
  if (judged.tier && !standsInGraphError(judged, verdict)) return undefined;
  // Source code that never names WhatsApp, CEQUENS or the Graph API has codes of its own (a login backend's 470).
  if (!language.isText && !isDistinctive(judged) && !fileNamesWhatsApp(site, language, fileHead)) return undefined;
  if (namesProviderSharingIt(site, candidate, language, fileHead) || speaksForOtherProvider(site, candidate, language, fileHead)) return undefined;
  const picked = pick(site, candidate, language);
  if (verdict.needsWhatsApp) {
    const lineNamesEntry = picked !== undefined && (candidate.entries.length > 1 || namesEntry(site, picked));
    // An HTTP status number needs WhatsApp named in words, unless CEQUENS is named (its client's `waResponse`).
    const scope = judged.httpLike && !verdict.scope?.cequens ? { ...verdict.scope, inWords: true } : verdict.scope;
    if (!(lineNamesEntry || isNextToItsTitle(site, candidate) || namesWhatsApp(site, language, fileHead, scope))) return undefined;
  }
  return {
    start: site.value.innerStart,
    end: site.value.innerEnd,
    code: candidate.code,
    ...(candidate.stringCode ? { stringCode: candidate.stringCode } : {}),
    entries: candidate.entries,
    ...(picked ? { picked } : {}),
    isCaseLabel: verdict.isCaseLabel,
  };
}

/**
 * A small Cloud code (`190`, `0`, `200`) is a Graph error's: its site shows it (beside a distinctive
 * code, next to its title), it is compared with an error's code (not 200–299, HTTP's successes), or
 * the envelope's signs are near. (In logs, findCandidates has let it through only where a code's
 * context precedes it and its line may hold a Graph error: see isUnlikelySmallCode.)
 */
function standsInGraphError({ site, candidate, language, tier }: Judged, verdict: Verdict): boolean {
  const shown = verdict.smallCode === 'evident' || (verdict.smallCode === 'compared' && tier !== 'graphOnly') || isNextToItsTitle(site, candidate);
  return shown || showsGraphContext(site, language, tier!);
}

/** A WhatsApp code no other number looks like (131047): in a list or after any `…_code` key, that is enough. */
function isDistinctive({ candidate }: Judged): boolean {
  return !candidate.stringCode && isDistinctiveWhatsAppCode(String(candidate.code));
}

/** What holds the number names a quantity or another kind of code: `postal_code=130021`, `timeout_ms: "131000"`, `areaCode("131047")`. */
export function isHeldByQuantityOrOtherCode(site: Site): boolean {
  const callee = calleeOf(site);
  const holder = keyOf(site) ?? (callee === undefined ? undefined : normalizeKey(callee));
  return holder !== undefined && (namesOtherKindOfCode(holder) || endsWithQuantityWord(holder));
}

/** A normalized key ending in a word of a quantity or an id: `retrycount`, `userid`, `timeoutms`. */
function endsWithQuantityWord(key: string): boolean {
  return [...NOT_CODE_WORDS].some((word) => key.endsWith(word));
}

/** Words before a bracket that open a pattern or a condition, not a call: C#'s `or (>= 132000 and <= 132999)`. */
const NOT_CALLEES = new Set(['or', 'and', 'not', 'is', 'in', 'if', 'when', 'case', 'return']);

/** The name of the call whose argument the candidate is, as written: `areaCode(470)` → areaCode. */
function calleeOf(site: Site): string | undefined {
  const open = site.enclosingOpen();
  const callee = open !== undefined && site.at(open) === '(' && site.kindAt(open - 1) === 'word' ? site.at(open - 1) : undefined;
  return callee === undefined || NOT_CALLEES.has(callee) ? undefined : callee;
}

/** The line compares what the candidate is compared with (`n`) with a distinctive WhatsApp code too: `n === 190 || n === 131057`. */
function isComparedWithDistinctiveCode(site: Site): boolean {
  const subject = comparedSubjectToken(site);
  if (subject === undefined) return false;
  for (let i = 0; i < site.tokens.length; i++) {
    if (i === site.index || site.kindAt(i) !== 'number' || !isDistinctiveWhatsAppCode(site.at(i))) continue;
    const other = new Site(site.bracketed, i, site.mode, site.lineStart, site.lineEnd, site.syntax);
    if (comparedSubjectToken(other) === subject) return true;
  }
  return false;
}

/** What the candidate is compared with is compared with a bound on the line too: `code >= 500 || code == 429`. */
function isRangeComparedOnLine(site: Site): boolean {
  const subject = comparedSubjectToken(site);
  if (subject === undefined || !/^[A-Za-z_$][\w$]*$/.test(subject)) return false;
  return new RegExp(`(?:^|[^\\w$])${escapeRegExp(subject)}\\s*(?:>=|<=|>|<)\\s*\\d`).test(site.lineText);
}

function comparedSubjectToken(site: Site): string | undefined {
  const comparison = isCompared(site) ? comparisonOf(site.bracketed, site.index) : undefined;
  return comparison && site.at(comparison.last);
}

/** `mapped_cloud_code`, `CodeTemplateParams`, `whatsappErrorCode`: a key that speaks of a code or an error. */
function namesCode(key: string): boolean {
  return key.includes('code') || key.includes('error');
}

function isNextToItsTitle(site: Site, candidate: Candidate): boolean {
  return candidate.entries.some((entry) => namesEntry(site, entry) && isNextToTitle(site, entry.title, !!entry.stringCode));
}
