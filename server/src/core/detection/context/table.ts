import { READS_LINES_ABOVE } from './limits';
import { linesAbove } from './linesAbove';
import type { Site } from './site';

/**
 * The header of the Markdown table column whose cell is the candidate alone (`| 1004 |`): the cell
 * of the table's first row in that column, `| Twilio | WhatsApp error code |` → " WhatsApp error code ".
 */
export function columnHeader(site: Site): string | undefined {
  const line = site.lineText;
  if (!line.trimStart().startsWith('|')) return undefined;
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
