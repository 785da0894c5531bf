import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openScratchFile, waitFor } from './helper';

/** A TypeScript handler of WhatsApp Cloud API codes: a switch with a bare code, a set named for retrying. */
const SOURCE = [
  '// WhatsApp Cloud API errors',
  'export const RETRYABLE_CODES = [130429, 131047];',
  'export function actionFor(err: { code: number }): string {',
  '  switch (err.code) {',
  '    case 131056:',
  "      return 'retry later';",
  '    default:',
  "      return 'log';",
  '  }',
  '}',
  '',
].join('\n');

/** The problems of a policy check's rule in a document, once there are some. */
function problemsOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`the ${rule} problem`, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => typeof d.code === 'object' && d.code.value === rule);
    return found.length > 0 && found;
  });
}

/** The same with a `case ` being typed before the default. */
const TYPING = SOURCE.replace('    default:', '    case \n    default:');

suite('Writing handlers', () => {
  let editor: vscode.TextEditor;
  suiteSetup(async () => {
    await activateExtension();
    editor = await openScratchFile('handlers.ts', SOURCE);
  });
  suiteTeardown(closeAllEditors);

  test('completion after `case ` offers the codes with their titles', async () => {
    const typing = await openScratchFile('typing.ts', TYPING);
    const list = await waitFor('codes offered after case', async () => {
      const found = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', typing.document.uri, new vscode.Position(6, 9));
      return found?.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '130429') && found;
    });
    const item = list.items.find((i) => typeof i.label !== 'string' && i.label.label === '131048')!;
    assert.ok(item, 'a rate limit of the family the switch handles');
    assert.equal((item.label as vscode.CompletionItemLabel).description, 'Spam rate limit hit');
  });

  test('a permanent code in a set for retrying is a problem, with its rule as code', async () => {
    const diagnostics = await problemsOf(editor.document.uri, 'retry-permanent');
    assert.equal(diagnostics[0].range.start.line, 1);
    assert.match(diagnostics[0].message, /^131047 is permanent/);
  });

  test('a permanent code tested by an if whose branch retries is a problem', async () => {
    const source = '// WhatsApp Cloud API errors\nexport function onError(err: { code: number }, resend: () => void): void {\n  if (err.code === 131047) {\n    resend();\n  }\n}\n';
    const retrying = await openScratchFile('retrying.ts', source);
    const [diagnostic] = await problemsOf(retrying.document.uri, 'retry-permanent');
    assert.equal(diagnostic.range.start.line, 2);
  });

  test('a transient code given up on is a final-transient problem, whose quick fix is offered, not preferred', async () => {
    const source = "// WhatsApp Cloud API errors\nexport function onError(err: { code: number }, markFailed: () => void): void {\n  switch (err.code) {\n    case 131056:\n      markFailed();\n      break;\n  }\n}\n";
    const giving = await openScratchFile('givingUp.ts', source);
    const [diagnostic] = await problemsOf(giving.document.uri, 'final-transient');
    assert.equal(diagnostic.range.start.line, 3);
    assert.match(diagnostic.message, /^131056 is transient: it is treated as final here/);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', giving.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Insert handler for 131056'));
    assert.ok(fix, actions.map((a) => a.title).join('; '));
    assert.notEqual(fix.isPreferred, true, 'an auto-fix must not apply it');
  });

  test('a permanent code in a set for retrying: the quick fix leaves it out where the set is tested, and the problem goes', async () => {
    const source = '// WhatsApp Cloud API errors\nconst RETRYABLE = new Set([131056, 470]);\nexport function onError(err: { code: number }, retry: () => void): void {\n  if (RETRYABLE.has(err.code)) retry();\n}\n';
    const retrying = await openScratchFile('retrySet.ts', source);
    const [diagnostic] = await problemsOf(retrying.document.uri, 'retry-permanent');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', retrying.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Leave 470 out where RETRYABLE is tested: it is not retried');
    assert.ok(fix?.edit, actions.map((a) => a.title).join('; '));
    assert.notEqual(fix.isPreferred, true, 'an auto-fix must not apply it');
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', retrying.document.uri, diagnostic.range, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(!fixAll.some((a) => a.title === fix.title || a.diagnostics?.some((d) => d.source === 'cequens')), `"fix all" applies none of ours: ${fixAll.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(retrying.document.lineAt(3).text, /^ {2}if \(err\.code !== 470 && RETRYABLE\.has\(err\.code\)\) retry\(\);$/);
    await waitFor('the problem gone', () => vscode.languages.getDiagnostics(retrying.document.uri).every((d) => typeof d.code !== 'object' || d.code.value !== 'retry-permanent'));
  });

  test('a Java switch of arrows gets the missing codes as arms', async () => {
    const source = 'class Codes {\n  static String action(int code) {\n    return switch (code) {\n      case 130429 -> "retry";\n      default -> "log";\n    };\n  }\n}\n';
    const java = await openScratchFile('Codes.java', source);
    const actions = await waitFor('the missing cases actions', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', java.document.uri, new vscode.Range(3, 12, 3, 12), vscode.CodeActionKind.RefactorRewrite.value);
      return found?.some((a) => a.title.startsWith('Add the missing transient codes')) && found;
    });
    const transient = actions.find((a) => a.title.startsWith('Add the missing transient codes'))!;
    assert.ok(transient.edit && (await vscode.workspace.applyEdit(transient.edit)));
    assert.match(java.document.getText(), /"retry";\n(?: {6}case \d+ -> throw new UnsupportedOperationException\("not handled yet"\); \/\/ [^\n]+\n)+ {6}default -> "log";/);
  });

  test('"Add all missing codes" adds cases before the default', async () => {
    const actions = await waitFor('the missing cases actions', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(4, 10, 4, 10), vscode.CodeActionKind.RefactorRewrite.value);
      return found?.some((a) => a.title.startsWith('Add all missing codes')) && found;
    });
    const all = actions.find((a) => a.title.startsWith('Add all missing codes'))!;
    assert.ok(all.edit && (await vscode.workspace.applyEdit(all.edit)));
    const text = editor.document.getText();
    assert.match(text, /\n {4}case 130429: \/\/ Rate limit hit: [^\n]+\n(?: {4}case \d+: \/\/ [^\n]+\n)* {4}default:\n/);
  });
});
