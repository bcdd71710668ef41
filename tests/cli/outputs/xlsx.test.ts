import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excelSheetNames, writeWorkbookXlsx } from '../../../cli/outputs/xlsx';
import { AWKWARD_SHEET, FORMULA_TEXT, SCRIPT_TEXT, VIEW } from './fixture';

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
  expect(summary.getColumn(2).width).toBeCloseTo(13.57, 2);
  expect(summary.getColumn(3).width).toBeCloseTo(10, 2);
});

test('hides the rows the sheet hid', () => {
  expect(summary.getRow(9).hidden).toBe(true);
  expect(summary.getRow(8).hidden).toBe(false);
});
