import { PIECE_CHARS, readStore, storeRows } from '../../../src/compare/store';
import type { CellValue } from '../../../src/model/cells';

const grid = (text: string) => storeRows(text, '集計データ_調査_2023-12-21.json');

describe('the previous round kept in a hidden sheet', () => {
  test('a large file is split over cells under the 50,000-character limit and read back exactly', () => {
    // About 1.3 million characters, Japanese and emoji (surrogate pairs) among them, like a 4 MB file.
    const text = JSON.stringify({ questions: Array.from({ length: 6000 }, (_, i) => ({ title: `問${i} 医療的ケア児 😀`, counts: { はい: i, いいえ: 2 * i }, texts: ['2023/12/01', '=SUM(A1)', ' 前後に空白 '] })) });
    const values = grid(text);
    expect(values.length).toBe(4 + Math.ceil(text.length / PIECE_CHARS));
    expect(values.every((row) => row.length === 1)).toBe(true);
    expect(Math.max(...values.map((row) => String(row[0]).length))).toBeLessThanOrEqual(PIECE_CHARS + 2);
    expect(readStore(values)).toEqual({ fileName: '集計データ_調査_2023-12-21.json', text });
  });

  test('never cuts a surrogate pair in two', () => {
    const text = `${'a'.repeat(PIECE_CHARS - 1)}😀b`;
    const values = grid(text);
    expect(values.slice(4).map((row) => String(row[0]).length)).toEqual([PIECE_CHARS - 1 + 2, 3 + 2]);
    expect(readStore(values)?.text).toBe(text);
  });

  test('tells a sheet someone edited from the file imported', () => {
    const text = 'x'.repeat(PIECE_CHARS * 2 + 10);
    const values = grid(text);
    const edited = (change: (rows: CellValue[][]) => void) => {
      const copy = values.map((row) => [...row]);
      change(copy);
      return readStore(copy);
    };
    expect(edited(() => {})).not.toBeNull();
    expect(edited((rows) => { rows[5][0] = `${String(rows[5][0]).slice(0, -2)}|`; })).toBeNull();
    expect(edited((rows) => { rows.pop(); })).toBeNull();
    expect(edited((rows) => { rows[4][0] = String(rows[4][0]).slice(1); })).toBeNull();
    expect(edited((rows) => { rows[3][0] = '12'; })).toBeNull();
    expect(edited((rows) => { rows[0][0] = ''; })).toBeNull();
    expect(readStore([])).toBeNull();
    // A note someone typed below the pieces is not part of the file, and does not spoil it.
    expect(edited((rows) => { rows.push(['メモ']); })?.text).toBe(text);
  });
});
