/**
 * Google's size limits on a spreadsheet, with the texts Sheets gives when an
 * operation would break them (both as the Sheets API and Apps Script report
 * them in many issue threads and code comments, e.g. "Exception: This action
 * would increase the number of cells in the workbook above the limit of
 * 10000000 cells." and "Invalid data[4]: Your input contains more than the
 * maximum of 50000 characters in a single cell."):
 * - 10,000,000 cells per spreadsheet, counted as Sheets counts them: every
 *   sheet's grid (maxRows × maxColumns), empty cells included;
 * - 50,000 characters per cell, formulas included.
 */
import { fail } from '../errors';
import type { WorkbookModel } from './model';

export const WORKBOOK_CELL_LIMIT = 10_000_000;
export const CELL_TEXT_LIMIT = 50_000;

const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`;
const TOO_MUCH_TEXT = `Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`;

/** The cells of every sheet's grid. */
export function workbookCells(workbook: WorkbookModel): number {
  let cells = 0;
  for (const sheet of workbook.sheets) cells += sheet.maxRows * sheet.maxColumns;
  return cells;
}

/** The text Sheets gives when the workbook would grow past 10 million cells, or null if `added` more cells fit. */
export function growthRefusal(workbook: WorkbookModel, added: number): string | null {
  return added > 0 && workbookCells(workbook) + added > WORKBOOK_CELL_LIMIT ? TOO_MANY_CELLS : null;
}

/** Fails, before anything changes, when `added` more grid cells would break the workbook's limit. */
export function checkGrowth(workbook: WorkbookModel, added: number): void {
  const refusal = growthRefusal(workbook, added);
  if (refusal) fail(refusal);
}

/**
 * The length Sheets would see for one input value, counted in UTF-16 code
 * units (JavaScript's length): never less than the characters Google counts,
 * so the check is at least as strict as Google's. The input is measured as
 * given ("'007" counts its apostrophe).
 */
function inputLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return 0;
  return String(value).length;
}

/** Whether a value is too long for one cell; the text to fail with, or null. */
export function textRefusal(value: unknown): string | null {
  return inputLength(value) > CELL_TEXT_LIMIT ? TOO_MUCH_TEXT : null;
}

/** Fails before anything is written when any value is longer than a cell holds (Sheets writes all or nothing). */
export function checkCellTexts(values: ReadonlyArray<ReadonlyArray<unknown>>): void {
  for (const line of values) {
    for (const value of line) if (typeof value !== 'number' && inputLength(value) > CELL_TEXT_LIMIT) fail(TOO_MUCH_TEXT);
  }
}
