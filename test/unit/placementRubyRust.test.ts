// Issue 19: Ruby and Rust get handlers, placed from the syntax tree (treeSpot.ts over
// statements.scm and branches.scm), and every handler kind passes the language's own checker
// (`ruby -wc`; rustc with the helpers' stubs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HANDLER_KINDS } from '../../shared/src/catalogTypes';
import { catalogOf } from '../../shared/src/catalogSources';
import { handlerInsertion, handlerInsertionAtCursor } from '../../server/src/core/snippets/placement';
import { insertAt, newCheckerFindings, type Placed } from '../support/handlerAt';
import { syntaxOf } from '../support/syntax';

interface Case {
  readonly name: string;
  /** The document, `|` before the code. */
  readonly marked: string;
  /** The lines the handler goes between: the line before it and the line after it, as they are; undefined: none offered. */
  readonly between?: readonly [string, string];
  /** The handler's first line's indentation. */
  readonly indent?: string;
  /** The branch does something with the code already: the handler comes as comments. */
  readonly commented?: boolean;
  /** The `if` the handler begins with, after its header comment. */
  readonly condition?: string;
}

const RUBY: readonly Case[] = [
  {
    name: 'a when that does something: into it, as comments',
    marked: "def act(error)\n  case error.code\n  when |470\n    queue_template\n  end\nend\n",
    between: ['  when 470', '    queue_template'],
    indent: '    ',
    commented: true,
  },
  {
    name: 'an empty when of two codes: into it',
    marked: "def act(error)\n  case error.code\n  when 131047, |470\n  else\n    log(error)\n  end\nend\n",
    between: ['  when 131047, 470', '  else'],
    indent: '    ',
  },
  {
    name: 'an if whose condition tests the code: into its branch, as comments',
    marked: "def act(error)\n  if error['code'] == |470\n    notify\n  end\n  log(error)\nend\n",
    between: ["  if error['code'] == 470", '    notify'],
    indent: '    ',
    commented: true,
  },
  {
    name: 'an empty when before one that does something: into it, not as comments',
    marked: "def act(error)\n  case error.code\n  when |470\n  when 471\n    log(error)\n  end\nend\n",
    between: ['  when 470', '  when 471'],
    indent: '    ',
  },
  {
    name: 'an in of a pattern-matching case: into it',
    marked: "def act(error)\n  case error.code\n  in |470 | 131047\n  in Integer\n    log(error)\n  end\nend\n",
    between: ['  in 470 | 131047', '  in Integer'],
    indent: '    ',
  },
  {
    name: "an unless that tests the code: its branch is the other codes', an if after it",
    marked: "def act(error)\n  unless error.code == |470\n    log(error)\n  end\n  track(error)\nend\n",
    between: ['  end', '  track(error)'],
    indent: '  ',
    condition: '  if error.code == 470',
  },
  {
    name: 'a modifier if: after its line, as comments under it',
    marked: "def act(error)\n  notify if error['code'] == |470\n  log(error)\nend\n",
    between: ["  notify if error['code'] == 470", '  log(error)'],
    indent: '    ',
    commented: true,
  },
  {
    name: "a method's last statement, its value: the handler goes before it",
    marked: "def retryable?(error)\n  log(error)\n  error['code'] != |1015\nend\n",
    between: ['  log(error)', "  error['code'] != 1015"],
    indent: '  ',
    condition: "  if error['code'] == 1015",
  },
  {
    name: 'a statement in a loop: an if after it',
    marked: "while (error = queue.pop)\n  log(error) unless error['code'] != |1015\n  track(error)\nend\n",
    between: ["  log(error) unless error['code'] != 1015", '  track(error)'],
    indent: '  ',
    condition: "  if error['code'] == 1015",
  },
  {
    name: 'a code in a message, in a method given the error: an if testing it after the statement',
    marked: "def explain(error)\n  puts('code |470: the window closed')\n  nil\nend\n",
    between: ["  puts('code 470: the window closed')", '  nil'],
    indent: '  ',
    condition: "  if error['code'] == 470",
  },
  {
    name: "a code in a message, in a method without the error: none (another method's error is not in scope)",
    marked: "def report(error)\n  log(error)\nend\n\ndef explain\n  puts('code |470: the window closed')\n  nil\nend\n",
  },
  { name: 'a constant of a class: none', marked: 'class Codes\n  TEMPLATE = |470\nend\n' },
  { name: 'a code raised: produced, none', marked: 'def fail_with\n  raise CequensError.new(|470)\nend\n' },
];

const RUST: readonly Case[] = [
  {
    name: "a match arm that maps the code to a value: after it, as comments",
    marked: 'fn act(e: &CequensError) -> u8 {\n    match e.code {\n        |470 => 1,\n        _ => 0,\n    }\n}\n',
    between: ['        470 => 1,', '        _ => 0,'],
    indent: '            ',
    commented: true,
  },
  {
    name: 'an empty arm: into its braces',
    marked: 'fn act(e: &CequensError) {\n    match e.code {\n        |470 => {\n        }\n        _ => log(e),\n    }\n}\n',
    between: ['        470 => {', '        }'],
    indent: '            ',
  },
  {
    name: 'an arm of two codes with a block: into it, as comments',
    marked: 'fn act(e: &CequensError) {\n    match e.code {\n        |470 | 131047 => {\n            log(e);\n        }\n        _ => {}\n    }\n}\n',
    between: ['        470 | 131047 => {', '            log(e);'],
    indent: '            ',
    commented: true,
  },
  {
    name: 'an if whose condition tests the code: into its block',
    marked: 'fn act(e: &CequensError) {\n    if e.code == |470 {\n    }\n}\n',
    between: ['    if e.code == 470 {', '    }'],
    indent: '        ',
  },
  {
    name: "a block's tail expression, its value: the handler goes before it",
    marked: 'fn retryable(e: &CequensError) -> bool {\n    log(e);\n    e.code == |1015\n}\n',
    between: ['    log(e);', '    e.code == 1015'],
    indent: '    ',
    condition: '    if e.code == 1015 {',
  },
  {
    name: 'a let: an if after it',
    marked: 'fn act(e: &CequensError) {\n    let retryable = e.code == |1015 || e.code == 429;\n    log(retryable);\n}\n',
    between: ['    let retryable = e.code == 1015 || e.code == 429;', '    log(retryable);'],
    indent: '    ',
    condition: '    if e.code == 1015 {',
  },
  { name: 'a constant: none', marked: 'const TEMPLATE_REQUIRED: u32 = |470;\n' },
];

function check(placed: Placed | undefined, c: Case, comment: string): void {
  if (!c.between) {
    assert.equal(placed, undefined, 'a handler is offered');
    return;
  }
  assert.ok(placed, 'no handler offered');
  const original = c.marked.replace('|', '').split('\n');
  const result = placed.result.split('\n');
  const before = original.indexOf(c.between[0]);
  assert.ok(before >= 0 && original[before + 1] === c.between[1], `the lines "${c.between.join('", "')}" must follow each other`);
  const added = result.length - original.length;
  assert.deepEqual(result.slice(0, before + 1), original.slice(0, before + 1), 'lines before the handler changed');
  assert.deepEqual(result.slice(before + 1 + added), original.slice(before + 1), 'lines after the handler changed');
  const inserted = result.slice(before + 1, before + 1 + added);
  assert.ok(inserted[0].startsWith(`${c.indent}${comment} `), `first line ${JSON.stringify(inserted[0])}`);
  for (const line of inserted) assert.ok(line === '' || line.startsWith(c.indent!), `indentation of ${JSON.stringify(line)}`);
  assert.equal(inserted.every((line) => line.trimStart().startsWith(comment)), c.commented === true, `commented or not:\n${inserted.join('\n')}`);
  if (c.condition) assert.ok(inserted.includes(c.condition), `no "${c.condition}" in\n${inserted.join('\n')}`);
}

const LANGUAGES = [
  { language: 'ruby', name: 'client.rb', comment: '#', cases: RUBY, helpers: "def log(*) = nil\ndef notify = nil\ndef track(*) = nil\ndef queue_template = nil\nqueue = []\n" },
  { language: 'rust', name: 'client.rs', comment: '//', cases: RUST, helpers: '#[derive(Debug)]\npub struct CequensError { pub code: u32 }\nfn log<T: std::fmt::Debug>(_: T) {}\n' },
];

/** A blank line at the cursor (`|`): the handler fills it, indented as the statements around it; `undefined`: none. */
const CURSOR: readonly { language: string; marked: string; indent?: string }[] = [
  { language: 'ruby', marked: 'def act(error)\n  log(error)\n  |\n  track\nend\n', indent: '  ' },
  { language: 'ruby', marked: 'class Client\n  |\n  def act; end\nend\n' },
  { language: 'rust', marked: 'fn act(err: &CequensError) {\n    log(err);\n        |\n}\n', indent: '    ' },
  { language: 'rust', marked: 'struct Client {\n    |\n}\n' },
];

describe('handler at the cursor, placed from the syntax tree', () => {
  const entry = catalogOf().entriesForCode(470)[0];
  for (const c of CURSOR) {
    it(`${c.language}: ${c.indent === undefined ? 'none in a declaration' : 'on a blank line of a body'}`, () => {
      const at = c.marked.indexOf('|');
      const text = c.marked.replace('|', '');
      const insertion = handlerInsertionAtCursor(text, syntaxOf(text, c.language), c.language, at, entry);
      if (c.indent === undefined) return assert.equal(insertion, undefined);
      assert.ok(insertion);
      const result = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
      const lines = result.split('\n');
      const blank = text.slice(0, at).split('\n').length - 1;
      assert.ok(lines[blank].startsWith(`${c.indent}${c.language === 'ruby' ? '#' : '//'} 470 `), lines[blank]);
      assert.deepEqual(lines.slice(0, blank), text.split('\n').slice(0, blank));
    });
  }
});

for (const { language, name, comment, cases, helpers } of LANGUAGES) {
  describe(`handler placement from the syntax tree: ${language}`, () => {
    for (const c of cases) {
      it(c.name, async (t) => {
        const placed = insertAt(c.marked, language);
        check(placed, c, comment);
        if (!placed) return;
        // What the case needs declared (the error type, the helpers it calls) goes after it, keeping its lines.
        const found = await newCheckerFindings(language, name, `${c.marked}${helpers}`, { ...placed, result: `${placed.result}${helpers}` });
        if (found === undefined) return t.skip(`no ${language} checker`);
        assert.deepEqual(found, []);
      });
    }

    it('every kind of handler passes the checker, in a branch and as an if', async (t) => {
      const catalog = catalogOf();
      const marked = language === 'ruby'
        ? "def act(error)\n  case error['code']\n  when |0\n  end\n  log(error) if error['code'] != 0\nend\n"
        : 'fn act(err: &CequensError) {\n    match err.code {\n        |0 => {}\n        _ => {}\n    }\n    if err.code != 0 {\n        log(err);\n    }\n}\n';
      const problems: string[] = [];
      for (const kind of HANDLER_KINDS) {
        const entry = catalog.entries.find((e) => e.handler === kind );
        assert.ok(entry, `no catalog entry with a ${kind} handler`);
        for (const at of ['label', 'comparison']) {
          const document = marked.replaceAll('0', String(entry.code));
          const start = at === 'label' ? document.indexOf('|') : document.lastIndexOf(String(entry.code));
          const text = document.replace('|', '');
          const offset = at === 'label' ? start : start - 1;
          const occurrence = { start: offset, end: offset + String(entry.code).length, code: entry.code, entries: [entry], picked: entry, isCaseLabel: at === 'label' };
          const insertion = handlerInsertion(text, syntaxOf(text, language), language, occurrence, entry);
          assert.ok(insertion, `no ${kind} handler at the ${at}`);
          const placed = { result: text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset) + helpers, inserted: insertion.text };
          const found = await newCheckerFindings(language, name, `|${text}${helpers}`, placed);
          if (found === undefined) return t.skip(`no ${language} checker`);
          problems.push(...found.map((f) => `${kind} at the ${at}: ${f}`));
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
