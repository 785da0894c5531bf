/** The results table: printed, and written to bench/RESULTS.md with the machine it ran on. */
import { writeFileSync } from 'node:fs';
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
