import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

describe('the samples workspace', () => {
  it('opens the TypeScript sample with no error: it type-checks on its own (no @types/node there)', () => {
    const configFile = resolve('samples/typescript/tsconfig.json');
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, resolve('samples/typescript'));
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(errors, []);
  });
});
