/** Sheet: one tab of the workbook. */
import { parseA1, resolveA1 } from '../a1';
import { fail, signatureMismatch } from '../errors';
import { SheetType } from '../enums';
import { classSpec } from '../expose';
import { renderValue } from '../format';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, EMBEDDED_CHART_BUILDER, exposeStoredChart } from './charts';
import type { SheetsContext } from './context';
import { checkCellTexts, checkGrowth } from './limits';
import { DeveloperMetadataFinderImpl, DEVELOPER_METADATA_FINDER, addMetadata, exposeMetadata } from './metadata';
import {
  DEFAULT_COLUMN_WIDTH, cellAt, cellFor, lastColumn, lastRow, type Cell, type SheetModel,
} from './model';
import { RangeImpl, checkedArea, exposeArea, exposeRange } from './range';
import { RangeListImpl } from './range-list';
import { exposeSpreadsheet } from './spreadsheet';

const METHODS = [
  'activate', 'getName', 'setName', 'getSheetId', 'getIndex', 'getParent', 'getType', 'getFormUrl',
  'getRange', 'getRangeList', 'getDataRange', 'getSheetValues', 'getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns',
  'insertRowsAfter', 'insertRowsBefore', 'insertColumnsAfter', 'insertColumnsBefore', 'deleteRows', 'deleteColumns',
  'insertRowAfter', 'insertRowBefore', 'insertColumnAfter', 'insertColumnBefore', 'deleteRow', 'deleteColumn',
  'appendRow', 'clear', 'clearContents', 'clearFormats',
  'setFrozenRows', 'getFrozenRows', 'setFrozenColumns', 'getFrozenColumns',
  'setColumnWidth', 'setColumnWidths', 'getColumnWidth', 'autoResizeColumn', 'autoResizeColumns',
  'hideRows', 'showRows', 'isRowHiddenByUser', 'hideSheet', 'showSheet', 'isSheetHidden', 'setTabColor', 'getTabColor',
  'newChart', 'insertChart', 'getCharts', 'removeChart', 'updateChart',
  'addDeveloperMetadata', 'getDeveloperMetadata', 'createDeveloperMetadataFinder',
] as const;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export const SHEET = classSpec<GSheet>()('SpreadsheetApp', 'Sheet', METHODS);

export function exposeSheet(context: SheetsContext, model: SheetModel): GSheet {
  return context.env.expose(new SheetImpl(context, model), SHEET);
}

/** Google refuses a tab name already in use (case-insensitively), with this text. */
export function checkSheetName(context: SheetsContext, name: string, except: SheetModel | null): void {
  const taken = context.workbook.sheets.some((sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase());
  if (taken) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Roughly what Sheets' "fit to data" gives: 7 px per narrow character, 13 per wide one, plus padding. */
function textWidth(text: string, bold: boolean): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 13 : 7;
  return Math.ceil(width * (bold ? 1.1 : 1)) + 10;
}

const FORMAT_KEYS: ReadonlyArray<keyof Cell> = ['nf', 'bold', 'background', 'wrap', 'horizontal', 'vertical'];

function formatOnly(cell: Cell | null): Cell | null {
  if (!cell) return null;
  const copy: Cell = { v: '' };
  let any = false;
  for (const key of FORMAT_KEYS) {
    if (cell[key] !== undefined) {
      (copy as unknown as Record<string, unknown>)[key] = cell[key];
      any = true;
    }
  }
  return any ? copy : null;
}

export class SheetImpl implements Pick<GSheet, typeof METHODS[number]> {
  constructor(private readonly context: SheetsContext, readonly model: SheetModel) {}

  private get self(): GSheet {
    return this as unknown as GSheet;
  }

  activate(): GSheet {
    this.context.workbook.activeSheetId = this.model.id;
    return this.self;
  }

  getName(): string {
    return this.model.name;
  }

  setName(name: string): GSheet {
    if (typeof name !== 'string') signatureMismatch('SpreadsheetApp.Sheet.setName', [name]);
    checkSheetName(this.context, name, this.model);
    this.model.name = name;
    return this.self;
  }

  getSheetId(): number {
    return this.model.id;
  }

  getIndex(): number {
    return this.context.workbook.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return exposeSpreadsheet(this.context);
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }

  getFormUrl(): string | null {
    return this.context.workbook.formSheetId === this.model.id ? this.context.formUrl() : null;
  }

  getRange(...args: unknown[]): GoogleAppsScript.Spreadsheet.Range {
    if (args.length === 1 && typeof args[0] === 'string') return rangeByA1(this.context, this.model, args[0]);
    if (args.length < 2 || args.length > 4 || !args.every(isInteger)) signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
    const [row, column, numRows = 1, numColumns = 1] = args as number[];
    return exposeRange(this.context, this.model, row, column, numRows, numColumns);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return RangeListImpl.of(this.context, this.model, a1Notations);
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return exposeRange(this.context, this.model, 1, 1, Math.max(1, lastRow(this.model)), Math.max(1, lastColumn(this.model)));
  }

  /**
   * The values of a rectangle, without a Range in between. Google's
   * reference: "A -1 value given as the row or column position is equivalent
   * to getting the very last row or column that has data in the sheet" —
   * read here as numRows/numColumns -1 reaching through the last row/column
   * with data (the common use, getSheetValues(2, 1, -1, -1)). Where that
   * leaves fewer than one row or column (an empty sheet, a start past the
   * data) the emulator answers as getRange does for such a count ("The
   * number of rows in the range must be at least 1."): strict, since what
   * Google returns there is not documented. A start of -1 is refused like
   * any start below 1, for the same reason.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const args = [startRow, startColumn, numRows, numColumns].slice(0, arguments.length);
    if (args.length !== 4 || !args.every(isInteger)) signatureMismatch('SpreadsheetApp.Sheet.getSheetValues', args);
    const rows = numRows === -1 ? lastRow(this.model) - startRow + 1 : numRows;
    const columns = numColumns === -1 ? lastColumn(this.model) - startColumn + 1 : numColumns;
    const area = checkedArea(this.model, Math.trunc(startRow), Math.trunc(startColumn), Math.trunc(rows), Math.trunc(columns));
    return new RangeImpl(this.context, this.model, area).getValues();
  }

  getLastRow(): number {
    return lastRow(this.model);
  }

  getLastColumn(): number {
    return lastColumn(this.model);
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  private checkCount(method: string, position: unknown, howMany: unknown): asserts position is number {
    if (!isInteger(position) || !isInteger(howMany)) signatureMismatch(`SpreadsheetApp.Sheet.${method}`, [position, howMany]);
  }

  /** New rows take the formats of the row they are inserted next to, as in Sheets. */
  private insertRows(at: number, howMany: number, formatFrom: number): void {
    checkGrowth(this.context.workbook, howMany * this.model.maxColumns);
    const source = this.model.rows[formatFrom - 1];
    const fresh = Array.from({ length: howMany }, () => (source ? source.map((cell) => formatOnly(cell)) : null));
    while (this.model.rows.length < at) this.model.rows.push(null);
    // Not splice(at, 0, ...fresh): spreading 100,000+ rows into a call overflows the stack.
    this.model.rows = [...this.model.rows.slice(0, at), ...fresh, ...this.model.rows.slice(at)];
    this.model.maxRows += howMany;
    this.model.hiddenRows = this.model.hiddenRows.map((row) => (row > at ? row + howMany : row));
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.checkCount('insertRowsAfter', afterPosition, howMany);
    if (afterPosition < 1 || afterPosition > this.model.maxRows || howMany < 1) fail('Those rows are out of bounds.');
    this.insertRows(afterPosition, howMany, afterPosition);
    return this.self;
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.checkCount('insertRowsBefore', beforePosition, howMany);
    if (beforePosition < 1 || beforePosition > this.model.maxRows || howMany < 1) fail('Those rows are out of bounds.');
    this.insertRows(beforePosition - 1, howMany, beforePosition);
    return this.self;
  }

  private insertColumns(at: number, howMany: number, formatFrom: number): void {
    checkGrowth(this.context.workbook, howMany * this.model.maxRows);
    for (const line of this.model.rows) {
      if (!line) continue;
      while (line.length < at) line.push(null);
      const source = line[formatFrom - 1] ?? null;
      line.splice(at, 0, ...Array.from({ length: howMany }, () => formatOnly(source)));
    }
    while (this.model.widths.length < at) this.model.widths.push(null);
    this.model.widths.splice(at, 0, ...Array.from({ length: howMany }, () => null));
    this.model.maxColumns += howMany;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.checkCount('insertColumnsAfter', afterPosition, howMany);
    if (afterPosition < 1 || afterPosition > this.model.maxColumns || howMany < 1) fail('Those columns are out of bounds.');
    this.insertColumns(afterPosition, howMany, afterPosition);
    return this.self;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this.checkCount('insertColumnsBefore', beforePosition, howMany);
    if (beforePosition < 1 || beforePosition > this.model.maxColumns || howMany < 1) fail('Those columns are out of bounds.');
    this.insertColumns(beforePosition - 1, howMany, beforePosition);
    return this.self;
  }

  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this.self;
  }

  deleteColumn(columnPosition: number): GSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkCount('deleteRows', rowPosition, howMany);
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.model.maxRows) fail('Those rows are out of bounds.');
    if (this.model.maxRows - howMany <= this.model.frozenRows) fail('Sorry, it is not possible to delete all non-frozen rows.');
    this.model.rows.splice(rowPosition - 1, howMany);
    this.model.maxRows -= howMany;
    const end = rowPosition + howMany - 1;
    this.model.hiddenRows = this.model.hiddenRows
      .filter((row) => row < rowPosition || row > end)
      .map((row) => (row > end ? row - howMany : row));
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkCount('deleteColumns', columnPosition, howMany);
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.model.maxColumns) fail('Those columns are out of bounds.');
    if (this.model.maxColumns - howMany <= this.model.frozenColumns) fail('Sorry, it is not possible to delete all non-frozen columns.');
    for (const line of this.model.rows) line?.splice(columnPosition - 1, howMany);
    this.model.widths.splice(columnPosition - 1, howMany);
    this.model.maxColumns -= howMany;
  }

  /**
   * Writes after the last row with content, growing the sheet when it is
   * full, as Google does — within the workbook's 10 million cells. The
   * values are read as setValues reads them.
   */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    if (rowContents.length === 0) return this.self;
    checkCellTexts([rowContents]);
    const row = lastRow(this.model) + 1;
    const rows = Math.max(row, this.model.maxRows);
    const columns = Math.max(rowContents.length, this.model.maxColumns);
    checkGrowth(this.context.workbook, rows * columns - this.model.maxRows * this.model.maxColumns);
    this.model.maxRows = rows;
    this.model.maxColumns = columns;
    const range = new RangeImpl(this.context, this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length, wholeColumns: false, wholeRows: false });
    range.setValues([rowContents]);
    return this.self;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    if (options?.contentsOnly) return this.clearContents();
    if (options?.formatOnly) return this.clearFormats();
    this.model.rows = [];
    return this.self;
  }

  clearContents(): GSheet {
    for (const line of this.model.rows) {
      line?.forEach((cell) => {
        if (!cell) return;
        cell.v = '';
        delete cell.f;
      });
    }
    return this.self;
  }

  clearFormats(): GSheet {
    this.model.rows = this.model.rows.map((line) => line?.map((cell) => (cell ? { v: cell.v, ...(cell.f !== undefined ? { f: cell.f } : {}) } : null)) ?? null);
    return this.self;
  }

  setFrozenRows(rows: number): void {
    if (!isInteger(rows) || rows < 0) signatureMismatch('SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (!isInteger(columns) || columns < 0) signatureMismatch('SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  private setWidth(column: number, width: number): void {
    while (this.model.widths.length < column) this.model.widths.push(null);
    this.model.widths[column - 1] = Math.round(width);
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    if (!isInteger(columnPosition) || !isInteger(width)) signatureMismatch('SpreadsheetApp.Sheet.setColumnWidth', [columnPosition, width]);
    checkColumn(this.model, columnPosition, 1);
    this.setWidth(columnPosition, width);
    return this.self;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    if (![startColumn, numColumns, width].every(isInteger)) signatureMismatch('SpreadsheetApp.Sheet.setColumnWidths', [startColumn, numColumns, width]);
    checkColumn(this.model, startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setWidth(c, width);
    return this.self;
  }

  getColumnWidth(columnPosition: number): number {
    if (!isInteger(columnPosition)) signatureMismatch('SpreadsheetApp.Sheet.getColumnWidth', [columnPosition]);
    return this.model.widths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    if (!isInteger(startColumn) || !isInteger(numColumns)) signatureMismatch('SpreadsheetApp.Sheet.autoResizeColumns', [startColumn, numColumns]);
    checkColumn(this.model, startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let width = 21;
      for (let r = 1; r <= this.model.rows.length; r++) {
        const cell = cellAt(this.model, r, c);
        if (!cell || (cell.v === '' && cell.f === undefined)) continue;
        const shown = cell.f !== undefined ? '#NAME?' : renderValue(cell.v, cell.nf);
        for (const line of shown.split('\n')) width = Math.max(width, textWidth(line, !!cell.bold));
      }
      this.setWidth(c, width);
    }
    return this.self;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    if (!isInteger(rowIndex) || !isInteger(numRows)) signatureMismatch('SpreadsheetApp.Sheet.hideRows', [rowIndex, numRows]);
    checkRow(this.model, rowIndex, numRows);
    const hidden = new Set(this.model.hiddenRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) hidden.add(r);
    this.model.hiddenRows = [...hidden].sort((a, b) => a - b);
  }

  showRows(rowIndex: number, numRows = 1): void {
    if (!isInteger(rowIndex) || !isInteger(numRows)) signatureMismatch('SpreadsheetApp.Sheet.showRows', [rowIndex, numRows]);
    checkRow(this.model, rowIndex, numRows);
    this.model.hiddenRows = this.model.hiddenRows.filter((row) => row < rowIndex || row >= rowIndex + numRows);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    if (!isInteger(rowPosition)) signatureMismatch('SpreadsheetApp.Sheet.isRowHiddenByUser', [rowPosition]);
    return this.model.hiddenRows.includes(rowPosition);
  }

  /**
   * Hides the tab. Sheets keeps at least one sheet visible; what Apps Script
   * says when asked to hide the last one is not documented, so the emulator
   * refuses with the editor's wording (stricter than an unknown silence).
   * A hidden active sheet gives way to the first visible one, as the editor does.
   */
  hideSheet(): GSheet {
    const visible = this.context.workbook.sheets.filter((sheet) => !sheet.hidden);
    if (visible.length === 1 && visible[0] === this.model) fail("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    if (this.context.workbook.activeSheetId === this.model.id) {
      this.context.workbook.activeSheetId = this.context.workbook.sheets.find((sheet) => !sheet.hidden)?.id ?? this.model.id;
    }
    return this.self;
  }

  showSheet(): GSheet {
    delete this.model.hidden;
    return this.self;
  }

  isSheetHidden(): boolean {
    return this.model.hidden === true;
  }

  setTabColor(color: string | null): GSheet {
    this.model.tabColor = color === null ? null : String(color);
    return this.self;
  }

  getTabColor(): string | null {
    return this.model.tabColor;
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.context.env.expose(EmbeddedChartBuilderImpl.blank(this.context, this.model), EMBEDDED_CHART_BUILDER);
  }

  private chartOf(chart: unknown, method: string): EmbeddedChartImpl {
    const raw = this.context.env.unwrap(chart, EmbeddedChartImpl);
    if (!raw) signatureMismatch(`SpreadsheetApp.Sheet.${method}`, [chart]);
    return raw;
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartOf(chart, 'insertChart');
    const chartId = this.context.workbook.nextChartId++;
    raw.draft.chartId = chartId;
    this.model.charts.push(raw.toModel(chartId));
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((model) => exposeStoredChart(this.context, this.model, model));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartOf(chart, 'removeChart');
    this.model.charts = this.model.charts.filter((model) => model.chartId !== raw.draft.chartId);
  }

  /** Takes a chart rebuilt from modify(): it replaces the chart with the same id. */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartOf(chart, 'updateChart');
    const index = this.model.charts.findIndex((model) => model.chartId === raw.draft.chartId);
    if (raw.draft.chartId === null || index < 0) fail('The chart to update is not in this sheet.');
    this.model.charts[index] = raw.toModel(raw.draft.chartId);
  }

  addDeveloperMetadata(...args: unknown[]): GSheet {
    addMetadata(this.context.workbook, this.model.metadata, args, 'SpreadsheetApp.Sheet.addDeveloperMetadata');
    return this.self;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.model.metadata.map((model) => exposeMetadata(this.context, this.model.metadata, model));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.context.env.expose(new DeveloperMetadataFinderImpl(this.context, () => [this.model.metadata]), DEVELOPER_METADATA_FINDER);
  }
}

function checkRow(sheet: SheetModel, row: number, count: number): void {
  if (row < 1) fail('The starting row of the range is too small.');
  if (count < 1) fail('The number of rows in the range must be at least 1.');
  if (row + count - 1 > sheet.maxRows) fail('The coordinates of the range are outside the dimensions of the sheet.');
}

function checkColumn(sheet: SheetModel, column: number, count: number): void {
  if (column < 1) fail('The starting column of the range is too small.');
  if (count < 1) fail('The number of columns in the range must be at least 1.');
  if (column + count - 1 > sheet.maxColumns) fail('The coordinates of the range are outside the dimensions of the sheet.');
}

/**
 * A1 lookup on a sheet or (with a sheet prefix) on the named sheet. Google
 * answers "Range not found" for notation it cannot read or a sheet it cannot
 * find; the emulator says the same for a rectangle beyond the sheet's size.
 */
export function rangeByA1(context: SheetsContext, sheet: SheetModel, notation: string): GoogleAppsScript.Spreadsheet.Range {
  const reference = parseA1(notation);
  if (!reference) fail('Range not found');
  const target = reference.sheetName === null ? sheet : context.workbook.sheets.find((s) => s.name === reference.sheetName);
  if (!target) fail('Range not found');
  const area = resolveA1(reference, target.maxRows, target.maxColumns);
  if (area.row + area.numRows - 1 > target.maxRows || area.column + area.numColumns - 1 > target.maxColumns) fail('Range not found');
  return exposeArea(context, target, area);
}

/** Node-side setup: cells into a sheet, growing it to fit. */
export function putCells(sheet: SheetModel, values: ReadonlyArray<ReadonlyArray<unknown>>, toCell: (value: unknown) => Cell): void {
  values.forEach((line, r) => line.forEach((value, c) => {
    const cell = toCell(value);
    if (cell.v === '' && cell.f === undefined && cell.nf === undefined) return;
    Object.assign(cellFor(sheet, r + 1, c + 1), cell);
  }));
  sheet.maxRows = Math.max(sheet.maxRows, values.length);
  sheet.maxColumns = values.reduce((max, line) => Math.max(max, line.length), sheet.maxColumns);
}
