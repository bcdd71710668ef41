/**
 * A read-only picture of the emulated workbook and mailbox, taken after the
 * add-on has run: what the local run turns into xlsx, CSV, SVG, .eml and HTML.
 */

/** What Range.getValues() returns for one cell. */
export type CellValue = string | number | boolean | Date;

export interface WorkbookView {
  readonly name: string;
  readonly timeZone: string;
  /** In tab order. */
  readonly sheets: readonly SheetView[];
  /** Every message MailApp sent, in order. */
  readonly outbox: readonly SentMail[];
}

export interface SheetView {
  readonly name: string;
  /** The data range (A1 to last row × last column) as getValues() returns it. */
  readonly values: readonly (readonly CellValue[])[];
  /** The same cells as getDisplayValues() returns them. */
  readonly display: readonly (readonly string[])[];
  /** The same cells' formulas ('' where none), as getFormulas(). */
  readonly formulas: readonly (readonly string[])[];
  /** The same cells' number formats, as getNumberFormats() ('General' when unset… see emulator). */
  readonly numberFormats: readonly (readonly string[])[];
  /** The same cells' text wrapping, as getWraps() returns it. */
  readonly wraps: readonly (readonly boolean[])[];
  /** 1-based row numbers whose text is bold (header rows). */
  readonly boldRows: readonly number[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Width in pixels per column (index 0 = column A); null where never set. */
  readonly columnWidths: readonly (number | null)[];
  /** 1-based rows hidden with hideRows. */
  readonly hiddenRows: readonly number[];
  /** The tab is hidden (hideSheet): staff do not see it unless they unhide it. */
  readonly hidden: boolean;
  readonly charts: readonly ChartView[];
  /** The sheet's developer metadata (Sheet.getDeveloperMetadata()), in the order it was added. */
  readonly developerMetadata: readonly DeveloperMetadataView[];
}

export interface DeveloperMetadataView {
  readonly key: string;
  readonly value: string | null;
}

export type ChartKind = 'PIE' | 'BAR' | 'COLUMN' | 'LINE' | 'AREA' | 'SCATTER' | 'TABLE';

export interface ChartView {
  /** Unique within the workbook, stable across a save and reload. */
  readonly id: string;
  readonly kind: ChartKind;
  /** options.get('title') or ''. */
  readonly title: string;
  /** Every setOption(key, value) made when building the chart, e.g. 'hAxis.title'. */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * The chart's data, resolved from its ranges. By the add-on's convention the
   * first row holds series names and the first column the categories.
   */
  readonly ranges: ReadonlyArray<{ readonly a1: string; readonly values: readonly (readonly CellValue[])[]; readonly display: readonly (readonly string[])[] }>;
  /** Anchor cell, 1-based. */
  readonly anchor: { readonly row: number; readonly column: number };
}

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  /** The sender's display name (the `name` option), or null. */
  readonly name: string | null;
  readonly replyTo: string | null;
  /** The effective user the script runs as: the From address. */
  readonly from: string;
  readonly sentAt: Date;
}
