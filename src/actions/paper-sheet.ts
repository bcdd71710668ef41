/**
 * The 郵送回答 sheet kept in step with the form: its two header rows are
 * brought up to date before anything is written below them.
 */
import type { CellValue } from '../model/cells';
import type { Survey } from '../model/survey';
import { PAPER } from '../messages';
import type { EntryStamp, PaperLayout } from '../paper/layout';
import { paperLayout } from '../paper/layout';
import { currentUser } from '../gas/platform';
import type { Book } from './context';
import { loadPaperValues, ROLES } from './context';

export interface PaperSheet {
  readonly values: readonly (readonly CellValue[])[];
  readonly layout: PaperLayout;
}

/** `values`: the sheet as just read, when the caller has it. */
export function preparePaperSheet(book: Book, survey: Survey, values = loadPaperValues(book)): PaperSheet {
  const layout = paperLayout(survey, values);
  if (!layout.changed) return { values, layout };
  book.sheets.writeHeader(ROLES.paper, PAPER.sheet, {
    rows: [layout.titles, layout.keys], boldRows: [1], hiddenRows: [2], frozenRows: 2, columnFormats: paperRowFormats(layout),
    // Row 2 held answers (the id row was lost): make room rather than overwrite one.
    insertAfter: !layout.hasIdRow && values.length > 1 ? { row: 1, count: 1 } : null,
  });
  const written = loadPaperValues(book);
  return { values: written, layout: paperLayout(survey, written) };
}

/** Number formats of a paper row: dates as dates, everything else as Sheets shows it by default. */
export function paperRowFormats(layout: PaperLayout): Array<'date' | 'datetime' | null> {
  return layout.titles.map((_, column) => {
    if (column === layout.meta.receivedOn) return 'date';
    if (column === layout.meta.enteredAt) return 'datetime';
    return null;
  });
}

/** 入力者 and 入力日時 of what this execution writes; 不明 when Google does not say who is typing. */
export function entryStamp(book: Book): EntryStamp & { readonly user: string } {
  const user = currentUser();
  return { user, enteredBy: user === '' ? PAPER.unknownUser : user, enteredAt: book.now };
}
