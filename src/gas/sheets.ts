/**
 * Reading and writing sheets, batched: a sheet is read with one getValues and
 * each table written with one call per kind (values, formats, weights).
 * Sheets the add-on owns carry a developer-metadata marker, so a re-run
 * replaces exactly them and never a sheet someone made with the same name.
 */
import type { CellValue } from '../model/cells';
import type { CellFormat, ChartKind, SheetPlan } from '../model/sheet-plan';
import { a1Notation, CHART_WIDTH_COLUMNS, formatBlocks, plannedRows } from '../model/sheet-plan';
import { DEFAULT_FORMAT, numberFormat, toCells } from './values';

const ROLE_KEY = 'followup-survey.role';

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function timeZone(): string {
  return spreadsheet().getSpreadsheetTimeZone();
}

/** Every value of a sheet, header included; [] for an empty sheet. */
export function readValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as CellValue[][];
}

/** The sheet that receives the linked form's responses, found by its link rather than its name. */
export function formResponseSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
  return spreadsheet().getSheets().find((sheet) => sheet.getFormUrl() !== null) ?? null;
}

export function ownedSheets(): Map<string, GoogleAppsScript.Spreadsheet.Sheet> {
  const owned = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of spreadsheet().getSheets()) {
    const marker = sheet.getDeveloperMetadata().find((metadata) => metadata.getKey() === ROLE_KEY);
    if (marker) owned.set(marker.getValue() ?? '', sheet);
  }
  return owned;
}

/** The add-on's sheet for a role, or a new one named `name` (or `name (2)` if a user's sheet has that name). */
export function ownedSheet(role: string, name: string, owned = ownedSheets()): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = owned.get(role);
  if (existing) return existing;
  const book = spreadsheet();
  let title = name;
  for (let n = 2; book.getSheetByName(title); n++) title = `${name} (${n})`;
  const sheet = book.insertSheet(title, book.getSheets().length);
  sheet.addDeveloperMetadata(ROLE_KEY, role);
  owned.set(role, sheet);
  return sheet;
}

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  switch (kind) {
    case 'PIE': return Charts.ChartType.PIE;
    case 'BAR': return Charts.ChartType.BAR;
    case 'COLUMN': return Charts.ChartType.COLUMN;
    case 'LINE': return Charts.ChartType.LINE;
  }
}

function legendPosition(kind: ChartKind, series: number): string {
  if (kind === 'PIE') return 'right';
  return series > 1 ? 'bottom' : 'none';
}

/** Google refuses ranges beyond the sheet's grid: grow it first (two calls at most). */
function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Gives an owned sheet exactly the rows it needs: no thousand empty rows
 * under a short table, and the same number of calls for any number of answers.
 */
function fitRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
}

/** Replaces the sheet's content with the plan: values, formats, layout and charts. */
export function writePlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: SheetPlan): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.setFrozenRows(plan.frozenRows);
  fitRows(sheet, plannedRows(plan));
  const rows = plan.values.length;
  const columns = plan.values[0].length;
  const widest = plan.charts.reduce((most, chart) => Math.max(most, chart.anchor.column + CHART_WIDTH_COLUMNS), Math.max(columns, plan.columnWidths.length));
  ensureSize(sheet, rows, widest);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(toCells(plan.values));
  // Formats and weights by blocks, one call each: their cost does not grow with the rows.
  for (const [format, blocks] of formatBlocks(plan)) {
    // The sheet was just cleared: cells already have the default format.
    if (numberFormat(format) !== DEFAULT_FORMAT) sheet.getRangeList(blocks.map(a1Notation)).setNumberFormat(numberFormat(format));
  }
  if (plan.boldRows.length > 0) {
    sheet.getRangeList(plan.boldRows.map((row) => a1Notation({ row: row + 1, column: 1, numRows: 1, numColumns: columns }))).setFontWeight('bold');
  }
  if (plan.wrapColumns.length > 0) {
    // Long answers wrap; the cells beside them start at the top, level with the answer's first line.
    sheet.getRangeList(plan.wrapColumns.map((column) => a1Notation({ row: 1, column, numRows: rows, numColumns: 1 }))).setWrap(true);
    range.setVerticalAlignment('top');
  }
  plan.columnWidths.forEach((width, index) => sheet.setColumnWidth(index + 1, width));
  for (const row of plan.hiddenRows) sheet.hideRows(row + 1);
  for (const chart of plan.charts) {
    let builder = sheet.newChart()
      .setChartType(chartType(chart.kind))
      .addRange(sheet.getRange(chart.data.row, chart.data.column, chart.data.numRows, chart.data.numColumns))
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: legendPosition(chart.kind, chart.data.numColumns - 1) });
    if (chart.hAxisTitle) builder = builder.setOption('hAxis.title', chart.hAxisTitle);
    if (chart.vAxisTitle) builder = builder.setOption('vAxis.title', chart.vAxisTitle);
    sheet.insertChart(builder.build());
  }
}

/** One rectangle of cells (and their formats) at a 1-based position: one call per kind. */
export function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number,
  values: readonly (readonly CellValue[])[], formats?: readonly (readonly (CellFormat | null)[])[],
): void {
  if (values.length === 0 || values[0].length === 0) return;
  ensureSize(sheet, row + values.length - 1, column + values[0].length - 1);
  const range = sheet.getRange(row, column, values.length, values[0].length);
  if (formats) range.setNumberFormats(formats.map((line) => line.map(numberFormat)));
  range.setValues(toCells(values));
}
