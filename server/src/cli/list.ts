import { version } from '../../../package.json';
import type { Catalog } from '../../../shared/src/catalog';
import { codeOf } from '../../../shared/src/entryNames';
import { TOOL_NAME, type ListFormat } from './commandLine';
import { JSON_FORMAT_VERSION } from './reports/jsonShapes';
import { printable } from '../core/hover/cardStyle';
import type { Paint } from './terminal';

/** `list`: every entry of the catalog, a line each (code, textual code, title, category, retry, source), or as JSON. */
export function list(catalog: Catalog, format: ListFormat, paint: Paint): string {
  if (format === 'json') return `${JSON.stringify({ version: JSON_FORMAT_VERSION, tool: { name: TOOL_NAME, version }, entries: catalog.entries }, null, 2)}\n`;
  const width = Math.max(...catalog.entries.map((e) => codeOf(e).length));
  const lines = catalog.entries.map((e) => {
    const name = e.stringCode ? `${e.stringCode} ${e.title}` : e.title;
    const facts = `${e.category}, ${e.transient ? 'transient' : 'permanent'}, ${e.source}${e.deprecated ? ', deprecated' : ''}`;
    return `${paint.bold(codeOf(e).padEnd(width))}  ${printable(name)} ${paint.dim(`(${facts})`)}`;
  });
  return `${lines.join('\n')}\n`;
}
