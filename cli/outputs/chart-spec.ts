/**
 * Vega-Lite specifications that draw the add-on's charts the way Sheets does:
 * PIE as a pie with each slice's share, BAR as horizontal bars, COLUMN as
 * vertical bars, LINE and AREA along the categories, SCATTER as points.
 * Several value columns become grouped (or, with isStacked, stacked) bars or
 * several lines. A TABLE chart draws nothing: the sheet's table is the chart.
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
      row: r, column: s, category: row[0], x: typeof category === 'number' ? category : null, series, value,
      description: `${categoryTitle}: ${row[0]}; ${series}: ${row[s + 1]}`,
    });
    percent &&= row[s + 1].trim().endsWith('%');
  }));
  return {
    categoryTitle,
    categories: rows.map((row) => row[0]),
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
 * (Japanese has no spaces to break at) and ends the last allowed line with
 * an ellipsis. The full text stays in each mark's description.
 */
function wrapLabelExpr(perLine: number, maxLines: number): string {
  const line = (i: number) => `substring(datum.label, ${i * perLine}, ${(i + 1) * perLine})`;
  const lines = (count: number) => `[${Array.from({ length: count }, (_, i) => line(i)).join(', ')}]`;
  const last = maxLines - 1;
  let expr = `[${[...Array.from({ length: last }, (_, i) => line(i)),
    `substring(datum.label, ${last * perLine}, ${maxLines * perLine - 1}) + '…'`].join(', ')}]`;
  for (let count = maxLines; count >= 1; count--) {
    expr = `length(datum.label) <= ${count * perLine} ? ${count === 1 ? 'datum.label' : lines(count)} : ${expr}`;
  }
  return expr;
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

  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(chart.title ? { title: chart.title } : {}),
    background: 'white',
    padding: 12,
    data: { values: [...table.data] },
    config: {
      font: CHART_FONT,
      title: { fontSize: 15, anchor: 'start' as const, offset: 12 },
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' as const },
      legend: { labelFontSize: 11, labelLimit: 260 },
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
  // Room for two lines of label per category.
  const bandStep = groups ? Math.max(34, table.seriesNames.length * 14 + 12) : 34;

  switch (chart.kind) {
    case 'PIE': {
      // Like Sheets, a pie shows the first series only.
      const first = table.seriesNames[0];
      return {
        ...base,
        data: { values: table.data.filter((datum) => datum.series === first && datum.value > 0) },
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
            legend: { title: null, orient: 'right', labelExpr: wrapLabelExpr(16, 2) },
          },
          order: { field: 'row', type: 'quantitative' },
        },
        layer: [
          { mark: { type: 'arc', outerRadius: 125, stroke: 'white' }, encoding: { description } },
          {
            // Shares of thin slices would not fit inside them.
            mark: { type: 'text', radius: 88, fill: 'white', fontWeight: 'bold', fontSize: 12, aria: false },
            encoding: { text: { condition: { test: 'datum.share < 0.04', value: '' }, field: 'share', type: 'quantitative', format: '.0%' } },
          },
        ],
      };
    }
    case 'BAR':
      return {
        ...base,
        width: 420,
        height: { step: bandStep },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: categorySort, axis: { title: vTitle, labelExpr: wrapLabelExpr(14, 2) } },
          x: value(hTitle),
          ...(groups ? { yOffset: { field: 'series', sort: [...table.seriesNames] } } : {}),
          ...stackOrder,
          color: seriesColor,
          description,
        },
      };
    case 'COLUMN':
      return {
        ...base,
        width: { step: Math.max(bandStep, 64) },
        height: 280,
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'category', type: 'nominal', sort: categorySort, axis: { title: hTitle, labelAngle: 0, labelExpr: wrapLabelExpr(6, 3) } },
          y: value(vTitle),
          ...(groups ? { xOffset: { field: 'series', sort: [...table.seriesNames] } } : {}),
          ...stackOrder,
          color: seriesColor,
          description,
        },
      };
    case 'LINE':
    case 'AREA':
      return {
        ...base,
        width: { step: 64 },
        height: 280,
        mark: chart.kind === 'LINE' ? { type: 'line', point: true } : { type: 'area', line: true, point: true, opacity: 0.35 },
        encoding: {
          x: { field: 'category', type: 'nominal', sort: categorySort, axis: { title: hTitle, labelAngle: 0, labelExpr: wrapLabelExpr(6, 3) } },
          y: value(vTitle),
          color: seriesColor,
          description,
        },
      };
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
