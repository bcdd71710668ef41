/**
 * Tables on slides: column widths, row heights, and a long table cut into
 * pages that each fit under a heading, the header row repeated on each.
 * Text is never set smaller to make a table fit: it goes on to the next slide.
 */
import type { Align, TableElement } from './deck';
import { MIN_FONT_SIZE } from './deck';
import { textHeight } from './measure';

/** Tables are set at the smallest readable size: the most rows fit on a slide. */
export const TABLE_FONT_SIZE = MIN_FONT_SIZE;

export interface Column {
  readonly header: string;
  /** Points, or 'flex': the flex columns share what the others leave. */
  readonly width: number | 'flex';
  readonly align: Align;
}

export interface Row {
  readonly cells: readonly string[];
  readonly bold?: boolean;
}

export function columnWidths(columns: readonly Column[], width: number): number[] {
  const fixed = columns.reduce((sum, column) => sum + (column.width === 'flex' ? 0 : column.width), 0);
  const flex = columns.filter((column) => column.width === 'flex').length;
  return columns.map((column) => (column.width === 'flex' ? (width - fixed) / flex : column.width));
}

export function rowHeight(cells: readonly string[], widths: readonly number[], size: number = TABLE_FONT_SIZE): number {
  return cells.reduce((tallest, cell, index) => Math.max(tallest, textHeight(cell, widths[index], size)), 0);
}

/**
 * Cuts `rows` into pages whose table (header included) is at most `height`
 * tall and has at most `maxRows` rows under the header, as evenly as that
 * many pages allow (no last page with a single row). A row taller than a
 * page on its own gets a page of its own (the caller splits such text first).
 */
export function pageRows(columns: readonly Column[], rows: readonly Row[], width: number, height: number, maxRows = Infinity): Row[][] {
  const greedy = fill(columns, rows, width, height, maxRows);
  if (greedy.length < 2) return greedy;
  const even = fill(columns, rows, width, height, Math.min(maxRows, Math.ceil(rows.length / greedy.length)));
  return even.length === greedy.length ? even : greedy;
}

function fill(columns: readonly Column[], rows: readonly Row[], width: number, height: number, maxRows: number): Row[][] {
  const widths = columnWidths(columns, width);
  const room = height - rowHeight(columns.map((column) => column.header), widths);
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = 0;
  for (const row of rows) {
    const tall = rowHeight(row.cells, widths);
    if (page.length > 0 && (used + tall > room || page.length >= maxRows)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += tall;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** One page of a table, placed at (left, top) and `width` wide. */
export function tableElement(left: number, top: number, width: number, columns: readonly Column[], rows: readonly Row[]): TableElement {
  const widths = columnWidths(columns, width);
  const all = [columns.map((column) => column.header), ...rows.map((row) => [...row.cells])];
  return {
    kind: 'table',
    box: { left, top, width, height: all.reduce((sum, cells) => sum + rowHeight(cells, widths), 0) },
    columnWidths: widths,
    rows: all,
    align: columns.map((column) => column.align),
    boldRows: rows.flatMap((row, index) => (row.bold ? [index + 1] : [])),
    size: TABLE_FONT_SIZE,
  };
}
