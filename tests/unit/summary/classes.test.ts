import type { FieldAnswer } from '../../../src/model/cells';
import type { Respondent } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import type { SummarySettings } from '../../../src/settings/settings';
import { summaryJson } from '../../../src/summary/json';
import { textsSheet } from '../../../src/summary/sheets/texts';
import { summarize } from '../../../src/summary/summarize';

/** Two 分類 questions, one of them multiple choice, both with Other. */
const survey: Survey = {
  title: '研修アンケート', description: '', sections: [{ title: '研修アンケート', description: '' }],
  collectsEmail: false, publishedUrl: 'https://example.test/form', fromForm: true,
  questions: [
    { id: 'org', title: '所属', kind: 'choice', type: 'RADIO', required: false, section: 0, options: ['病院', '行政'], hasOther: true },
    { id: 'theme', title: 'テーマ', kind: 'choice', type: 'CHECKBOX', required: false, section: 0, options: ['就学', '災害'], hasOther: true },
    { id: 'score', title: '満足度', kind: 'scale', required: false, section: 0, low: 1, high: 3, lowLabel: '', highLabel: '' },
    { id: 'note', title: '感想', kind: 'text', required: false, section: 0, paragraph: true },
  ],
};

const choice = (selected: number[], other: string | null = null): FieldAnswer => ({ kind: 'choice', selected, other });
const respondent = (row: number, answers: Record<string, FieldAnswer>): Respondent => ({
  channel: 'web', row, receivedAt: null, email: '', rosterId: '', answers: new Map(Object.entries(answers)),
});

const respondents = [
  respondent(2, { org: choice([0]), theme: choice([0, 1]), score: { kind: 'scale', value: 3 }, note: { kind: 'text', text: '参加してよかった' } }),
  respondent(3, { org: choice([], '大学'), theme: choice([1], '家族会'), score: { kind: 'scale', value: 1 }, note: { kind: 'text', text: '特になし' } }),
  respondent(4, { score: { kind: 'scale', value: 3 }, note: { kind: 'text', text: '次回も参加します' } }),
  respondent(5, { org: choice([1]), theme: choice([0]) }),
];

const settings: SummarySettings = { classifierIds: ['org', 'theme'], layered: [], excludedIds: [], optionOrder: 'form', textWithClassifiers: true, audiences: [], countHeadings: [] };
const summary = summarize({ survey, respondents, roster: null, settings, timeZone: 'Asia/Tokyo', missingColumns: [], ignoredColumns: [] });

describe('each respondent\'s 分類, found once and used by every table and list', () => {
  it('lists each free-text and Other answer beside its writer\'s classes: その他, several joined, empty when blank', () => {
    const rows = textsSheet(summary).values;
    const after = (title: string) => rows.slice(rows.findIndex((row) => row[0] === title) + 1);
    expect(after('感想').slice(0, 4)).toEqual([
      ['No.', '回答', '所属', 'テーマ'],
      [1, '参加してよかった', '病院', '就学, 災害'],
      [2, '特になし', 'その他', '災害, その他'],
      [3, '次回も参加します', '', ''],
    ]);
    // The same respondent, listed again for their Other answer, gets the same cells.
    expect(rows).toContainEqual([1, '家族会', 'その他', '災害, その他']);
    expect(rows).toContainEqual([1, '大学', 'その他', '災害, その他']);
  });

  it('counts someone in each class they ticked, and keeps その他 and 無回答 apart', () => {
    const table = summaryJson(summary).crosstabs.find((entry) => entry.question === '満足度' && entry.by === 'テーマ');
    expect(table?.cells).toEqual({
      就学: { 1: 0, 2: 0, 3: 1 },
      災害: { 1: 1, 2: 0, 3: 1 },
      その他: { 1: 1, 2: 0, 3: 0 },
      無回答: { 1: 0, 2: 0, 3: 1 },
    });
    expect(table?.respondents).toEqual({ 就学: 1, 災害: 2, その他: 1, 無回答: 1 });
    expect(table?.totals).toEqual({ 1: 1, 2: 0, 3: 2 });
  });
});
