/**
 * What the add-on writes into cells. Sheets reads a written string the way it
 * reads typing: "=…" becomes a formula, "123" a number, "2023/12/07" a date.
 * Text that came from people (answers, names, settings) must stay the text it
 * is, so such strings get the quote prefix Sheets uses for "this is text".
 */
import type { CellValue } from '../model/cells';
import { CELL_TEXT_LIMIT, fitCell } from '../model/cells';
import type { CellFormat } from '../model/sheet-plan';

/** Starts like a formula, a number, a signed value or a currency; or is a boolean. */
const INTERPRETED = /^\s*(?:[=+\-@'\d.,(¥$￥%％]|(?:true|false)\s*$)/i;

/**
 * A value as it must be written: text Sheets would interpret gets the quote
 * prefix, and a text longer than a cell holds is cut with a visible mark
 * (the features hold such input back with a reason first; this is the last
 * guard, so that Google never refuses a write halfway).
 */
export function toCell(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  // The quote prefix is typed too: it counts towards what the cell takes in.
  return INTERPRETED.test(value) ? `'${fitCell(value, CELL_TEXT_LIMIT - 1)}` : fitCell(value);
}

/** Rows that need nothing are passed on as they are: a long table is not copied for nothing. */
export function toCells(values: readonly (readonly CellValue[])[]): CellValue[][] {
  // Sheets only reads what it is given; the readonly rows are handed over uncopied.
  return values.map((row) => (row.some(needsCare) ? row.map(toCell) : row as CellValue[]));
}

function needsCare(value: CellValue): boolean {
  return typeof value === 'string' && (value.length > CELL_TEXT_LIMIT - 1 || INTERPRETED.test(value));
}

const NUMBER_FORMATS: Record<CellFormat, string> = {
  // Text stays text through the quote prefix (toCell), which Sheets honours
  // under the default format; the '@' format is not used so that the two are
  // never combined.
  text: 'General',
  integer: '#,##0',
  percent: '0.0%',
  points: '+0.0;-0.0;0.0',
  date: 'yyyy/mm/dd',
  datetime: 'yyyy/mm/dd h:mm:ss',
};

/** What a cell's number format is until something sets it. */
export const DEFAULT_FORMAT = 'General';

export function numberFormat(format: CellFormat | null): string {
  return format ? NUMBER_FORMATS[format] : DEFAULT_FORMAT;
}
