import type { CellFormat, SheetPlan } from '../../model/sheet-plan';
import { SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import type { CrossBlock, CrossTab, UnbuiltTable } from '../crosstab';
import { audienceLine } from '../reach';
import type { Summary } from '../summarize';
import type { OptionOrder, SummarySettings } from '../../settings/settings';
import { optionOrder } from './order';

/** クロス集計: every choice question by each 分類 question, then the layered tables. */
export function crossSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  const reaches = new Map(summary.choices.flatMap((tally) => (tally.reach ? [[tally.field.id, tally.reach] as const] : [])));
  for (const table of summary.crosstabs) {
    if (table.kind === 'noColumn') unbuilt(sheet, table);
    else {
      // A question on a branch says under its title who it was for; its columns count those who answered it.
      const reach = reaches.get(table.question.id);
      const audience = reach ? audienceLine(reach, summary.survey) : null;
      if (table.within) layered(sheet, table, summary.settings, audience);
      else plain(sheet, table, summary.settings.optionOrder, audience);
    }
    sheet.blank();
  }
  return sheet.build(SUMMARY_SHEETS.cross, { columnWidths: [360] });
}

/** A table the response sheet cannot give: its title, 列なし, and which column is missing. */
function unbuilt(sheet: SheetBuilder, table: UnbuiltTable) {
  const title = table.question === null ? SUMMARY.crossByTitle(table.by.title)
    : table.within ? SUMMARY.layeredTitle(table.question.title, table.by.title, table.within.title)
      : SUMMARY.crossTitle(table.question.title, table.by.title);
  sheet.row([title], [], true);
  sheet.row([SUMMARY.noColumn], [], true);
  sheet.row([SUMMARY.crossNoColumn(table.missing.map((field) => field.title))]);
}

/** Options down, classes across (long option texts read better as rows), with 総計 column and row. */
function plain(sheet: SheetBuilder, table: CrossTab, order: OptionOrder, audience: string | null) {
  const [block] = table.blocks;
  const columns = block.rows.filter((row) => row.answered > 0);
  const options = optionOrder(table.total.counts, order);
  const withOther = table.total.other > 0;
  sheet.row([SUMMARY.crossTitle(table.question.title, table.by.title)], [], true);
  if (audience) sheet.row([audience]);
  for (const shares of [false, true]) {
    sheet.row([shares ? SUMMARY.sharesTable : SUMMARY.countsTable], [], true);
    sheet.row([SUMMARY.option, ...columns.map((row) => row.label), SUMMARY.total], [], true);
    const format: CellFormat = shares ? 'percent' : 'integer';
    const cell = (count: number, answered: number) => (shares ? (answered > 0 ? count / answered : '') : count);
    const formats = [null, ...columns.map(() => format), format];
    for (const index of options) {
      sheet.row([table.labels[index], ...columns.map((row) => cell(row.counts[index], row.answered)), cell(table.total.counts[index], table.total.answered)], formats);
    }
    if (withOther) sheet.row([SUMMARY.other, ...columns.map((row) => cell(row.other, row.answered)), cell(table.total.other, table.total.answered)], formats);
    if (!shares) sheet.row([SUMMARY.respondents, ...columns.map((row) => row.answered), table.total.answered], [null, ...columns.map(() => 'integer' as const), 'integer'], true);
  }
}

/** One small table per `within` option: classes down, respondents and each option's count and share across. */
function layered(sheet: SheetBuilder, table: CrossTab, settings: SummarySettings, audience: string | null) {
  const within = table.within;
  if (!within) return;
  const options = optionOrder(table.total.counts, settings.optionOrder);
  // Each option's count column says what it counts: 「はい」の人数, or the heading 設定 gives it (支援実績者数).
  const countHeading = (index: number) => settings.countHeadings.find((entry) => entry.questionId === table.question.id && entry.option === index)?.heading
    ?? SUMMARY.countOf(table.labels[index]);
  sheet.row([SUMMARY.layeredTitle(table.question.title, table.by.title, within.title)], [], true);
  if (audience) sheet.row([audience]);
  const formats: (CellFormat | null)[] = [null, 'integer', ...options.map(() => 'integer' as const), ...options.map(() => 'percent' as const)];
  const line = (label: string, counts: CrossBlock['total']) => [
    label, counts.answered,
    ...options.map((index) => counts.counts[index]),
    ...options.map((index) => (counts.answered > 0 ? counts.counts[index] / counts.answered : '')),
  ];
  for (const block of table.blocks) {
    if (block.total.answered === 0 || block.label === null) continue;
    sheet.row([SUMMARY.withinBlock(within.title, block.label)], [], true);
    sheet.row([table.by.title, SUMMARY.respondents, ...options.map(countHeading), ...options.map((index) => SUMMARY.shareOf(table.labels[index]))], [], true);
    for (const row of block.rows) {
      if (row.answered > 0) sheet.row(line(row.label, row), formats);
    }
    sheet.row(line(SUMMARY.subtotal, block.total), formats, true);
  }
}
