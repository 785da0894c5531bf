import { DidChangeConfigurationNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import manifest from '../../../package.json';
import { CATEGORIES, SEVERITY_NAMES, type Category, type SeverityName } from '../../../shared/src/catalogTypes';
import { CONFIGURATION_SECTION } from '../../../shared/src/contributions';


/** The settings of one resource: `cequens.diagnostics.*` and `cequens.inlayHints.enabled`. */
export interface ResourceSettings {
  readonly severity: Readonly<Record<Category, SeverityName>>;
  readonly maxPerDocument: number;
  readonly inSourceCode: boolean;
  readonly inlayHints: boolean;
  /** `cequens.policyChecks.severity`: how a code handled against its meaning shows. */
  readonly policySeverity: SeverityName;
}

/** The defaults are those package.json declares, so that an editor without settings gets what VS Code shows. */
const declared = manifest.contributes.configuration.properties;
export const DEFAULT_SETTINGS: ResourceSettings = {
  severity: declared['cequens.diagnostics.severity'].default as Record<Category, SeverityName>,
  maxPerDocument: declared['cequens.diagnostics.maxPerDocument'].default,
  inSourceCode: declared['cequens.diagnostics.inSourceCode'].default,
  inlayHints: declared['cequens.inlayHints.enabled'].default,
  policySeverity: declared['cequens.policyChecks.severity'].default as SeverityName,
};

/** The `cequens` section as `workspace/configuration` returns it, with anything unusable replaced by its default. */
export function resourceSettingsOf(section: unknown): ResourceSettings {
  const diagnostics = objectOr((objectOr(section) as { diagnostics?: unknown }).diagnostics) as Record<string, unknown>;
  const severity = objectOr(diagnostics.severity) as Record<string, unknown>;
  const max = diagnostics.maxPerDocument;
  const inlayHints = (objectOr((objectOr(section) as { inlayHints?: unknown }).inlayHints) as { enabled?: unknown }).enabled;
  const policy = (objectOr((objectOr(section) as { policyChecks?: unknown }).policyChecks) as { severity?: unknown }).severity;
  return {
    severity: Object.fromEntries(
      CATEGORIES.map((c) => [c, SEVERITY_NAMES.includes(severity[c] as SeverityName) ? severity[c] : DEFAULT_SETTINGS.severity[c]]),
    ) as Record<Category, SeverityName>,
    maxPerDocument: typeof max === 'number' && Number.isInteger(max) && max >= 0 ? max : DEFAULT_SETTINGS.maxPerDocument,
    inSourceCode: typeof diagnostics.inSourceCode === 'boolean' ? diagnostics.inSourceCode : DEFAULT_SETTINGS.inSourceCode,
    inlayHints: typeof inlayHints === 'boolean' ? inlayHints : DEFAULT_SETTINGS.inlayHints,
    policySeverity: SEVERITY_NAMES.includes(policy as SeverityName) ? (policy as SeverityName) : DEFAULT_SETTINGS.policySeverity,
  };
}

function objectOr(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}

/**
 * The settings per document, asked of the client (`workspace/configuration`, per resource) once and
 * kept until the client says they changed. A client that cannot be asked, or answers nothing, gets
 * the section it pushed (`didChangeConfiguration` settings `{ "cequens": {...} }`, else the
 * `initializationOptions`), else the defaults.
 */
export class Settings {
  private readonly cache = new Map<string, Promise<ResourceSettings>>();
  private canAsk = false;
  /** The client registers notifications dynamically: settings changes are asked for once it is initialized. */
  private registers = false;
  private pushed: unknown;
  private readonly changeListeners: (() => void)[] = [];

  constructor(private readonly connection: Connection) {}

  /** Call from onInitialize. */
  initialize(capabilities: ClientCapabilities, initializationOptions: unknown): void {
    this.canAsk = capabilities.workspace?.configuration === true;
    this.pushed = initializationOptions;
    this.registers = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.connection.onDidChangeConfiguration(({ settings }) => {
      const section = (objectOr(settings) as Record<string, unknown>)[CONFIGURATION_SECTION];
      if (typeof section === 'object' && section !== null) this.pushed = section;
      this.cache.clear();
      for (const listener of this.changeListeners) listener();
    });
  }

  /** Call from onInitialized (the connection keeps one handler of it, for every feature). */
  initialized(): void {
    if (this.registers) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIGURATION_SECTION });
  }

  onDidChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  for(uri: string): Promise<ResourceSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.section(uri).then(resourceSettingsOf);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** The `cequens` section for a resource (a document, a workspace folder): asked of the client, else the one it pushed. */
  section(scopeUri: string): Promise<unknown> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    return this.connection.workspace
      .getConfiguration({ scopeUri, section: CONFIGURATION_SECTION })
      .then((section: unknown) => (typeof section === 'object' && section !== null ? section : this.pushed), () => this.pushed);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
