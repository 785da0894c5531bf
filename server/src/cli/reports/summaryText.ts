import { inBrief, type TalliedCode } from '../../core/summary/codeTally';
import type { Place, ScanOutcome } from '../findings';
import { printable } from '../../core/hover/cardStyle';
import type { Paint } from '../terminal';
import { twinsOf } from './jsonShapes';

/**
 * The summary by code for a person: per meaning, its count, title, category, whether a retry may
 * help, first and last place, what to do and its twins; then the totals and what failed the scan.
 */
export function summaryText(outcome: ScanOutcome, paint: Paint): string {
  const { tally, filesRead, errors, failing, gate, checks } = outcome;
  const rows = tally.rows();
  const files = filesRead === 1 ? '1 input' : `${filesRead} inputs`;
  const checked = checks > 0 ? ` ${paint.yellow(`${checks} policy check finding${checks === 1 ? '' : 's'}.`)}` : '';
  if (rows.length === 0) return `${paint.bold('No CEQUENS/WhatsApp error codes')} in ${files}.${checked}${unread(errors.length)}\n`;
  const width = String(rows[0].count).length;
  const blocks = rows.map((row) => rowText(row, width, paint));
  const kinds = rows.length === 1 ? '1 kind' : `${rows.length} kinds`;
  const total = `${paint.bold(`${tally.total} CEQUENS/WhatsApp error code${tally.total === 1 ? '' : 's'}`)} (${kinds}) in ${files}.`;
  const failed = failing > 0 ? ` ${paint.red(`${failing} match --fail-on ${gate}.`)}` : '';
  return `${blocks.join('\n')}\n${total}${checked}${failed}${unread(errors.length)}\n`;
}

function rowText({ code, meanings, count, first, last }: TalliedCode<Place>, width: number, paint: Paint): string {
  const { title, category, transient, remedy } = inBrief(meanings);
  const indent = ' '.repeat(width + 3);
  const lines = [
    `${paint.bold(String(count).padStart(width))} × ${paint.bold(String(code))} ${printable(title)} ${paint.dim(`(${category}, ${transient ? 'transient' : 'permanent'})`)}`,
    `${indent}first ${placeText(first, paint)}${count > 1 ? `, last ${placeText(last, paint)}` : ''}`,
    `${indent}What to do: ${printable(remedy)}`,
  ];
  const twins = twinsOf(meanings);
  if (twins.length > 0) lines.push(`${indent}Same meaning elsewhere: ${twins.join(' · ')}`);
  return `${lines.join('\n')}\n`;
}

export function placeText({ path, line, column }: Place, paint: Paint): string {
  return `${paint.magenta(printable(path))}:${paint.green(String(line))}:${paint.green(String(column))}`;
}

function unread(count: number): string {
  return count === 0 ? '' : ` ${count === 1 ? '1 path' : `${count} paths`} could not be read.`;
}
