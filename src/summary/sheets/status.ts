import { instantOf } from '../../model/dates';
import type { SheetPlan } from '../../model/sheet-plan';
import { DEFAULT_CHART_SIZE, SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import type { Summary } from '../summarize';
import { attributeOrder } from './order';

const share = (part: number, whole: number): number | string => (whole > 0 ? part / whole : '');

/** 回答状況: the response sheet's columns that are not counted, how many were sent and answered, by channel and by roster attribute, and per day. */
export function statusSheet(summary: Summary, timeZone: string): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([SUMMARY.statusTitle], [], true);
  // First, so that nobody quotes a figure before reading what it leaves out.
  if (summary.missingColumns.length > 0 || summary.ignoredColumns.length > 0) {
    sheet.row([SUMMARY.columnsTitle], [], true);
    for (const { field, paperAnswers } of summary.missingColumns) sheet.row([SUMMARY.missingColumn(field.title, paperAnswers)]);
    for (const title of summary.ignoredColumns) sheet.row([SUMMARY.ignoredColumn(title)]);
    sheet.blank();
  }
  sheet.row([SUMMARY.item, SUMMARY.count, SUMMARY.share], [], true);
  if (summary.roster) {
    sheet.row([SUMMARY.sent, summary.roster.size]);
    sheet.row([SUMMARY.answered, summary.roster.responded]);
    sheet.row([SUMMARY.rate, '', share(summary.roster.responded, summary.roster.size)], [null, null, 'percent']);
    if (summary.respondents !== summary.roster.responded) sheet.row([SUMMARY.respondents, summary.respondents]);
    const { duplicates } = summary.roster;
    if (duplicates.length > 0) {
      sheet.blank();
      sheet.row([SUMMARY.rosterDuplicates, SUMMARY.rosterRows], [], true);
      for (const duplicate of duplicates) sheet.row([SUMMARY.rosterDuplicateKey(duplicate), SUMMARY.rosterDuplicateRows(duplicate)]);
      sheet.row([SUMMARY.rosterDuplicatesNote]);
    }
  } else {
    sheet.row([SUMMARY.respondents, summary.respondents]);
    sheet.row([SUMMARY.noRoster]);
  }
  sheet.blank();

  sheet.row([SUMMARY.channel, SUMMARY.count, SUMMARY.share], [], true);
  const { web, paper } = summary.channels;
  sheet.row([SUMMARY.channels.web, web, share(web, summary.respondents)], [null, 'integer', 'percent']);
  sheet.row([SUMMARY.channels.paper, paper, share(paper, summary.respondents)], [null, 'integer', 'percent']);
  sheet.row([SUMMARY.subtotal, summary.respondents, share(summary.respondents, summary.respondents)], [null, 'integer', 'percent']);

  const rateFormats = [null, 'integer', 'integer', 'percent'] as const;
  for (const attribute of summary.roster?.attributes ?? []) {
    sheet.blank();
    sheet.row([SUMMARY.byAttribute(attribute.title)], [], true);
    sheet.row([attribute.title, SUMMARY.sent, SUMMARY.answered, SUMMARY.rate], [], true);
    const byLabel = new Map(attribute.values.map((value) => [value.label, value]));
    let sent = 0;
    let answered = 0;
    for (const label of attributeOrder(summary.survey, attribute.title, [...byLabel.keys()])) {
      const value = byLabel.get(label) as (typeof attribute.values)[number];
      sheet.row([value.label, value.sent, value.answered, share(value.answered, value.sent)], [...rateFormats]);
      sent += value.sent;
      answered += value.answered;
    }
    sheet.row([SUMMARY.subtotal, sent, answered, share(answered, sent)], [...rateFormats], true);
  }

  sheet.blank();
  sheet.row([SUMMARY.perDay], [], true);
  const header = sheet.row([SUMMARY.day, SUMMARY.dayCount, SUMMARY.cumulative, SUMMARY.channels.web, SUMMARY.channels.paper], [], true);
  let cumulative = 0;
  for (const day of summary.perDay) {
    cumulative += day.web + day.paper;
    sheet.row([instantOf(day.day, timeZone), day.web + day.paper, cumulative, day.web, day.paper], ['date', 'integer', 'integer', 'integer', 'integer']);
  }
  if (summary.perDay.length > 0) {
    sheet.chart({
      kind: 'LINE', title: SUMMARY.perDayChart,
      data: { row: header, column: 1, numRows: summary.perDay.length + 1, numColumns: 3 },
      anchor: { row: 1, column: 7 }, vAxisTitle: SUMMARY.dayCount,
      marks: 'none', days: true, size: DEFAULT_CHART_SIZE,
    });
  }
  return sheet.build(SUMMARY_SHEETS.status, { frozenRows: 1, columnWidths: [200, 90, 90, 90, 90] });
}
