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
  /** Where the chart's top-left corner sits. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly hAxisTitle?: string;
  readonly vAxisTitle?: string;
}

export type CellFormat = 'text' | 'integer' | 'percent' | 'date' | 'datetime';

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

  row(values: readonly CellValue[], formats: readonly (CellFormat | null)[] = [], bold = false): number {
    if (bold) this.bold.push(this.rows.length);
    this.rows.push([...values]);
    this.rowFormats.push(values.map((_, index) => formats[index] ?? null));
    return this.rows.length;
  }

  blank(): void {
    this.row([]);
  }

  chart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  build(name: string, options: { frozenRows?: number; columnWidths?: readonly number[]; hiddenRows?: readonly number[]; wrapColumns?: readonly number[] } = {}): SheetPlan {
    // A reduce, not Math.max(...rows): a spread of 100,000 rows overflows the call stack.
    const width = this.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    const pad = <T>(row: readonly T[], filler: T): T[] => [...row, ...Array<T>(width - row.length).fill(filler)];
    const values = this.rows.length ? this.rows.map((row) => pad<CellValue>(row, '')) : [pad<CellValue>([], '')];
    const formats = this.rows.length ? this.rowFormats.map((row) => pad<CellFormat | null>(row, null)) : [pad<CellFormat | null>([], null)];
    return {
      name, values, formats, boldRows: [...this.bold], frozenRows: options.frozenRows ?? 0,
      columnWidths: options.columnWidths ?? [], charts: [...this.charts],
      hiddenRows: options.hiddenRows ?? [], wrapColumns: options.wrapColumns ?? [],
    };
  }
}
