import type { CellValue } from '../../model/cells';
import type { CellFormat, SheetPlan } from '../../model/sheet-plan';
import { SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import type { WrittenAnswer } from '../columns';
import type { Classes } from '../crosstab';
import type { Summary } from '../summarize';
import { inFormOrder } from './order';

/**
 * A respondent's class on a classifier, as the cell beside their answer:
 * その他 for an Other answer, empty when they left it blank. Nearly everyone
 * is in one class, whose label is the cell as it is: nothing is built per row.
 */
function classCells(classes: Classes): (respondent: number) => string {
  const names = [...classes.labels.slice(0, -1), ''];
  return (respondent) => {
    const indexes = classes.perRespondent[respondent];
    return indexes.length === 1 ? names[indexes[0]] : indexes.map((index) => names[index]).join(', ');
  };
}

/**
 * Columns another capability adds beside each answer to a free-text question
 * (the theme coding): some right after 回答, some at the end of the row. The
 * "Other" lists get none.
 */
export interface TextColumns {
  readonly beside: readonly string[];
  readonly end: readonly string[];
  /** Widths of the beside columns, then of the end ones. */
  readonly widths: readonly number[];
  /** The cells of the `index`th answer to the field, as many as the titles. */
  cells(fieldId: string, index: number): { readonly beside: readonly CellValue[]; readonly end: readonly CellValue[] };
}

/**
 * 自由記述: every text answer verbatim (line breaks kept), then every "Other"
 * answer, optionally beside the respondent's 分類 answers.
 */
export function textsSheet(summary: Summary, extra: TextColumns | null = null): SheetPlan {
  const sheet = new SheetBuilder();
  const classifiers = summary.settings.textWithClassifiers ? summary.classifiers : [];
  const cells = classifiers.map(classCells);
  const [beside, end] = [extra?.beside ?? [], extra?.end ?? []];
  // No. needs no format (Sheets shows small whole numbers as they are); the texts stay text.
  const formats: (CellFormat | null)[] = [null, 'text', ...beside.map(() => 'text' as const), ...classifiers.map(() => 'text' as const), ...end.map(() => 'text' as const)];
  const list = (title: string, answers: readonly WrittenAnswer[], fieldId: string | null) => {
    const added = extra && fieldId !== null ? extra : null;
    const blanks = (titles: readonly string[]) => titles.map(() => '');
    sheet.row([title], [], true);
    sheet.row([
      SUMMARY.number, SUMMARY.answer, ...(added ? beside : blanks(beside)), ...classifiers.map((classes) => classes.field.title), ...(added ? end : blanks(end)),
    ], [], true);
    if (answers.length === 0) sheet.row(['', SUMMARY.noTexts]);
    const at = 2 + beside.length;
    answers.forEach(({ respondent, text }, index) => {
      const row = new Array<CellValue>(at + cells.length + end.length).fill('');
      row[0] = index + 1;
      row[1] = text;
      for (let c = 0; c < cells.length; c++) row[at + c] = cells[c](respondent);
      if (added && fieldId !== null) {
        const more = added.cells(fieldId, index);
        for (let c = 0; c < more.beside.length; c++) row[2 + c] = more.beside[c];
        for (let c = 0; c < more.end.length; c++) row[at + cells.length + c] = more.end[c];
      }
      sheet.row(row, formats);
    });
    sheet.blank();
  };
  const entries = inFormOrder(summary.survey, [
    ...summary.texts.map((tally) => ({ field: tally.field, answers: tally.answers, missing: null })),
    ...summary.withoutColumn.filter((column) => column.field.kind === 'text').map((missing) => ({ field: missing.field, answers: [], missing })),
  ], (entry) => entry.field);
  for (const { field, answers, missing } of entries) {
    if (!missing) list(field.title, answers, field.id);
    else {
      // A question whose column is gone: 列なし, never （回答なし）.
      sheet.row([field.title], [], true);
      sheet.row([SUMMARY.noColumn, SUMMARY.noColumnNote(missing.paperAnswers)], [], true);
      sheet.blank();
    }
  }
  for (const tally of summary.choices) {
    if (tally.others.length > 0) list(SUMMARY.otherAnswers(tally.field.title), tally.others, null);
  }
  const widths = extra?.widths ?? [];
  return sheet.build(SUMMARY_SHEETS.texts, {
    columnWidths: [50, 520, ...widths.slice(0, beside.length), ...classifiers.map(() => 140), ...widths.slice(beside.length)], wrapColumns: [2],
  });
}
