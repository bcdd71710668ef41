import type { CellValue } from '../../../src/model/cells';
import { parseCsv } from '../../../src/model/csv';
import { appendHeld, heldSheetValues, notYetHeld } from '../../../src/paper/held';
import type { ImportPlan } from '../../../src/paper/importer';
import { planImport } from '../../../src/paper/importer';
import { sampleRosterIds, sampleSurvey } from '../helpers/sample-survey';

const survey = sampleSurvey();

function plan(header: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const result: ImportPlan = planImport({
    survey, header, rows, rosterIds: sampleRosterIds(), answered: new Map(), shared: new Map(), today: '2023-12-20', timeZone: 'Asia/Tokyo',
  });
  if (result.kind !== 'planned') throw new Error('stopped');
  return result;
}

const csv = [
  '整理番号,受付日,② 職種,③ 勤務先のある圏域,⑧-1) 医療的ケア児等支援センターへの要望',
  'C001,2023/12/07,1,1,',
  'C002,2023/12/07,15,北部,=もっと研修を',
  'X999,12月,2,2,',
  'C004,2023/12/08,2,3,"要望, その1"',
].join('\r\n');
const parsed = parseCsv(csv);
if (!parsed.ok) throw new Error('bad csv');
const [header, ...rows] = parsed.rows;
const first = plan(header, rows);

describe('the 要確認 sheet', () => {
  const values = heldSheetValues(header, first.held);

  it('lists each held row with its source row, every reason, and its cells as they came', () => {
    expect(first.accepted.map((answer) => answer.rosterId)).toEqual(['C001', 'C004']);
    expect(values[0]).toEqual(['行', '理由', ...header]);
    expect(values.slice(1)).toEqual([
      [3, '「② 職種」: 「15」は選択肢の番号の範囲外です（1〜13）\n「③ 勤務先のある圏域」: 「北部」は選択肢にありません', 'C002', '2023/12/07', '15', '北部', '=もっと研修を'],
      [4, '「整理番号」: 整理番号「X999」は名簿にありません\n「受付日」: 「12月」は日付として読めません（例：2024/01/31）', 'X999', '12月', '2', '2', ''],
    ]);
  });

  it('can be corrected in place and imported again, its 行 and 理由 columns ignored', () => {
    const corrected = values.map((row) => [...row]);
    corrected[1][4] = '13';
    corrected[1][5] = '1';
    corrected[2][3] = '2023/12/09';
    const again = plan(corrected[0] as string[], corrected.slice(1));
    expect(again.held.map((held) => held.row)).toEqual([3]);
    expect(again.accepted.map((answer) => [answer.rosterId, answer.receivedOn])).toEqual([['C002', '2023-12-07']]);
    expect(again.accepted[0].answers.size).toBe(3);
    // Held again: the sheet keeps one 行 and one 理由 column, and the row's cells.
    const next = heldSheetValues(corrected[0] as string[], again.held);
    expect(next[0]).toEqual(['行', '理由', ...header]);
    expect(next[1].slice(2)).toEqual(['X999', '2023/12/09', '2', '2', '']);
  });

  it('keeps cells that stood beyond the header, so nothing is dropped, in a rectangle', () => {
    const result = plan(['整理番号', '② 職種'], [['C001', '1', '余分']]);
    const sheet = heldSheetValues(['整理番号', '② 職種'], result.held);
    expect(sheet).toEqual([
      ['行', '理由', '整理番号', '② 職種', ''],
      [2, '見出しのない列に値があります（「余分」）。区切りのカンマが多くないか確かめてください', 'C001', '1', '余分'],
    ]);
  });
});

describe('importing rows 要確認 already holds', () => {
  const values = heldSheetValues(header, first.held);
  const TZ = 'Asia/Tokyo';

  it('adds none of them again: the same cells under the same titles, 行 and 理由 aside', () => {
    const again = plan(header, rows);
    expect(notYetHeld(values, header, again.held, TZ)).toEqual([]);
    // Later rows of the same file are compared the same way: 要確認 then holds them once each.
    expect(notYetHeld(appendHeld(values, heldSheetValues(header, again.held)), header, again.held, TZ)).toEqual([]);
  });

  it('compares cells as the importer reads them: a date or number Sheets made of a cell, 整理番号 in any width or case', () => {
    const typed = values.map((row) => [...row]);
    // Staff retyped cells in 要確認: Sheets made a date and a number of them.
    typed[1][3] = new Date('2023-12-07T00:00:00+09:00');
    typed[2][4] = 2;
    typed[1][2] = 'ｃ００２';
    expect(notYetHeld(typed, header, plan(header, rows).held, TZ)).toEqual([]);
  });

  it('lines columns up by title, whatever their order and spacing', () => {
    const other = ['受付日', '整理 番号', '③勤務先のある圏域', '② 職種', '⑧-1) 医療的ケア児等支援センターへの要望'];
    const again = plan(other, [['2023/12/07', 'C002', '北部', '15', '=もっと研修を'], ['12月', 'X999', '2', '2', '']]);
    expect(again.held).toHaveLength(2);
    expect(notYetHeld(values, other, again.held, TZ)).toEqual([]);
  });

  it('takes a file\'s line breaks as Sheets stores them', () => {
    const titles = ['整理番号', '⑧-1) 医療的ケア児等支援センターへの要望', '② 職種'];
    const fromFile = plan(titles, [['C002', '一行目\r\n二行目', '15']]).held;
    const stored = heldSheetValues(titles, plan(titles, [['C002', '一行目\n二行目', '15']]).held);
    expect(notYetHeld(stored, titles, fromFile, TZ)).toEqual([]);
  });

  it('adds a row whose content differs in any cell, or has a cell more', () => {
    const changed = rows.map((row) => [...row]);
    changed[1][4] = '=もっと研修を！';
    const again = plan(header, changed);
    expect(notYetHeld(values, header, again.held, TZ).map((row) => row.row)).toEqual([3]);
    const longer = plan([...header, ''], rows.map((row, index) => (index === 2 ? [...row, '余分'] : row)));
    expect(notYetHeld(values, [...header, ''], longer.held, TZ).map((row) => row.row)).toEqual([4]);
  });

  it('adds every row to an empty 要確認', () => {
    expect(notYetHeld([], header, first.held, TZ)).toEqual(first.held);
    expect(notYetHeld([values[0]], header, first.held, TZ)).toEqual(first.held);
  });
});
