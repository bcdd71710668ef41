/** 名簿を取り込み: the roster CSV (UTF-8 or Shift_JIS) into the 名簿 sheet, checked before anything is written. */
import type { CellValue } from '../model/cells';
import { CELL_TEXT_LIMIT } from '../model/cells';
import { parseCsv } from '../model/csv';
import type { CellFormat } from '../model/sheet-plan';
import { plannedColumns, plannedRows, SheetBuilder } from '../model/sheet-plan';
import { csvProblemText, DIALOGS, LIMITS, REMINDER_SHEETS, REMINDER_TEXT, ROSTER_IMPORT } from '../messages';
import { matchRoster } from '../reminders/matching';
import { readRoster } from '../reminders/roster';
import { statusBlock } from '../reminders/status';
import { decodeUpload } from '../gas/files';
import { showDialog } from '../gas/ui';
import type { RosterImportResult } from './api';
import { capacityProblem } from './capacity';
import { loadOrThrow, ROLES, whileLocked } from './context';

export function openRosterImport(): void {
  showDialog('roster-import', DIALOGS.rosterImport, 560, 440);
}

/** A file's lines may be short or blank at the end: blank lines at the end are dropped, short ones padded when written. */
function withoutTrailingBlankLines(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let end = rows.length;
  while (end > 1 && rows[end - 1].every((cell) => cell.trim() === '')) end--;
  return rows.slice(0, end);
}

export function rosterImportFile(base64: string, fileName: string, replace: boolean): RosterImportResult {
  const parsed = parseCsv(decodeUpload(String(base64)));
  if (!parsed.ok) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [csvProblemText(parsed.problem)] };
  const grid = withoutTrailingBlankLines(parsed.rows);
  const tooLong = longCell(grid);
  if (tooLong) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [tooLong] };
  return whileLocked((): RosterImportResult => {
    const all = loadOrThrow();
    const { book } = all;
    const read = readRoster(grid, book.timeZone);
    if (!read.ok) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [REMINDER_TEXT.missingColumns(read.missing)] };
    const existingRows = all.roster?.values.length ?? 0;
    if (existingRows > 0 && replace !== true) return { kind: 'confirmReplace', message: ROSTER_IMPORT.confirmReplace(existingRows) };
    // Who has already answered shows at once, beside each name.
    const match = matchRoster(read.roster, [...all.answers.web, ...all.answers.paper], all.settings.settings.reminders.nameQuestionId);
    const plan = rosterPlan(grid, statusBlock(read.roster, match));
    const full = capacityProblem(book, { [ROLES.roster]: { name: REMINDER_SHEETS.roster, mode: 'replace', rows: plannedRows(plan), columns: plannedColumns(plan) } });
    if (full) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [full] };
    book.sheets.writeTable(ROLES.roster, plan);
    return {
      kind: 'imported', message: ROSTER_IMPORT.imported(String(fileName), read.roster.entries.length), count: read.roster.entries.length,
      problems: read.roster.problems.map(REMINDER_TEXT.rosterProblem),
    };
  });
}

/** A cell Google would refuse to store, said with its place; null when every cell fits. */
function longCell(grid: readonly (readonly string[])[]): string | null {
  for (let r = 0; r < grid.length; r++) {
    const column = grid[r].findIndex((cell) => cell.length > CELL_TEXT_LIMIT);
    if (column >= 0) return LIMITS.rosterCellTooLong(r + 1, grid[0][column] ?? `${column + 1}列目`, grid[r][column].length, CELL_TEXT_LIMIT);
  }
  return null;
}

/** The file's rows as they came, with the status columns beside them: one table, written at once. */
function rosterPlan(grid: readonly (readonly string[])[], block: ReturnType<typeof statusBlock>) {
  const builder = new SheetBuilder();
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const last = Math.max(grid.length, block.row - 1 + block.values.length);
  for (let r = 0; r < last; r++) {
    const values: CellValue[] = Array.from({ length: width }, (_, column) => grid[r]?.[column] ?? '');
    const formats: (CellFormat | null)[] = values.map(() => null);
    const inBlock = r - (block.row - 1);
    if (inBlock >= 0 && inBlock < block.values.length) {
      block.values[inBlock].forEach((value, index) => { values[block.column - 1 + index] = value; });
      block.formats[inBlock].forEach((format, index) => { formats[block.column - 1 + index] = format; });
    }
    builder.row(values, formats, r === block.row - 1);
  }
  return builder.build(REMINDER_SHEETS.roster, { frozenRows: block.row });
}
