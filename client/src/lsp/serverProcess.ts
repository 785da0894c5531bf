import { fork, type ChildProcess } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

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
