import type { SummaryResult } from '../../../shared/src/protocol';

/** What the page needs besides the summary: its Content-Security-Policy nonce and heading. */
export interface SummaryPage {
  readonly nonce: string;
  readonly heading: string;
}

const CHART_WIDTH = 600;
const BAR_HEIGHT = 18;
const TIMELINE_HEIGHT = 80;

/**
 * The summary view's page: a sortable table (one row per code, first and last line linking back
 * to the document), a bar chart of the counts and a timeline per minute, in plain SVG themed with
 * VS Code's CSS variables. Nothing loads from anywhere: the policy allows only the page's own
 * style and script, by nonce. Every catalog and document text is escaped.
 */
export function summaryHtml(summary: SummaryResult, { nonce, heading }: SummaryPage): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(heading)}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: top; }
  th { cursor: pointer; user-select: none; }
  th[aria-sort="ascending"]::after { content: " \\25B2"; }
  th[aria-sort="descending"]::after { content: " \\25BC"; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
  a { color: var(--vscode-textLink-foreground); }
  svg text { fill: var(--vscode-foreground); font-size: 11px; }
  .bar { fill: var(--vscode-charts-blue); }
  .transient { fill: var(--vscode-charts-yellow); }
  .minute { fill: var(--vscode-charts-red); }
  .muted { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h2>${escapeHtml(heading)}</h2>
<p class="muted" role="status">${counts(summary)}</p>
${table(summary)}
<h3>Counts</h3>
${barChart(summary)}
<h3>Per minute</h3>
${timeline(summary)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** "18703 error codes, 32 distinct.", and while the document is being read, how far that is. */
function counts({ total, rows, reading }: SummaryResult): string {
  const found = `${total} error code${total === 1 ? '' : 's'}, ${rows.length} distinct`;
  if (!reading) return `${found}.`;
  const percent = Math.floor((100 * reading.linesRead) / Math.max(1, reading.lines));
  const of = reading.unit === 'bytes' ? `${(reading.lines / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB` : `${reading.lines.toLocaleString('en')} lines`;
  return `Reading: ${percent} % of ${of} so far, ${found}. The counts grow until it is done.`;
}

function table({ rows }: SummaryResult): string {
  const body = rows
    .map(
      (r) => `<tr>
  <td class="number" data-value="${r.code}">${r.code}</td>
  <td>${escapeHtml(r.title)}</td>
  <td>${escapeHtml(r.category)}</td>
  <td data-value="${r.transient ? 1 : 0}">${r.transient ? 'transient' : 'permanent'}</td>
  <td class="number" data-value="${r.count}">${r.count}</td>
  <td class="number" data-value="${r.firstLine}"><a href="#" data-line="${r.firstLine}">${r.firstLine + 1}</a></td>
  <td class="number" data-value="${r.lastLine}"><a href="#" data-line="${r.lastLine}">${r.lastLine + 1}</a></td>
  <td>${escapeHtml(r.remedy)}</td>
</tr>`,
    )
    .join('\n');
  const headings = ['Code', 'Title', 'Category', 'Retry', 'Count', 'First line', 'Last line', 'What to do'];
  return `<table id="codes">
<thead><tr>${headings.map((h) => `<th scope="col" tabindex="0">${h}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function barChart({ rows }: SummaryResult): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const labelWidth = 60;
  const room = CHART_WIDTH - labelWidth - 40;
  const bars = rows.map((r, i) => {
    const y = i * BAR_HEIGHT;
    const width = Math.max(1, Math.round((r.count / max) * room));
    return `<g><title>${r.code} ${escapeHtml(r.title)}: ${r.count}</title>
<text x="0" y="${y + 13}">${r.code}</text>
<rect class="${r.transient ? 'transient' : 'bar'}" x="${labelWidth}" y="${y + 3}" width="${width}" height="${BAR_HEIGHT - 6}"></rect>
<text x="${labelWidth + width + 4}" y="${y + 13}">${r.count}</text></g>`;
  });
  return `<svg role="img" aria-label="Count per code" width="${CHART_WIDTH}" height="${rows.length * BAR_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${rows.length * BAR_HEIGHT}">
${bars.join('\n')}
</svg>`;
}

function timeline({ perMinute }: SummaryResult): string {
  if (perMinute.length === 0) return '<p class="muted">No line with an ISO-8601 timestamp.</p>';
  const times = perMinute.map((m) => Date.parse(`${m.minute}Z`));
  const first = times[0];
  const minutes = Math.max(1, (times[times.length - 1] - first) / 60_000 + 1);
  const slot = CHART_WIDTH / minutes;
  const max = Math.max(...perMinute.map((m) => m.count));
  const chart = TIMELINE_HEIGHT - 16;
  const bars = perMinute.map((m, i) => {
    const height = Math.max(1, Math.round((m.count / max) * chart));
    const x = ((times[i] - first) / 60_000) * slot;
    return `<rect class="minute" x="${x.toFixed(1)}" y="${chart - height}" width="${Math.max(1, slot - 1).toFixed(1)}" height="${height}"><title>${escapeHtml(m.minute)}: ${m.count}</title></rect>`;
  });
  const last = perMinute[perMinute.length - 1].minute;
  return `<svg role="img" aria-label="Error codes per minute" width="${CHART_WIDTH}" height="${TIMELINE_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${TIMELINE_HEIGHT}">
${bars.join('\n')}
<text x="0" y="${TIMELINE_HEIGHT - 2}">${escapeHtml(perMinute[0].minute)}</text>
<text x="${CHART_WIDTH}" y="${TIMELINE_HEIGHT - 2}" text-anchor="end">${escapeHtml(last)}</text>
</svg>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Sorting by a column's heading (numbers by value), and line links that ask the extension to reveal the line. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-line]');
  if (link) {
    event.preventDefault();
    vscode.postMessage({ reveal: Number(link.dataset.line) });
  }
});
const table = document.getElementById('codes');
const headings = [...table.tHead.rows[0].cells];
const sortBy = (heading) => {
  const column = heading.cellIndex;
  const ascending = heading.getAttribute('aria-sort') !== 'ascending';
  headings.forEach((h) => h.removeAttribute('aria-sort'));
  heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const key = (row) => {
    const cell = row.cells[column];
    return cell.dataset.value !== undefined ? Number(cell.dataset.value) : cell.textContent.toLowerCase();
  };
  const rows = [...table.tBodies[0].rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
  });
  table.tBodies[0].append(...rows);
};
headings.forEach((heading) => {
  heading.addEventListener('click', () => sortBy(heading));
  heading.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && sortBy(heading));
});
`;
