// Types of codeServer.mjs, for the TypeScript UI tests that import it.
export declare const ROOT: string;
export declare const CACHE: string;
export declare const SAMPLES: string;
export declare const VSIX: string;
export declare const CHROMIUM: { executablePath: string; args: string[] };

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  logs(): string;
  stop(): Promise<void>;
}

export declare function installCodeServer(): string;
export declare function installExtension(bin: string, vsix: string, extensionsDir: string): void;
export declare function startCodeServer(options: {
  bin: string;
  name: string;
  extensionsDir?: string;
  env?: Record<string, string>;
  port?: number;
  settings?: Record<string, unknown>;
}): Promise<CodeServer>;
export declare function workbenchUrl(
  origin: string,
  options?: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string },
): string;
export declare function samplesFingerprint(): string;
