/**
 * The emulated workbook as an .xlsx file that Excel and LibreOffice open and
 * print: typed values with their number formats, bold header rows, frozen
 * panes, column widths (wide enough for every date and number), wrapped text
 * and hidden rows; each chart as the image the local run rendered, where the sheet has
 * it; a print setup per sheet (A4 landscape, fit to the page's width, the
 * frozen header rows on every page). exceljs writes no charts of its own.
 * Values only, never formulas: a Sheets formula need not mean the same in
 * Excel, and a text answer that starts with "=" must stay text.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { formatDateTime } from '../../src/model/dates';
import type { CellValue, ChartView, SheetView, WorkbookView } from '../../emulator/view';
import type { RenderedChart } from './charts';
import { truncate, uniqueNames } from './names';

/** What Sheets shows for a column whose width was never set, and a chart whose size the add-on did not set. */
const SHEETS_DEFAULT_WIDTH_PX = 100;
const SHEETS_CHART_SIZE = { width: 600, height: 371 };
/** Sheets' and Excel's default row heights in pixels. */
const SHEETS_ROW_PX = 21;
const EXCEL_ROW_PX = 20;
const EXCEL_FORBIDDEN = /[[\]:*?/\\]/g;
const EXCEL_MAX_NAME = 31;
/** ECMA-376 paper size 9. */
const A4 = 9;
/** A4 landscape less the margins set below, in pixels at 96 per inch. */
const PAGE_PX = { width: (11.69 - 0.8) * 96, height: (8.27 - 1) * 96 };
/** What Excel's width of n characters is in pixels (ECMA-376 §18.3.1.13, Calibri 11). */
const px = (characters: number) => characters * 7 + 5;

/** A chart's image and the box it fills: the size Sheets draws the chart at. */
interface ChartImage {
  readonly chart: ChartView;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

export async function writeWorkbookXlsx(view: WorkbookView, file: string, charts: readonly RenderedChart[] = []): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = view.name;
  const names = excelSheetNames(view.sheets.map((sheet) => sheet.name));
  const images = await Promise.all(charts.map(async (rendered) => ({ rendered, png: await readFile(rendered.png) })));
  view.sheets.forEach((sheet, index) => {
    const own = images.flatMap(({ rendered, png }) => {
      const chart = sheet.charts.find((candidate) => candidate.id === rendered.chartId);
      return rendered.sheet === sheet.name && chart ? [{ chart, png, width: rendered.width, height: rendered.height }] : [];
    });
    addSheet(workbook, names[index], sheet, view.timeZone, own);
  });
  await workbook.xlsx.writeFile(file);
}

/** Sheet names Excel accepts: no []:*?/\, no quote at either end, at most 31 characters, unique. */
export function excelSheetNames(names: readonly string[]): string[] {
  return uniqueNames(names, (name, suffix) => {
    let base = name.replace(EXCEL_FORBIDDEN, '_').replace(/^'+|'+$/g, '');
    if (base === '' || base.toLowerCase() === 'history') base = `${base}Sheet`;
    return truncate(base, (prefix) => prefix.length + suffix.length <= EXCEL_MAX_NAME) + suffix;
  });
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: SheetView, timeZone: string, images: readonly ChartImage[]): void {
  const rowOf = keptRows(sheet, images.map((image) => image.chart));
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(name, {
    // A sheet the add-on keeps for itself stays hidden in Excel too.
    ...(sheet.hidden ? { state: 'hidden' as const } : {}),
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      // The header rows the sheet keeps in view are printed on every page.
      ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  sheet.values.forEach((row, r) => {
    const at = rowOf.get(r + 1);
    if (at === undefined) return;
    // A row with wrapped text (a long answer) reads from the top, the cells beside it level with its first line.
    const wrapped = sheet.wraps[r]?.some((wrap, c) => wrap && row[c] !== '') ?? false;
    row.forEach((value, c) => {
      if (value === '') return;
      const cell = worksheet.getCell(at, c + 1);
      const excelValue = value instanceof Date ? excelDate(value, timeZone) : value;
      cell.value = excelValue;
      const format = excelFormat(sheet.numberFormats[r]?.[c], excelValue);
      if (format) cell.numFmt = format;
      if (wrapped) cell.alignment = { vertical: 'top', ...(sheet.wraps[r][c] ? { wrapText: true } : {}) };
    });
  });
  for (const row of sheet.boldRows) if (rowOf.has(row)) worksheet.getRow(rowOf.get(row) as number).font = { bold: true };
  for (const row of sheet.hiddenRows) if (rowOf.has(row)) worksheet.getRow(rowOf.get(row) as number).hidden = true;
  const columnCount = Math.max(sheet.columnWidths.length, sheet.values[0]?.length ?? 0);
  for (let c = 0; c < columnCount; c++) {
    worksheet.getColumn(c + 1).width = Math.max(excelWidth(sheet.columnWidths[c] ?? SHEETS_DEFAULT_WIDTH_PX), shownWidth(sheet, c));
  }
  fitWrappedRows(worksheet, sheet, rowOf);
  keepTogether(worksheet, sheet, rowOf, images);
  for (const image of images) {
    const box = chartBox(image.chart);
    // The whole image, as large as the box Sheets gives the chart allows.
    const scale = Math.min(1, box.width / image.width, box.height / image.height);
    const id = workbook.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' });
    worksheet.addImage(id, {
      tl: { col: image.chart.anchor.column - 1, row: (rowOf.get(image.chart.anchor.row) ?? image.chart.anchor.row) - 1 },
      ext: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
      editAs: 'oneCell',
    });
  }
}

/**
 * Page breaks between tables rather than through them: a printed page (fit
 * to the sheet's width, charts included) ends before a table, with its
 * title and chart, that would not fit on it. A table longer than a page
 * still runs on over pages, its header rows repeated where the sheet froze them.
 */
function keepTogether(worksheet: ExcelJS.Worksheet, sheet: SheetView, rowOf: ReadonlyMap<number, number>, images: readonly ChartImage[]): void {
  const columns = worksheet.columns.reduce((sum, column) => sum + px(column.width ?? 13), 0);
  const right = images.reduce((max, { chart }) => Math.max(max, chart.anchor.column * SHEETS_DEFAULT_WIDTH_PX + chartBox(chart).width), 0);
  const scale = Math.min(1, PAGE_PX.width / Math.max(columns, right));
  // A little short of the page, for rows LibreOffice or Excel draw taller.
  const perPage = (PAGE_PX.height / scale) * 0.9 - sheet.frozenRows * EXCEL_ROW_PX;
  const covered = new Set(images.flatMap(({ chart }) => {
    const at = rowOf.get(chart.anchor.row) ?? chart.anchor.row;
    return Array.from({ length: Math.ceil(chartBox(chart).height / EXCEL_ROW_PX) }, (_, i) => at + i);
  }));
  const blank = new Set<number>();
  for (const [r, at] of rowOf) if ((sheet.values[r - 1] ?? []).every((value) => value === '') && !covered.has(at)) blank.add(at);
  // Rows of wrapped answers are as tall as fitWrappedRows made them.
  const height = (at: number) => {
    const points = worksheet.getRow(at).height;
    return points ? (points * 96) / 72 : EXCEL_ROW_PX;
  };
  // A reduce, not Math.max(...rows): a spread of 100,000 rows overflows the call stack.
  let last = 0;
  for (const at of rowOf.values()) last = Math.max(last, at);
  let used = 0;
  for (let at = sheet.frozenRows + 1; at <= last;) {
    let gap = 0;
    while (at <= last && blank.has(at)) gap += height(at++);
    const start = at;
    let length = 0;
    while (at <= last && !blank.has(at)) length += height(at++);
    if (length === 0) break;
    if (used > 0 && used + gap + length > perPage) {
      worksheet.getRow(start - 1).addPageBreak();
      used = length;
    } else used += gap + length;
  }
}

/** CJK ideographs, kana, Hangul and full-width forms: about 15 px in an 11 pt font; the rest about 7. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Points per line of 11 pt text. */
const LINE_PT = 15;

/**
 * Rows of wrapped text (long answers) as tall as their lines: Excel and
 * LibreOffice keep a row one line high unless told, showing a wrapped
 * answer's first line only. The lines are estimated from the column's width.
 */
function fitWrappedRows(worksheet: ExcelJS.Worksheet, sheet: SheetView, rowOf: ReadonlyMap<number, number>): void {
  sheet.wraps.forEach((wraps, r) => {
    const at = rowOf.get(r + 1);
    if (at === undefined) return;
    let lines = 1;
    wraps.forEach((wrap, c) => {
      const text = sheet.display[r]?.[c] ?? '';
      if (!wrap || text === '') return;
      const width = px(worksheet.getColumn(c + 1).width ?? 13) - 6;
      const count = text.split('\n').reduce((sum, line) => {
        let used = 0;
        for (const char of line) used += WIDE.test(char) ? 15 : 7;
        return sum + Math.max(1, Math.ceil(used / width));
      }, 0);
      lines = Math.max(lines, count);
    });
    if (lines > 1) worksheet.getRow(at).height = lines * LINE_PT + 2;
  });
}

/** The chart's size in the sheet (Sheets' 600 × 371 px unless the add-on set width or height), in Excel's rows. */
function chartBox(chart: ChartView): { width: number; height: number } {
  const size = (key: 'width' | 'height') => (typeof chart.options[key] === 'number' ? chart.options[key] as number : SHEETS_CHART_SIZE[key]);
  return { width: size('width'), height: Math.floor(size('height') / SHEETS_ROW_PX) * EXCEL_ROW_PX };
}

/**
 * Where each row of the sheet goes in the workbook (1-based both). Empty
 * rows that Sheets keeps for a chart are kept only where a chart's image
 * stands: a run of empty rows no image covers shrinks to one, so a sheet
 * whose charts are not drawn has no gaps left for them.
 */
function keptRows(sheet: SheetView, charts: readonly ChartView[]): Map<number, number> {
  const covered = new Set<number>();
  for (const chart of charts) {
    const rows = Math.ceil(chartBox(chart).height / EXCEL_ROW_PX);
    for (let r = chart.anchor.row; r < chart.anchor.row + rows; r++) covered.add(r);
  }
  const rowOf = new Map<number, number>();
  let next = 1;
  let blankBefore = false;
  const last = Math.max(sheet.values.length, ...covered);
  for (let r = 1; r <= last; r++) {
    const blank = (sheet.values[r - 1] ?? []).every((value) => value === '');
    if (blank && blankBefore && !covered.has(r) && r > sheet.frozenRows) continue;
    rowOf.set(r, next++);
    // A chart's rows are not a gap: the empty row after them is kept.
    blankBefore = blank && !covered.has(r);
  }
  return rowOf;
}

/**
 * Excel's width (in characters) the column's numbers and dates need as the
 * sheet shows them: Excel shows ### where one does not fit, while text runs
 * on into the next cell.
 */
function shownWidth(sheet: SheetView, column: number): number {
  let widest = 0;
  sheet.values.forEach((row, r) => {
    const value = row[column];
    if (typeof value === 'number' || value instanceof Date) widest = Math.max(widest, sheet.display[r]?.[column]?.length ?? 0);
  });
  return widest === 0 ? 0 : widest + 2;
}

/**
 * Excel dates carry no time zone and exceljs reads a Date as UTC, so the
 * wall-clock time the sheet shows in its zone is written as if it were UTC.
 */
function excelDate(date: Date, timeZone: string): Date {
  const [year, month, day, hour, minute, second] = formatDateTime(date, timeZone).split(/[/ :]/).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, date.getUTCMilliseconds()));
}

/** Sheets' number formats use Excel's codes; a date without one still needs a date format to show as a date. */
function excelFormat(format: string | undefined, value: CellValue): string | null {
  if (format && format !== 'General') return format;
  if (!(value instanceof Date)) return null;
  const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
  return hasTime ? 'yyyy/mm/dd h:mm:ss' : 'yyyy/mm/dd';
}

/**
 * Excel measures widths in characters of the default font's digit (7 px for
 * Calibri 11) plus 5 px of padding (ECMA-376 §18.3.1.13).
 */
function excelWidth(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}
