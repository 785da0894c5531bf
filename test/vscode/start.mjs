// `npm start`: opens the extension (built by esbuild into dist/) with the samples/ workspace.
// Desktop VS Code when `code` is on PATH (--extensionDevelopmentPath); otherwise code-server on
// 127.0.0.1 (installed into .cache/ on first use), printing the URL. Env: PORT (code-server, default 8080).
import { spawn, spawnSync } from 'node:child_process';
import { ROOT, SAMPLES, installCodeServer, startCodeServer, workbenchUrl } from './codeServer.mjs';

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CEQUENS_CODE_SERVER) {
  spawn('code', [`--extensionDevelopmentPath=${ROOT}`, SAMPLES], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 0));
} else {
  const server = await startCodeServer({
    bin: installCodeServer(),
    name: 'start',
    port: Number(process.env.PORT ?? 8080),
  });
  const url = workbenchUrl(server.origin, { folder: SAMPLES, extensionDevelopmentPath: ROOT });
  console.log(`\nCEQUENS WhatsApp Error Codes in code-server (VS Code 1.100.3), samples/ open:\n\n  ${url}\n`);
  console.log('Rebuild with `npm run build` (or `npm run watch`) and reload the page. Ctrl+C stops the server.');
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
