/**
 * Importing the same paper answers again (issue 12, case 5): what is already
 * waiting in 要確認 is not added a second time, and the message says so.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { ImportResult } from '../../src/actions/api';
import type { SummaryJson } from '../../src/summary/json';
import type { Book } from './harness';
import { clickMenu, preparedSample, sampleFile, sheetValues } from './harness';

const paperCsv = readFileSync(sampleFile('paper.csv'), 'utf8');
const importText = (book: Book, text: string, encoding = 'utf8') =>
  book.bundle.run('paperImportFile', iconv.encode(text, encoding).toString('base64'), 'paper.csv') as ImportResult;
const heldRows = (book: Book) => sheetValues(book, '要確認').length - 1;

/** The sample with its 12 mailed answers imported, then the same file imported again: 12 held as already entered. */
function heldOnce(): Book {
  const book = preparedSample();
  const again = importText(book, paperCsv);
  if (again.kind !== 'imported' || again.held !== 12) throw new Error(`setup: ${JSON.stringify(again)}`);
  return book;
}

describe('郵送回答を一括取り込み of a file already imported', () => {
  it('adds none of its rows to 要確認 a second time, and says they are already there', () => {
    const book = heldOnce();
    const third = importText(book, paperCsv);
    expect(third).toMatchObject({ kind: 'imported', imported: 0, held: 0, alreadyHeld: 12, problems: [] });
    expect(third.kind === 'imported' && third.message).toBe('「paper.csv」：0件を取り込みました。12 件は既に要確認にあります（同じ内容の行は重ねて追加していません）。');
    expect(heldRows(book)).toBe(12);
    importText(book, paperCsv);
    expect(heldRows(book)).toBe(12);
    expect((clickMenu(book, 'generateSummary') as SummaryJson).respondents).toBe(82);
  });

  it('knows the rows again in another encoding, with other line ends and the columns in another order', () => {
    const book = heldOnce();
    const lines = paperCsv.replace(/\r?\n/g, '\r\n');
    const swapped = lines.replace(/^整理番号,受付日,/, '受付日,整理番号,').replace(/^(C\d+),(\d{4}\/\d\d\/\d\d),/gm, '$2,$1,');
    expect(swapped).not.toBe(lines);
    expect(importText(book, swapped, 'Shift_JIS')).toMatchObject({ kind: 'imported', imported: 0, held: 0, alreadyHeld: 12 });
    expect(heldRows(book)).toBe(12);
  });

  it('adds a row whose content differs, and only that one', () => {
    const book = heldOnce();
    const changed = paperCsv.replace(/^C023,2023\/12\/07,/m, 'C023,2023/12/08,');
    expect(importText(book, changed)).toMatchObject({ kind: 'imported', imported: 0, held: 1, alreadyHeld: 11 });
    expect(heldRows(book)).toBe(13);
  });

  it('importing 要確認 itself still leaves exactly the rows still held', () => {
    const book = heldOnce();
    importText(book, paperCsv);
    const fromSheet = book.bundle.run('paperImportSheet', '要確認') as ImportResult;
    expect(fromSheet).toMatchObject({ kind: 'imported', imported: 0, held: 12, alreadyHeld: 0 });
    expect(heldRows(book)).toBe(12);
    // A row corrected there and imported from there leaves it; the rest stay, once each.
    book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('要確認')?.getRange(2, 3).setValue('C001');
    expect(book.bundle.run('paperImportSheet', '要確認')).toMatchObject({ kind: 'imported', imported: 1, held: 11 });
    expect(heldRows(book)).toBe(11);
    expect(importText(book, paperCsv)).toMatchObject({ kind: 'imported', imported: 0, held: 1, alreadyHeld: 11 });
    expect(heldRows(book)).toBe(12);
  });
});
