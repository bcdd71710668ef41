import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderedChart } from '../../../cli/outputs/charts';
import { excelSheetNames, writeWorkbookXlsx } from '../../../cli/outputs/xlsx';
import type { CellValue, ChartView, WorkbookView } from '../../../emulator/view';
import { AWKWARD_SHEET, FORMULA_TEXT, SCRIPT_TEXT, sheet, VIEW } from './fixture';

let dir: string;
let workbook: ExcelJS.Workbook;
let summary: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  const file = join(dir, 'workbook.xlsx');
  await writeWorkbookXlsx(VIEW, file);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  summary = workbook.getWorksheet('集計')!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('has one worksheet per sheet in tab order, with names Excel accepts', () => {
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集計', excelSheetNames([AWKWARD_SHEET])[0], '推移']);
  expect(workbook.worksheets[1].name).toHaveLength(31);
  expect(workbook.worksheets[1].name).not.toMatch(/[[\]:*?/\\]/);
});

test('writes Japanese text as text and numbers as numbers', () => {
  expect(summary.getCell('A2').value).toBe('相談支援専門員');
  expect(summary.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
  expect(summary.getCell('B2').value).toBe(40);
  expect(summary.getCell('B8').value).toBe(-5);
});

test('carries percentage formats over', () => {
  const cell = summary.getCell('C2');
  expect(cell.value).toBeCloseTo(40 / 82, 10);
  expect(cell.numFmt).toBe('0.0%');
});

test('writes dates as dates showing the time zone’s wall-clock time', () => {
  const day = summary.getCell('B4');
  expect(day.type).toBe(ExcelJS.ValueType.Date);
  expect(day.value).toEqual(new Date('2023-12-20T00:00:00Z'));
  expect(day.numFmt).toBe('yyyy/MM/dd');
  const time = summary.getCell('B5');
  expect(time.value).toEqual(new Date('2023-12-20T09:30:15Z'));
  expect(time.numFmt).toBe('yyyy/mm/dd h:mm:ss');
});

test('writes text that looks like a formula or HTML as text', () => {
  const formulaLike = summary.getCell('B6');
  expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
  expect(formulaLike.value).toBe(FORMULA_TEXT);
  expect(formulaLike.formula).toBeUndefined();
  expect(summary.getCell('B7').value).toBe(SCRIPT_TEXT);
});

test('leaves empty cells empty', () => {
  expect(summary.getCell('C4').type).toBe(ExcelJS.ValueType.Null);
});

test('makes header rows bold and only them', () => {
  expect(summary.getCell('A1').font?.bold).toBe(true);
  expect(summary.getCell('C1').font?.bold).toBe(true);
  expect(summary.getCell('A2').font?.bold).toBeFalsy();
});

test('freezes the panes the sheet froze', () => {
  expect(summary.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  expect((workbook.worksheets[1].views ?? []).filter((view) => view.state === 'frozen')).toEqual([]);
});

test('converts column widths from pixels, unset ones as Sheets’ 100 px', () => {
  expect(summary.getColumn(1).width).toBeCloseTo(25, 2);
  expect(workbook.worksheets[2].getColumn(2).width).toBeCloseTo(13.57, 2);
  expect(summary.getColumn(3).width).toBeCloseTo(10, 2);
});

test('widens a column to its longest date or number, so that none shows as ###', () => {
  // B holds 2023/12/20 9:30:15: 18 characters, and a little room.
  expect(summary.getColumn(2).width).toBe(20);
});

test('prints every sheet on A4 landscape, fit to the page’s width, the frozen header rows on every page', () => {
  for (const worksheet of workbook.worksheets) {
    expect(worksheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  expect(summary.pageSetup.printTitlesRow).toBe('1:1');
  expect(workbook.worksheets[1].pageSetup.printTitlesRow).toBeUndefined();
});

test('hides the rows the sheet hid', () => {
  expect(summary.getRow(9).hidden).toBe(true);
  expect(summary.getRow(8).hidden).toBe(false);
});

describe('a summary sheet with charts, as 単純集計 lays it out', () => {
  /** A 1 × 1 PNG. */
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  // Two questions, each a table beside a chart 371 px tall (18 rows), then a third table without a chart.
  const rows: CellValue[][] = [];
  const block = (title: string, gap: number) => {
    rows.push([title, ''], ['選択肢', '件数'], ['はい', 3], ['いいえ', 2]);
    for (let i = 0; i < gap; i++) rows.push(['', '']);
  };
  block('① 質問', 15);
  block('② 質問', 15);
  block('③ 質問', 15);
  rows.push(['④ 長い回答', ''], ['あ'.repeat(120), '看護師']);
  const chart = (id: string, row: number): ChartView => ({
    id, kind: 'PIE', title: id, options: { width: 600, height: 371 }, anchor: { row, column: 4 },
    ranges: [{ a1: `A${row + 1}:B${row + 3}`, values: [], display: [] }],
  });
  const wraps = rows.map((row, r) => row.map((_, c) => r === rows.length - 1 && c === 0));
  const view: WorkbookView = {
    name: '調査', timeZone: 'Asia/Tokyo', outbox: [],
    sheets: [sheet('単純集計', rows, rows.map((row) => row.map(String)), {
      frozenRows: 0, boldRows: [], charts: [chart('chart-1', 1), chart('chart-2', 20), chart('chart-3', 39)], columnWidths: [360, 70], wraps,
    })],
  };
  let drawn: ExcelJS.Worksheet;

  beforeAll(async () => {
    const png = join(dir, 'chart.png');
    writeFileSync(png, PNG);
    // Charts 1 and 2 were drawn; chart 3 was not (a kind the local run cannot draw).
    const charts: RenderedChart[] = ['chart-1', 'chart-2'].map((chartId) => ({ sheet: '単純集計', chartId, title: chartId, file: '', png, width: 500, height: 400 }));
    const file = join(dir, 'charts.xlsx');
    await writeWorkbookXlsx(view, file, charts);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(file);
    drawn = read.worksheets[0];
  });

  test('places each drawn chart’s image at its anchor, scaled into the room Sheets gives it', () => {
    const images = drawn.getImages();
    expect(images).toHaveLength(2);
    expect(images.map((image) => [image.range.tl.nativeRow, image.range.tl.nativeCol])).toEqual([[0, 3], [18, 3]]);
    // 400 px tall into 17 rows of 20 px: 340 px, the width in proportion.
    expect((images[0].range as unknown as { ext: { width: number; height: number } }).ext).toEqual({ width: 425, height: 340 });
  });

  test('keeps the empty rows an image stands on, and of the others only one between tables', () => {
    const column = (index: number) => drawn.getColumn(index).values.slice(1).map((value) => value ?? '');
    const titles = column(1).map((value, index) => [value, index + 1]).filter(([value]) => String(value).includes('質問'));
    // The image covers 17 rows of Excel's 20 px (Sheets' 371 px): one empty row after it.
    expect(titles).toEqual([['① 質問', 1], ['② 質問', 19], ['③ 質問', 37]]);
    // ③'s chart was not drawn: one empty row before ④.
    expect(drawn.getCell('A42').value).toBe('④ 長い回答');
  });

  test('wraps long answers in rows tall enough for their lines', () => {
    expect(drawn.getCell('A43').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(drawn.getCell('B43').alignment).toMatchObject({ vertical: 'top' });
    // 120 characters of about 15 px in a column of 360: 5 lines or more.
    expect(drawn.getRow(43).height).toBeGreaterThanOrEqual(5 * 15);
    expect(drawn.getRow(42).height ?? 15).toBe(15);
  });
});

test('writes a response sheet of 130,000 rows, as a large round has', async () => {
  const rows: CellValue[][] = [['タイムスタンプ', '回答'], ...Array.from({ length: 130_000 }, (_, i): CellValue[] => [i, 'はい'])];
  const big: WorkbookView = { name: '大きな調査', timeZone: 'Asia/Tokyo', outbox: [], sheets: [sheet('フォームの回答 1', rows, rows.map((row) => row.map(String)))] };
  const file = join(dir, 'big.xlsx');
  await writeWorkbookXlsx(big, file);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  expect(read.worksheets[0].rowCount).toBe(130_001);
}, 60_000);
