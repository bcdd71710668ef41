import type { CellValue } from '../../../src/model/cells';
import { parseCsv } from '../../../src/model/csv';
import { heldSheetValues } from '../../../src/paper/held';
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
