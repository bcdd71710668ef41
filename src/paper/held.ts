/**
 * The 要確認 sheet: the rows an import held back, each with its reasons and
 * its cells exactly as they came. Staff correct the cells in place and import
 * the sheet again as a staging sheet; its 行 and 理由 columns are ignored then.
 */
import type { CellValue } from '../model/cells';
import { matchKey } from '../model/text';
import { PAPER, heldProblemText } from '../messages';
import type { HeldRow } from './importer';
import { rowContent } from './importer';

const OWN_TITLES = [PAPER.heldRow, PAPER.heldReason].map(matchKey);

/**
 * Header (行, 理由, then the source's columns) and one row per held row, all
 * the same width. 行 is the row in the source that was imported. Cells that
 * stood beyond the source's header keep their place under a blank title.
 */
export function heldSheetValues(header: readonly string[], held: readonly HeldRow[]): CellValue[][] {
  // Importing the 要確認 sheet itself must not stack a second 行 and 理由.
  const kept = header.map((_, column) => column).filter((column) => !OWN_TITLES.includes(matchKey(header[column])));
  const width = held.reduce((widest, row) => Math.max(widest, row.cells.length), header.length);
  for (let column = header.length; column < width; column++) kept.push(column);
  const values: CellValue[][] = [[PAPER.heldRow, PAPER.heldReason, ...kept.map((column) => header[column] ?? '')]];
  for (const row of held) {
    const reasons = row.problems.map(heldProblemText).join('\n');
    values.push([row.row, reasons, ...kept.map((column) => row.cells[column] ?? '')]);
  }
  return values;
}

/**
 * The rows of `held` (read under `header`) that the 要確認 sheet `existing`
 * does not already hold with the same content (see rowContent; 行 and 理由
 * aside): importing a file again adds nothing twice, however often.
 */
export function notYetHeld(existing: readonly (readonly CellValue[])[], header: readonly string[], held: readonly HeldRow[], timeZone: string): HeldRow[] {
  if (existing.length < 2 || held.length === 0) return [...held];
  const titles = existing[0].map((cell) => String(cell));
  const waiting = new Set<string>();
  for (let r = 1; r < existing.length; r++) waiting.add(rowContent(titles, existing[r], timeZone));
  return held.filter((row) => !waiting.has(rowContent(header, row.cells, timeZone)));
}

/**
 * Adds newly held rows below those still waiting in the 要確認 sheet. Files
 * may order or name their columns differently: columns are lined up by title
 * (ignoring width and spacing), new titles are added at the right.
 */
export function appendHeld(existing: readonly (readonly CellValue[])[], incoming: readonly (readonly CellValue[])[]): CellValue[][] {
  if (existing.length === 0) return incoming.map((row) => [...row]);
  const header = existing[0].map((cell) => String(cell));
  const keys = header.map(matchKey);
  const placeOf = incoming[0].map((cell) => {
    const key = matchKey(String(cell));
    let column = key === '' ? -1 : keys.indexOf(key);
    if (column < 0) {
      column = header.length;
      header.push(String(cell));
      keys.push(key === '' ? `\u0000${column}` : key);
    }
    return column;
  });
  const widen = (row: readonly CellValue[]) => Array.from({ length: header.length }, (_, column) => row[column] ?? '');
  const moved = incoming.slice(1).map((row) => {
    const cells: CellValue[] = new Array<CellValue>(header.length).fill('');
    row.forEach((cell, column) => { cells[placeOf[column]] = cell; });
    return cells;
  });
  return [header, ...existing.slice(1).map(widen), ...moved];
}
