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
 * 自由記述: every text answer verbatim (line breaks kept), then every "Other"
 * answer, optionally beside the respondent's 分類 answers.
 */
export function textsSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  const classifiers = summary.settings.textWithClassifiers ? summary.classifiers : [];
  const cells = classifiers.map(classCells);
  // No. needs no format (Sheets shows small whole numbers as they are); the texts stay text.
  const formats: (CellFormat | null)[] = [null, 'text', ...classifiers.map(() => 'text' as const)];
  const list = (title: string, answers: readonly WrittenAnswer[]) => {
    sheet.row([title], [], true);
    sheet.row([SUMMARY.number, SUMMARY.answer, ...classifiers.map((classes) => classes.field.title)], [], true);
    if (answers.length === 0) sheet.row(['', SUMMARY.noTexts]);
    answers.forEach(({ respondent, text }, index) => {
      const row = new Array<CellValue>(2 + cells.length);
      row[0] = index + 1;
      row[1] = text;
      for (let c = 0; c < cells.length; c++) row[2 + c] = cells[c](respondent);
      sheet.row(row, formats);
    });
    sheet.blank();
  };
  const entries = inFormOrder(summary.survey, [
    ...summary.texts.map((tally) => ({ field: tally.field, answers: tally.answers, missing: null })),
    ...summary.withoutColumn.filter((column) => column.field.kind === 'text').map((missing) => ({ field: missing.field, answers: [], missing })),
  ], (entry) => entry.field);
  for (const { field, answers, missing } of entries) {
    if (!missing) list(field.title, answers);
    else {
      // A question whose column is gone: 列なし, never （回答なし）.
      sheet.row([field.title], [], true);
      sheet.row([SUMMARY.noColumn, SUMMARY.noColumnNote(missing.paperAnswers)], [], true);
      sheet.blank();
    }
  }
  for (const tally of summary.choices) {
    if (tally.others.length > 0) list(SUMMARY.otherAnswers(tally.field.title), tally.others);
  }
  return sheet.build(SUMMARY_SHEETS.texts, { columnWidths: [50, 520, ...classifiers.map(() => 140)], wrapColumns: [2] });
}
