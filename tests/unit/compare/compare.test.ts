import { comparisonJson, compareRounds } from '../../../src/compare/compare';
import { readRound } from '../../../src/compare/round';
import { comparisonSheet, detectablePoints } from '../../../src/compare/sheet';
import { roundProblemText } from '../../../src/messages';
import { compareShares } from '../../../src/compare/stats';
import type { QuestionJson, SummaryJson } from '../../../src/summary/json';

const question = (type: QuestionJson['type'], base: number, answered: number, counts: Record<string, number>, other = 0): QuestionJson =>
  ({ type, base, notAsked: 0, answeredNotAsked: 0, answered, counts, other, texts: [] });

function round(title: string, respondents: number, questions: Record<string, QuestionJson>, extra: Partial<SummaryJson> = {}): SummaryJson {
  return {
    format: 1, title, firstAnswer: '2023-12-01', lastAnswer: '2023-12-20', respondents, channels: { form: respondents, paper: 0 },
    roster: { size: 126, responded: respondents, rate: respondents / 126 }, questions, crosstabs: [], missingColumns: [], ignoredColumns: [], themes: [], ...extra,
  } as SummaryJson;
}

/** A layered table: support (はい/いいえ) by occupation within each region, as summary.json has it. */
const layered = (question: string, by: string, within: string, cells: Record<string, Record<string, [number, number]>>) => ({
  question, by, within,
  cells: Object.fromEntries(Object.entries(cells).map(([region, rows]) => [region, Object.fromEntries(Object.entries(rows).map(([job, [yes, no]]) => [job, { はい: yes, いいえ: no }]))])),
  totals: {},
  respondents: Object.fromEntries(Object.entries(cells).map(([region, rows]) => [region, Object.fromEntries(Object.entries(rows).map(([job, [yes, no]]) => [job, yes + no]))])),
});

const previous = round('調査（令和5年度）', 82, {
  '② 職種': question('RADIO', 82, 82, { 看護師: 50, 保健師: 32 }),
  '③ 圏域': question('RADIO', 82, 82, { 東部: 40, 西部: 42 }),
  '④ 修了年度': question('RADIO', 82, 82, { H30: 41, R1: 41 }),
  '⑤ 支援しましたか': question('RADIO', 82, 82, { はい: 58, いいえ: 24 }),
  '⑤-1) 支援の内容': question('CHECKBOX', 58, 58, { 会議: 30, 計画: 10 }),
  '⑧ 繋がる方法': question('CHECKBOX', 82, 80, { 研修: 40, 郵送: 5 }, 2),
  '⑧-1) 要望': question('PARAGRAPH', 82, 30, {}),
}, {
  crosstabs: [layered('⑤ 支援しましたか', '② 職種', '③ 圏域', { 東部: { 看護師: [20, 5], 保健師: [10, 5] }, 西部: { 看護師: [18, 7], 保健師: [10, 7] }, 無回答: { 看護師: [0, 0], 保健師: [0, 0] } })],
});

const current = round('調査（令和8年度）', 85, {
  'Q2. 職種': question('RADIO', 85, 85, { 看護師: 40, 保健師: 45 }),
  'Q3. 圏域': question('RADIO', 85, 85, { 東部: 45, 西部: 40 }),
  'Q4. 支援しましたか': question('RADIO', 85, 85, { はい: 40, いいえ: 45 }),
  'Q4-1. 支援の内容': question('CHECKBOX', 40, 39, { 会議: 20, 計画: 10, 研修講師: 3 }),
  'Q7. 繋がる方法': question('CHECKBOX', 85, 84, { 研修: 42, オンライン交流会: 12 }, 0),
  'Q7-1. 要望': question('PARAGRAPH', 85, 25, {}),
  'Q8. 相談窓口': question('RADIO', 85, 85, { ある: 30, ない: 55 }),
}, {
  roster: { size: 114, responded: 85, rate: 85 / 114 }, firstAnswer: '2026-11-02', lastAnswer: '2026-11-25',
  crosstabs: [layered('Q4. 支援しましたか', 'Q2. 職種', 'Q3. 圏域', { 東部: { 看護師: [12, 10], 保健師: [8, 15] }, 西部: { 看護師: [10, 8], 保健師: [10, 12] } })],
});

describe('comparing two rounds', () => {
  const comparison = compareRounds(current, previous, []);
  const json = comparisonJson(comparison);
  const options = (title: string) => json.questions.find((entry) => entry.question === title)?.options ?? [];

  it("says who answered the previous round and when, and which questions only one round has", () => {
    expect(json.previous).toEqual({ respondents: 82, rosterSize: 126, firstAnswer: '2023-12-01', lastAnswer: '2023-12-20' });
    expect(json.unmatched).toEqual({ current: ['Q8. 相談窓口'], previous: ['④ 修了年度'] });
    expect(json.questions.map((entry) => [entry.question, entry.previousQuestion])).toEqual([
      ['Q2. 職種', '② 職種'], ['Q3. 圏域', '③ 圏域'], ['Q4. 支援しましたか', '⑤ 支援しましたか'], ['Q4-1. 支援の内容', '⑤-1) 支援の内容'], ['Q7. 繋がる方法', '⑧ 繋がる方法'],
    ]);
    // The free-text question is matched, not compared: no counts.
    expect(comparison.texts).toEqual([{ current: 'Q7-1. 要望', previous: '⑧-1) 要望', by: 'title' }]);
  });

  it("compares each option's share of the round's base, with the test its expected counts call for", () => {
    const [yes, no] = options('Q4. 支援しましたか');
    expect(yes).toEqual({
      option: 'はい', previousCount: 58, previousShare: 58 / 82, count: 40, share: 40 / 85, diffPoints: (40 / 85 - 58 / 82) * 100,
      ...compareShares(58, 82, 40, 85),
    });
    expect(yes).toMatchObject({ test: 'z', significant: true });
    expect(yes.diffPoints).toBeCloseTo(-23.7, 1);
    expect(no.diffPoints).toBeCloseTo(23.7, 1);
    // 61 % to 47 %: 14 points, just under what 82 and 85 answers can show (15 points).
    expect(options('Q2. 職種')[0]).toMatchObject({ option: '看護師', previousCount: 50, count: 40, test: 'z', significant: false });
  });

  it('takes a multi-select question over those who answered it, and marks options only one round offered', () => {
    expect(options('Q4-1. 支援の内容')).toEqual([
      expect.objectContaining({ option: '会議', previousShare: 30 / 58, share: 20 / 39, test: 'z', significant: false }),
      expect.objectContaining({ option: '計画', previousShare: 10 / 58, share: 10 / 39 }),
      { option: '研修講師', previousCount: null, previousShare: null, count: 3, share: 3 / 39, diffPoints: null, test: null, p: null, significant: false },
    ]);
    const ways = options('Q7. 繋がる方法');
    expect(ways.map((row) => [row.option, row.previousCount, row.count])).toEqual([
      ['研修', 40, 42], ['オンライン交流会', null, 12], ['郵送', 5, null], ['その他', 2, 0],
    ]);
    // Expected counts of 1.0 for その他 (2 of 164 chose it): Fisher's exact test.
    expect(ways[3]).toMatchObject({ test: 'fisher', significant: false });
  });

  it("compares each layered table's rates within each layer, over those of the layer who answered", () => {
    expect(comparison.layered).toHaveLength(1);
    const [table] = comparison.layered;
    expect(table).toMatchObject({ question: 'Q4. 支援しましたか', by: 'Q2. 職種', within: 'Q3. 圏域' });
    expect(table.rows.map((row) => [row.within, row.option, row.previousCount, row.bases.previous, row.count, row.bases.current])).toEqual([
      ['東部', 'はい', 30, 40, 20, 45], ['東部', 'いいえ', 10, 40, 25, 45],
      ['西部', 'はい', 28, 42, 20, 40], ['西部', 'いいえ', 14, 42, 20, 40],
    ]);
    expect(table.rows[0]).toMatchObject({ previousShare: 0.75, share: 20 / 45, significant: true });
  });

  it('writes 前回との比較: the rounds side by side, the questions only one round has, each question with its note and chart', () => {
    const plan = comparisonSheet(comparison);
    const rows = plan.values.map((row) => row.filter((cell) => cell !== ''));
    expect(plan.name).toBe('前回との比較');
    expect(rows).toContainEqual(['回答期間', '2023/12/01〜2023/12/20', '2026/11/02〜2026/11/25']);
    expect(rows).toContainEqual(['送付数（名簿）', 126, 114]);
    expect(rows).toContainEqual(['回答率', 82 / 126, 85 / 114]);
    expect(rows).toContainEqual(['Q8. 相談窓口']);
    expect(rows).toContainEqual(['④ 修了年度']);
    // Title, the previous title, who the shares are of, then the table.
    const title = plan.values.findIndex((row) => row[0] === 'Q4. 支援しましたか');
    expect(plan.values.slice(title + 1, title + 3).map((row) => row[0])).toEqual(['前回：⑤ 支援しましたか', '割合の分母：この設問の対象者（前回 82 人、今回 85 人）']);
    const header = title + 3;
    expect(plan.values[header]).toEqual(['選択肢', '前回 件数', '前回 割合', '今回 件数', '今回 割合', '差（ポイント）', '有意差']);
    expect(plan.values[header + 1]).toEqual(['はい', 58, 58 / 82, 40, 40 / 85, (40 / 85 - 58 / 82) * 100, '＊']);
    expect(plan.formats[header + 1]).toEqual([null, 'integer', 'percent', 'integer', 'percent', 'points', 'text']);
    // The note is long: column A wraps, so that it stays within the table's width on screen and in print.
    expect(plan.wrapColumns).toEqual([1]);
    expect(String(plan.values[header + 3][0])).toContain('有意差：「＊」は5%水準で差があること（両側検定）。検定は2つの割合の差のz検定（2回を合わせた割合を使用）。分母が前回 82 人・今回 85 人では、おおむね 15 ポイント以上の差でなければ有意差は出ません');
    expect(rows).toContainEqual(['研修講師（今回のみ）', '—', '—', 3, 3 / 39, '—']);
    expect(rows).toContainEqual(['郵送（前回のみ）', 5, 5 / 80, '—', '—', '—']);
    const chart = plan.charts.find((entry) => entry.title === 'Q4. 支援しましたか（前回・今回の割合）');
    expect(chart).toMatchObject({ kind: 'BAR', data: { row: header + 1, column: 1, numRows: 3, numColumns: 1 } });
    expect(chart?.moreSeries?.map((block) => block.column)).toEqual([3, 5]);
    expect(plan.charts).toHaveLength(5);
    expect(rows).toContainEqual(['東部：はい', 30, 0.75, 20, 20 / 45, (20 / 45 - 0.75) * 100, '＊']);
  });

  it('says how large a change the numbers of answers can show', () => {
    expect(detectablePoints({ previous: 82, current: 85 })).toBe(15);
    expect(detectablePoints({ previous: 1000, current: 1000 })).toBe(4);
    expect(detectablePoints({ previous: 0, current: 85 })).toBeNull();
  });
});

describe('reading a round back from a file', () => {
  test('reads the JSON the summary writes, with a byte-order mark too', () => {
    const read = readRound(`\uFEFF${JSON.stringify(previous)}`);
    expect(read).toEqual({ ok: true, round: previous });
  });

  test('carries what it does not use as it is (themes of the free-text answers, a comparison of its own)', () => {
    const withMore = { ...previous, themes: [{ question: '⑧-1) 要望', theme: '研修', count: 12 }], comparison: { previous: {} } };
    expect(readRound(JSON.stringify(withMore))).toEqual({ ok: true, round: withMore });
  });

  test('refuses another file, a later format or a damaged field, saying which', () => {
    const problems = [
      readRound('集計,データ\n1,2'),
      readRound(JSON.stringify({ items: [] })),
      readRound(JSON.stringify({ ...previous, format: 2 })),
      readRound(JSON.stringify({ ...previous, questions: { ...previous.questions, '② 職種': { ...previous.questions['② 職種'], counts: { 看護師: '五十' } } } })),
      readRound(JSON.stringify({ ...previous, crosstabs: [{ question: 'x', by: 'y', within: 'z', cells: { a: 1 }, respondents: {} }] })),
    ].map((read) => (read.ok ? 'read' : roundProblemText(read.problem)));
    expect(problems).toEqual([
      'JSON ファイルとして読めません。「集計データを書き出す」で保存したファイル（集計データ_….json）を選んでください。',
      'このファイルは集計データではありません。「集計データを書き出す」で保存したファイル（集計データ_….json）か、ローカル実行の summary.json を選んでください。',
      'このファイルは新しい版のアドオンで書き出されています（形式 2）。アドオンを更新してから取り込んでください。',
      '集計データの「questions.② 職種.counts.看護師」が読めません。ファイルが壊れているか、書き換えられています。',
      '集計データの「crosstabs[0].cells.a」が読めません。ファイルが壊れているか、書き換えられています。',
    ]);
  });
});
