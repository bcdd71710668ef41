/**
 * The previous round's file, kept in a hidden sheet the add-on owns (a
 * document property holds 9 KB, a cell 50,000 characters): the JSON text in
 * pieces, one per cell down column A. Each piece is fenced with a character
 * at either end, so that nothing Sheets does to a typed value (reading
 * "2023…" as a number, trimming a space) can touch the text; the rows above
 * say what the sheet is, the file's name, and how many pieces and characters
 * there are, so that a sheet someone edited is told apart from the file
 * that was imported.
 */
import type { CellValue } from '../model/cells';
import { COMPARE_STORE } from '../messages';

/** Characters of JSON per cell: well under Google's 50,000, the fences and any quote prefix included. */
export const PIECE_CHARS = 40_000;
const FENCE = '|';
/** Rows above the pieces: what the sheet is, the file's name, the number of pieces, the number of characters. */
const HEAD = 4;

type Grid = readonly (readonly CellValue[])[];

/** The sheet's rows, one cell each. */
export function storeRows(text: string, fileName: string): CellValue[][] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    // A surrogate pair stays in one piece.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return [[COMPARE_STORE.header], [`${FENCE}${fileName}${FENCE}`], [pieces.length], [text.length], ...pieces.map((piece) => [`${FENCE}${piece}${FENCE}`])];
}

function unfenced(cell: CellValue | undefined): string | null {
  if (typeof cell !== 'string' || cell.length < 2 || !cell.startsWith(FENCE) || !cell.endsWith(FENCE)) return null;
  return cell.slice(1, -1);
}

/** The stored file's name and text, or null when the sheet is not as it was written. */
export function readStore(values: Grid): { readonly fileName: string; readonly text: string } | null {
  const cell = (row: number) => values[row]?.[0];
  const fileName = unfenced(cell(1));
  const count = cell(2);
  const length = cell(3);
  if (cell(0) !== COMPARE_STORE.header || fileName === null || typeof count !== 'number' || typeof length !== 'number') return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const piece = unfenced(cell(HEAD + i));
    if (piece === null) return null;
    text += piece;
  }
  return text.length === length ? { fileName, text } : null;
}
