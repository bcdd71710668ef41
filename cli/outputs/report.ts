/**
 * One self-contained HTML page to read the run's result in a browser: every
 * sheet as a table with its charts beside it, then the mails sent. All text
 * from the workbook is escaped: a cell is shown, never interpreted.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { formatDateTime } from '../../src/model/dates';
import { singleLine } from '../../src/model/text';
import type { SentMail, SheetView, WorkbookView } from '../../emulator/view';
import type { RenderedChart } from './charts';
import { LOCAL_REPORT } from '../../src/messages';

const TEXT = LOCAL_REPORT;

const BODY_PREVIEW_LINES = 3;

const STYLE = `
:root { color-scheme: light; }
body { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, sans-serif;
  margin: 0 auto; padding: 1.5rem; max-width: 1400px; color: #202124; line-height: 1.7; line-break: strict; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #4285f4; padding-bottom: .2rem; margin-top: 2.5rem; }
nav ol { padding-left: 1.5rem; }
.note { color: #5f6368; font-size: .9rem; }
.sheet { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.table-wrap { overflow: auto; max-width: 100%; max-height: 80vh; border: 1px solid #dadce0; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #dadce0; padding: .25rem .5rem; min-width: 4em; max-width: 36em; vertical-align: top; white-space: pre-wrap; text-align: left; font-weight: normal; }
thead th { position: sticky; top: 0; background: #f1f3f4; }
.bold > * { font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 0; max-width: 100%; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
`;

export async function writeReport(view: WorkbookView, charts: readonly RenderedChart[], file: string): Promise<void> {
  const svgs = await Promise.all(charts.map((chart) => readFile(chart.file, 'utf8')));
  const chartsOf = (sheet: SheetView) => svgs.filter((_, index) => charts[index].sheet === sheet.name);
  const sheets = view.sheets.map((sheet, index) => ({ sheet, id: `sheet-${index + 1}`, svgs: chartsOf(sheet) }));
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
<ol>
${sheets.map(({ sheet, id, svgs: sheetSvgs }) => `<li><a href="#${id}">${escapeHtml(sheet.name)}</a>${sheetSvgs.length ? `（${TEXT.charts(sheetSvgs.length)}）` : ''}</li>`).join('\n')}
<li><a href="#outbox">${TEXT.outbox}</a>（${TEXT.mails(view.outbox.length)}）</li>
</ol>
</nav>
${sheets.map(({ sheet, id, svgs: sheetSvgs }) => sheetSection(sheet, id, sheetSvgs)).join('\n')}
${outboxSection(view.outbox, view.timeZone)}
</body>
</html>
`;
  await writeFile(file, html, 'utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The sheet as it shows: display values, hidden rows left out, frozen rows as the table head. */
function sheetSection(sheet: SheetView, id: string, svgs: readonly string[]): string {
  const hidden = new Set(sheet.hiddenRows);
  const bold = new Set(sheet.boldRows);
  const row = (r: number, cell: 'th' | 'td') => {
    const cells = sheet.display[r].map((text, c) => {
      const value = sheet.values[r]?.[c];
      const numeric = typeof value === 'number' || value instanceof Date;
      return `<${cell}${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</${cell}>`;
    });
    return `<tr${bold.has(r + 1) ? ' class="bold"' : ''}>${cells.join('')}</tr>`;
  };
  const shown = sheet.display.map((_, r) => r).filter((r) => !hidden.has(r + 1));
  const head = shown.filter((r) => r < sheet.frozenRows).map((r) => row(r, 'th'));
  const body = shown.filter((r) => r >= sheet.frozenRows).map((r) => row(r, 'td'));
  const hiddenCount = sheet.display.length - shown.length;
  return `<section id="${id}">
<h2>${escapeHtml(sheet.name)}</h2>
${hiddenCount ? `<p class="note">${TEXT.hiddenRows(hiddenCount)}</p>\n` : ''}<div class="sheet">
<div class="table-wrap"><table>
${head.length ? `<thead>${head.join('\n')}</thead>\n` : ''}<tbody>
${body.join('\n')}
</tbody></table></div>
${svgs.map((svg) => `<figure>${svg}</figure>`).join('\n')}
</div>
</section>`;
}

function outboxSection(outbox: readonly SentMail[], timeZone: string): string {
  const rows = outbox.map((mail, index) => {
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
${outbox.length ? table : `<p>${TEXT.noMail}</p>`}
</section>`;
}
