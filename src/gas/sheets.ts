/**
 * Reading and writing one sheet, batched: a sheet is read with one call and
 * a table written with one call per kind (values, number formats, font
 * weights), whatever the number of rows. Used by workbook.ts only.
 */
import type { CellValue } from '../model/cells';
import type { CellFormat, ChartKind, ChartPlan, SheetPlan } from '../model/sheet-plan';
import { a1Notation, CHART_COLORS, CHART_LABEL_FONT_PX, chartSeries, DEFAULT_CHART_SIZE, plannedColumns, plannedRows } from '../model/sheet-plan';
import type { HeaderPlan } from './workbook';
import { DEFAULT_FORMAT, numberFormat, toCells } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The size of a sheet Sheets inserts. */
export const NEW_SHEET: GridSize = { rows: 1000, columns: 26 };

/** A PNG of a sheet chart, as Sheets draws it. */
export type ChartPicture = GoogleAppsScript.Base.Blob;

/** The developer-metadata key that marks the sheets the add-on owns; its value is the sheet's role. */
export const ROLE_KEY = 'followup-survey.role';

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * Every value of the sheet, header included; [] for an empty sheet. One call:
 * getSheetValues with -1 reads through the last row and column with data.
 */
export function readSheet(sheet: Sheet): CellValue[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
  } catch (error) {
    // An empty sheet has no rows to read; anything else is a real failure.
    if (sheet.getLastRow() === 0) return [];
    throw error;
  }
}

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  switch (kind) {
    case 'PIE': return Charts.ChartType.PIE;
    case 'BAR': return Charts.ChartType.BAR;
    case 'COLUMN': return Charts.ChartType.COLUMN;
    case 'LINE': return Charts.ChartType.LINE;
  }
}

/** The sheet's grid as it is: two calls, unless the caller knows it (a sheet just inserted). */
function sizeOf(sheet: Sheet, known: GridSize | null): GridSize {
  return known ?? { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
}

/** Gives the sheet exactly `wanted` rows and columns: nothing empty for Google's cell limit to count. */
function fit(sheet: Sheet, current: GridSize, wanted: GridSize): void {
  if (current.rows < wanted.rows) sheet.insertRowsAfter(current.rows, wanted.rows - current.rows);
  else if (current.rows > wanted.rows) sheet.deleteRows(wanted.rows + 1, current.rows - wanted.rows);
  if (current.columns < wanted.columns) sheet.insertColumnsAfter(current.columns, wanted.columns - current.columns);
  else if (current.columns > wanted.columns) sheet.deleteColumns(wanted.columns + 1, current.columns - wanted.columns);
}

/** Grows the grid so that it holds `wanted` (never shrinks it). */
function grow(sheet: Sheet, current: GridSize, wanted: GridSize): GridSize {
  const size = { rows: Math.max(current.rows, wanted.rows), columns: Math.max(current.columns, wanted.columns) };
  fit(sheet, current, size);
  return size;
}

/** Runs of equal values in a list, as [start index, count, value]. */
function runs<T>(values: readonly T[]): Array<[number, number, T]> {
  const found: Array<[number, number, T]> = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    found.push([i, j - i, values[i]]);
    i = j;
  }
  return found;
}

/**
 * Google Charts' options for the plan, as Sheets takes them through
 * setOption (https://developers.google.com/apps-script/chart-configuration-options):
 * the size, a palette of 20 distinct colours, each bar's count as a data
 * label (series.N.dataLabel, as Sheets' chart editor sets it), each slice's
 * share on it and its count beside it (a labeled legend, every slice drawn),
 * days on the axis as 12/1, and room left of the bars for the labels.
 * Each option is a call: what Sheets does by default is not set (a chart is
 * 600 × 371 px, a single series is drawn in the palette's first colour,
 * Google's blue; a slice shows its share unless told otherwise).
 */
export function chartOptions(chart: ChartPlan): Record<string, unknown> {
  const series = chartSeries(chart);
  const options: Record<string, unknown> = { title: chart.title };
  if (chart.size.width !== DEFAULT_CHART_SIZE.width) options.width = chart.size.width;
  if (chart.size.height !== DEFAULT_CHART_SIZE.height) options.height = chart.size.height;
  if (chart.kind === 'PIE' || series > 1) options.colors = [...CHART_COLORS];
  const hAxis: Record<string, unknown> = {};
  const vAxis: Record<string, unknown> = {};
  if (chart.hAxisTitle) hAxis.title = chart.hAxisTitle;
  if (chart.vAxisTitle) vAxis.title = chart.vAxisTitle;
  if (chart.kind === 'PIE') {
    options.legend = { position: 'labeled', labeledValueText: 'value' };
    if (chart.marks !== 'share') options.pieSliceText = 'none';
    options.sliceVisibilityThreshold = 0;
  } else {
    // A single series needs no legend.
    options.legend = { position: series > 1 ? 'bottom' : 'none' };
    if (chart.marks !== 'none') options.series = Object.fromEntries(Array.from({ length: series }, (_, index) => [index, { dataLabel: 'value' }]));
  }
  if (chart.days) hAxis.format = 'M/d';
  if (chart.kind === 'BAR') {
    vAxis.textStyle = { fontSize: CHART_LABEL_FONT_PX };
    if (chart.labelWidth) options.chartArea = { left: chart.labelWidth, width: chart.size.width - chart.labelWidth - 60 };
  }
  if (Object.keys(hAxis).length > 0) options.hAxis = hAxis;
  if (Object.keys(vAxis).length > 0) options.vAxis = vAxis;
  return options;
}

/** What a plan puts on a sheet besides its cells, to tell whether the sheet's can stay as they are. */
export function planSignatures(plan: SheetPlan): { readonly charts: string; readonly layout: string } {
  return { charts: JSON.stringify(plan.charts), layout: JSON.stringify([plan.frozenRows, plan.columnWidths, plan.hiddenRows]) };
}

/** What the adapter knows of a sheet it is about to write. */
export interface SheetState {
  /** Just inserted: nothing to clear, Sheets' default grid. */
  readonly created: boolean;
  /** Its grid, when measured in this run. */
  readonly size: GridSize | null;
  /** The signatures of what the add-on last put on it (planSignatures), when known. */
  readonly charts: string | null;
  readonly layout: string | null;
}

/**
 * Replaces the sheet's content with the plan: values, formats, layout and
 * charts, and fits its grid to them. Charts, frozen rows, column widths and
 * hidden rows are not cell contents: clear() leaves them, so they stay when
 * they are what the add-on last put there and the plan wants the same (the
 * common re-run: more answers, same questions). Returns the new grid.
 */
export function writePlan(sheet: Sheet, plan: SheetPlan, state: SheetState): GridSize {
  const wants = planSignatures(plan);
  let keepCharts = false;
  const keepLayout = !state.created && state.layout === wants.layout;
  if (!state.created) {
    const charts = sheet.getCharts();
    keepCharts = state.charts === wants.charts && charts.length === plan.charts.length;
    if (!keepCharts) for (const chart of charts) sheet.removeChart(chart);
    sheet.clear();
  }
  if (!keepLayout && (!state.created || plan.frozenRows > 0)) sheet.setFrozenRows(plan.frozenRows);
  const wanted = { rows: plannedRows(plan), columns: plannedColumns(plan) };
  fit(sheet, state.created ? NEW_SHEET : sizeOf(sheet, state.size), wanted);
  const rows = plan.values.length;
  const columns = plan.values[0].length;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(toCells(plan.values));
  // The sheet is new or was just cleared: cells already have the default format and weight.
  if (plan.formats.some((row) => row.some((format) => numberFormat(format) !== DEFAULT_FORMAT))) {
    range.setNumberFormats(plan.formats.map((row) => row.map(numberFormat)));
  }
  if (plan.boldRows.length > 0) {
    const bold = new Set(plan.boldRows);
    const [boldRow, normalRow] = (['bold', 'normal'] as const).map((weight) => new Array<GoogleAppsScript.Spreadsheet.FontWeight>(columns).fill(weight));
    range.setFontWeights(plan.values.map((_, row) => (bold.has(row) ? boldRow : normalRow)));
  }
  if (plan.wrapColumns.length > 0) {
    // Long answers wrap; the cells beside them start at the top, level with the answer's first line.
    sheet.getRangeList(plan.wrapColumns.map((column) => a1Notation({ row: 1, column, numRows: rows, numColumns: 1 }))).setWrap(true);
    range.setVerticalAlignment('top');
  }
  if (!keepLayout) {
    for (const [start, count, width] of runs(plan.columnWidths)) sheet.setColumnWidths(start + 1, count, width);
    // Rows an earlier layout hid come back before this one's are hidden.
    if (!state.created) sheet.showRows(1, wanted.rows);
    for (const [start, count] of runs(plan.hiddenRows.map((row, index) => row - index))) sheet.hideRows(plan.hiddenRows[start] + 1, count);
  }
  for (const chart of keepCharts ? [] : plan.charts) {
    let builder = sheet.newChart()
      .setChartType(chartType(chart.kind))
      .addRange(sheet.getRange(chart.data.row, chart.data.column, chart.data.numRows, chart.data.numColumns));
    for (const block of chart.moreSeries ?? []) builder = builder.addRange(sheet.getRange(block.row, block.column, block.numRows, block.numColumns));
    builder = builder
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0);
    // One call per option: nested options go as one object.
    for (const [name, value] of Object.entries(chartOptions(chart))) builder = builder.setOption(name, value);
    sheet.insertChart(builder.build());
  }
  return wanted;
}

/** A picture of a sheet chart and the cell it is anchored at (1-based), which tells the charts of a sheet apart. */
export interface AnchoredPicture {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly picture: ChartPicture;
}

/** Pictures of the sheet's charts: how the report deck finds a question's chart. Four calls a chart. */
export function chartPictures(sheet: Sheet): AnchoredPicture[] {
  return sheet.getCharts().map((chart) => {
    const where = chart.getContainerInfo();
    return { anchorRow: where.getAnchorRow(), anchorColumn: where.getAnchorColumn(), picture: chart.getAs('image/png') };
  });
}

/** Header rows and their layout, with the columns below formatted; the body stays as it is. */
export function writeHeaderRows(sheet: Sheet, header: HeaderPlan, known: GridSize | null): GridSize {
  let size = sizeOf(sheet, known);
  if (header.insertAfter) {
    sheet.insertRowsAfter(header.insertAfter.row, header.insertAfter.count);
    size = { rows: size.rows + header.insertAfter.count, columns: size.columns };
  }
  const columns = header.rows[0].length;
  if (known) {
    // A new sheet gets exactly its columns; an older one keeps any staff added.
    fit(sheet, size, { rows: size.rows, columns });
    size = { rows: size.rows, columns };
  } else size = grow(sheet, size, { rows: header.rows.length + 1, columns });
  const range = sheet.getRange(1, 1, header.rows.length, columns);
  range.setValues(toCells(header.rows));
  const [boldRow, normalRow] = (['bold', 'normal'] as const).map((weight) => new Array<GoogleAppsScript.Spreadsheet.FontWeight>(columns).fill(weight));
  range.setFontWeights(header.rows.map((_, row) => (header.boldRows.includes(row + 1) ? boldRow : normalRow)));
  for (const row of header.hiddenRows) sheet.hideRows(row);
  sheet.setFrozenRows(header.frozenRows);
  const body = header.rows.length + 1;
  const formats = header.columnFormats.map(numberFormat);
  for (const [start, count, format] of runs(formats)) {
    if (format !== DEFAULT_FORMAT) sheet.getRange(body, start + 1, size.rows - body + 1, count).setNumberFormat(format);
  }
  return size;
}

/**
 * Writes a block of values (and their formats) at (row, column). Unless it
 * lies `inside` the grid already, the grid is measured and grown first;
 * returns the new grid when it was.
 */
export function writeRows(
  sheet: Sheet, row: number, column: number, values: readonly (readonly CellValue[])[],
  formats: readonly (readonly (CellFormat | null)[])[] | undefined, inside: boolean,
): GridSize | null {
  if (values.length === 0 || values[0].length === 0) return null;
  const size = inside ? null : grow(sheet, sizeOf(sheet, null), { rows: row + values.length - 1, columns: column + values[0].length - 1 });
  const range = sheet.getRange(row, column, values.length, values[0].length);
  if (formats) range.setNumberFormats(formats.map((line) => line.map(numberFormat)));
  range.setValues(toCells(values));
  return size;
}
