/**
 * The emulated workbook as an .xlsx file that Excel and LibreOffice open:
 * typed values with their number formats, bold header rows, frozen panes,
 * column widths and hidden rows. Values only, never formulas: a Sheets
 * formula need not mean the same in Excel, and a text answer that starts
 * with "=" must stay text.
 */
import ExcelJS from 'exceljs';
import { formatDateTime } from '../../src/model/dates';
import type { CellValue, SheetView, WorkbookView } from '../../emulator/view';
import { truncate, uniqueNames } from './names';

/** What Sheets shows for a column whose width was never set. */
const SHEETS_DEFAULT_WIDTH_PX = 100;
const EXCEL_FORBIDDEN = /[[\]:*?/\\]/g;
const EXCEL_MAX_NAME = 31;

export async function writeWorkbookXlsx(view: WorkbookView, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = view.name;
  const names = excelSheetNames(view.sheets.map((sheet) => sheet.name));
  view.sheets.forEach((sheet, index) => addSheet(workbook, names[index], sheet, view.timeZone));
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

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: SheetView, timeZone: string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(name, {
    // A sheet the add-on keeps for itself stays hidden in Excel too.
    ...(sheet.hidden ? { state: 'hidden' as const } : {}),
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === '') return;
    const cell = worksheet.getCell(r + 1, c + 1);
    const excelValue = value instanceof Date ? excelDate(value, timeZone) : value;
    cell.value = excelValue;
    const format = excelFormat(sheet.numberFormats[r]?.[c], excelValue);
    if (format) cell.numFmt = format;
  }));
  for (const row of sheet.boldRows) worksheet.getRow(row).font = { bold: true };
  for (const row of sheet.hiddenRows) worksheet.getRow(row).hidden = true;
  const columnCount = Math.max(sheet.columnWidths.length, sheet.values[0]?.length ?? 0);
  for (let c = 0; c < columnCount; c++) {
    worksheet.getColumn(c + 1).width = excelWidth(sheet.columnWidths[c] ?? SHEETS_DEFAULT_WIDTH_PX);
  }
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
