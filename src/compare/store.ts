/**
 * The previous round's file, kept in a hidden sheet the add-on owns (a
 * document property holds 9 KB, a cell 50,000 characters): the JSON text in
 * pieces, one per row. Each piece is fenced with a character at either end,
 * so that nothing Sheets does to a typed value (reading "2023…" as a number,
 * trimming a space) can touch the text, and the header row says how many
 * pieces and characters there are, so that a sheet someone edited is told
 * apart from the file that was imported.
 */
import type { CellValue } from '../model/cells';
import type { SheetPlan } from '../model/sheet-plan';
import { SheetBuilder } from '../model/sheet-plan';
import { COMPARE_SHEETS, COMPARE_STORE } from '../messages';

/** Characters of JSON per cell: well under Google's 50,000, the fences and any quote prefix included. */
export const PIECE_CHARS = 40_000;
const FENCE = '|';

type Grid = readonly (readonly CellValue[])[];

export function storePlan(text: string, fileName: string): SheetPlan {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    // A surrogate pair stays in one piece.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  const sheet = new SheetBuilder();
  sheet.row([COMPARE_STORE.header, fileName, pieces.length, text.length], [null, 'text', 'integer', 'integer']);
  for (const piece of pieces) sheet.row([`${FENCE}${piece}${FENCE}`], ['text']);
  return sheet.build(COMPARE_SHEETS.store);
}

/** The stored file's name and text, or null when the sheet is not as it was written. */
export function readStore(values: Grid): { readonly fileName: string; readonly text: string } | null {
  const [header, ...rows] = values;
  if (!header || header[0] !== COMPARE_STORE.header) return null;
  const count = Number(header[2]);
  const length = Number(header[3]);
  if (!Number.isInteger(count) || !Number.isInteger(length) || rows.length < count) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const cell = rows[i][0];
    if (typeof cell !== 'string' || cell.length < 2 || !cell.startsWith(FENCE) || !cell.endsWith(FENCE)) return null;
    text += cell.slice(1, -1);
  }
  // Anything below the pieces was added by hand.
  if (text.length !== length || rows.slice(count).some((row) => row.some((value) => value !== ''))) return null;
  return { fileName: String(header[1]), text };
}
