/** Builds the WorkbookView (view.ts) from the emulator's state, without counting service calls. */
import { formatA1, quoteSheetName } from './a1';
import { chartIdText } from './spreadsheet/charts';
import type { SheetsContext } from './spreadsheet/context';
import { cellAt, hasContent, lastColumn, lastRow, sheetById, type SheetModel } from './spreadsheet/model';
import { RangeImpl } from './spreadsheet/range';
import type { CellValue, ChartKind, ChartView, SentMail, SheetView, WorkbookView } from './view';

const CHART_KINDS: readonly ChartKind[] = ['PIE', 'BAR', 'COLUMN', 'LINE', 'AREA', 'SCATTER', 'TABLE'];

function area(row: number, column: number, numRows: number, numColumns: number) {
  return { row, column, numRows, numColumns, wholeColumns: false, wholeRows: false };
}

function grid(context: SheetsContext, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number) {
  if (numRows < 1 || numColumns < 1) return { values: [] as CellValue[][], display: [] as string[][], formulas: [] as string[][] };
  const range = new RangeImpl(context, sheet, area(row, column, numRows, numColumns));
  return { values: range.getValues() as CellValue[][], display: range.getDisplayValues(), formulas: range.getFormulas() };
}

function chartView(context: SheetsContext, sheet: SheetModel, chart: SheetModel['charts'][number]): ChartView {
  if (!CHART_KINDS.includes(chart.type as ChartKind)) throw new Error(`A ${chart.type} chart cannot be shown by the local run (ChartView supports ${CHART_KINDS.join(', ')}).`);
  const title = chart.options.title;
  return {
    id: chartIdText(chart.chartId),
    kind: chart.type as ChartKind,
    title: typeof title === 'string' ? title : '',
    options: { ...chart.options },
    ranges: chart.ranges.map((range) => {
      const target = sheetById(context.workbook, range.sheetId);
      if (!target) throw new Error(`Chart ${chart.chartId} refers to a deleted sheet.`);
      const { values, display } = grid(context, target, range.row, range.column, range.numRows, range.numColumns);
      const a1 = formatA1(area(range.row, range.column, range.numRows, range.numColumns));
      return { a1: target === sheet ? a1 : `${quoteSheetName(target.name)}!${a1}`, values, display };
    }),
    anchor: { row: chart.anchorRow, column: chart.anchorColumn },
  };
}

function sheetView(context: SheetsContext, sheet: SheetModel): SheetView {
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  const { values, display, formulas } = grid(context, sheet, 1, 1, rows, columns);
  const numberFormats = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellAt(sheet, r + 1, c + 1)?.nf ?? 'General'));
  const wraps = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellAt(sheet, r + 1, c + 1)?.wrap === true));
  const boldRows: number[] = [];
  for (let r = 1; r <= rows; r++) {
    const filled = Array.from({ length: columns }, (_, c) => cellAt(sheet, r, c + 1)).filter(hasContent);
    if (filled.length > 0 && filled.every((cell) => cell?.bold)) boldRows.push(r);
  }
  const widthCount = Math.max(columns, sheet.widths.length);
  return {
    name: sheet.name, values, display, formulas, numberFormats, wraps, boldRows,
    frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns,
    columnWidths: Array.from({ length: widthCount }, (_, c) => sheet.widths[c] ?? null),
    hiddenRows: [...sheet.hiddenRows],
    hidden: sheet.hidden === true,
    charts: sheet.charts.map((chart) => chartView(context, sheet, chart)),
    developerMetadata: sheet.metadata.map(({ key, value }) => ({ key, value })),
  };
}

export function workbookView(context: SheetsContext, outbox: readonly SentMail[]): WorkbookView {
  return {
    name: context.workbook.name,
    timeZone: context.workbook.timeZone,
    sheets: context.workbook.sheets.map((sheet) => sheetView(context, sheet)),
    outbox: outbox.map((mail) => ({ ...mail })),
  };
}
