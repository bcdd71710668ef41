/** What a staff member types into the 設定 sheet, done from the command line. */
import type { Emulator } from '../emulator';
import { SETTINGS } from '../src/messages';

/** Types the deadline into the 設定 sheet's 回答締切日 row, as a date cell. */
export function setDeadline(emulator: Emulator, day: string): void {
  const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS.sheet);
  if (!sheet) throw new Error(`The ${SETTINGS.sheet} sheet was not created`);
  const rows = sheet.getDataRange().getValues();
  const index = rows.findIndex((row) => row[0] === SETTINGS.keys.deadline);
  if (index < 0) throw new Error(`The ${SETTINGS.sheet} sheet has no ${SETTINGS.keys.deadline} row`);
  sheet.getRange(index + 1, 2).setValue(day.replace(/-/g, '/'));
}
