// Runs the VS Code integration suite (out/test/vscode/suite) in desktop VS Code downloaded by
// @vscode/test-electron: needs internet access to update.code.visualstudio.com. Offline, use
// `npm run test:vscode:offline` (code-server). Usage: node test/vscode/runElectron.mjs
// Env: CEQUENS_VSCODE_VERSION (default 1.100.3, the version the offline launcher runs), CEQUENS_TEST_GREP.
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { CACHE, ROOT, SAMPLES } from './codeServer.mjs';

try {
  await runTests({
    version: process.env.CEQUENS_VSCODE_VERSION ?? '1.100.3',
    cachePath: join(CACHE, 'vscode-test'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/vscode/suite/index.js'),
    launchArgs: [SAMPLES, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: {
      CEQUENS_VSCODE_RESULTS: join(CACHE, 'vscode-electron', 'results.json'),
      CEQUENS_TEST_GREP: process.env.CEQUENS_TEST_GREP ?? '',
    },
  });
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
