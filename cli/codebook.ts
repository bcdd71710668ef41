/**
 * --codebook: the codebook CSV (設問, テーマ, キーワード) put into the
 * 自由記述の分類 sheet as staff would paste it there, replacing what the
 * sheet held; 集計を作成 then reads it like any codebook.
 */
import type { Emulator } from '../emulator';
import { parseCsv } from '../src/model/csv';
import { matchKey } from '../src/model/text';
import { csvProblemText, THEME_SHEETS, THEMES } from '../src/messages';
import { readText } from './inputs';

export type CodebookFile =
  | { readonly ok: true; readonly rows: string[][] }
  /** What is wrong with the file as a whole: nothing of it is used. */
  | { readonly ok: false; readonly message: string };

const COLUMNS = [THEMES.header.question, THEMES.header.theme, THEMES.header.keywords];

/** The file's rows as the sheet's three columns, found by their titles; blank lines dropped. */
export function readCodebookFile(path: string): CodebookFile {
  const parsed = parseCsv(readText(path));
  if (!parsed.ok) return { ok: false, message: csvProblemText(parsed.problem) };
  const [header = [], ...body] = parsed.rows;
  const keys = header.map(matchKey);
  const at = COLUMNS.map((title) => keys.indexOf(matchKey(title)));
  const missing = COLUMNS.filter((_, index) => at[index] < 0);
  if (missing.length > 0) return { ok: false, message: THEMES.fileColumns(missing, COLUMNS) };
  const rows = body.map((row) => at.map((column) => row[column] ?? '')).filter((row) => row.some((cell) => cell.trim() !== ''));
  return { ok: true, rows };
}

/** Replaces the sheet's rows below its header (確認 included: 集計を作成 fills it again). */
export function pasteCodebook(emulator: Emulator, rows: readonly (readonly string[])[]): void {
  const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(THEME_SHEETS.codebook);
  if (!sheet) throw new Error(`The ${THEME_SHEETS.codebook} sheet was not created`);
  const width = COLUMNS.length + 1;
  if (sheet.getMaxRows() > 1) sheet.getRange(2, 1, sheet.getMaxRows() - 1, width).clearContent();
  if (rows.length === 0) return;
  if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, rows.length, COLUMNS.length).setValues(rows.map((row) => [...row]));
}
