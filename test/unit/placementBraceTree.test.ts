// Issue 19: the brace languages place handlers from the syntax tree (statements.scm, branches.scm),
// in the shapes their tokens never told apart: a branch for codes joined by `||`, a blank line after
// an empty case's label, a C# catch filter and switch-expression arm, an `if`…`else if` chain on one line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOf } from '../../shared/src/catalogSources';
import { handlerInsertionAtCursor } from '../../server/src/core/snippets/placement';
import { insertAt } from '../support/handlerAt';
import { syntaxOf } from '../support/syntax';

/** The document with the handler at the cursor (`^`, on a line without code) for 470; undefined: none. */
function atCursor(marked: string, language: string): string | undefined {
  const at = marked.indexOf('^');
  const text = marked.replace('^', '');
  const insertion = handlerInsertionAtCursor(text, syntaxOf(text, language), language, at, catalogOf().entriesForCode(470)[0]);
  return insertion && text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
}

describe('brace languages placed from the syntax tree', () => {
  it('an empty branch for codes joined by ||: the handler tests its own code', () => {
    const placed = insertAt('function f(e) {\n  if (e.code === |470 || e.code === 1) {\n  }\n}\n', 'javascript');
    assert.match(placed!.result, /\n {2}if \(e\.code === 470 \|\| e\.code === 1\) \{\n {4}\/\/ 470 [^\n]*\n {4}if \(e\.code === 470\) \{\n/);
  });

  it('an if and else-if on one line: after the whole statement, as comments', () => {
    const placed = insertAt('class A {\n  void f(int c) {\n    if (c == 1) a(); else if (c == |470) b(); else d();\n    e();\n  }\n}\n', 'java');
    assert.match(placed!.result, /else d\(\);\n {4}\/\/ 470 [^\n]*\n(?: {4}\/\/[^\n]*\n)+ {4}e\(\);\n/);
  });

  it('a C# catch filter that tests the code: into the catch block, on the line after its brace', () => {
    const placed = insertAt('class A {\n    void F() {\n        try { G(); }\n        catch (CequensException ex) when (ex.Code == |470)\n        {\n        }\n    }\n}\n', 'csharp');
    assert.match(placed!.result, /when \(ex\.Code == 470\)\n {8}\{\n {12}\/\/ 470 [^\n]*\n/);
  });

  it('a C# switch expression arm: comments under it, after its comma', () => {
    const placed = insertAt('class A {\n    string F(CequensException ex) {\n        return ex.Code switch\n        {\n            |470 => "template",\n            _ => "other",\n        };\n    }\n}\n', 'csharp', true);
    assert.match(placed!.result, /\n {12}470 => "template",\n {16}\/\/ 470 [^\n]*\n(?: {16}\/\/[^\n]*\n)+ {12}_ => "other",\n/);
  });

  it('a blank line after an empty case label: in that case, indented under the label', () => {
    assert.match(atCursor('function f(e) {\n  switch (e.code) {\n    case 470:\n      ^\n    default:\n      log(e);\n  }\n}\n', 'javascript')!, /\n {4}case 470:\n {6}\/\/ 470 [^\n]*\n/);
    assert.match(atCursor('package m\n\nfunc f(e *Error) {\n\tswitch e.Code {\n\tcase 470:\n\t\t^\n\t}\n}\n', 'go')!, /\n\tcase 470:\n\t\t\/\/ 470 [^\n]*\n/);
  });

  it('a field of a class, a Go declaration outside functions: none', () => {
    assert.equal(insertAt('class A {\n  code = |470;\n}\n', 'typescript'), undefined);
    assert.equal(insertAt('package m\n\nvar code = |470\n', 'go'), undefined);
  });
});
