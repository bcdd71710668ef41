/**
 * A sheet as the add-on wants it written: values, formats and charts decided
 * by pure code, written by the adapter with one call per kind (values,
 * number formats, font weights), whatever the number of rows.
 */
import type { CellValue } from './cells';

export type ChartKind = 'PIE' | 'BAR' | 'COLUMN' | 'LINE';

/** A block of cells, 1-based like Sheets. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ChartPlan {
  readonly kind: ChartKind;
  readonly title: string;
  /** First row: series names; first column: categories. */
  readonly data: Block;
  /**
   * Further series beside `data`, on the same rows, for a table whose series
   * columns are not next to each other (前回 割合 and 今回 割合 with counts between).
   */
  readonly moreSeries?: readonly Block[];
  /** Where the chart's top-left corner sits. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly hAxisTitle?: string;
  readonly vAxisTitle?: string;
  /** What each bar or slice is marked with: its figure as its cell shows it (a count, or a share in 前回との比較), or its share of the whole (a pie's slices). */
  readonly marks: 'count' | 'share' | 'none';
  /** The categories are days, shown as 12/1, 12/8 … */
  readonly days?: boolean;
  /** Pixels the chart takes in the sheet: room for every option's label and bar. */
  readonly size: ChartSize;
  /**
   * Pixels left of a bar chart's bars for the options' labels: a label
   * Sheets cannot fit there is cut with "…" (it does not break Japanese text).
   */
  readonly labelWidth?: number;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Pixels of a chart's option labels (the adapter sets this font size in Sheets). */
export const CHART_LABEL_FONT_PX = 11;

/** Sheets' default size of an inserted chart. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 600, height: 371 };

/**
 * Colours for series and slices, distinct from one another up to 20 slices:
 * Sheets' first six, then colours chosen to stay apart from them and from
 * each other (after Kelly's colours of maximum contrast).
 */
export const CHART_COLORS: readonly string[] = [
  '#4285F4', '#EA4335', '#FBBC04', '#34A853', '#FF6D01', '#46BDC6', '#875692', '#E68FAC', '#8DB600', '#882D17',
  '#848482', '#1A237E', '#C2B280', '#B3446C', '#2B3D26', '#A1CAF1', '#00695C', '#F99379', '#B39DDB', '#000000',
];

/** `points`: a difference of percentages in points, signed, one decimal (+4.9, -12.0). */
export type CellFormat = 'text' | 'integer' | 'percent' | 'points' | 'date' | 'datetime';

export interface SheetPlan {
  readonly name: string;
  /** Rectangular: every row as long as the widest. */
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as values; null leaves the default format. */
  readonly formats: readonly (readonly (CellFormat | null)[])[];
  /** 0-based row indexes of values shown bold (titles and table headers). */
  readonly boldRows: readonly number[];
  readonly frozenRows: number;
  /** Pixels per column, from column A. */
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartPlan[];
  /** 0-based rows kept but hidden (e.g. the paper sheet's id row). */
  readonly hiddenRows: readonly number[];
  /** 1-based columns whose text wraps (long free-text answers). */
  readonly wrapColumns: readonly number[];
}

const NO_FORMATS: (CellFormat | null)[] = [];

/**
 * Builds a sheet top to bottom: tables are appended with a blank row between
 * them, and remember where they landed so charts can point at them.
 */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly rowFormats: (CellFormat | null)[][] = [];
  private readonly bold: number[] = [];
  private readonly charts: ChartPlan[] = [];

  /** 1-based row the next appended row will occupy. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /**
   * Appends a row. The builder keeps `values` (pass a fresh array), and a
   * `formats` array that covers the row is shared, not copied: a sheet of
   * 100,000 answers then holds one formats array, not 100,000.
   */
  row(values: CellValue[], formats: (CellFormat | null)[] = NO_FORMATS, bold = false): number {
    if (bold) this.bold.push(this.rows.length);
    this.rows.push(values);
    this.rowFormats.push(formats.length === values.length && formats !== NO_FORMATS ? formats : values.map((_, index) => formats[index] ?? null));
    return this.rows.length;
  }

  blank(): void {
    this.row([]);
  }

  chart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  build(name: string, options: { frozenRows?: number; columnWidths?: readonly number[]; hiddenRows?: readonly number[]; wrapColumns?: readonly number[] } = {}): SheetPlan {
    if (this.rows.length === 0) this.row([]);
    // A reduce, not Math.max(...rows): a spread of 100,000 rows overflows the call stack.
    const width = this.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    // The rows are this builder's own: padded in place rather than copied.
    for (let i = 0; i < this.rows.length; i++) while (this.rows[i].length < width) this.rows[i].push('');
    // A shared formats array is padded once: every later row holding it is already as wide.
    for (let i = 0; i < this.rowFormats.length; i++) while (this.rowFormats[i].length < width) this.rowFormats[i].push(null);
    return {
      name, values: this.rows, formats: this.rowFormats, boldRows: [...this.bold], frozenRows: options.frozenRows ?? 0,
      columnWidths: options.columnWidths ?? [], charts: [...this.charts],
      hiddenRows: options.hiddenRows ?? [], wrapColumns: options.wrapColumns ?? [],
    };
  }
}

/**
 * A plain table: a bold, frozen header row over its rows, every row padded to
 * the widest (要確認, 名簿, 送信履歴).
 */
export function tablePlan(name: string, values: readonly (readonly CellValue[])[], formats?: readonly (CellFormat | null)[]): SheetPlan {
  const builder = new SheetBuilder();
  values.forEach((row, index) => builder.row([...row], index === 0 || !formats ? [] : [...formats], index === 0));
  return builder.build(name, { frozenRows: 1 });
}

/** A1 notation of a block: 'B3:D10', or 'B3' for one cell. */
export function a1Notation(block: Block): string {
  const column = (index: number) => {
    let name = '';
    for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const start = `${column(block.column)}${block.row}`;
  if (block.numRows === 1 && block.numColumns === 1) return start;
  return `${start}:${column(block.column + block.numColumns - 1)}${block.row + block.numRows - 1}`;
}

/** Sheets' default row height and column width, in pixels. */
export const ROW_HEIGHT = 21;
export const COLUMN_WIDTH = 100;

/** Rows a chart of this size covers from its anchor, at Sheets' default row height. */
export function chartRows(size: ChartSize): number {
  return Math.ceil(size.height / ROW_HEIGHT);
}

/** Columns a chart of this size covers from its anchor, at Sheets' default column width. */
export function chartColumns(size: ChartSize): number {
  return Math.ceil(size.width / COLUMN_WIDTH);
}

/** Rows the written sheet needs: its values, a row below the frozen ones, and room for every chart. */
export function plannedRows(plan: SheetPlan): number {
  return plan.charts.reduce((rows, chart) => Math.max(rows, chart.anchor.row + chartRows(chart.size)), Math.max(plan.values.length, plan.frozenRows + 1));
}

/** How many series a chart draws: its data's columns after the categories, and any further series. */
export function chartSeries(chart: ChartPlan): number {
  return chart.data.numColumns - 1 + (chart.moreSeries ?? []).reduce((sum, block) => sum + block.numColumns, 0);
}

/** Columns the written sheet needs: its values, its column widths, and room for every chart. */
export function plannedColumns(plan: SheetPlan): number {
  return plan.charts.reduce((columns, chart) => Math.max(columns, chart.anchor.column + chartColumns(chart.size)), Math.max(plan.values[0]?.length ?? 1, plan.columnWidths.length));
}
