import * as vscode from 'vscode';
import { Trace, type CancellationToken, type TraceValues } from 'vscode-jsonrpc/node';
import type { InitializeParams, LogMessageParams } from 'vscode-languageserver-protocol';
import { DocumentSync } from './documentSync';
import { forkServer, type ServerProcess } from './serverProcess';

export interface LanguageClientOptions {
  /** Shown on the output channel and in messages. */
  readonly name: string;
  /** Absolute path of the server's bundle. */
  readonly serverModule: string;
  /** Node options of the server process (an inspector port while the extension is developed). */
  readonly execArgv: readonly string[];
  /** The setting with the trace level: "off", "messages" or "verbose". */
  readonly traceSetting: { readonly section: string; readonly key: string };
  /** The documents the server reads. */
  readonly selects: (document: vscode.TextDocument) => boolean;
}

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up on a crashing server. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
const SHUTDOWN_TIMEOUT_MS = 2_000;

/**
 * The client side of the language server protocol, for this extension's own server: starts it,
 * hands it the documents, sends requests, traces, restarts it when it crashes, stops it.
 * Over vscode-jsonrpc rather than vscode-languageclient, whose ~360 KB would be most of the
 * extension's bundle for the few features this server has (bench/RESULTS.md).
 */
export class LanguageClient implements vscode.Disposable {
  readonly output: vscode.OutputChannel;
  private readonly sync: DocumentSync;
  private server?: Promise<ServerProcess>;
  private stopping = false;
  private crashes: number[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly options: LanguageClientOptions) {
    this.output = vscode.window.createOutputChannel(options.name);
    this.sync = new DocumentSync(options.selects);
    this.subscriptions.push(
      this.output,
      this.sync,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${options.traceSetting.section}.${options.traceSetting.key}`)) void this.applyTrace();
      }),
    );
  }

  /**
   * Starts the server; resolves once it has answered `initialize`, rejects when it cannot start.
   * The process is forked on a later turn: forking takes ~10 ms, and activate() holds up the
   * extension host.
   */
  start(): Promise<void> {
    this.stopping = false;
    const server = new Promise((resolve) => setImmediate(resolve)).then(() => this.launch());
    this.server = server;
    return server.then(() => undefined);
  }

  async sendRequest<R>(method: string, params: object, token?: CancellationToken): Promise<R> {
    const server = await this.running();
    return server.connection.sendRequest<R>(method, params, token);
  }

  /** Asks the server to shut down and exit, and ends the process if it does not. */
  async stop(): Promise<void> {
    this.stopping = true;
    const server = await this.server?.catch(() => undefined);
    this.server = undefined;
    this.sync.detach();
    if (!server) return;
    const { connection, child } = server;
    const alive = () => child.exitCode === null && child.signalCode === null;
    // One deadline for the whole goodbye: shutdown's answer, then the process's exit.
    const deadline = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS));
    await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), deadline]);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    if (alive()) await Promise.race([new Promise((resolve) => child.once('exit', resolve)), deadline]);
    if (alive()) child.kill();
  }

  dispose(): void {
    void this.stop();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private running(): Promise<ServerProcess> {
    return this.server ?? Promise.reject(new Error(`${this.options.name}: the language server is not running`));
  }

  private async launch(): Promise<ServerProcess> {
    const server = forkServer(this.options.serverModule, this.options.execArgv, (text) => this.output.append(text));
    const { connection, child } = server;
    child.on('exit', (code, signal) => this.exited(server, code ?? signal));
    connection.onNotification('window/logMessage', ({ message }: LogMessageParams) => this.output.appendLine(message));
    // Traced from the first message; the server learns the level from `initialize`.
    const trace = this.traceLevel();
    await connection.trace(Trace.fromString(trace), this.tracer, false);
    const params: InitializeParams = {
      processId: process.pid,
      trace,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        },
      },
    };
    try {
      await connection.sendRequest('initialize', params);
      await connection.sendNotification('initialized', {});
    } catch (error) {
      this.output.appendLine(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      child.kill();
      throw error;
    }
    this.sync.attach(connection);
    return server;
  }

  /** A server that exits unasked is restarted, unless it crashed too often lately. */
  private exited(server: ServerProcess, reason: number | string | null): void {
    server.connection.dispose();
    if (this.stopping) return;
    this.sync.detach();
    this.output.appendLine(`The language server stopped (${reason}).`);
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < RESTART_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      this.server = undefined;
      const minutes = RESTART_WINDOW_MS / 60_000;
      const message = `${this.options.name}: the language server stopped ${this.crashes.length} times in ${minutes} minutes and will not be restarted.`;
      void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => choice && this.output.show());
      return;
    }
    this.output.appendLine('Restarting it.');
    this.server = this.launch();
    this.server.catch(() => undefined);
  }

  /** The trace setting changed: the running server and the client's log follow it. */
  private async applyTrace(): Promise<void> {
    const server = await this.server?.catch(() => undefined);
    await server?.connection.trace(Trace.fromString(this.traceLevel()), this.tracer, true).catch(() => undefined);
  }

  private traceLevel(): TraceValues {
    const { section, key } = this.options.traceSetting;
    const level = vscode.workspace.getConfiguration(section).get<string>(key, 'off');
    return level === 'messages' || level === 'verbose' ? level : 'off';
  }

  private readonly tracer = {
    log: (message: string, data?: string) =>
      this.output.appendLine(`[Trace - ${new Date().toLocaleTimeString()}] ${message}${data ? `\n${data}` : ''}`),
  };
}
