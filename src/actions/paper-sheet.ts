/**
 * The 郵送回答 sheet kept in step with the form: its two header rows are
 * brought up to date before anything is written below them.
 */
import type { CellValue } from '../model/cells';
import type { Survey } from '../model/survey';
import { PAPER } from '../messages';
import type { PaperLayout } from '../paper/layout';
import { paperLayout } from '../paper/layout';
import { ownedSheet, readValues, writeBlock } from '../gas/sheets';
import type { Book } from './context';
import { ROLES } from './context';

export interface PaperSheet {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly values: readonly (readonly CellValue[])[];
  readonly layout: PaperLayout;
}

export function preparePaperSheet(book: Book, survey: Survey): PaperSheet {
  const sheet = ownedSheet(ROLES.paper, PAPER.sheet, book.owned);
  let values = readValues(sheet);
  let layout = paperLayout(survey, values);
  if (layout.changed) {
    // Row 2 held answers (the id row was lost): make room rather than overwrite one.
    if (!layout.hasIdRow && values.length > 1) sheet.insertRowAfter(1);
    writeBlock(sheet, 1, 1, [layout.titles, layout.keys]);
    sheet.getRange(1, 1, 1, layout.titles.length).setFontWeight('bold');
    sheet.hideRows(2);
    sheet.setFrozenRows(2);
    values = readValues(sheet);
    layout = paperLayout(survey, values);
  }
  return { sheet, values, layout };
}

/** Number formats of a paper row: dates as dates, everything else as Sheets shows it by default. */
export function paperRowFormats(layout: PaperLayout): Array<'date' | 'datetime' | null> {
  return layout.titles.map((_, column) => {
    if (column === layout.meta.receivedOn) return 'date';
    if (column === layout.meta.enteredAt) return 'datetime';
    return null;
  });
}
