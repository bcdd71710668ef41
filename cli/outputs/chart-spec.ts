/**
 * Vega-Lite specifications that draw the add-on's charts the way Sheets does
 * with the options the add-on set: PIE as a pie with each slice's share on it
 * (pieSliceText) and its count in the legend (legend.labeledValueText), BAR
 * as horizontal bars, COLUMN as vertical bars, each with its count at its end
 * (series.N.dataLabel), LINE and AREA along the categories (days as hAxis.format
 * says, a label a week), SCATTER as points; in the colours the chart names.
 * Several value columns become grouped (or, with isStacked, stacked) bars or
 * several lines. Labels wrap onto as many lines as they need, never cut. A
 * TABLE chart draws nothing: the sheet's table is the chart.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CellValue, ChartView } from '../../emulator/view';
import { LOCAL_REPORT } from '../../src/messages';

/** Japanese first: the SVG names fonts the reader's browser picks from. */
const CHART_FONT =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";
/** Sheets' default series colours. */
const PALETTE = ['#4285F4', '#EA4335', '#FBBC04', '#34A853', '#FF6D01', '#46BDC6', '#7BAAF7', '#F07B72', '#FCD04F', '#71C287'];
/** Names for columns the header row leaves blank. */
const FALLBACK = { category: LOCAL_REPORT.category, series: LOCAL_REPORT.series } as const;

export interface ChartDatum {
  /** Row and series of the value, 0-based: the sheet's order for slices and stacks. */
  readonly row: number;
  readonly column: number;
  readonly category: string;
  /** The category cell when it is a number (the x of a scatter chart). */
  readonly x: number | null;
  readonly series: string;
  readonly value: number;
  /** The value as the sheet shows it: what a data label says. */
  readonly text: string;
  /**
   * What a screen reader says for the mark, as the sheet shows it. Vega puts
   * it in the SVG as the mark's aria-label, which keeps the full text of a
   * label the axis had to cut short.
   */
  readonly description: string;
}

export interface ChartTable {
  readonly categoryTitle: string;
  readonly categories: readonly string[];
  /** The category cells as the sheet holds them (a Date for a day). */
  readonly categoryValues: readonly CellValue[];
  readonly seriesNames: readonly string[];
  /** Every value is shown as a percentage, so the value axis should be too. */
  readonly percent: boolean;
  readonly data: readonly ChartDatum[];
}

/**
 * The chart's data as one table: several ranges sit side by side, as Sheets
 * reads a chart built from separate category and value columns. The first
 * row names the series, the first column holds the categories (as shown).
 */
export function chartTable(chart: ChartView): ChartTable {
  const values = sideBySide(chart.ranges.map((range) => range.values), '' as CellValue);
  const display = sideBySide(chart.ranges.map((range) => range.display), '');
  const [header = [], ...rows] = display;
  const categoryTitle = header[0]?.trim() || FALLBACK.category;
  const seriesNames = header.slice(1).map((name, s) => name.trim() || `${FALLBACK.series}${s + 1}`);
  const data: ChartDatum[] = [];
  let percent = true;
  rows.forEach((row, r) => seriesNames.forEach((series, s) => {
    const value = values[r + 1][s + 1];
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const category = values[r + 1][0];
    data.push({
      row: r, column: s, category: row[0], x: typeof category === 'number' ? category : null, series, value, text: row[s + 1].trim(),
      description: `${categoryTitle}: ${row[0]}; ${series}: ${row[s + 1]}`,
    });
    percent &&= row[s + 1].trim().endsWith('%');
  }));
  return {
    categoryTitle,
    categories: rows.map((row) => row[0]),
    categoryValues: rows.map((_, r) => values[r + 1][0]),
    seriesNames,
    percent: percent && data.length > 0,
    data,
  };
}

function sideBySide<T>(grids: ReadonlyArray<readonly (readonly T[])[]>, blank: T): T[][] {
  const rowCount = Math.max(0, ...grids.map((grid) => grid.length));
  return Array.from({ length: rowCount }, (_, r) =>
    grids.flatMap((grid) => grid[r] ?? Array<T>(grid[0]?.length ?? 0).fill(blank)));
}

/** A setOption value, given either flat ('hAxis.title') or nested ({hAxis: {title}}). */
function option(chart: ChartView, path: string): unknown {
  if (path in chart.options) return chart.options[path];
  return path.split('.').reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    chart.options);
}

function optionText(chart: ChartView, path: string): string | null {
  const value = option(chart, path);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * A Vega expression that breaks a label into lines of `perLine` characters
 * (Japanese has no spaces to break at), as many as the longest of `labels`
 * needs: nothing is cut. `text` is the expression to break (the label itself
 * unless told).
 */
function wrapLabelExpr(perLine: number, labels: readonly string[], text = 'datum.label'): string {
  const longest = labels.reduce((max, label) => Math.max(max, Array.from(label).length), 1);
  const maxLines = Math.ceil(longest / perLine);
  const line = (i: number) => `substring(${text}, ${i * perLine}, ${(i + 1) * perLine})`;
  const lines = (count: number) => (count === 1 ? text : `[${Array.from({ length: count }, (_, i) => line(i)).join(', ')}]`);
  let expr = lines(maxLines);
  for (let count = maxLines - 1; count >= 1; count--) expr = `length(${text}) <= ${count * perLine} ? ${lines(count)} : ${expr}`;
  return expr;
}

/** Lines a label of `perLine` characters a line takes at most among `labels`. */
function lineCount(labels: readonly string[], perLine: number): number {
  return labels.reduce((max, label) => Math.max(max, Math.ceil(Array.from(label).length / perLine)), 1);
}

/** A JSON string as a Vega expression literal. */
function literal(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Sheets' date formats the add-on uses (M/d, MM/dd, yyyy/MM/dd) applied to a
 * day the sheet shows as yyyy/MM/dd; null when the label is no such day.
 */
function dayLabel(display: string, format: string): string | null {
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(display.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const parts: Record<string, string> = {
    yyyy: year, MM: month.padStart(2, '0'), M: String(Number(month)), dd: day.padStart(2, '0'), d: String(Number(day)),
  };
  return format.replace(/yyyy|MM|M|dd|d/g, (token) => parts[token]);
}

/** Every bar (or point) of the chart carries its value as Sheets' data label would. */
function hasDataLabels(chart: ChartView, series: number): boolean {
  return Array.from({ length: series }, (_, index) => option(chart, `series.${index}.dataLabel`)).some((label) => label === 'value');
}

export function chartSpec(chart: ChartView): TopLevelSpec | null {
  if (chart.kind === 'TABLE') return null;
  const table = chartTable(chart);
  const colors = option(chart, 'colors');
  const palette = Array.isArray(colors) && colors.length > 0 && colors.every((color) => typeof color === 'string') ? colors as string[] : PALETTE;
  const multi = table.seriesNames.length > 1;
  const valueFormat = table.percent ? { format: '.0%' } : {};
  const hTitle = optionText(chart, 'hAxis.title');
  const vTitle = optionText(chart, 'vAxis.title');
  const stacked = [true, 'true', 'absolute'].includes(option(chart, 'isStacked') as string | boolean);
  const labelled = hasDataLabels(chart, table.seriesNames.length);

  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(chart.title ? { title: chart.title } : {}),
    background: 'white',
    padding: 12,
    data: { values: [...table.data] },
    config: {
      font: CHART_FONT,
      title: { fontSize: 15, anchor: 'start' as const, offset: 12, limit: 0 },
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' as const, labelLimit: 0 },
      legend: { labelFontSize: 11, labelLimit: 0 },
      range: { category: palette },
      view: { stroke: null },
    },
  };
  const seriesColor = multi
    ? { field: 'series', type: 'nominal' as const, sort: [...table.seriesNames], legend: { title: null, orient: 'bottom' as const } }
    : { value: palette[0] };
  const categorySort = [...table.categories];
  const description = { field: 'description', type: 'nominal' as const };
  const value = (title: string | null) => ({
    field: 'value', type: 'quantitative' as const, stack: stacked ? ('zero' as const) : null,
    axis: { title, ...valueFormat },
  });
  const stackOrder = stacked ? { order: { field: 'column', type: 'quantitative' as const } } : {};
  const groups = multi && !stacked;
  // The count at the end of each bar, or in the middle of a stacked one.
  const dataLabel = (horizontal: boolean) => ({
    mark: stacked
      ? { type: 'text' as const, fill: 'white', fontSize: 11, aria: false }
      : { type: 'text' as const, fontSize: 11, aria: false, ...(horizontal ? { align: 'left' as const, dx: 3 } : { baseline: 'bottom' as const, dy: -2 }) },
    encoding: { text: { field: 'text', type: 'nominal' as const }, ...(stacked ? { [horizontal ? 'x' : 'y']: { field: 'value', type: 'quantitative' as const, stack: 'zero' as const, bandPosition: 0.5 } } : {}) },
  });

  switch (chart.kind) {
    case 'PIE': {
      // Like Sheets, a pie shows the first series only.
      const first = table.seriesNames[0];
      const slices = table.data.filter((datum) => datum.series === first && datum.value > 0);
      const shown = option(chart, 'legend.labeledValueText');
      // The legend names each slice with its count (labeledValueText), as Sheets' labeled legend does.
      const counts = Object.fromEntries(slices.map((datum) => [datum.category, datum.text]));
      // A full-width space between name and count, as Japanese legends set them.
      const gap = '\u3000';
      const named = shown === 'value' || shown === 'both' ? table.categories.map((label) => `${label}${gap}${counts[label] ?? ''}`) : table.categories;
      const legendLabel = wrapLabelExpr(16, named, shown === 'value' || shown === 'both' ? `(datum.label + ${literal(gap)} + (${literal(counts)}[datum.label] || ''))` : 'datum.label');
      const sliceText = option(chart, 'pieSliceText') ?? 'percentage';
      return {
        ...base,
        data: { values: slices },
        width: 260,
        height: 260,
        transform: [
          { joinaggregate: [{ op: 'sum', field: 'value', as: 'total' }] },
          { calculate: 'datum.value / datum.total', as: 'share' },
        ],
        encoding: {
          theta: { field: 'value', type: 'quantitative', stack: true },
          color: {
            field: 'category', type: 'nominal', sort: categorySort,
            legend: { title: null, orient: 'right', labelExpr: legendLabel },
          },
          order: { field: 'row', type: 'quantitative' },
        },
        layer: [
          { mark: { type: 'arc', outerRadius: 125, stroke: 'white' }, encoding: { description } },
          ...(sliceText === 'none' ? [] : [{
            // Shares of thin slices would not fit inside them: the legend has their counts.
            mark: { type: 'text' as const, radius: 88, fill: 'white', fontWeight: 'bold' as const, fontSize: 12, aria: false },
            encoding: sliceText === 'value'
              ? { text: { field: 'text', type: 'nominal' as const } }
              : { text: { condition: { test: 'datum.share < 0.04', value: '' }, field: 'share', type: 'quantitative' as const, format: '.0%' } },
          }]),
        ],
      };
    }
    case 'BAR': {
      const perLine = 20;
      // Room for the longest label, wrapped.
      const step = Math.max(groups ? table.seriesNames.length * 14 + 12 : 24, lineCount(table.categories, perLine) * 13 + 6);
      return {
        ...base,
        width: 420,
        height: { step },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: categorySort, axis: { title: vTitle, labelExpr: wrapLabelExpr(perLine, table.categories) } },
          x: value(hTitle),
          ...(groups ? { yOffset: { field: 'series', sort: [...table.seriesNames] } } : {}),
        },
        layer: [
          { mark: { type: 'bar' }, encoding: { ...stackOrder, color: seriesColor, description } },
          ...(labelled ? [dataLabel(true)] : []),
        ],
      };
    }
    case 'COLUMN': {
      const perLine = 6;
      return {
        ...base,
        width: { step: Math.max(groups ? table.seriesNames.length * 14 + 12 : 34, 64) },
        height: 280,
        encoding: {
          x: { field: 'category', type: 'nominal', sort: categorySort, axis: { title: hTitle, labelAngle: 0, labelExpr: wrapLabelExpr(perLine, table.categories) } },
          y: value(vTitle),
          ...(groups ? { xOffset: { field: 'series', sort: [...table.seriesNames] } } : {}),
        },
        layer: [
          { mark: { type: 'bar' }, encoding: { ...stackOrder, color: seriesColor, description } },
          ...(labelled ? [dataLabel(false)] : []),
        ],
      };
    }
    case 'LINE':
    case 'AREA': {
      const format = optionText(chart, 'hAxis.format');
      const days = format ? table.categories.map((label, r) => (table.categoryValues[r] instanceof Date ? dayLabel(label, format) : null)) : [];
      const dated = days.length > 0 && days.every((day) => day !== null);
      // Days read as 12/1, 12/8 …: a label a week, on a chart of a readable width.
      const axis = dated
        ? { title: hTitle, labelAngle: 0, values: table.categories.filter((_, r) => r % 7 === 0), labelExpr: `${literal(Object.fromEntries(table.categories.map((label, r) => [label, days[r]])))}[datum.label]` }
        : { title: hTitle, labelAngle: 0, labelExpr: wrapLabelExpr(6, table.categories) };
      return {
        ...base,
        width: dated ? Math.max(360, Math.min(640, table.categories.length * 18)) : { step: 64 },
        height: 280,
        mark: chart.kind === 'LINE' ? { type: 'line', point: true } : { type: 'area', line: true, point: true, opacity: 0.35 },
        encoding: {
          x: { field: 'category', type: 'nominal', sort: categorySort, axis },
          y: value(vTitle),
          color: seriesColor,
          description,
        },
      };
    }
    case 'SCATTER':
      return {
        ...base,
        data: { values: table.data.filter((datum) => datum.x !== null) },
        width: 420,
        height: 300,
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x: { field: 'x', type: 'quantitative', axis: { title: hTitle } },
          y: { field: 'value', type: 'quantitative', axis: { title: vTitle, ...valueFormat } },
          color: seriesColor,
          description,
        },
      };
  }
}
