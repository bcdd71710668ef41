import type { ChartKind, SheetPlan } from '../../model/sheet-plan';
import { CHART_HEIGHT_ROWS, SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import { audienceLine } from '../reach';
import type { Summary } from '../summarize';
import type { ChoiceTally } from '../tally';
import { optionOrder } from './order';


function chartKind(tally: ChoiceTally): ChartKind {
  if (tally.field.kind === 'scale') return 'COLUMN';
  if (tally.field.multiple) return 'BAR';
  return tally.field.reportType === 'GRID' ? 'BAR' : 'PIE';
}

/**
 * 単純集計: per choice, scale and grid question: option, count, share of those
 * who answered, and 無回答. A question on a branch says who it was for, and
 * counts apart those it was not for (対象外), and any of them who answered.
 */
export function simpleSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  for (const tally of summary.choices) {
    const top = sheet.row([tally.field.title], [], true);
    if (tally.reach) sheet.row([audienceLine(tally.reach, summary.survey)]);
    const header = sheet.row([SUMMARY.option, SUMMARY.count, SUMMARY.share], [], true);
    const percent = [null, 'integer', 'percent'] as const;
    const share = (count: number) => (tally.answered > 0 ? count / tally.answered : '');
    for (const index of optionOrder(tally.counts, summary.settings.optionOrder)) {
      sheet.row([tally.labels[index], tally.counts[index], share(tally.counts[index])], [...percent]);
    }
    if (tally.other > 0 || (tally.field.kind === 'choice' && tally.field.hasOther)) {
      sheet.row([SUMMARY.other, tally.other, share(tally.other)], [...percent]);
    }
    const chartRows = sheet.nextRow - header;
    sheet.row([SUMMARY.blank, tally.unanswered, ''], [null, 'integer', null]);
    if (tally.reach) {
      sheet.row([SUMMARY.notAsked, tally.reach.notAsked, ''], [null, 'integer', null]);
      if (tally.reach.answeredNotAsked > 0) sheet.row([SUMMARY.answeredNotAsked, tally.reach.answeredNotAsked, ''], [null, 'integer', null]);
    }
    sheet.row([SUMMARY.respondents, tally.answered, ''], [null, 'integer', null], true);
    const kind = chartKind(tally);
    // The count axis is named; the option axis shows the options themselves.
    const axes = kind === 'PIE' ? {} : kind === 'BAR' ? { hAxisTitle: SUMMARY.count } : { vAxisTitle: SUMMARY.count };
    sheet.chart({
      kind, title: tally.field.title, ...axes,
      data: { row: header, column: 1, numRows: chartRows, numColumns: 2 },
      anchor: { row: top, column: 5 },
    });
    // Tables are spaced so that their charts never overlap.
    while (sheet.nextRow < top + CHART_HEIGHT_ROWS) sheet.blank();
    sheet.blank();
  }
  return sheet.build(SUMMARY_SHEETS.simple, { columnWidths: [360, 70, 70] });
}
