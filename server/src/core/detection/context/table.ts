import { READS_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import type { Site } from './site';

/**
 * The header of the Markdown table column whose cell is the candidate alone (`| 1004 |`): the cell
 * of the table's first row in that column, `| Twilio | WhatsApp error code |` → " WhatsApp error code ".
 */
export function columnHeader(site: Site): string | undefined {
  // Asked of every number in a log: the line's first character decides before anything is cut out.
  let first = site.lineStart;
  while (site.text.charCodeAt(first) === 32 || site.text.charCodeAt(first) === 9) first++;
  if (site.text[first] !== '|') return undefined;
  const line = site.lineText;
  const before = line.slice(0, site.value.start - site.lineStart);
  const column = before.split('|').length - 1;
  const cell = line.split('|')[column];
  if (cell === undefined || cell.trim() !== site.text.slice(site.value.start, site.value.end)) return undefined;
  let header: string | undefined;
  for (const above of linesAbove(site, READS_LINES_ABOVE)) {
    if (!above.trimStart().startsWith('|')) break;
    header = above;
  }
  return header?.split('|')[column];
}
