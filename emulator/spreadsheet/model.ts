/**
 * The workbook's state: plain data, JSON-serialisable as it is, shared by the
 * service classes (which the script sees) and the Node side (setup, view,
 * save). Cells hold what Sheets stores: dates are serial numbers whose number
 * format makes getValues return a Date.
 */
import type { Stored } from '../format';

export interface Cell {
  v: Stored;
  /** A formula, kept as written. It is not evaluated: getValues shows '#NAME?' (or '#ERROR!' when it cannot parse). */
  f?: string;
  nf?: string;
  bold?: boolean;
  background?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export interface ChartModel {
  chartId: number;
  type: string;
  /** Ranges as sheet id + 1-based area. */
  ranges: Array<{ sheetId: number; row: number; column: number; numRows: number; numColumns: number }>;
  options: Record<string, unknown>;
  numHeaders: number;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface SheetModel {
  id: number;
  name: string;
  /** rows[r][c], 0-based, sparse. */
  rows: Array<Array<Cell | null> | null>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixels per 0-based column; null where never set. */
  widths: Array<number | null>;
  hiddenRows: number[];
  tabColor: string | null;
  /** Hidden with hideSheet (absent when shown: states saved before it was modelled read as shown). */
  hidden?: boolean;
  metadata: MetadataModel[];
  charts: ChartModel[];
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  activeSheetId: number;
  /** Spreadsheet-level developer metadata. */
  metadata: MetadataModel[];
  nextSheetId: number;
  nextMetadataId: number;
  nextChartId: number;
  /** The sheet the linked form writes its responses to, if any. */
  formSheetId: number | null;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheet(workbook: WorkbookModel, name: string): SheetModel {
  return {
    id: workbook.nextSheetId++, name, rows: [], maxRows: DEFAULT_ROWS, maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0, frozenColumns: 0, widths: [], hiddenRows: [], tabColor: null, metadata: [], charts: [],
  };
}

export function newWorkbook(id: string, name: string, timeZone: string): WorkbookModel {
  const workbook: WorkbookModel = {
    id, name, timeZone, locale: 'ja_JP', sheets: [], activeSheetId: 0, metadata: [],
    nextSheetId: 0, nextMetadataId: 1, nextChartId: 1, formSheetId: null,
  };
  // A new Japanese spreadsheet's first tab.
  const first = newSheet(workbook, 'シート1');
  workbook.sheets.push(first);
  workbook.activeSheetId = first.id;
  return workbook;
}

export function cellAt(sheet: SheetModel, row: number, column: number): Cell | null {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}

export function cellFor(sheet: SheetModel, row: number, column: number): Cell {
  let line = sheet.rows[row - 1];
  if (!line) {
    line = [];
    sheet.rows[row - 1] = line;
  }
  let cell = line[column - 1];
  if (!cell) {
    cell = { v: '' };
    line[column - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | null | undefined): boolean {
  return !!cell && (cell.v !== '' || cell.f !== undefined);
}

export function lastRow(sheet: SheetModel): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) if (sheet.rows[r]?.some(hasContent)) return r + 1;
  return 0;
}

export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const line = sheet.rows[r];
    if (!line) continue;
    for (let c = line.length - 1; c >= last; c--) {
      if (hasContent(line[c])) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

export function sheetById(workbook: WorkbookModel, id: number): SheetModel | null {
  return workbook.sheets.find((sheet) => sheet.id === id) ?? null;
}
