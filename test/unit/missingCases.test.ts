import { readFileSync } from 'node:fs';
// "Add the missing … codes": which codes, in the file's own form, where, and where nothing is offered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogOf } from '../../shared/src/catalogSources';
import { OccurrenceIndex } from '../../server/src/core/occurrenceIndex';
import { familyOf } from '../../server/src/core/writing/families';
import { missingCasesActions, type CasesAction } from '../../server/src/core/writing/missingCases';
import { syntaxOf } from '../support/syntax';

const catalog = catalogOf();
const cloud = (code: number) => catalog.entriesForCode(code).find((e) => e.source === 'Cloud API')!;

function actionsAt(text: string, languageId: string, at: string): CasesAction[] {
  const lines = text.split('\n');
  const index = new OccurrenceIndex(text, languageId, catalog);
  const isCode = (line: number, start: number) => index.onLine(line).some((o) => o.start === start);
  return missingCasesActions(syntaxOf(text, languageId)!, catalog, text.indexOf(at), (row) => lines[row] ?? '', isCode);
}

function apply(text: string, languageId: string, action: CasesAction): string {
  const document = TextDocument.create('file:///x', languageId, 1, text);
  const edits = action.insertions.map((i) => ({ range: { start: { line: i.line, character: i.character }, end: { line: i.line, character: i.character } }, newText: i.text }));
  return TextDocument.applyEdits(document, edits);
}

const SWITCH = [
  'enum CloudCode {',
  '  RateLimited = 130429,',
  '  SpamRateLimited = 131048,',
  '}',
  'function actionFor(error: { code: number }): string {',
  '  switch (error.code) {',
  '    case CloudCode.RateLimited:',
  "      return 'retry';",
  '    case 131056:',
  "      return 'retry this recipient';",
  '    default:',
  "      return 'log';",
  '  }',
  '}',
  '',
].join('\n');

describe('missing cases', () => {
  it('offers the missing transient codes of the family handled, and all its missing codes', () => {
    const actions = actionsAt(SWITCH, 'typescript', 'case 131056');
    const family = familyOf(cloud(131056));
    const rateLimits = catalog.entries.filter((e) => familyOf(e) === family && !e.lastCode && !e.subcodeOf && !e.deprecated).map((e) => e.code);
    const [transient] = actions;
    assert.match(transient.title, /^Add the missing transient codes of the Cloud API rate limit family \(\d+: /);
    assert.ok(transient.codes.every((c) => cloud(c).transient && rateLimits.includes(c)));
    assert.ok(!transient.codes.includes(130429) && !transient.codes.includes(131056), 'the codes handled are not added');
    assert.ok(transient.codes.includes(80007));
    const all = actions.at(-1)!;
    assert.match(all.title, /^Add all missing codes of the families handled here/);
    assert.ok(all.codes.includes(131048) && all.codes.length > transient.codes.length, 'the permanent ones too');
  });

  it('writes each new case in the file’s form, with its title and what to do, falling into the default', () => {
    const all = actionsAt(SWITCH, 'typescript', 'case 131056').at(-1)!;
    const result = apply(SWITCH, 'typescript', all).split('\n');
    const spam = result.findIndex((l) => l.includes('case CloudCode.SpamRateLimited:'));
    assert.ok(spam > 0, 'the named constant the file declares for 131048');
    assert.match(result[spam], new RegExp(`^    case CloudCode\\.SpamRateLimited: // ${cloud(131048).title}: `));
    assert.ok(result.includes(`    case 80007: // ${cloud(80007).title}: ${cloud(80007).remedy.split('. ')[0].replace(/\.$/, '')}`));
    const defaultAt = result.indexOf('    default:');
    assert.ok(result.slice(spam, defaultAt).every((l) => /^    case .*: \/\/ /.test(l)), 'new cases are labels just before the default');
  });

  it('adds a clause for any other code where there is none', () => {
    const python = 'def kind(error_code):\n    match error_code:\n        case 131047:\n            return "template"\n        case 131026:\n            return "skip"\n    return "unknown"\n';
    const all = actionsAt(python, 'python', '131026').at(-1)!;
    const result = apply(python, 'python', all);
    assert.match(result, /\n        case _: {2}# any other code: error codes are an open set, keep the whole error\n            pass\n    return "unknown"\n$/);
    assert.match(result, /\n        case 131049: {2}# /);
  });

  it('adds entries to a map of codes to messages, the title as the message', () => {
    const text = "const MESSAGES = {\n  131047: 'Send a template',\n  131026: 'Undeliverable'\n};\n";
    const all = actionsAt(text, 'javascript', '131026').at(-1)!;
    const result = apply(text, 'javascript', all);
    assert.ok(result.startsWith("const MESSAGES = {\n  131047: 'Send a template',\n  131026: 'Undeliverable',\n  "), result);
    assert.ok(result.includes(`\n  131049: '${cloud(131049).title.replace(/\.$/, '')}', // `));
    assert.ok(result.endsWith('\n};\n'));
  });

  it("Java's Map.of and Map.ofEntries: each new entry after a comma, written as the last, its comment above; Map.of holds 10 pairs at most", () => {
    const of = 'import java.util.Map;\n// WhatsApp\nclass M {\n  static final Map<Integer, String> M = Map.of(\n    131047, "Send a template",\n    131026, "Undeliverable");\n}\n';
    const actions = actionsAt(of, 'java', '131026');
    assert.deepEqual(actions.map((a) => a.codes.length), [1], 'the 13 codes of "all missing" do not fit in a Map.of');
    const result = apply(of, 'java', actions[0]);
    assert.ok(result.includes(`131026, "Undeliverable",\n    // Wait at least 24 hours`), result);
    assert.ok(result.includes(`\n    131049, "${cloud(131049).title.replace(/\.$/, '')}"\n  );`), result);
    const entries = readFileSync('test/fixtures/missingCases/Maps.java.fixture', 'utf8');
    const all = actionsAt(entries, 'java', '131056').at(-1)!;
    const written = apply(entries, 'java', all);
    assert.ok(written.includes('Map.entry(131056, "Pair rate limit hit"),\n        // '), written);
    // No comma after the last: a list of arguments may not end with one.
    assert.match(written, /\n {8}Map\.entry\(\d+, "[^"]+"\)\n +\/\/ per recipient\n {4}\);/);
  });

  it("Rust's HashMap::from: a tuple per new entry, the title as the message", () => {
    const text = readFileSync('test/fixtures/missingCases/maps.rs', 'utf8');
    assert.deepEqual(actionsAt(text.replace('HashMap::from', 'Vec::from'), 'rust', '131026'), [], 'only HashMap:: or BTreeMap::from is a map');
    const result = apply(text, 'rust', actionsAt(text, 'rust', '131026')[0]);
    assert.ok(result.includes(`        (131026, "Message undeliverable"),\n        (131049, "${cloud(131049).title.replace(/\.$/, '')}"), // `), result);
  });

  it('offers nothing where the labels are not error codes', () => {
    assert.deepEqual(actionsAt("switch (action.type) {\n  case 'send':\n    break;\n}\n", 'typescript', "'send'"), []);
    assert.deepEqual(actionsAt('switch (n) {\n  case 1:\n    break;\n  case 2:\n    break;\n}\n', 'typescript', 'case 2'), []);
    assert.deepEqual(actionsAt('const SIZES = { 100: "s", 200: "m" };\n', 'typescript', '200'), []);
    assert.deepEqual(actionsAt('x = 1\n', 'python', 'x'), []);
    // A login backend's own 470, which the detector leaves alone: no WhatsApp code in it.
    assert.deepEqual(actionsAt('function status(code: number) {\n  switch (code) {\n    case 470:\n      return "locked";\n    case 1026:\n      return "expired";\n  }\n}\n', 'typescript', 'case 1026'), []);
  });
});

describe('missing cases in switches of arms and more maps', () => {
  const titled = (code: number) => `${cloud(code).title}: ${cloud(code).remedy.split('. ')[0].replace(/\.$/, '')}`;

  it('Java: a switch of arrows gets arms that throw until written, a statement without default gets one', () => {
    const text = 'class A { // WhatsApp Cloud API\n  static String f(int code) {\n    return switch (code) {\n      case 130429 -> "retry";\n      default -> "log";\n    };\n  }\n  static void g(int code) {\n    switch (code) {\n      case 131056 -> log();\n    }\n  }\n}\n';
    const result = apply(text, 'java', actionsAt(text, 'java', 'case 130429')[0]).split('\n');
    assert.ok(result.includes(`      case 80007 -> throw new UnsupportedOperationException("not handled yet"); // ${titled(80007)}`), result.join('\n'));
    assert.equal(result[result.findIndex((l) => l.includes('default -> "log"')) - 1].includes('throw new UnsupportedOperationException'), true, 'before the default');
    const statement = apply(text, 'java', actionsAt(text, 'java', 'case 131056')[0]).split('\n');
    assert.match(statement.join('\n'), /case 131056 -> log\(\);\n(      case \d+ -> throw .*\n)+      default -> \{ \} \/\/ any other code/);
  });

  it('C#: a switch expression gets arms; after a last arm without a comma, the comma', () => {
    const text = 'static class A { // WhatsApp Cloud API\n  static string F(int code) => code switch\n  {\n    131056 => "pair",\n    131047 => "template"\n  };\n}\n';
    const result = apply(text, 'csharp', actionsAt(text, 'csharp', '131056 =>')[0]);
    assert.match(result, /131047 => "template",\n(    \d+ => throw new System\.NotImplementedException\(\), \/\/ .*\n)+    _ => throw new System\.NotImplementedException\(\), \/\/ any other code/);
  });

  it('PHP: a match gets arms before its default', () => {
    const text = "<?php\n// WhatsApp Cloud API\n$a = match ($code) {\n    130429 => 'retry',\n    default => 'log',\n};\n";
    const result = apply(text, 'php', actionsAt(text, 'php', '130429 =>')[0]);
    assert.match(result, /130429 => 'retry',\n(    \d+ => throw new \\LogicException\('not handled yet'\), \/\/ .*\n)+    default => 'log',/);
  });

  it('C#: a guarded discard (`_ when …`) is no clause for any other code: one is added after it', () => {
    const text = 'static class A { // WhatsApp Cloud API\n  static string F(int code, int tries) => code switch\n  {\n    131056 => "pair",\n    _ when tries > 3 => "give up",\n  };\n}\n';
    const result = apply(text, 'csharp', actionsAt(text, 'csharp', '131056 =>')[0]);
    assert.match(result, /_ when tries > 3 => "give up",\n(    \d+ => throw new System\.NotImplementedException\(\), \/\/ .*\n)+    _ => throw new System\.NotImplementedException\(\), \/\/ any other code/);
  });

  it('PHP: a match (true) of conditions on codes gets nothing: its arms are no codes', () => {
    const text = "<?php\n// WhatsApp Cloud API\n$a = match (true) {\n    $code === 130429, $code === 131048 => 'retried',\n    $code === 131056 => 'retried per recipient',\n    default => 'log',\n};\n";
    assert.deepEqual(actionsAt(text, 'php', '130429'), []);
  });

  it('C#: a dictionary of codes to messages gets entries, the title as the message', () => {
    const cs = 'static class A { // WhatsApp Cloud API\n  static readonly Dictionary<int, string> M = new() {\n    [131056] = "Pair rate limit",\n    [130429] = "Rate limit"\n  };\n}\n';
    assert.match(apply(cs, 'csharp', actionsAt(cs, 'csharp', '[131056]')[0]), /\[130429\] = "Rate limit",(\n {4}\[\d+\] = ".*", \/\/ .*)*\n {4}\[80007\] = "Rate limit issues", \/\/ .*\n/);
  });
});
