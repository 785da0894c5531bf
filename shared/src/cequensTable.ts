/**
 * Reads the CEQUENS error table as published (a copy lives in shared/catalog/): a header, then
 * one block per entry of code, title and description, blocks separated by empty lines.
 *
 * Layout conventions of that text, kept as meaning:
 * - a line that starts with a no-break space and reads as a sentence is the remedy;
 *   other lines that start with one (a list item, a continuation) are description;
 * - a line that is only a no-break space is an empty description;
 * - after the lead line, further lines are list items, except that a line ending in " or"
 *   continues on the next one;
 * - "(Deprecated)" after the code is a flag.
 */
export interface CequensTableEntry {
  readonly code: number;
  readonly deprecated: boolean;
  readonly title: string;
  /** Set when the title is a gateway's textual code such as MISSING_TOKEN. */
  readonly stringCode?: string;
  readonly description: string;
  readonly details: readonly string[];
  readonly remedy?: string;
}

const NO_BREAK_SPACE = '\u00a0';
const CODE_LINE = /^(\d+)\s*(\(Deprecated\))?$/;
const STRING_CODE = /^[A-Z][A-Z_]*$/;

export function parseCequensTable(text: string): CequensTableEntry[] {
  const blocks = text.replace(/\r\n?/g, '\n').trim().split(/\n\n+/);
  const [codeHeader, titleHeader, descriptionHeader] = blocks;
  if (codeHeader !== 'Response Code' || titleHeader !== 'Title' || descriptionHeader !== 'Description') {
    throw new Error('CEQUENS table: expected the header "Response Code / Title / Description"');
  }
  const entries: CequensTableEntry[] = [];
  for (let i = 3; i < blocks.length; i += 3) {
    const codeMatch = CODE_LINE.exec(blocks[i].replaceAll(NO_BREAK_SPACE, ' ').trim());
    const title = blocks[i + 1]?.trim();
    const body = blocks[i + 2];
    if (!codeMatch || !title || body === undefined) {
      throw new Error(`CEQUENS table: malformed entry starting with ${JSON.stringify(blocks[i])}`);
    }
    entries.push({
      code: Number(codeMatch[1]),
      deprecated: codeMatch[2] !== undefined,
      title,
      ...(STRING_CODE.test(title) ? { stringCode: title } : {}),
      ...parseBody(body),
    });
  }
  return entries;
}

function parseBody(body: string): Pick<CequensTableEntry, 'description' | 'details' | 'remedy'> {
  const lines: string[] = [];
  let remedy: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (raw.startsWith(NO_BREAK_SPACE) && isSentence(line)) remedy = line;
    else lines.push(line);
  }
  const paragraphs = joinContinuations(lines);
  const [lead = '', ...items] = paragraphs;
  return {
    description: lead,
    details: items.map((item) => item.replace(/^-\s*/, '')),
    ...(remedy === undefined ? {} : { remedy }),
  };
}

function isSentence(line: string): boolean {
  return /^[A-Z]/.test(line) && line.endsWith('.');
}

function joinContinuations(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && / or$/.test(joined[last])) joined[last] += ` ${line}`;
    else joined.push(line);
  }
  return joined;
}
