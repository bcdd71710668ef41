/**
 * 前回との比較 in the deck, when a previous round is imported: the two rounds
 * side by side, then each matched question's grouped bars (a picture of the
 * sheet's chart) beside its shares, then each layered table's rates. What
 * could not be matched is counted here and named on the sheet.
 */
import type { Comparison, OptionRow, QuestionComparison } from '../compare/compare';
import type { ChartPlan, SheetPlan } from '../model/sheet-plan';
import { COMPARE, REPORT } from '../messages';
import type { Element } from './deck';
import { COLORS } from './deck';
import { chartTableSlides } from './chart-table';
import type { Draft } from './frame';
import { BODY, bottomOf, count, paged, percent, roomUnder, text, titled } from './frame';
import type { Column, Row } from './tables';
import { pageRows, tableElement } from './tables';

export interface ComparisonInput {
  readonly comparison: Comparison;
  /** 前回との比較 as 集計を作成 writes it: each question's chart is a picture of its chart there. */
  readonly sheet: SheetPlan;
}

const SIDE_CHART_WIDTH = 300;
/** Beside a chart the figures take narrow columns (headers wrap); on a slide of their own, wider ones. */
const NARROW = { share: 58, diff: 56, mark: 40 } as const;
const WIDE = { count: 56, share: 64, diff: 84, mark: 52 } as const;

const share = (value: number | null) => (value === null ? COMPARE.none : percent(value, 1));
const diff = (value: number | null) => (value === null ? COMPARE.none : `${value > 0 ? '+' : ''}${value.toFixed(1)}`);
const either = (value: number | null) => (value === null ? COMPARE.none : count(value));

function label(row: OptionRow): string {
  if (row.previousCount === null) return COMPARE.onlyCurrentOption(row.option);
  if (row.count === null) return COMPARE.onlyPreviousOption(row.option);
  return row.option;
}

/** Shares only (beside a chart) or counts too (on a slide of their own), headed as the sheet heads them. */
function columns(first: string, withCounts: boolean): Column[] {
  const [, previousCount, previousShare, currentCount, currentShare, difference, mark] = COMPARE.header;
  const widths = withCounts ? WIDE : NARROW;
  const pair = (countHeader: string, shareHeader: string): Column[] => [
    ...(withCounts ? [{ header: countHeader, width: WIDE.count, align: 'end' as const }] : []),
    { header: shareHeader, width: widths.share, align: 'end' },
  ];
  return [
    { header: first, width: 'flex', align: 'start' },
    ...pair(previousCount, previousShare),
    ...pair(currentCount, currentShare),
    { header: difference, width: widths.diff, align: 'end' },
    { header: mark, width: widths.mark, align: 'center' },
  ];
}

function row(cellLabel: string, option: OptionRow, withCounts: boolean): Row {
  const side = (value: number | null, part: number | null) => (withCounts ? [either(value), share(part)] : [share(part)]);
  return {
    cells: [
      cellLabel, ...side(option.previousCount, option.previousShare), ...side(option.count, option.share),
      diff(option.diffPoints), option.significant ? COMPARE.significant : '',
    ],
  };
}

function roundsSlide(comparison: Comparison): Draft {
  const framed = titled(REPORT.compareTitle);
  const { previous, current, matching } = comparison;
  const rate = (respondents: number, size: number | null) => (size ? percent(respondents, size) : COMPARE.none);
  const table = tableElement(BODY.left, framed.top, BODY.width * 0.75, [
    { header: COMPARE.item, width: 120, align: 'start' },
    { header: COMPARE.previous, width: 'flex', align: 'end' },
    { header: COMPARE.current, width: 'flex', align: 'end' },
  ], [
    { cells: [COMPARE.period, COMPARE.periodOf(previous.firstAnswer, previous.lastAnswer), COMPARE.periodOf(current.firstAnswer, current.lastAnswer)] },
    { cells: [COMPARE.sent, either(previous.rosterSize), either(current.rosterSize)] },
    { cells: [COMPARE.answered, count(previous.respondents), count(current.respondents)] },
    { cells: [COMPARE.rate, rate(previous.respondents, previous.rosterSize), rate(current.respondents, current.rosterSize)], bold: true },
  ]);
  const counts = text(BODY.left, bottomOf(table) + 16, BODY.width,
    REPORT.compareCounts(comparison.questions.length, matching.onlyCurrent.length, matching.onlyPrevious.length), 14);
  const note = text(BODY.left, bottomOf(counts) + 8, BODY.width, REPORT.compareNote, 12, { color: COLORS.muted });
  return { kind: 'compare', title: REPORT.compareTitle, elements: [...framed.elements, table, counts, note] };
}

function chartElement(box: Element['box'], chart: ChartPlan, question: QuestionComparison): Element {
  return {
    kind: 'chart', box, source: { sheet: 'compare', anchorRow: chart.anchor.row, anchorColumn: chart.anchor.column },
    description: REPORT.chartDescription(chart.title, question.options.map((option) => REPORT.compareFigure(label(option), share(option.previousShare), share(option.share)))),
  };
}

/** Under the heading: whom each round's shares are of. */
function basesLine(top: number, question: QuestionComparison): Element {
  return text(BODY.left, top, BODY.width, REPORT.compareBases(question.bases.previous, question.bases.current), 14, { color: COLORS.muted });
}

/** The chart beside the shares when they fit; otherwise the chart on a slide of its own and the table, with counts, after it. */
function questionSlides(question: QuestionComparison, sheet: SheetPlan): Draft[] {
  const chart = sheet.charts.find((candidate) => candidate.title === COMPARE.chartTitle(question.question));
  const rows = (withCounts: boolean) => question.options.map((option) => row(label(option), option, withCounts));
  return chartTableSlides({
    kind: 'compare', title: REPORT.compareQuestion(question.question), chartWidth: SIDE_CHART_WIDTH,
    lead: (top) => basesLine(top, question),
    chart: chart ? (box) => chartElement(box, chart, question) : null,
    side: { columns: columns(COMPARE.header[0], false), rows: rows(false) },
    wide: { columns: columns(COMPARE.header[0], true), rows: rows(true) },
  });
}

function layeredSlides(comparison: Comparison): Draft[] {
  return comparison.layered.flatMap((table) => {
    const title = REPORT.compareLayered(table.question, table.by, table.within);
    const wide = columns(COMPARE.layeredHeader(table.within), true);
    const rows = table.rows.map((option) => row(COMPARE.layeredOption(option.within, label(option)), option, true));
    return paged(title, pageRows(wide, rows, BODY.width, roomUnder(title)), (page, pageTitle) => {
      const frame = titled(pageTitle);
      return { kind: 'compare', title: pageTitle, elements: [...frame.elements, tableElement(BODY.left, frame.top, BODY.width, wide, page)] };
    });
  });
}

export function comparisonSlides({ comparison, sheet }: ComparisonInput): Draft[] {
  return [roundsSlide(comparison), ...comparison.questions.flatMap((question) => questionSlides(question, sheet)), ...layeredSlides(comparison)];
}
