import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, recordedActivation } from './helper';

suite('Activation', () => {
  test('runs in a real VS Code', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  test('the extension is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID));
  });

  test('activates and its language client becomes ready', async () => {
    await activateExtension();
    const activation = recordedActivation();
    assert.ok(activation, 'activation time was not recorded');
    // A real measurement: positive and finite, and below the time the suite waited for it.
    assert.ok(Number.isFinite(activation.ms) && activation.ms > 0, `activation.ms is ${activation.ms}`);
    assert.ok(activation.ms < activation.readyAtHostUptimeMs, 'activation took longer than the host has been up');
    console.log(`activation: ${JSON.stringify(activation)}`);
  });
});
