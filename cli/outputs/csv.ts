/**
 * One CSV file per sheet, holding what the sheet shows (display values).
 * UTF-8 with a byte order mark: without it Excel reads the file as Shift_JIS
 * and garbles Japanese text. RFC 4180: CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CellValue, SheetView, WorkbookView } from '../../emulator/view';
import { safeFileNames } from './names';

const BOM = '\uFEFF';
/** Text Excel would run as a formula when it opens the file (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Writes `<dir>/sheets/<sheet name>.csv` for every sheet; returns the files in tab order. */
export async function writeSheetCsvs(view: WorkbookView, dir: string): Promise<string[]> {
  const sheetsDir = join(dir, 'sheets');
  await mkdir(sheetsDir, { recursive: true });
  const names = safeFileNames(view.sheets.map((sheet) => sheet.name));
  const files = names.map((name) => join(sheetsDir, `${name}.csv`));
  await Promise.all(view.sheets.map((sheet, index) => writeFile(files[index], sheetCsv(sheet), 'utf8')));
  return files;
}

function sheetCsv(sheet: SheetView): string {
  const lines = sheet.display.map((row, r) => row.map((text, c) => csvField(text, sheet.values[r]?.[c] ?? '')).join(','));
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}

/**
 * Text that Excel would evaluate (a respondent may type "=HYPERLINK(…)")
 * gets a leading apostrophe so that Excel takes it as text instead of
 * running it; numbers such as -5 are left alone.
 */
function csvField(text: string, value: CellValue): string {
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
