/**
 * One self-contained HTML page to read the run's result in a browser and to
 * print on A4: the add-on's summary sheets first, each table with its charts
 * beside it; then every other sheet (the responses, 郵送回答, 名簿 …) with its
 * size and only its first rows, so the page stays small however many answered;
 * then the mails sent. All text from the workbook is escaped: a cell is
 * shown, never interpreted.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { formatDateTime } from '../../src/model/dates';
import { singleLine } from '../../src/model/text';
import { ROLE_KEY } from '../../src/gas/sheets';
import type { ChartView, SentMail, SheetView, WorkbookView } from '../../emulator/view';
import type { RenderedChart } from './charts';
import { LOCAL_REPORT } from '../../src/messages';

const TEXT = LOCAL_REPORT;

/** The role the add-on gives its summary sheets starts so (ROLES.summary in src/actions/context.ts). */
const SUMMARY_ROLE_PREFIX = 'summary.';
/** Rows of a raw sheet shown below its header. */
export const PREVIEW_ROWS = 10;
/** A raw sheet's cell is shown up to this many characters: a preview, not the data. */
const PREVIEW_CELL_CHARS = 40;
/**
 * A table with more columns is printed on landscape pages; a raw sheet with
 * more shares the page's width equally among them.
 */
const WIDE_COLUMNS = 8;
/** Mails listed; the rest are in outbox/. */
export const OUTBOX_ROWS = 100;
/**
 * Rows a summary sheet shows: every one at any real round. Past this (a
 * 自由記述 of tens of thousands of answers) the sheet is cut with a note, so
 * that the page stays a few megabytes.
 */
export const SUMMARY_ROWS = 3000;
/** A block of at most this many rows is kept on one page when it fits. */
const KEEP_TOGETHER_ROWS = 30;
const BODY_PREVIEW_LINES = 3;

const STYLE = `
:root { color-scheme: light; }
body { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, sans-serif;
  margin: 0 auto; padding: 1.5rem; max-width: 1400px; color: #202124; line-height: 1.7; line-break: strict; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #4285f4; padding-bottom: .2rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
h4 { font-size: .95rem; margin: .8rem 0 .3rem; }
nav h2 { margin-top: 1.5rem; }
nav ol { padding-left: 1.5rem; margin: .3rem 0; }
.note { color: #5f6368; font-size: .9rem; margin: .2rem 0 .4rem; }
.block { margin: 0 0 1.6rem; }
.block.with-charts { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
.block-tables { flex: 1 1 26rem; min-width: 0; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .9rem; margin: 0 0 .6rem; max-width: 100%; }
table.fixed { table-layout: fixed; width: 100%; }
th, td { border: 1px solid #dadce0; padding: .2rem .45rem; min-width: 3em; max-width: 36em; vertical-align: top; white-space: pre-wrap; text-align: left; font-weight: normal; }
thead th { background: #f1f3f4; }
.bold > * { font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 0; flex: 0 1 auto; max-width: 100%; }
figure svg { display: block; max-width: 100%; height: auto; }
@page { size: A4 portrait; margin: 14mm 12mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5f6368; } }
@page wide { size: A4 landscape; margin: 12mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5f6368; } }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.45; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 0; }
  section { break-before: page; }
  /* A sheet with wide tables (a cross table by 職種, the response sheet) gets landscape pages. */
  section.wide { page: wide; }
  h2, h3, h4, .note { break-after: avoid; }
  .block.keep, figure, tr { break-inside: avoid; }
  .block.with-charts { display: block; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 1pt 4pt; }
  thead { display: table-header-group; }
  figure { margin: .4rem 0 0; }
  /* A chart is never split: a tall one is scaled to the page. */
  figure svg { max-height: 235mm; width: auto; }
  section.wide figure svg { max-height: 160mm; }
  .raw table { font-size: 7pt; }
  .raw .num { white-space: normal; }
  a { color: inherit; text-decoration: none; }
}
`;

type Kind = 'summary' | 'raw';

interface Entry {
  readonly sheet: SheetView;
  readonly id: string;
  readonly kind: Kind;
  readonly svgs: ReadonlyMap<string, string>;
}

export async function writeReport(view: WorkbookView, charts: readonly RenderedChart[], file: string): Promise<void> {
  const svgs = await Promise.all(charts.map(async (chart) => ({ chart, svg: await readFile(chart.file, 'utf8') })));
  const svgsOf = (sheet: SheetView) => new Map(svgs.filter(({ chart }) => chart.sheet === sheet.name).map(({ chart, svg }) => [chart.chartId, svg]));
  const entries = view.sheets.map((sheet, index): Entry => ({ sheet, id: `sheet-${index + 1}`, kind: isSummary(sheet) ? 'summary' : 'raw', svgs: svgsOf(sheet) }));
  const summaries = entries.filter((entry) => entry.kind === 'summary');
  const raws = entries.filter((entry) => entry.kind === 'raw');
  const html = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(view.name)}</h1>
<nav>
<h2>${TEXT.contents}</h2>
${summaries.length ? `<h3>${TEXT.summarySheets}</h3>\n<ol>\n${summaries.map(navItem).join('\n')}\n</ol>` : ''}
<h3>${TEXT.rawSheets}</h3>
<p class="note">${TEXT.rawSheetsNote(PREVIEW_ROWS)}</p>
<ol>
${raws.map(navItem).join('\n')}
<li><a href="#outbox">${TEXT.outbox}</a>（${TEXT.mails(view.outbox.length)}）</li>
</ol>
</nav>
${summaries.map(summarySection).join('\n')}
${raws.map(rawSection).join('\n')}
${outboxSection(view.outbox, view.timeZone)}
</body>
</html>
`;
  await writeFile(file, html, 'utf8');
}

/** The add-on marks the sheets it owns with their role (src/gas/sheets.ts); summary roles start with 'summary.'. */
function isSummary(sheet: SheetView): boolean {
  const role = sheet.developerMetadata.find((metadata) => metadata.key === ROLE_KEY)?.value ?? '';
  return role.startsWith(SUMMARY_ROLE_PREFIX);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function navItem({ sheet, id, kind, svgs }: Entry): string {
  const detail = kind === 'raw' ? TEXT.size(rowCount(sheet), columnCount(sheet)) : svgs.size ? TEXT.charts(svgs.size) : '';
  return `<li><a href="#${id}">${escapeHtml(sheet.name)}</a>${detail ? `（${detail}）` : ''}</li>`;
}

/** Rows and columns of the sheet's data, as Sheets counts its last row and column. */
function rowCount(sheet: SheetView): number {
  return sheet.display.length;
}

function columnCount(sheet: SheetView): number {
  return sheet.display[0]?.length ?? 0;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((text) => text === '');
}

/** The last non-empty column of these rows, 1-based (0 when all are empty). */
function usedWidth(sheet: SheetView, rows: readonly number[]): number {
  let width = 0;
  for (const r of rows) {
    const row = sheet.display[r];
    for (let c = row.length - 1; c >= width; c--) if (row[c] !== '') { width = c + 1; break; }
  }
  return width;
}

function cellHtml(sheet: SheetView, r: number, c: number, cell: 'th' | 'td', text: string): string {
  const value = sheet.values[r]?.[c];
  const numeric = typeof value === 'number' || value instanceof Date;
  return `<${cell}${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</${cell}>`;
}

function rowHtml(sheet: SheetView, r: number, width: number, cell: 'th' | 'td', bold: ReadonlySet<number>, cut = Infinity): string {
  const cells = sheet.display[r].slice(0, width).map((text, c) => cellHtml(sheet, r, c, cell, clip(text, cut)));
  return `<tr${bold.has(r + 1) ? ' class="bold"' : ''}>${cells.join('')}</tr>`;
}

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return `${Array.from(text).slice(0, chars).join('')}…`;
}

/** `fixed`: the table takes the page's width and its columns share it equally, so that none runs off a printed page. */
function tableHtml(head: string[], body: string[], fixed = false): string {
  return `<div class="table-wrap"><table${fixed ? ' class="fixed"' : ''}>
${head.length ? `<thead>${head.join('\n')}</thead>\n` : ''}<tbody>
${body.join('\n')}
</tbody></table></div>`;
}

/** The first row of a chart's data, when the data is on its own sheet. */
function chartDataRow(chart: ChartView): number | null {
  const a1 = chart.ranges[0]?.a1;
  if (!a1 || a1.includes('!')) return null;
  const match = /^\$?[A-Z]+\$?(\d+)/.exec(a1);
  return match ? Number(match[1]) : null;
}

/**
 * A summary sheet as the tables it holds: the rows between blank rows form a
 * block, and a block reads as title lines (a row with only its first cell
 * filled: bold a heading, else a note), a table (bold rows at its start are
 * its head) and, in the layered tables, further headings and tables. Each
 * chart stands beside the block its data comes from.
 */
function summarySection({ sheet, id, svgs }: Entry): string {
  const hidden = new Set(sheet.hiddenRows);
  const bold = new Set(sheet.boldRows);
  const visible = sheet.display.map((_, r) => r).filter((r) => !hidden.has(r + 1));
  const shown = visible.slice(0, SUMMARY_ROWS);
  const blocks: number[][] = [];
  let current: number[] = [];
  for (const r of shown) {
    if (isBlank(sheet.display[r])) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(r);
  }
  if (current.length) blocks.push(current);

  const chartsOf = new Map<number, ChartView[]>();
  const loose: ChartView[] = [];
  for (const chart of sheet.charts) {
    if (!svgs.has(chart.id)) continue;
    const row = chartDataRow(chart);
    const index = row === null ? -1 : blocks.findIndex((block) => block.includes(row - 1));
    if (index < 0) loose.push(chart);
    else chartsOf.set(index, [...(chartsOf.get(index) ?? []), chart]);
  }
  const figure = (chart: ChartView) => `<figure>${svgs.get(chart.id)}</figure>`;

  const html = blocks.map((rows, index) => {
    const charts = chartsOf.get(index) ?? [];
    const body = blockHtml(sheet, rows, bold);
    const classes = ['block', ...(charts.length ? ['with-charts'] : []), ...(rows.length <= KEEP_TOGETHER_ROWS ? ['keep'] : [])];
    return charts.length
      ? `<div class="${classes.join(' ')}"><div class="block-tables">${body}</div>\n${charts.map(figure).join('\n')}</div>`
      : `<div class="${classes.join(' ')}">${body}</div>`;
  });
  const notes = [
    ...(visible.length < sheet.display.length ? [TEXT.hiddenRows(sheet.display.length - visible.length)] : []),
    ...(shown.length < visible.length ? [TEXT.summaryCut(shown.length, visible.length)] : []),
  ];
  const wide = blocks.some((rows) => usedWidth(sheet, rows) > WIDE_COLUMNS);
  return `<section id="${id}"${wide ? ' class="wide"' : ''}>
<h2>${escapeHtml(sheet.name)}</h2>
${notes.map((note) => `<p class="note">${note}</p>\n`).join('')}${html.join('\n')}
${loose.map(figure).join('\n')}
</section>`;
}

function blockHtml(sheet: SheetView, rows: readonly number[], bold: ReadonlySet<number>): string {
  const width = usedWidth(sheet, rows);
  const parts: string[] = [];
  let head: string[] = [];
  let body: string[] = [];
  let lines = 0;
  const flush = () => {
    if (head.length || body.length) parts.push(tableHtml(head, body));
    head = [];
    body = [];
  };
  for (const r of rows) {
    const row = sheet.display[r];
    const single = row[0] !== '' && row.slice(1).every((text) => text === '');
    const isBold = bold.has(r + 1);
    if (single && (isBold || (head.length === 0 && body.length === 0))) {
      flush();
      const text = escapeHtml(row[0]);
      parts.push(isBold ? (lines++ === 0 ? `<h3>${text}</h3>` : `<h4>${text}</h4>`) : `<p class="note">${text}</p>`);
    } else if (isBold && body.length === 0) head.push(rowHtml(sheet, r, width, 'th', bold));
    else body.push(rowHtml(sheet, r, width, 'td', bold));
  }
  flush();
  return parts.join('\n');
}

/** A sheet of data rather than results: its size, its header and its first rows. */
function rawSection({ sheet, id }: Entry): string {
  const hidden = new Set(sheet.hiddenRows);
  const bold = new Set(sheet.boldRows);
  const visible = sheet.display.map((_, r) => r).filter((r) => !hidden.has(r + 1));
  const [header, ...rest] = visible;
  const shown = rest.slice(0, PREVIEW_ROWS);
  const width = columnCount(sheet);
  const table = header === undefined ? '' : tableHtml(
    [rowHtml(sheet, header, width, 'th', bold, PREVIEW_CELL_CHARS)],
    shown.map((r) => rowHtml(sheet, r, width, 'td', bold, PREVIEW_CELL_CHARS)),
    width > WIDE_COLUMNS,
  );
  const hiddenCount = sheet.display.length - visible.length;
  return `<section id="${id}" class="raw${width > WIDE_COLUMNS ? ' wide' : ''}">
<h2>${escapeHtml(sheet.name)}</h2>
<p class="note">${TEXT.rawSize(rowCount(sheet), width, shown.length)}</p>
${hiddenCount ? `<p class="note">${TEXT.hiddenRows(hiddenCount)}</p>\n` : ''}${table}
</section>`;
}

function outboxSection(outbox: readonly SentMail[], timeZone: string): string {
  const rows = outbox.slice(0, OUTBOX_ROWS).map((mail, index) => {
    // As the .eml files put them: on one line.
    const from = mail.name ? `${singleLine(mail.name)} <${mail.from}>` : mail.from;
    const preview = mail.body.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, BODY_PREVIEW_LINES).join('\n');
    return `<tr><td class="num">${index + 1}</td><td>${escapeHtml(mail.to)}</td><td>${escapeHtml(singleLine(mail.subject))}</td>`
      + `<td>${escapeHtml(from)}</td><td class="num">${formatDateTime(mail.sentAt, timeZone)}</td><td>${escapeHtml(preview)}</td></tr>`;
  });
  const table = `<div class="table-wrap"><table>
<thead><tr><th>#</th><th>${TEXT.to}</th><th>${TEXT.subject}</th><th>${TEXT.from}</th><th>${TEXT.sentAt}</th><th>${TEXT.body}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
  return `<section id="outbox">
<h2>${TEXT.outbox}（${TEXT.mails(outbox.length)}）</h2>
${outbox.length > OUTBOX_ROWS ? `<p class="note">${TEXT.outboxCut(OUTBOX_ROWS)}</p>\n` : ''}${outbox.length ? table : `<p>${TEXT.noMail}</p>`}
</section>`;
}
