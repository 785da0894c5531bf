// A handler that uses a package adds the import it needs, where the language's tools would put it:
// Go's into the import block (gopls), Python's one `import` a line after the module's opening
// imports (isort, PEP 8). A package the file already binds is not imported again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog } from '../../shared/src/catalog';
import { cequensEntries } from '../../shared/src/cequensCatalog';
import type { Occurrence } from '../../server/src/core/detection/occurrence';
import { languageFor } from '../../server/src/core/language';
import { missingImports } from '../../server/src/core/snippets/imports';
import { handlerInsertion, type HandlerInsertion } from '../../server/src/core/snippets/placement';
import { syntaxOf } from '../support/syntax';

const catalog = new Catalog(cequensEntries());

/** The document without its `|`, and the handler for the code after it (asserted to be offered). */
function placed(marked: string, languageId: string): { text: string; insertion: HandlerInsertion } {
  const start = marked.indexOf('|');
  const text = marked.replace('|', '');
  const digits = /^\d+/.exec(text.slice(start))![0];
  const entry = catalog.entriesForCode(Number(digits))[0];
  const occurrence: Occurrence = { start, end: start + digits.length, code: entry.code, entries: [entry], picked: entry, isCaseLabel: false };
  const insertion = handlerInsertion(text, syntaxOf(text, languageId), languageId, occurrence, entry);
  assert.ok(insertion);
  return { text, insertion };
}

/** The imports the handler adds: where (the 1-based line of the offset) and what. */
function importsAdded(marked: string, languageId: string): { at: number; text: string }[] {
  const { text, insertion } = placed(marked, languageId);
  return insertion.imports.map((i) => ({ at: text.slice(0, i.offset).split('\n').length, text: i.text }));
}

/** The document with only the imports the handler adds. */
function withImports(marked: string, languageId = 'python'): string {
  const { text, insertion } = placed(marked, languageId);
  return [...insertion.imports].sort((a, b) => b.offset - a.offset).reduce((doc, i) => doc.slice(0, i.offset) + i.text + doc.slice(i.offset), text);
}

describe('handler imports: Go, as gopls places them', () => {
  const goWith = (imports: string) => `package p\n${imports}\nfunc send(err *Error) {\n\tfmt.Println("CEQUENS error |1015", err)\n}\n`;

  it('into the import block, the paths it lacks', () => {
    assert.deepEqual(importsAdded(goWith('\nimport (\n\t"fmt"\n\t"time"\n)\n'), 'go'), [{ at: 6, text: '\t"log"\n\t"math/rand"\n' }]);
  });

  it('a new import block after the package clause, where there is none', () => {
    assert.deepEqual(importsAdded('package p\n\nfunc send(err *Error) {\n\tif err.Code == |1015 {\n\t}\n}\n', 'go'), [
      { at: 1, text: '\n\nimport (\n\t"log"\n\t"math/rand"\n\t"time"\n)' },
    ]);
  });

  it('after the last single import, past its comment', () => {
    assert.deepEqual(importsAdded(goWith('\nimport "fmt" // printing\n'), 'go'), [{ at: 3, text: '\nimport "log"\nimport "math/rand"\nimport "time"' }]);
  });

  it('none, and no crash, where an import block is left open or an import has no path (a file being edited)', () => {
    assert.deepEqual(importsAdded('package p\n\nimport (\n\t"log"\n\nfunc send(err *Error) {\n\tlog.Println("CEQUENS error |1015", err)\n}\n', 'go'), []);
    assert.deepEqual(importsAdded('package p\n\nfunc send(err *Error) {\n\tlog.Println("CEQUENS error |1015", err)\n}\nimport\n', 'go').length, 1);
  });

  it('nothing where the file imports them all', () => {
    assert.deepEqual(importsAdded(goWith('\nimport (\n\t"fmt"\n\t"log"\n\t"math/rand"\n\t"time"\n)\n'), 'go'), []);
  });
});

/** A Python function that logs code 1015 (Too many requests) of its error: the retry of its handler sleeps with jitter. */
const SEND = 'def send(error):\n    log("CEQUENS error |1015", error)\n';
const ASYNC_SEND = 'async def send(error):\n    log("CEQUENS error |1015", error)\n';

describe('handler imports: Python, as isort places them', () => {
  it('after the last opening import, past a parenthesized import over several lines', () => {
    const head = 'import logging\nfrom dataclasses import (\n    dataclass,\n    field,\n)\n';
    assert.equal(withImports(`${head}\n\n${SEND}`), `${head}import random\nimport time\n\n\n${SEND.replace('|', '')}`);
  });

  it('after an import line\'s comment, and after a line of imports separated by semicolons', () => {
    assert.equal(withImports(`import os  # paths\n\n${SEND}`), `import os  # paths\nimport random\nimport time\n\n${SEND.replace('|', '')}`);
    assert.equal(withImports(`import os; import sys\n\n${SEND}`), `import os; import sys\nimport random\nimport time\n\n${SEND.replace('|', '')}`);
  });

  it('only what the file does not bind: `import os, time`, `from numpy import random` count; `import time as t` does not bind time', () => {
    assert.deepEqual(importsAdded(`import os, time\nfrom numpy import random\n\n${SEND}`, 'python'), []);
    assert.deepEqual(importsAdded(`from os import path, random as rnd\nimport time as t\n\n${SEND}`, 'python'), [{ at: 2, text: '\nimport random\nimport time' }]);
  });

  it('in an async function, asyncio with random', () => {
    assert.equal(withImports(`import logging\n\n${ASYNC_SEND}`), `import logging\nimport asyncio\nimport random\n\n${ASYNC_SEND.replace('|', '')}`);
  });

  it('an import in a function or under `if TYPE_CHECKING:` binds nothing for the module; a late top-level one does, but the new ones go with the opening imports', () => {
    const source = `import os\nif TYPE_CHECKING:\n    import time\n\n${SEND}    import random\n`;
    assert.deepEqual(importsAdded(source, 'python'), [{ at: 1, text: '\nimport random\nimport time' }]);
    assert.deepEqual(importsAdded(`import os\n\n${SEND}\nimport time\n`, 'python'), [{ at: 1, text: '\nimport random' }]);
  });

  it('an import in a module-level try/except or if/else binds the name for the module', () => {
    const source = `import os\ntry:\n    import time\nexcept ImportError:\n    time = None\nif os.name == "nt":\n    import random\nelse:\n    from secrets import SystemRandom as random\n\n${SEND}`;
    assert.deepEqual(importsAdded(source, 'python'), []);
  });

  it('after the module docstring (one that reads "import time" too) and `from __future__` imports, a blank line before code', () => {
    const docstring = '"""Sends messages.\n\nimport time\n"""\n';
    assert.equal(
      withImports(`${docstring}from __future__ import annotations\n${SEND}`),
      `${docstring}from __future__ import annotations\n\nimport random\nimport time\n\n${SEND.replace('|', '')}`,
    );
    assert.equal(withImports(`${docstring}\n${SEND}`), `${docstring}\nimport random\nimport time\n\n${SEND.replace('|', '')}`);
  });

  it('at the top of a file without imports, after its module comment', () => {
    const header = '# CEQUENS WhatsApp client\n# Copyright the authors\n';
    assert.equal(withImports(`${header}\n${SEND}`), `${header}import random\nimport time\n\n${SEND.replace('|', '')}`);
  });

  it('at the top of a file without imports, after a shebang and an encoding line, a blank line before code', () => {
    assert.equal(withImports(SEND), `import random\nimport time\n\n${SEND.replace('|', '')}`);
    const header = '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n';
    assert.equal(withImports(`${header}${SEND}`), `${header}import random\nimport time\n\n${SEND.replace('|', '')}`);
    assert.equal(withImports(`${header}\n${SEND}`), `${header}import random\nimport time\n\n${SEND.replace('|', '')}`);
    // A comment that is neither stays below the imports, with the code it describes.
    assert.equal(withImports(`# Sending.\n${SEND}`), `import random\nimport time\n\n# Sending.\n${SEND.replace('|', '')}`);
  });

  it('keeps CRLF line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    assert.equal(withImports(crlf(`"""Sends."""\n${SEND}`)), crlf(`"""Sends."""\n\nimport random\nimport time\n\n${SEND.replace('|', '')}`));
  });

  it('a package a template names by another qualifier is imported as that name', () => {
    const python = languageFor('python').syntax;
    const handler = 'np.zeros(3)  # time.sleep in a comment imports nothing\n';
    const packages = { np: 'numpy', time: 'time' };
    assert.deepEqual(missingImports(syntaxOf('import os\n', 'python')!, 'import os\n', handler, python, { syntax: 'python', packages }, '\n'), { offset: 9, text: '\nimport numpy as np' });
  });
});
