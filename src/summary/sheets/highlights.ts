import type { SheetPlan } from '../../model/sheet-plan';
import type { ChoiceField, Field } from '../../model/survey';
import { SheetBuilder } from '../../model/sheet-plan';
import { SUMMARY, SUMMARY_SHEETS } from '../../messages';
import type { Summary } from '../summarize';
import { optionOrder } from './order';

/** Down to which place the most-chosen options of a multiple-choice question are quoted (options tied there too). */
const TOP_OPTIONS = 3;

export interface Headline {
  readonly label: string;
  readonly count: number;
  readonly total: number;
}

/** Questions a headline quotes: two-option single choice (はい/いいえ) and multiple choice, grids aside. */
function quoted(field: Field): field is ChoiceField {
  return field.kind === 'choice' && field.reportType !== 'GRID' && (field.multiple || field.options.length === 2);
}

/**
 * The figures a report quotes: the response rate, the share giving the first
 * answer to each two-option question (はい/いいえ), and the most-chosen
 * options of each multiple-choice question.
 */
/**
 * Options most-chosen first with their place; tied counts share a place and
 * the next count takes the place after them all (1位, 1位, 3位), as a report ranks.
 */
export function ranked(counts: readonly number[]): Array<{ readonly index: number; readonly rank: number }> {
  const order = optionOrder(counts, 'count');
  return order.map((index) => ({ index, rank: order.findIndex((other) => counts[other] === counts[index]) + 1 }));
}

export function headlines(summary: Summary): Headline[] {
  const lines: Headline[] = [];
  if (summary.roster) lines.push({ label: SUMMARY.responseRate, count: summary.roster.responded, total: summary.roster.size });
  for (const tally of summary.choices) {
    const field = tally.field;
    if (!quoted(field) || tally.answered === 0) continue;
    if (!field.multiple) {
      lines.push({ label: SUMMARY.yesShare(field.title, field.options[0]), count: tally.counts[0], total: tally.answered });
    } else {
      for (const { index, rank } of ranked(tally.counts)) {
        if (rank > TOP_OPTIONS) break;
        if (tally.counts[index] > 0) lines.push({ label: SUMMARY.topOption(field.title, rank, field.options[index]), count: tally.counts[index], total: tally.answered });
      }
    }
  }
  return lines;
}

export function highlightsSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([SUMMARY.highlightsTitle], [], true);
  sheet.row([SUMMARY.headline, SUMMARY.figure, SUMMARY.respondents, SUMMARY.share], [], true);
  for (const line of headlines(summary)) {
    sheet.row([line.label, line.count, line.total, line.total > 0 ? line.count / line.total : ''], ['text', 'integer', 'integer', 'percent']);
  }
  // A headline lost with its column is named, so that its absence does not pass for nothing to report.
  for (const { field, paperAnswers } of summary.withoutColumn) {
    if (quoted(field)) sheet.row([SUMMARY.missingColumn(field.title, paperAnswers), SUMMARY.noColumn], ['text', 'text']);
  }
  return sheet.build(SUMMARY_SHEETS.highlights, { frozenRows: 2, columnWidths: [640, 70, 80, 70], wrapColumns: [1] });
}
