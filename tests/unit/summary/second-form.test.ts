import type { CellValue } from '../../../src/model/cells';
import { missingColumns, readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { summaryJson } from '../../../src/summary/json';
import { summarize } from '../../../src/summary/summarize';

/** A form unlike the sample: dropdown, Other, an option with ", ", a scale, a grid. */
const survey: Survey = {
  title: '研修アンケート', description: '', sections: [{ title: '研修アンケート', description: '' }],
  collectsEmail: false, publishedUrl: 'https://example.test/form', fromForm: true,
  questions: [
    { id: '1', title: '所属', kind: 'choice', type: 'DROP_DOWN', required: true, section: 0, options: ['病院', '訪問看護', '行政'], hasOther: false },
    { id: '2', title: '関心のあるテーマ', kind: 'choice', type: 'CHECKBOX', required: false, section: 0, options: ['災害, 停電への備え', '就学', '移行支援'], hasOther: true },
    { id: '3', title: '満足度', kind: 'scale', required: false, section: 0, low: 1, high: 5, lowLabel: '不満', highLabel: '満足' },
    { id: '4', title: '各回の評価', kind: 'grid', type: 'RADIO', required: false, section: 0, rows: ['第1回', '第2回'], columns: ['良い', '普通', '悪い'] },
    { id: '5', title: '感想（自由記述）', kind: 'text', required: false, section: 0, paragraph: true },
  ],
};

const at = (day: number) => new Date(Date.UTC(2024, 5, day, 1, 0, 0));

// The sheet as staff left it: 満足度 was renamed in the form after answers came in
// (the column still says 研修の満足度), 所属 was moved to the end, a staff column was
// added, and two rows are blank.
const sheet: CellValue[][] = [
  ['タイムスタンプ', '関心のあるテーマ', '研修の満足度', '各回の評価 [第1回]', '各回の評価 [第2回]', '感想（自由記述）', '担当メモ', '所属'],
  [at(1), '災害, 停電への備え, 就学', 5, '良い', '普通', '=とても良かった\n次回も参加します', '電話済', '病院'],
  [at(1), '移行支援, 家族会の運営, 地域連携', 4, '普通', '', '', '', '訪問看護'],
  ['', '', '', '', '', '', '', ''],
  [at(2), '', 3, '悪い', '良い', '', '要確認', '病院'],
  ['', '', '', '', '', '', '', ''],
  [at(3), '災害, 停電への備え', '', '', '', '特になし', '', '行政'],
];

describe('a second form, read from a response sheet staff have edited', () => {
  const layout = webSheetLayout(sheet, survey);
  if (!layout) throw new Error('no layout');
  const respondents = readWebRespondents(sheet, survey, layout, 'Asia/Tokyo');
  const json = summaryJson(summarize({
    survey, respondents, roster: null, timeZone: 'Asia/Tokyo', missingColumns: missingColumns(layout, []), ignoredColumns: [],
    settings: { classifierIds: ['1'], layered: [], excludedIds: [], optionOrder: 'form', textWithClassifiers: true, audiences: [], countHeadings: [] },
  }));

  it('skips blank rows and ignores the staff column', () => {
    expect(json.respondents).toBe(4);
    expect(layout.match.unmatched.map((column) => sheet[0][column])).toEqual(['担当メモ']);
  });

  it('finds the moved dropdown column by its title', () => {
    expect(json.questions['所属']).toMatchObject({ type: 'DROP_DOWN', answered: 4, counts: { 病院: 2, 訪問看護: 1, 行政: 1 } });
  });

  it('keeps an option containing ", " whole and counts Other answers verbatim', () => {
    expect(json.questions['関心のあるテーマ']).toEqual({
      type: 'CHECKBOX', base: 4, notAsked: 0, answeredNotAsked: 0, answered: 3,
      counts: { '災害, 停電への備え': 2, 就学: 1, 移行支援: 1 },
      other: 1, texts: ['家族会の運営, 地域連携'],
    });
  });

  it('matches the renamed scale question to its old column', () => {
    expect(json.questions['満足度']).toMatchObject({ type: 'SCALE', answered: 3, counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } });
  });

  it('counts each grid row as its own question', () => {
    expect(json.questions['各回の評価 [第1回]']).toMatchObject({ type: 'GRID', answered: 3, counts: { 良い: 1, 普通: 1, 悪い: 1 } });
    expect(json.questions['各回の評価 [第2回]']).toMatchObject({ type: 'GRID', answered: 2, counts: { 良い: 1, 普通: 1, 悪い: 0 } });
  });

  it('lists text answers verbatim, line breaks and leading "=" included', () => {
    expect(json.questions['感想（自由記述）'].texts).toEqual(['=とても良かった\n次回も参加します', '特になし']);
  });

  it('cross-tabulates by the classifier with totals', () => {
    const table = json.crosstabs.find((entry) => entry.question === '関心のあるテーマ' && entry.by === '所属');
    expect(table?.cells).toEqual({
      病院: { '災害, 停電への備え': 1, 就学: 1, 移行支援: 0 },
      訪問看護: { '災害, 停電への備え': 0, 就学: 0, 移行支援: 1 },
      行政: { '災害, 停電への備え': 1, 就学: 0, 移行支援: 0 },
    });
    expect(table?.totals).toEqual({ '災害, 停電への備え': 2, 就学: 1, 移行支援: 1 });
  });
});
