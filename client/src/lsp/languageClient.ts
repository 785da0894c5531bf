import * as vscode from 'vscode';
import { Trace, type CancellationToken, type TraceValues } from 'vscode-jsonrpc/node';
import type { InitializeParams, LogMessageParams } from 'vscode-languageserver-protocol';
import { DocumentSync } from './documentSync';
import { forkServer, sendRequest, type ServerProcess } from './serverProcess';

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

/** What requests meet once the client has given up on the server or stopped it. */
export class ServerNotRunningError extends Error {}

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up on a crashing server. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
const INITIALIZE_TIMEOUT_MS = 20_000;
const SHUTDOWN_TIMEOUT_MS = 2_000;

/**
 * The client side of the language server protocol, for this extension's own server: starts it,
 * hands it the documents, sends requests, traces, restarts it when it crashes, stops it.
 * Over vscode-jsonrpc rather than vscode-languageclient, whose ~360 KB would be most of the
 * extension's bundle for the few features this server has (bench/RESULTS.md).
 */
export class LanguageClient implements vscode.Disposable {
  private readonly output: vscode.OutputChannel;
  private outputClosed = false;
  private readonly sync: DocumentSync;
  /** The process forked last, from the moment it is forked. */
  private current?: ServerProcess;
  /** The server once it has answered `initialize`; undefined when there is none to wait for. */
  private server?: Promise<ServerProcess>;
  private stopped?: Promise<void>;
  private crashes: number[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly options: LanguageClientOptions) {
    this.output = vscode.window.createOutputChannel(options.name);
    this.sync = new DocumentSync(options.selects);
    this.subscriptions.push(
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
    const server = new Promise((resolve) => setImmediate(resolve)).then(() => this.launch());
    this.server = server;
    return server.then(() => undefined);
  }

  async sendRequest<R>(method: string, params: object, token?: CancellationToken): Promise<R> {
    if (!this.server) throw new ServerNotRunningError(`${this.options.name}: the language server is not running`);
    return sendRequest<R>((await this.server).connection, method, params, token);
  }

  /** Writes to the output channel, as long as it is open. */
  log(text: string): void {
    if (!this.outputClosed) this.output.appendLine(text);
  }

  /**
   * Asks the server to shut down and exit, and ends the process if it does not. Once: VS Code
   * calls deactivate() and then disposes the extension's subscriptions, this client among them.
   */
  stop(): Promise<void> {
    return (this.stopped ??= this.shutDown());
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    void this.stop().finally(() => {
      this.outputClosed = true;
      this.output.dispose();
    });
  }

  private async shutDown(): Promise<void> {
    const starting = this.server;
    this.server = undefined; // no request goes out after `shutdown`
    this.sync.detach();
    const process = this.current;
    if (!process) return;
    const { connection, child } = process;
    const alive = () => child.exitCode === null && child.signalCode === null;
    // One deadline for the whole goodbye: the end of start-up, shutdown's answer, the process's exit.
    const deadline = new Promise<false>((resolve) => setTimeout(() => resolve(false), SHUTDOWN_TIMEOUT_MS));
    const initialized = await Promise.race([starting?.then(() => true, () => false) ?? false, deadline]);
    if (initialized) {
      await Promise.race([sendRequest(connection, 'shutdown', {}).catch(() => undefined), deadline]);
      await connection.sendNotification('exit').catch(() => undefined);
    }
    connection.dispose();
    if (alive()) await Promise.race([new Promise((resolve) => child.once('exit', resolve)), deadline]);
    if (alive()) child.kill();
  }

  private async launch(): Promise<ServerProcess> {
    if (this.stopped) throw new ServerNotRunningError(`${this.options.name}: stopped before the server started`);
    const server = forkServer(this.options.serverModule, this.options.execArgv, (text) => this.log(text.trimEnd()));
    this.current = server;
    const { connection, child } = server;
    let started = false;
    child.on('exit', (code, signal) => {
      connection.dispose(); // settles the requests still waiting for an answer
      if (started) this.exited(code ?? signal);
    });
    connection.onNotification('window/logMessage', ({ message }: LogMessageParams) => this.log(message));
    // Traced from the first message; the server learns the level from `initialize`.
    const trace = this.traceLevel();
    await connection.trace(Trace.fromString(trace), this.tracer, false);
    try {
      await withTimeout(sendRequest(connection, 'initialize', this.initializeParams(trace)), INITIALIZE_TIMEOUT_MS, 'initialize');
      await connection.sendNotification('initialized', {});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log(`The language server did not start: ${reason}`);
      child.kill();
      if (!this.stopped) this.tell(`${this.options.name}: the language server did not start (${reason}).`);
      throw error;
    }
    started = true;
    this.sync.attach(connection);
    return server;
  }

  private initializeParams(trace: TraceValues): InitializeParams {
    return {
      processId: process.pid,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      rootUri: null,
      workspaceFolders: null,
      trace,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        },
      },
    };
  }

  /** A server that had started and exits unasked is restarted, unless it crashed too often lately. */
  private exited(reason: number | string | null): void {
    if (this.stopped) return;
    this.sync.detach();
    this.log(`The language server stopped (${reason}).`);
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < RESTART_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      this.server = undefined;
      const minutes = RESTART_WINDOW_MS / 60_000;
      this.tell(`${this.options.name}: the language server stopped ${this.crashes.length} times in ${minutes} minutes and will not be restarted.`);
      return;
    }
    this.log('Restarting it.');
    this.start().catch(() => undefined);
  }

  /** An error message with a way to the details. */
  private tell(message: string): void {
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => choice && this.output.show());
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
    log: (message: string, data?: string) => this.log(`[Trace - ${new Date().toLocaleTimeString()}] ${message}${data ? `\n${data}` : ''}`),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
