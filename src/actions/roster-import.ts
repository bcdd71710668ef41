/** 名簿を取り込み: the roster CSV (UTF-8 or Shift_JIS) into the 名簿 sheet, checked before anything is written. */
import { parseCsv } from '../model/csv';
import { csvProblemText, DIALOGS, REMINDER_SHEETS, REMINDER_TEXT, ROSTER_IMPORT } from '../messages';
import { matchRoster } from '../reminders/matching';
import { readRoster } from '../reminders/roster';
import { statusBlock } from '../reminders/status';
import { decodeUpload } from '../gas/files';
import { ownedSheet, readValues, writeBlock } from '../gas/sheets';
import { showDialog } from '../gas/ui';
import type { RosterImportResult } from './api';
import { loadOrThrow, rosterSheet, ROLES, whileLocked } from './context';

export function openRosterImport(): void {
  showDialog('roster-import', DIALOGS.rosterImport, 560, 440);
}

export function rosterImportFile(base64: string, fileName: string, replace: boolean): RosterImportResult {
  const parsed = parseCsv(decodeUpload(String(base64)));
  if (!parsed.ok) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [csvProblemText(parsed.problem)] };
  const grid = parsed.rows;
  return whileLocked((): RosterImportResult => {
    const all = loadOrThrow();
    const read = readRoster(grid, all.book.timeZone);
    if (!read.ok) return { kind: 'stopped', message: ROSTER_IMPORT.stopped, problems: [REMINDER_TEXT.missingColumns(read.missing)] };
    const existing = rosterSheet(all.book);
    const existingRows = existing ? existing.getLastRow() : 0;
    if (existing && existingRows > 0 && replace !== true) return { kind: 'confirmReplace', message: ROSTER_IMPORT.confirmReplace(existingRows) };
    const sheet = existing ?? ownedSheet(ROLES.roster, REMINDER_SHEETS.roster, all.book.owned);
    sheet.clearContents();
    writeBlock(sheet, 1, 1, grid);
    sheet.getRange(1, 1, 1, grid[0].length).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // Who has already answered shows at once, beside each name.
    const roster = readRoster(readValues(sheet), all.book.timeZone);
    if (roster.ok) {
      const match = matchRoster(roster.roster, [...all.answers.web, ...all.answers.paper], all.settings.settings.reminders.nameQuestionId);
      const block = statusBlock(roster.roster, match);
      writeBlock(sheet, block.row, block.column, block.values, block.formats);
    }
    return {
      kind: 'imported', message: ROSTER_IMPORT.imported(String(fileName), read.roster.entries.length), count: read.roster.entries.length,
      problems: read.roster.problems.map(REMINDER_TEXT.rosterProblem),
    };
  });
}
