// The writing aids as a user sees them in each language with handlers, through VS Code's own
// commands: codes offered with their titles, a title after a bare code, the missing cases of a
// switch, and a failed status's errors kept by a quick fix. One table, test/vscode/suite/samples.ts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openSample, openScratchFile, positionOf, ROOT, waitFor } from './helper';
import { WRITING_LANGUAGES } from './samples';

/** The code every sample handles, and what its handler's position offers. */
const HANDLED = { code: '471', title: 'Spam Rate limit hit' };
const OFFERED_BESIDE = { code: '429', title: 'Rate limit hit' };
/** 471's family: the missing transient codes a switch handling it gets, by the titles of their comments. */
const TRANSIENT = { action: 'Add the missing transient codes of the On-Premises rate limit family', titles: ['Rate limit hit', 'Too many requests'] };
const FAILED_STATUS_RULE = 'failed-status-errors';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? { label: item.label } : item.label);
const textOf = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));
/** A rule with a page of its own is a { value, target }; without, the code itself. */
const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind, title: string): Promise<vscode.CodeAction[]> {
  return waitFor(`"${title}…"`, async () => {
    const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value);
    return found?.some((a) => a.title.startsWith(title)) && found;
  });
}

/** What the action's edit inserts; it must only insert. */
function insertionOf(document: vscode.TextDocument, action: vscode.CodeAction): string {
  const edits = action.edit?.get(document.uri) ?? [];
  assert.ok(edits.length > 0 && edits.every((e) => e.range.isEmpty), `${action.title}: only inserts`);
  return edits.map((e) => e.newText).join('');
}

for (const language of WRITING_LANGUAGES) {
  suite(`Writing handlers in ${language.language}`, () => {
    let document: vscode.TextDocument;
    let code: vscode.Position;
    suiteSetup(async () => {
      await activateExtension();
      ({ document } = await openSample(language.file));
      code = positionOf(document, language.handler, HANDLED.code);
    });
    suiteTeardown(closeAllEditors);

    test(`${language.file}: \`${language.handler}\` offers the codes with their titles`, async () => {
      // After the first digit typed: the codes it starts, each with its title beside it.
      const items = await waitFor(`${HANDLED.code} offered`, async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, code.translate(0, 1));
        const labels = list?.items.map(labelOf) ?? [];
        return labels.some((l) => l.label === HANDLED.code) && labels;
      });
      for (const { code: offered, title } of [HANDLED, OFFERED_BESIDE]) {
        assert.equal(items.find((l) => l.label === offered)?.description, title, `${offered}'s title beside it`);
      }
    });

    test(`${language.file}: the title of ${HANDLED.code} shows after it`, async () => {
      // The first hint after the code: right after it, or after a case label's colon.
      const end = code.translate(0, HANDLED.code.length);
      const hint = await waitFor(`a hint after ${HANDLED.code}`, async () => {
        const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, document.lineAt(code.line).range);
        return hints?.filter((h) => h.position.isAfterOrEqual(end)).sort((a, b) => a.position.character - b.position.character)[0];
      });
      assert.equal(textOf(hint), HANDLED.title);
    });

    test(`${language.switchOfCodes?.name ?? language.file}: the switch gets the missing transient codes of the family it handles`, async () => {
      const { document: switched } = language.switchOfCodes ? await openScratchFile(language.switchOfCodes.name, language.switchOfCodes.text) : { document };
      const at = positionOf(switched, language.switchOfCodes ? `case ${HANDLED.code}` : language.handler, HANDLED.code);
      const actions = await codeActions(switched, new vscode.Range(at, at), vscode.CodeActionKind.RefactorRewrite, TRANSIENT.action);
      assert.ok(actions.some((a) => a.title.startsWith('Add all missing codes of the families handled here')), actions.map((a) => a.title).join(' | '));
      // Read from the edit, not applied: a sample left unchanged needs no revert.
      const inserted = insertionOf(switched, actions.find((a) => a.title.startsWith(TRANSIENT.action))!);
      // Each new case comes with a comment: its title, then what to do.
      for (const title of TRANSIENT.titles) assert.ok(inserted.includes(`${title}: `), `${title} added: ${inserted}`);
    });

    test(`${language.failedStatuses}: a failed status read without its errors is a problem; its quick fix keeps them`, async () => {
      const fixture = readFileSync(resolve(ROOT, 'test/fixtures/failedStatuses', language.failedStatuses), 'utf8');
      const { document: statuses } = await openScratchFile(language.failedStatuses.replace(/\.fixture$/, ''), fixture);
      const problems = () => vscode.languages.getDiagnostics(statuses.uri).filter((d) => ruleOf(d) === FAILED_STATUS_RULE);
      const [problem] = await waitFor(`the ${FAILED_STATUS_RULE} problem`, () => problems().length > 0 && problems());
      const actions = await codeActions(statuses, problem.range, vscode.CodeActionKind.QuickFix, "Keep the failed status's errors");
      const keep = actions.find((a) => a.title.startsWith("Keep the failed status's errors"))!;
      assert.notEqual(keep.isPreferred, true, 'an auto-fix must not apply it');
      const inserted = insertionOf(statuses, keep);
      assert.ok(await vscode.workspace.applyEdit(keep.edit!), 'the edit was not applied');
      assert.match(inserted, /Keep why it failed: each error's code, title, details and link\./);
      assert.match(inserted, /\bkeep_?status_?errors\(/i, 'handed to a function of yours');
      await waitFor('the problem gone', () => !problems().some((d) => d.range.isEqual(problem.range)));
    });
  });
}
