/**
 * 前回との比較: the two rounds side by side, then every matched choice
 * question option by option with a grouped bar chart (前回 / 今回), each
 * layered table's rates, and whatever could not be compared, by name.
 */
import type { CellValue } from '../model/cells';
import type { CellFormat, SheetPlan } from '../model/sheet-plan';
import { chartRows, SheetBuilder } from '../model/sheet-plan';
import { chartLayout } from '../summary/sheets/charts';
import { COMPARE, COMPARE_SHEETS, SUMMARY } from '../messages';
import type { Bases, Comparison, OptionRow, RoundFacts } from './compare';

/** Where each question's chart sits: right of the table's seven columns and a gap. */
const CHART_COLUMN = 9;
const ROW_FORMATS: readonly (CellFormat | null)[] = [null, 'integer', 'percent', 'integer', 'percent', 'points', 'text'];
/** The two-sided 5 % point of the normal distribution. */
const Z_95 = 1.959963984540054;

/**
 * The smallest difference, in points, that comes out significant when the
 * share is near one half (where it is hardest to show): what these numbers of
 * answers can tell apart. Null when a round has nobody to take a share of.
 */
export function detectablePoints(bases: Bases): number | null {
  if (bases.previous <= 0 || bases.current <= 0) return null;
  return Math.round(Z_95 * Math.sqrt(0.25 * (1 / bases.previous + 1 / bases.current)) * 100);
}

function optionLabel(row: OptionRow): string {
  if (row.previousCount === null) return COMPARE.onlyCurrentOption(row.option);
  if (row.count === null) return COMPARE.onlyPreviousOption(row.option);
  return row.option;
}

function optionCells(label: string, row: OptionRow): CellValue[] {
  const either = (value: number | null) => (value === null ? COMPARE.none : value);
  return [
    label, either(row.previousCount), either(row.previousShare), either(row.count), either(row.share), either(row.diffPoints),
    row.significant ? COMPARE.significant : '',
  ];
}

function note(sheet: SheetBuilder, rows: ReadonlyArray<{ readonly label: string; readonly row: OptionRow }>, bases: Bases, smallestLayer = false): void {
  const fisher = rows.filter(({ row }) => row.test === 'fisher').map(({ label }) => label);
  sheet.row([COMPARE.note(fisher, bases.previous, bases.current, detectablePoints(bases), smallestLayer)]);
}

function roundsTable(sheet: SheetBuilder, previous: RoundFacts, current: RoundFacts): void {
  sheet.row([COMPARE.rounds], [], true);
  sheet.row([COMPARE.item, COMPARE.previous, COMPARE.current], [], true);
  const rate = (round: RoundFacts) => (round.rosterSize ? round.respondents / round.rosterSize : COMPARE.none);
  sheet.row([COMPARE.surveyTitle, previous.title, current.title], [null, 'text', 'text']);
  sheet.row([COMPARE.period, COMPARE.periodOf(previous.firstAnswer, previous.lastAnswer), COMPARE.periodOf(current.firstAnswer, current.lastAnswer)]);
  sheet.row([COMPARE.sent, previous.rosterSize ?? COMPARE.none, current.rosterSize ?? COMPARE.none], [null, 'integer', 'integer']);
  sheet.row([COMPARE.answered, previous.respondents, current.respondents], [null, 'integer', 'integer']);
  sheet.row([COMPARE.rate, rate(previous), rate(current)], [null, 'percent', 'percent']);
}

/** A list under a bold heading, when there is anything to list. */
function list(sheet: SheetBuilder, heading: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  sheet.blank();
  sheet.row([heading], [], true);
  for (const line of lines) sheet.row([line], ['text']);
}

export function comparisonSheet(comparison: Comparison): SheetPlan {
  const sheet = new SheetBuilder();
  const { matching } = comparison;
  sheet.row([COMPARE.title], [], true);
  sheet.blank();
  roundsTable(sheet, comparison.previous, comparison.current);
  list(sheet, COMPARE.check, [...matching.problems.map(COMPARE.pairProblem), ...matching.ambiguous.map(COMPARE.ambiguous)]);
  list(sheet, COMPARE.onlyCurrent, matching.onlyCurrent);
  list(sheet, COMPARE.onlyPrevious, matching.onlyPrevious);
  list(sheet, COMPARE.leftOut, matching.leftOut);
  list(sheet, COMPARE.texts, comparison.texts.map((pair) => COMPARE.textPair(pair.current, pair.previous)));
  list(sheet, COMPARE.check, comparison.layeredUnmatched.map((table) => COMPARE.layeredUnmatched(SUMMARY.layeredTitle(table.question, table.by, table.within))));
  sheet.blank();

  for (const question of comparison.questions) {
    const top = sheet.row([question.question], ['text'], true);
    const how = question.matchedBy === 'setting' ? COMPARE.matchedBySetting : question.matchedBy === 'options' ? COMPARE.matchedByOptions : '';
    if (question.previousQuestion !== question.question || how !== '') sheet.row([`${COMPARE.previousTitle(question.previousQuestion)}${how}`], ['text']);
    sheet.row([COMPARE.bases(question.multiple, question.bases.previous, question.bases.current)]);
    const header = sheet.row([...COMPARE.header], [], true);
    const rows = question.options.map((row) => ({ label: optionLabel(row), row }));
    for (const { label, row } of rows) sheet.row(optionCells(label, row), [...ROW_FORMATS]);
    note(sheet, rows, question.bases);
    // Two bars an option (前回, 今回): twice the room of a chart with one.
    const layout = chartLayout('BAR', rows.map(({ label }) => label), 2);
    sheet.chart({
      kind: 'BAR', title: COMPARE.chartTitle(question.question), hAxisTitle: COMPARE.chartAxis, ...layout, marks: 'count',
      // Categories, then the two share columns (前回 割合, 今回 割合), skipping the counts between them.
      data: { row: header, column: 1, numRows: rows.length + 1, numColumns: 1 },
      moreSeries: [3, 5].map((column) => ({ row: header, column, numRows: rows.length + 1, numColumns: 1 })),
      anchor: { row: top, column: CHART_COLUMN },
    });
    // Tables are spaced so that their charts never overlap.
    while (sheet.nextRow < top + chartRows(layout.size)) sheet.blank();
    sheet.blank();
  }

  for (const table of comparison.layered) {
    sheet.row([COMPARE.layeredTitle(table.question, table.by, table.within)], ['text'], true);
    sheet.row([COMPARE.layeredBases]);
    sheet.row([COMPARE.layeredHeader(table.within), ...COMPARE.header.slice(1)], [], true);
    const rows = table.rows.map((row) => ({ label: COMPARE.layeredOption(row.within, optionLabel(row)), row }));
    for (const { label, row } of rows) sheet.row(optionCells(label, row), [...ROW_FORMATS]);
    // The smallest layer decides how large a change can show.
    const smallest = table.rows.reduce<Bases | null>((least, row) => (least === null || Math.min(row.bases.previous, row.bases.current) < Math.min(least.previous, least.current) ? row.bases : least), null);
    note(sheet, rows, smallest ?? { previous: 0, current: 0 }, true);
    sheet.blank();
  }
  // Column A wraps: a long option, the notes and the lists stay within the table's width, on screen and in print.
  return sheet.build(COMPARE_SHEETS.compare, { columnWidths: [360, 80, 80, 80, 80, 100, 60], wrapColumns: [1] });
}

/** The sheet as it stands before any previous round is imported (kept when staff made it once). */
export function noComparisonSheet(message: string): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([COMPARE.title], [], true);
  sheet.row([message]);
  return sheet.build(COMPARE_SHEETS.compare, { columnWidths: [360] });
}
