/**
 * Mocha root hooks for the browser UI tests: installs code-server if needed, installs the packaged
 * .vsix (black box: what users get) into a fresh extensions folder and starts code-server once.
 * Test files reach it through $CEQUENS_UI_ORIGIN.
 */
import { existsSync, rmSync } from 'node:fs';
import {
  VSIX,
  installCodeServer,
  installExtension,
  samplesFingerprint,
  startCodeServer,
  type CodeServer,
} from '../vscode/codeServer.mjs';
import { EXTENSIONS_DIR, closeBrowser, screenshotLatest } from './workbench';

let server: CodeServer | undefined;
let samplesBefore = '';

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    this.timeout(10 * 60_000); // the first run installs code-server
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
    const bin = installCodeServer();
    rmSync(EXTENSIONS_DIR, { recursive: true, force: true });
    installExtension(bin, VSIX, EXTENSIONS_DIR);
    server = await startCodeServer({
      bin,
      name: 'ui',
      extensionsDir: EXTENSIONS_DIR,
      // Edits are never saved, and no backup brings them back in the next test's window.
      settings: { 'files.hotExit': 'off', 'workbench.editor.enablePreview': false },
    });
    process.env.CEQUENS_UI_ORIGIN = server.origin;
    samplesBefore = samplesFingerprint();
  },
  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const path = await screenshotLatest(test.fullTitle());
    if (path) console.log(`      screenshot of the failure: ${path}`);
  },
  async afterAll(): Promise<void> {
    await closeBrowser();
    await server?.stop();
    if (samplesBefore && samplesFingerprint() !== samplesBefore) {
      throw new Error('a UI test saved a file under samples/ (see `git diff samples`)');
    }
  },
};
