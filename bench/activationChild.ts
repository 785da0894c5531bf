/**
 * Run alone in a fresh Node process: loads dist/client.js with a stub `vscode` module and calls
 * activate() with a stub context, the language client's start stubbed (child_process.fork fails,
 * so no server is spawned). Prints {"loadMs", "activateMs"} as JSON. Outside VS Code this is only
 * a proxy for the real activation time, which the VS Code integration suite records.
 */
import childProcess from 'node:child_process';
import Module from 'node:module';
import { resolve } from 'node:path';

/** Anything: every property is another stub, calls and `new` return stubs. Not thenable. */
function stub(name: string): unknown {
  const target = function () {} as unknown as Record<PropertyKey, unknown>;
  return new Proxy(target, {
    get(_, key) {
      if (typeof key === 'symbol' || key === 'then') return undefined;
      if (key === 'toString' || key === 'valueOf') return () => name;
      if (key === 'version') return '1.100.0';
      return (target[key] ??= stub(`${name}.${key}`));
    },
    set(_, key, value) {
      target[key] = value;
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

// esbuild's interop copies a module's own properties and keeps its prototype: inherit from the stub.
const vscode = Object.create(stub('vscode') as object) as object;
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
(childProcess as { fork: unknown }).fork = () => {
  throw new Error('bench: the language server is not started');
};

const client = resolve(process.argv[2] ?? 'dist/client.js');
const context = new Proxy({ subscriptions: [] as unknown[], asAbsolutePath: (p: string) => resolve(p), extensionPath: resolve('.') }, {
  get: (target, key) => (key in target ? target[key as keyof typeof target] : stub(`context.${String(key)}`)),
});

let started = performance.now();
const extension = require(client) as { activate(context: unknown): unknown };
const loadMs = performance.now() - started;
started = performance.now();
extension.activate(context);
const activateMs = performance.now() - started;
process.stdout.write(JSON.stringify({ loadMs, activateMs }));
process.exit(0);
