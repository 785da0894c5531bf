// Inserts handlers into the realistic files of test/fixtures/placement/ at hand-built occurrences,
// and checks that only the handler was added, on the expected line with the expected indentation,
// and that the file still parses with the language's own parser.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import type { CatalogEntry } from '../../shared/src/catalogTypes';
import type { Occurrence } from '../../server/src/core/detection/occurrence';
import { handlerInsertion, type HandlerInsertion } from '../../server/src/core/snippets/placement';
import { parseSources, type ParseOutcome } from '../support/parseCheck';
import { syntaxOf } from '../support/syntax';

const FIXTURES = path.resolve('test/fixtures/placement');
const catalog = new Catalog(cequensEntries());

interface Case {
  readonly name: string;
  /** Unique text of the fixture holding the code. */
  readonly at: string;
  /** The code as written in `at` (a number, or a textual code such as MISSING_TOKEN). */
  readonly code: string;
  readonly caseLabel?: boolean;
  /** The code is produced there (a value built, returned): no handler is offered. */
  readonly none?: boolean;
  /** The handler follows the first line, from the occurrence's line on, that is exactly this... */
  readonly afterLine?: string;
  /** Search for `afterLine` from the line holding this text rather than from the occurrence's. */
  readonly from?: string;
  /** ...or precedes the only line that is exactly this. */
  readonly beforeLine?: string;
  readonly indent?: string;
  /** The `if` condition the handler starts with (block form). */
  readonly condition?: string;
  /** The handler ends an empty branch with this line. */
  readonly closes?: string;
  /** The branch already handles the code (the `if` whose head tests it does something): the handler comes as comments. */
  readonly commented?: boolean;
}

export interface Suite {
  readonly language: string;
  readonly fixture: string;
  readonly comment: string;
  readonly cases: readonly Case[];
}

const SUITES: readonly Suite[] = [
  {
    language: 'typescript',
    fixture: 'sender.ts.fixture',
    comment: '//',
    cases: [
      { name: 'case label', at: 'case 470:', code: '470', caseLabel: true, afterLine: '      case 470:', indent: '        ' },
      { name: 'empty case stacked on the next: tested where the stack shares its statements', at: 'case 1015:', code: '1015', caseLabel: true, afterLine: '      case 1016:', indent: '        ', condition: 'if (err.code === 1015) {' },
      { name: 'one-line comparison: its branch handles the code, after it as a comment', at: 'status.code === 1013', code: '1013', afterLine: "  if (status.code === 1013) console.info('not a WhatsApp user');", indent: '  ', commented: true },
      { name: 'multi-line if/else: into its branch, as a comment', at: 'err.code === 1009', code: '1009', afterLine: '  } else if (err.code === 1009) {', indent: '    ', commented: true },
      { name: 'produced, not handled: object literal', at: 'code: 2001', code: '2001', none: true },
      { name: 'call spanning lines', at: 'err.code === 402', code: '402', afterLine: '  );', indent: '  ', condition: 'if (err.code === 402) {' },
      { name: 'textual code', at: "'MISSING_TOKEN'", code: 'MISSING_TOKEN', afterLine: "  if (err.reason === 'MISSING_TOKEN') console.warn('no token sent');", indent: '  ', commented: true },
    ],
  },
  {
    language: 'javascript',
    fixture: 'webhook.js',
    comment: '//',
    cases: [
      { name: 'case label with braces', at: 'case 470:', code: '470', caseLabel: true, afterLine: '    case 470: {', indent: '      ' },
      { name: 'empty case stacked on default: tested where the stack shares its statements', at: 'case 1013:', code: '1013', caseLabel: true, afterLine: '    default:', indent: '      ', condition: 'if (error.code === 1013) {' },
      { name: 'one-line comparison', at: 'error.code === 429', code: '429', afterLine: '  if (error.code === 429) retryQueue.push(event)', indent: '  ', commented: true },
      { name: 'multi-line if/else, a branch for two codes', at: 'error.code === 1009', code: '1009', afterLine: '  ) {', indent: '    ', commented: true },
      { name: 'produced, not handled: object literal without semicolons', at: 'code: 2001', code: '2001', none: true },
      { name: 'call spanning lines', at: '    410,', code: '410', afterLine: '  )', indent: '  ' },
    ],
  },
  {
    language: 'python',
    fixture: 'delivery_service.py',
    comment: '#',
    cases: [
      { name: 'match case', at: 'case 470:', code: '470', caseLabel: true, afterLine: '                case 470:', indent: '                    ' },
      { name: 'case with alternatives', at: '1016:', code: '1016', caseLabel: true, afterLine: '                case 1015 | 1016:', indent: '                    ' },
      { name: 'one-line compound statement: its branch handles the code, after it as a comment', at: 'error["code"] == 1013', code: '1013', afterLine: '        if error["code"] == 1013: logger.info("not a WhatsApp user")', indent: '        ', commented: true },
      { name: 'if/elif/else chain: into the elif branch, as a comment', at: 'error["code"] == 1009', code: '1009', afterLine: '        elif error["code"] == 1009:', indent: '            ', commented: true },
      { name: 'produced, not handled: dict literal', at: '"code": 2001', code: '2001', none: true },
      { name: 'call spanning lines', at: 'error["code"] == 402', code: '402', afterLine: '        )', indent: '        ', condition: 'if error["code"] == 402:' },
      { name: 'produced, not handled: a map of titles returned', at: '1026: "unreachable"', code: '1026', none: true },
    ],
  },
  {
    language: 'java',
    fixture: 'DeliveryService.java',
    comment: '//',
    cases: [
      { name: 'case label', at: 'case 470:', code: '470', caseLabel: true, afterLine: '                case 470:', indent: '                    ' },
      { name: 'empty case stacked on the next: tested where the stack shares its statements', at: 'case 1015:', code: '1015', caseLabel: true, afterLine: '                case 1016:', indent: '                    ', condition: 'if (e.getCode() == 1015) {' },
      { name: 'arrow case with a block', at: 'case 429 ->', code: '429', caseLabel: true, afterLine: '            case 429 -> {', indent: '                ' },
      { name: 'arrow case without a block: its arm handles the code, the handler comes as comments after it', at: 'case 1026 ->', code: '1026', caseLabel: true, afterLine: '            case 1026 -> "unreachable";', indent: '                ', commented: true },
      { name: 'one-line comparison', at: 'ex.getCode() == 1013', code: '1013', afterLine: '        if (ex.getCode() == 1013) log.info("not a WhatsApp user");', indent: '        ', commented: true },
      { name: 'multi-line if/else', at: 'e.getCode() == 1009', code: '1009', afterLine: '        } else if (e.getCode() == 1009) {', indent: '            ', commented: true },
      { name: 'produced, not handled: a map built and assigned', at: '"code", 2001', code: '2001', none: true },
      { name: 'call spanning lines', at: 'e.getCode() == 402', code: '402', afterLine: '                e.getCode() == 402 ? Severity.HIGH : Severity.LOW);', indent: '        ', condition: 'if (e.getCode() == 402) {' },
      { name: 'textual code with equals()', at: '"MISSING_TOKEN"', code: 'MISSING_TOKEN', afterLine: '        if ("MISSING_TOKEN".equals(e.getReason())) log.warn("no token sent");', indent: '        ', commented: true },
    ],
  },
  {
    language: 'go',
    fixture: 'delivery.go',
    comment: '//',
    cases: [
      { name: 'case with a list', at: 'case 470, 1026:', code: '470', caseLabel: true, afterLine: '\tcase 470, 1026:', indent: '\t\t' },
      { name: 'empty case (no fallthrough in Go)', at: 'case 1015:', code: '1015', caseLabel: true, afterLine: '\tcase 1015:', indent: '\t\t' },
      { name: 'one-line comparison', at: 'apiErr.Code == 1017', code: '1017', afterLine: '\tretryable := apiErr.Code == 1017 || apiErr.Code == 1018', indent: '\t', condition: 'if apiErr.Code == 1017 {' },
      { name: 'multi-line if/else', at: 'err.Code == 1009', code: '1009', afterLine: '\t} else if err.Code == 1009 {', indent: '\t\t', commented: true },
      { name: 'produced, not handled: composite literal', at: 'Code:      2001', code: '2001', none: true },
      { name: 'call spanning lines', at: 'err.Code == 402', code: '402', afterLine: '\t)', indent: '\t', condition: 'if err.Code == 402 {' },
    ],
  },
  {
    language: 'csharp',
    fixture: 'DeliveryService.cs',
    comment: '//',
    cases: [
      { name: 'case label', at: 'case 470:', code: '470', caseLabel: true, afterLine: '                    case 470:', indent: '                        ' },
      { name: 'empty case stacked on the next: tested where the stack shares its statements', at: 'case 1015:', code: '1015', caseLabel: true, afterLine: '                    case 1016:', indent: '                        ', condition: 'if (ex.Code == 1015)' },
      { name: 'empty case stacked on default: tested where the stack shares its statements', at: 'case 1013:', code: '1013', caseLabel: true, afterLine: '                    default:', indent: '                        ', condition: 'if (ex.Code == 1013)' },
      { name: 'one-line comparison', at: 'ex.Code == 1013', code: '1013', afterLine: '            if (ex.Code == 1013) _logger.LogInformation("not a WhatsApp user");', indent: '            ', commented: true },
      { name: 'multi-line if/else: into its braces on the next line', at: 'ex.Code == 1009', code: '1009', afterLine: '            {', indent: '                ', commented: true },
      { name: 'produced, not handled: object initializer', at: 'Code = 2001', code: '2001', none: true },
      { name: 'call spanning lines', at: 'ex.Code == 402', code: '402', afterLine: '                ex.Code == 402 ? Severity.High : Severity.Low);', indent: '            ', condition: 'if (ex.Code == 402)' },
    ],
  },
  {
    language: 'php',
    fixture: 'DeliveryService.php',
    comment: '//',
    cases: [
      { name: 'case label', at: 'case 470:', code: '470', caseLabel: true, afterLine: '                case 470:', indent: '                    ' },
      { name: 'empty case stacked on the next: tested where the stack shares its statements', at: 'case 1015:', code: '1015', caseLabel: true, afterLine: '                case 1016:', indent: '                    ', condition: "if ($error['code'] === 1015) {" },
      { name: 'match arm: it maps the code already, the handler comes as comments after it', at: "1026 => 'unreachable'", code: '1026', caseLabel: true, afterLine: "            1026 => 'unreachable',", indent: '                ', commented: true },
      { name: 'one-line comparison', at: "$error['code'] === 1013", code: '1013', afterLine: "        if ($error['code'] === 1013) $this->logger->info('not a WhatsApp user');", indent: '        ', commented: true },
      { name: 'if/elseif/else', at: "$error['code'] === 1009", code: '1009', afterLine: "        } elseif ($error['code'] === 1009) {", indent: '            ', commented: true },
      { name: 'produced, not handled: array literal', at: "'code' => 2001", code: '2001', none: true },
      { name: 'call spanning lines', at: "$error['code'] === 402", code: '402', afterLine: '        );', indent: '        ', condition: "if ($error['code'] === 402) {" },
    ],
  },
];

export function occurrenceAt(text: string, at: string, code: string, isCaseLabel: boolean): { occurrence: Occurrence; entry: CatalogEntry } {
  const where = text.indexOf(at);
  assert.ok(where >= 0 && text.indexOf(at, where + 1) < 0, `"${at}" must occur exactly once`);
  const start = where + at.indexOf(code);
  const numeric = /^\d+$/.test(code);
  const entries = numeric ? catalog.entriesForCode(Number(code)) : catalog.entriesForStringCode(code);
  const entry = entries[0];
  assert.ok(entry, `no catalog entry for ${code}`);
  return {
    occurrence: {
      start,
      end: start + code.length,
      code: entry.code,
      ...(numeric ? {} : { stringCode: code }),
      entries,
      picked: entry,
      isCaseLabel,
    },
    entry,
  };
}

function lineIndexOf(lines: readonly string[], wanted: string, from: number, unique: boolean): number {
  const found = lines.findIndex((line, i) => i >= from && line === wanted);
  assert.ok(found >= 0, `no line "${wanted}" from line ${from + 1}`);
  if (unique) assert.equal(lines.filter((line) => line === wanted).length, 1, `"${wanted}" must be unique`);
  return found;
}

interface Outcome {
  readonly insertion: HandlerInsertion;
  readonly result: string;
  readonly entry: CatalogEntry;
  readonly occurrenceLine: number;
}

function insert(text: string, languageId: string, c: Case): Outcome | undefined {
  const { occurrence, entry } = occurrenceAt(text, c.at, c.code, c.caseLabel ?? false);
  const insertion = handlerInsertion(text, syntaxOf(text, languageId), languageId, occurrence, entry);
  if (c.none) {
    assert.equal(insertion, undefined, 'a handler is offered where the code is produced');
    return undefined;
  }
  assert.ok(insertion, 'no insertion');
  const result = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
  const occurrenceLine = text.slice(0, occurrence.start).split('\n').length - 1;
  return { insertion, result, entry, occurrenceLine };
}

/** The inserted lines, checked to be whole new lines at the expected place, all else unchanged. */
export function checkLines(text: string, outcome: Outcome, c: Case, comment: string, eol = '\n'): string[] {
  const original = text.split(eol);
  const result = outcome.result.split(eol);
  const at = c.beforeLine !== undefined
    ? lineIndexOf(original, c.beforeLine, 0, true)
    : lineIndexOf(original, c.afterLine!, c.from ? original.findIndex((line) => line.includes(c.from!)) : outcome.occurrenceLine, false) + 1;
  const added = result.length - original.length;
  assert.ok(added > 0, 'no lines added');
  assert.deepEqual(result.slice(0, at), original.slice(0, at), 'lines before the handler changed');
  assert.deepEqual(result.slice(at + added), original.slice(at), 'lines after the handler changed');
  const inserted = result.slice(at, at + added);
  const { entry } = outcome;
  assert.ok(
    inserted[0].startsWith(`${c.indent ?? ''}${comment} ${entry.code} ${entry.title}: ${entry.transient ? 'transient' : 'permanent'} – `),
    `first line: ${JSON.stringify(inserted[0])}`,
  );
  for (const line of inserted) assert.ok(line === '' || line.startsWith(c.indent ?? ''), `indentation of ${JSON.stringify(line)}`);
  if (c.condition) assert.ok(inserted.some((line) => line === (c.indent ?? '') + c.condition), `no line "${c.indent ?? ''}${c.condition}" in\n${inserted.join('\n')}`);
  if (c.commented) {
    assert.equal(inserted.find((line) => !line.startsWith(`${c.indent ?? ''}${comment} ${entry.code} `) && line.includes('already handles')), `${c.indent ?? ''}${comment} This branch already handles ${entry.code}; the usual handler, to compare with:`);
    assert.ok(inserted.every((line) => line.trimStart().startsWith(comment)), `a line that runs in\n${inserted.join('\n')}`);
  }
  if (c.closes) assert.equal(inserted[inserted.length - 1], (c.indent ?? '') + c.closes);
  else assert.notEqual(inserted[inserted.length - 1].trim(), 'break;');
  return inserted;
}

for (const suite of SUITES) {
  describe(`handler placement: ${suite.language} (${suite.fixture})`, () => {
    const text = fs.readFileSync(path.join(FIXTURES, suite.fixture), 'utf8');
    const outcomes: (Outcome | Error | undefined)[] = [];
    let parsed: ParseOutcome[] = [];
    before(() => {
      for (const c of suite.cases) {
        try {
          outcomes.push(insert(text, suite.language, c));
        } catch (error) {
          outcomes.push(error as Error);
        }
      }
      parsed = parseSources(suite.language, outcomes.map((o) => (o === undefined || o instanceof Error ? text : o.result)));
    });

    it('the fixture parses as it is', () => {
      const [outcome] = parseSources(suite.language, [text]);
      if ('missing' in outcome) return;
      assert.equal(outcome.errors, '');
    });

    suite.cases.forEach((c, i) => {
      it(`${c.name}: ${c.code}`, (t) => {
        const outcome = outcomes[i];
        if (outcome instanceof Error) throw outcome;
        if (outcome === undefined) return; // none offered, as expected
        checkLines(text, outcome, c, suite.comment);
        const parse = parsed[i];
        if ('missing' in parse) {
          t.skip(`not parse-checked: ${parse.missing}`);
          return;
        }
        assert.equal(parse.errors, '', `does not parse after inserting:\n${outcome.insertion.text}`);
      });
    });
  });
}
