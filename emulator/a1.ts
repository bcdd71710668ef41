/**
 * A1 notation as Sheets reads it: 'A1', 'A1:C3', 'B:B', 'A:C', '2:2',
 * 'A2:C' (open end), '$A$1', lower case, and a sheet prefix 'Sheet1!A1' or
 * "'My sheet'!A1" (quotes doubled inside). Rows and columns are 1-based.
 */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Corner { readonly row: number | null; readonly column: number | null }

export interface A1Reference {
  readonly sheetName: string | null;
  readonly start: Corner;
  readonly end: Corner;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function corner(text: string): Corner | null {
  const match = CORNER.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) return null;
  return { row, column: match[1] ? columnNumber(match[1]) : null };
}

export function parseA1(notation: string): A1Reference | null {
  let text = notation.trim();
  let sheetName: string | null = null;
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  const plain = /^([^'!]+)!(.*)$/.exec(text);
  if (quoted) [sheetName, text] = [quoted[1].replace(/''/g, "'"), quoted[2]];
  else if (plain) [sheetName, text] = [plain[1], plain[2]];
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const start = corner(parts[0]);
  if (!start) return null;
  if (parts.length === 1) return start.row !== null && start.column !== null ? { sheetName, start, end: start } : null;
  const end = corner(parts[1]);
  if (!end) return null;
  // Whole rows pair with rows and whole columns with columns ('B:B', '2:5'); 'A2:C' is also allowed.
  if ((start.column === null) !== (end.column === null)) return null;
  if (start.row === null && end.row !== null) return null;
  return { sheetName, start, end };
}

export interface GridArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  /** The notation named whole columns ('B:B') or whole rows ('2:2'): getA1Notation says so again. */
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;
}

export function resolveA1(reference: A1Reference, maxRows: number, maxColumns: number): GridArea {
  const rows = [reference.start.row ?? 1, reference.end.row ?? maxRows];
  const columns = [reference.start.column ?? 1, reference.end.column ?? maxColumns];
  const [top, bottom] = [Math.min(rows[0], rows[1]), Math.max(rows[0], rows[1])];
  const [left, right] = [Math.min(columns[0], columns[1]), Math.max(columns[0], columns[1])];
  return {
    row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1,
    wholeColumns: reference.start.row === null && reference.end.row === null,
    wholeRows: reference.start.column === null && reference.end.column === null,
  };
}

export function formatA1(area: GridArea): string {
  const lastRow = area.row + area.numRows - 1;
  const lastColumn = area.column + area.numColumns - 1;
  if (area.wholeColumns) return `${columnLetters(area.column)}:${columnLetters(lastColumn)}`;
  if (area.wholeRows) return `${area.row}:${lastRow}`;
  const first = `${columnLetters(area.column)}${area.row}`;
  return area.numRows === 1 && area.numColumns === 1 ? first : `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

/** A sheet name as it must appear before '!' in a reference. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
