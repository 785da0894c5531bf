import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const wellFormed = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/**
 * Starts the bundled server over stdio, writes `input` and keeps stdin open, as an editor does.
 * Resolves with how the process ended, or 'alive' if it neither answered nor exited in time.
 */
function run(input: string, deadlineMs = 5_000): Promise<{ ended: 'exited' | 'alive'; code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.write(input);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill();
      done({ ended: 'alive', code: null, stdout, stderr });
    }, deadlineMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ ended: 'exited', code, stdout, stderr });
    });
  });
}

describe('a frame the server cannot read', () => {
  const frames: Record<string, string> = {
    'no Content-Length': `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${INITIALIZE}`,
    'a non-numeric Content-Length': `Content-Length: many\r\n\r\n${INITIALIZE}`,
    'a negative Content-Length': `Content-Length: -5\r\n\r\n${INITIALIZE}`,
    'a Content-Length too small for its body': `Content-Length: 7\r\n\r\n${INITIALIZE}`,
  };
  for (const [what, frame] of Object.entries(frames)) {
    it(`with ${what} makes it say why and exit with an error, not hang`, async () => {
      // A well-formed request follows: a hung server would never answer it.
      const result = await run(frame + wellFormed(INITIALIZE));
      assert.equal(result.ended, 'exited', `still running, answered: ${JSON.stringify(result.stdout.slice(0, 200))}`);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /cannot read the message stream/);
    });
  }

  it('is not what a well-formed stream sees: the server answers and stays up', async () => {
    const result = await run(wellFormed(INITIALIZE), 1_500);
    assert.equal(result.ended, 'alive');
    assert.match(result.stdout, /"capabilities"/);
  });
});
