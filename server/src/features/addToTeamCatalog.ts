import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, CreateFile, TextDocumentEdit, type ClientCapabilities, type CodeAction, type CodeActionParams, type Connection } from 'vscode-languageserver';
import { applyEdits, parse } from 'jsonc-parser';
import { newEntryIn } from '../core/teamCatalog/newEntry';
import { TEAM_CATALOG_SCHEMA_REFERENCE, teamCatalogSchemaText } from '../core/teamCatalog/teamCatalogFile';
import { positionAt } from '../core/teamCatalog/teamCatalogs';
import { RUN_SERVER_COMMAND } from '../../../shared/src/contributions';
import { SERVER_COMMANDS, type AddToTeamCatalogArgs } from '../../../shared/src/protocol';
import type { DocumentStore } from '../documents';
import type { TeamCatalogFiles } from './teamCatalogFiles';

/**
 * "Add 9001 to the team catalog" on a number the catalog lacks that stands where a code would, in a
 * document that names WhatsApp: the command adds an entry to fill in to `.cequens/catalog.json` of
 * the document's folder (`workspace/applyEdit`, creating the file where there is none) and opens
 * it, the entry's title selected (`window/showDocument`). The schema's copy its `$schema` names is
 * written beside it first, so that the editor's JSON language server finds it when the file opens.
 */
export class AddToTeamCatalog {
  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly files: TeamCatalogFiles,
    private readonly capabilities: () => ClientCapabilities,
  ) {}

  /** `viaClient`: the client runs server commands under a command of its own (VS Code: RUN_SERVER_COMMAND). */
  actions({ textDocument: { uri }, range }: CodeActionParams, viaClient: boolean): CodeAction[] {
    const analysed = this.store.get(uri);
    if (!analysed || this.files.folderCatalogOf(uri) === undefined) return [];
    const codes = analysed.index
      .unknownCodesIn(range.start.line, range.end.line)
      .filter((o) => (o.line > range.start.line || o.end >= range.start.character) && (o.line < range.end.line || o.start <= range.end.character))
      .map((o) => o.code);
    return [...new Set(codes)].map((code) => {
      const title = `Add ${code} to the team catalog`;
      const args: AddToTeamCatalogArgs = { textDocument: { uri }, code };
      const command = viaClient
        ? { title, command: RUN_SERVER_COMMAND, arguments: [SERVER_COMMANDS.addToTeamCatalog, args] }
        : { title, command: SERVER_COMMANDS.addToTeamCatalog, arguments: [args] };
      return { title, kind: CodeActionKind.QuickFix, command };
    });
  }

  /** The command (SERVER_COMMANDS.addToTeamCatalog). */
  async add({ textDocument: { uri }, code }: AddToTeamCatalogArgs): Promise<void> {
    const target = this.files.folderCatalogOf(uri);
    if (target === undefined || !Number.isInteger(code)) return;
    const open = this.store.get(target);
    const text = open ? open.index.text.text() : await readFile(fileURLToPath(target), 'utf8').catch(() => undefined);
    const added = newEntryIn(text, code);
    if (!added) {
      void this.connection.window.showErrorMessage(`${fileURLToPath(target)} is not a JSON object: fix it, then add ${code}.`);
      return;
    }
    const before = text ?? '';
    const after = applyEdits(before, added.edits.map(({ offset, length, text: content }) => ({ offset, length, content })));
    if ((parse(after) as { $schema?: unknown }).$schema === TEAM_CATALOG_SCHEMA_REFERENCE) await writeSchemaBeside(target);
    const { workspace, window } = this.capabilities();
    const edits = added.edits.map((e) => ({ range: { start: positionAt(before, e.offset), end: positionAt(before, e.offset + e.length) }, newText: e.text }));
    if (edits.length > 0) {
      const canCreate = workspace?.workspaceEdit?.documentChanges === true && workspace.workspaceEdit.resourceOperations?.includes('create') === true;
      if (text === undefined && !canCreate) {
        // A client that cannot create files over LSP: the file is written as the edit would make it.
        await mkdir(dirname(fileURLToPath(target)), { recursive: true });
        await writeFile(fileURLToPath(target), edits[0].newText);
      } else {
        const changes =
          workspace?.workspaceEdit?.documentChanges === true
            ? { documentChanges: [...(text === undefined ? [CreateFile.create(target, { ignoreIfExists: true })] : []), TextDocumentEdit.create({ uri: target, version: open?.version ?? null }, edits)] }
            : { changes: { [target]: edits } };
        const { applied, failureReason } = await this.connection.workspace.applyEdit({ label: `Add ${code} to the team catalog`, edit: changes });
        if (!applied) return void this.connection.console.error(`Adding ${code} to ${target} failed: ${failureReason ?? 'the editor did not apply the edit'}`);
      }
    }
    const selection = { start: positionAt(after, added.fillIn.offset), end: positionAt(after, added.fillIn.offset + added.fillIn.length) };
    if (window?.showDocument?.support) await this.connection.window.showDocument({ uri: target, takeFocus: true, selection });
    await this.files.reload();
  }
}

/** The schema's copy that `$schema` names beside the catalog, written where it is missing or is another version's. */
async function writeSchemaBeside(catalog: string): Promise<void> {
  const path = fileURLToPath(new URL(TEAM_CATALOG_SCHEMA_REFERENCE, catalog));
  const text = teamCatalogSchemaText();
  if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
