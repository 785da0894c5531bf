/** The results table: printed, and written to bench/RESULTS.md with the machine it ran on. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface Row {
  readonly metric: string;
  readonly measured: string;
  /** E.g. "< 500 ms"; empty for a figure without a target. */
  readonly target?: string;
  /** Undefined: no target or not measured. */
  readonly pass?: boolean;
  readonly note?: string;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function renderTable(rows: readonly Row[]): string {
  const verdict = (row: Row) => (row.target ? (row.pass === undefined ? 'n/a' : row.pass ? 'pass' : '**FAIL**') : '');
  const cells = rows.map((row) => [row.metric, row.measured, row.target ?? '', verdict(row), row.note ?? '']);
  const header = ['Benchmark', 'Measured', 'Target', 'Result', 'Notes'];
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [header, header.map(() => '---'), ...cells].map((line) => `| ${line.map(escape).join(' | ')} |`).join('\n');
}

export function writeReport(file: string, rows: readonly Row[], preamble: readonly string[], notes: readonly string[]): string {
  const text = [
    '# Benchmarks',
    '',
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${machine()}.`,
    ...preamble.map((line) => (line ? `- ${line}` : line)),
    '',
    renderTable(rows),
    '',
    ...notes.map((line) => `- ${line}`),
    '',
  ].join('\n');
  writeFileSync(file, text);
  return text;
}

/**
 * Puts `rows` into an existing report's table, each in place of the row of the same metric, else
 * after the block of rows whose metric starts with `after` (else at the table's end); the other
 * rows stay as they are.
 */
export function updateRows(file: string, rows: readonly Row[], after: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rendered = renderTable(rows).split('\n').slice(2);
  const metricOf = (line: string) => /^\| (.*?) \| /.exec(line)?.[1];
  const tableEnd = lines.findIndex((line, i) => i > 0 && lines[i - 1].startsWith('|') && !line.startsWith('|'));
  for (const [i, row] of rows.entries()) {
    const metric = renderTable([row]).split('\n')[2].slice(2).split(' | ')[0];
    const existing = lines.findIndex((line) => metricOf(line) === metric);
    if (existing >= 0) {
      lines[existing] = rendered[i];
      continue;
    }
    // After the previous new row, else after the named block, else at the end of the table.
    const previous = i > 0 ? lines.indexOf(rendered[i - 1]) : -1;
    let at = previous >= 0 ? previous + 1 : -1;
    if (at < 0) {
      const block = lines.findLastIndex((line) => line.startsWith(`| ${after}`));
      at = block >= 0 ? block + 1 : tableEnd >= 0 ? tableEnd : lines.length;
    }
    lines.splice(at, 0, rendered[i]);
  }
  writeFileSync(file, lines.join('\n'));
}
