import type { CellValue } from '../../model/cells';
import type { SheetPlan } from '../../model/sheet-plan';
import { SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import type { Summary } from '../summarize';
import { optionLabels } from '../../model/survey';
import type { Respondent } from '../../model/respondents';
import type { ChoiceField } from '../../model/survey';
import { picks } from '../tally';

function classOf(field: ChoiceField, respondent: Respondent): string {
  const labels = optionLabels(field);
  return picks(field, respondent.answers.get(field.id)).map((index) => (index < 0 ? SUMMARY.other : labels[index])).join(', ');
}

/**
 * 自由記述: every text answer verbatim (line breaks kept), then every "Other"
 * answer, optionally beside the respondent's 分類 answers.
 */
export function textsSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  const classifiers = summary.settings.textWithClassifiers ? summary.classifiers : [];
  const list = (title: string, answers: ReadonlyArray<{ respondent: Respondent; text: string }>) => {
    sheet.row([title], [], true);
    sheet.row([SUMMARY.number, SUMMARY.answer, ...classifiers.map((field) => field.title)], [], true);
    if (answers.length === 0) sheet.row(['', SUMMARY.noTexts]);
    answers.forEach(({ respondent, text }, index) => {
      const row: CellValue[] = [index + 1, text, ...classifiers.map((field) => classOf(field, respondent))];
      sheet.row(row, ['integer', 'text', ...classifiers.map(() => 'text' as const)]);
    });
    sheet.blank();
  };
  for (const tally of summary.texts) list(tally.field.title, tally.answers);
  for (const tally of summary.choices) {
    if (tally.others.length > 0) list(SUMMARY.otherAnswers(tally.field.title), tally.others);
  }
  return sheet.build(SUMMARY_SHEETS.texts, { columnWidths: [50, 520, ...classifiers.map(() => 140)], wrapColumns: [2] });
}
