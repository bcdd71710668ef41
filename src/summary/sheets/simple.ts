import type { MissingColumn } from '../../model/respondents';
import type { ChartKind, SheetPlan } from '../../model/sheet-plan';
import { chartRows, SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import { audienceLine } from '../reach';
import type { Summary } from '../summarize';
import type { ChoiceTally } from '../tally';
import { chartLayout } from './charts';
import { inFormOrder, optionOrder } from './order';


function chartKind(tally: ChoiceTally): ChartKind {
  if (tally.field.kind === 'scale') return 'COLUMN';
  if (tally.field.multiple) return 'BAR';
  return tally.field.reportType === 'GRID' ? 'BAR' : 'PIE';
}

/** A question whose column is gone: 列なし where its counts would be, never a column of 無回答. */
function noColumnTable(sheet: SheetBuilder, { field, paperAnswers }: MissingColumn) {
  sheet.row([field.title], [], true);
  sheet.row([SUMMARY.noColumn, '', ''], [], true);
  sheet.row([SUMMARY.noColumnNote(paperAnswers)]);
  sheet.blank();
}

/**
 * 単純集計: per choice, scale and grid question: option, count, share of those
 * who answered, and 無回答. A question on a branch says who it was for, and
 * counts apart those it was not for (対象外), and any of them who answered.
 */
export function simpleSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  const entries = inFormOrder(summary.survey, [
    ...summary.choices.map((tally) => ({ kind: 'tally' as const, field: tally.field, tally })),
    ...summary.withoutColumn.filter((column) => column.field.kind !== 'text').map((column) => ({ kind: 'noColumn' as const, ...column })),
  ], (entry) => entry.field);
  for (const entry of entries) {
    if (entry.kind === 'noColumn') {
      noColumnTable(sheet, entry);
      continue;
    }
    const { tally } = entry;
    const top = sheet.row([tally.field.title], [], true);
    if (tally.reach) sheet.row([audienceLine(tally.reach, summary.survey)]);
    const header = sheet.row([SUMMARY.option, SUMMARY.count, SUMMARY.share], [], true);
    const percent = [null, 'integer', 'percent'] as const;
    const share = (count: number) => (tally.answered > 0 ? count / tally.answered : '');
    const labels: string[] = [];
    for (const index of optionOrder(tally.counts, summary.settings.optionOrder)) {
      sheet.row([tally.labels[index], tally.counts[index], share(tally.counts[index])], [...percent]);
      labels.push(tally.labels[index]);
    }
    if (tally.other > 0 || (tally.field.kind === 'choice' && tally.field.hasOther)) {
      sheet.row([SUMMARY.other, tally.other, share(tally.other)], [...percent]);
      labels.push(SUMMARY.other);
    }
    const dataRows = sheet.nextRow - header;
    sheet.row([SUMMARY.blank, tally.unanswered, ''], [null, 'integer', null]);
    if (tally.reach) {
      sheet.row([SUMMARY.notAsked, tally.reach.notAsked, ''], [null, 'integer', null]);
      if (tally.reach.answeredNotAsked > 0) sheet.row([SUMMARY.answeredNotAsked, tally.reach.answeredNotAsked, ''], [null, 'integer', null]);
    }
    sheet.row([SUMMARY.respondents, tally.answered, ''], [null, 'integer', null], true);
    const kind = chartKind(tally);
    // The count axis is named; the option axis shows the options themselves.
    const axes = kind === 'PIE' ? {} : kind === 'BAR' ? { hAxisTitle: SUMMARY.count } : { vAxisTitle: SUMMARY.count };
    const layout = chartLayout(kind, labels);
    sheet.chart({
      kind, title: tally.field.title, ...axes, ...layout,
      // A pie shows each slice's share; bars show their counts.
      marks: kind === 'PIE' ? 'share' : 'count',
      data: { row: header, column: 1, numRows: dataRows, numColumns: 2 },
      anchor: { row: top, column: 5 },
    });
    // Tables are spaced so that their charts never overlap.
    while (sheet.nextRow < top + chartRows(layout.size)) sheet.blank();
    sheet.blank();
  }
  return sheet.build(SUMMARY_SHEETS.simple, { columnWidths: [360, 70, 70] });
}
