import { fork, type ChildProcess } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type CancellationToken, type MessageConnection } from 'vscode-jsonrpc/node';

/** A started language server: its process and the JSON-RPC connection to it over Node IPC. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
}

/**
 * Forks the bundled server (dist/server.js) with Node IPC as its transport. `--clientProcessId`
 * lets the server exit by itself when the extension host dies without stopping it. What the
 * server prints goes to `log`. Throws when the process cannot be forked.
 */
export function forkServer(module: string, execArgv: readonly string[], log: (text: string) => void): ServerProcess {
  const child = fork(module, ['--node-ipc', `--clientProcessId=${process.pid}`], { execArgv: [...execArgv], silent: true });
  child.stdout?.on('data', (data: Buffer) => log(data.toString()));
  child.stderr?.on('data', (data: Buffer) => log(data.toString()));
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  return { child, connection };
}

/**
 * A request with a token only when there is one: given `params, undefined`, vscode-jsonrpc takes
 * them for positional parameters and sends `[params, null]`.
 */
export function sendRequest<R>(connection: MessageConnection, method: string, params: object, token?: CancellationToken): Promise<R> {
  return token ? connection.sendRequest<R>(method, params, token) : connection.sendRequest<R>(method, params);
}
