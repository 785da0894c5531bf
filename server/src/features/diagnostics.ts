import { DiagnosticSeverity, type Connection, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Catalog } from '../../../shared/src/catalog';
import { LOG_AND_PAYLOAD_LANGUAGE_IDS } from '../../../shared/src/languages';
import { nameOf } from '../core/hover/card';
import type { PlacedOccurrence } from '../core/occurrenceIndex';
import { messageOf } from '../core/summary/codeTally';
import type { DocumentStore } from '../documents';
import type { CatalogEntry, SeverityName } from '../../../shared/src/catalogTypes';
import { ListedCodes, type ListedCode, type ListedCodesResult, type ListWanted } from '../core/summary/listedCodes';
import { policyDiagnostics } from './policyDiagnostics';
import type { ResourceSettings, Settings } from './settings';
import { forEachOccurrenceInSlices } from './slices';

export const DIAGNOSTIC_SOURCE = 'cequens';
/** Edits typed in a row publish once, this long after the last. */
const DEBOUNCE_MS = 200;
/** Logs and payloads: where an error code is a problem that happened, not code that handles one. */
const LOG_AND_PAYLOAD_LANGUAGES: ReadonlySet<string> = new Set(LOG_AND_PAYLOAD_LANGUAGE_IDS);

const SEVERITIES: Readonly<Record<SeverityName, DiagnosticSeverity | undefined>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: undefined,
};

/**
 * Publishes each document's error codes as diagnostics (textDocument/publishDiagnostics), built from
 * its occurrence index in slices after edits settle, so that hovers are never kept waiting.
 */
export class Diagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents open, each with diagnostics published or on the way. */
  private readonly open = new Set<string>();
  /** Bumped when settings change: work begun under the old ones is dropped. */
  private generation = 0;
  /** The problems of the team catalog files, by URI: published instead of their error codes, open or not. */
  private readonly fileProblems = new Map<string, Diagnostic[]>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly settings: Settings,
  ) {
    settings.onDidChange(() => {
      this.generation++;
      for (const uri of this.open) this.documentChanged(uri);
    });
  }

  /**
   * Publishes the problems of a file of the extension's own (a team catalog), `[]` when it has none,
   * instead of its error codes: it is no log. Undefined: the file is no longer one of its own.
   */
  setFileProblems(uri: string, problems: Diagnostic[] | undefined): void {
    if (problems) this.fileProblems.set(uri, problems);
    else if (!this.fileProblems.delete(uri)) return;
    if (this.open.has(uri)) this.documentChanged(uri);
    else void this.connection.sendDiagnostics({ uri, diagnostics: problems ?? [] });
  }

  /** A document was opened, edited or closed. */
  documentChanged(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // Not get(): it would apply at once the edits of a replace-all that are being applied in slices.
    if (!this.store.has(uri)) {
      this.settings.forget(uri);
      if (this.open.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: this.fileProblems.get(uri) ?? [] });
      return;
    }
    this.open.add(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, DEBOUNCE_MS),
    );
  }

  private async publish(uri: string): Promise<void> {
    const document = this.store.get(uri);
    if (!document) return;
    const generation = this.generation;
    const settings = await this.settings.for(uri);
    const isStale = () => this.store.get(uri) !== document || this.generation !== generation;
    const own = this.fileProblems.get(uri);
    const wanted = !own && (settings.inSourceCode || LOG_AND_PAYLOAD_LANGUAGES.has(document.index.languageId));
    const list = new DiagnosticList(uri, settings, this.store.catalog);
    if (wanted && !(await forEachOccurrenceInSlices(document, 0, Infinity, (o) => list.add(o), isStale))) return;
    if (isStale()) return;
    // A team catalog file gets its own problems (where it is broken), not the codes it names.
    if (own) return void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: own });
    const policySeverity = SEVERITIES[settings.policySeverity];
    const policy = policySeverity === undefined ? [] : await policyDiagnostics(this.store, document, policySeverity, DIAGNOSTIC_SOURCE, isStale);
    if (!policy || isStale()) return;
    void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: [...list.result(), ...policy] });
  }
}

/**
 * A document's diagnostics, one per occurrence with a severity up to the cap, then one saying how
 * many more there are. The codes are kept as a ListedCodes, which a file's ranges read apart on
 * threads keep too (`wanted`), so one cap serves both.
 */
export class DiagnosticList {
  private readonly listed: ListedCodes;

  constructor(
    private readonly uri: string,
    private readonly settings: ResourceSettings,
    private readonly catalog: Catalog,
  ) {
    this.listed = new ListedCodes(this.wanted());
  }

  add(occurrence: PlacedOccurrence): void {
    this.listed.add(occurrence);
  }

  /** What this list keeps, for a reader of a file's ranges apart: codes with a severity, as many as the list takes. */
  wanted(): ListWanted {
    return { ids: this.catalog.entries.filter((e) => this.severityOf([e]) !== undefined).map((e) => e.id), most: this.settings.maxPerDocument };
  }

  /** Adds what a later range of the file, read apart with `wanted`, listed; its lines numbered after `linesBefore`. */
  addLater(listed: ListedCodesResult, linesBefore: number): void {
    this.listed.addLater(listed, linesBefore);
  }

  result(): Diagnostic[] {
    const { codes, more, firstMore } = this.listed.result();
    const diagnostics = codes.map((listed) => this.diagnosticOf(listed));
    if (!firstMore) return diagnostics;
    const words = more === 1 ? '1 more CEQUENS/WhatsApp error code' : `${more} more CEQUENS/WhatsApp error codes`;
    return [
      ...diagnostics,
      {
        range: rangeOf(firstMore),
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        message: `${words} in this file, from here on, are not listed (cequens.diagnostics.maxPerDocument is ${this.settings.maxPerDocument}).`,
      },
    ];
  }

  private severityOf(meanings: readonly CatalogEntry[]): DiagnosticSeverity | undefined {
    return mostSevere(meanings.map((e) => SEVERITIES[e.severity ?? this.settings.severity[e.category]]));
  }

  private diagnosticOf(listed: ListedCode): Diagnostic {
    const { code } = listed;
    const meanings = listed.meaningIds.map((id) => this.catalog.entry(id)!);
    const range = rangeOf(listed);
    const page = meanings.every((e) => e.page === meanings[0].page) ? meanings[0].page : undefined;
    return {
      range,
      // Listed only with a severity (`wanted`).
      severity: this.severityOf(meanings)!,
      source: DIAGNOSTIC_SOURCE,
      code,
      ...(page ? { codeDescription: { href: page } } : {}),
      message: messageOf(code, meanings),
      // The Problems panel lists these under the problem, and the editor's hover shows them.
      relatedInformation: meanings.map((entry) => ({
        location: { uri: this.uri, range },
        message: meanings.length === 1 ? `What to do: ${entry.remedy}` : `${nameOf(entry)}: ${entry.remedy}`,
      })),
    };
  }
}

function rangeOf({ line, start, end }: ListedCode): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The most severe of the severities (Error is 1), undefined when all are off. */
function mostSevere(severities: readonly (DiagnosticSeverity | undefined)[]): DiagnosticSeverity | undefined {
  const on = severities.filter((s) => s !== undefined);
  return on.length > 0 ? (Math.min(...on) as DiagnosticSeverity) : undefined;
}
