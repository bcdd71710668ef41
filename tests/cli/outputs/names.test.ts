import { safeFileNames } from '../../../cli/outputs/names';
import { excelSheetNames } from '../../../cli/outputs/xlsx';

describe('safeFileNames', () => {
  test('replaces characters some system forbids and keeps Japanese', () => {
    expect(safeFileNames(['集計/職種別: A*B?"C"<D>|E\\F'])).toEqual(['集計_職種別_ A_B__C__D__E_F']);
  });

  test('avoids Windows device names and trailing dots or spaces', () => {
    expect(safeFileNames(['CON', 'nul.txt', 'まとめ.', 'まとめ '])).toEqual(['_CON', '_nul.txt', 'まとめ_', 'まとめ_ (2)']);
  });

  test('numbers names that would clash, ignoring case', () => {
    expect(safeFileNames(['a/b', 'a_b', 'A_B'])).toEqual(['a_b', 'a_b (2)', 'A_B (3)']);
  });

  test('keeps a long Japanese name within 200 bytes, suffix included', () => {
    const long = 'あ'.repeat(100);
    const [first, second] = safeFileNames([long, long]);
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(200);
    expect(Buffer.byteLength(second)).toBeLessThanOrEqual(200);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(first).not.toBe(second);
  });
});

describe('excelSheetNames', () => {
  test('replaces []:*?/\\ and quotes at either end', () => {
    expect(excelSheetNames(["'集計[1]:A*B?C/D\\E'"])).toEqual(['集計_1__A_B_C_D_E']);
  });

  test('cuts names to 31 characters and keeps them unique', () => {
    const long = '支援実績があるコーディネーターの取り組み内容（職種別の内訳と総計）';
    const names = excelSheetNames([`${long}A`, `${long}B`, 'History']);
    expect(names[0]).toHaveLength(31);
    expect(names[1]).toHaveLength(31);
    expect(names[1].endsWith(' (2)')).toBe(true);
    expect(names[2]).not.toBe('History');
  });

  test('does not split a character outside the BMP', () => {
    const [name] = excelSheetNames([`${'あ'.repeat(30)}𠮷`]);
    expect(name).toBe('あ'.repeat(30));
  });
});
