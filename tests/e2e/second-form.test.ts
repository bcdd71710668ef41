/**
 * A form unlike the sample, read through FormApp: dropdown, Other, an option
 * containing ", ", a scale, a grid; and a response sheet staff have edited.
 */
import type { FormResource } from '../../emulator/form-resource';
import type { CellValue } from '../../emulator/view';
import type { SummaryJson } from '../../src/summary/json';
import { clickMenu, sampleBook } from './harness';

const form: FormResource = {
  formId: 'second-form',
  info: { title: '研修アンケート', description: '締切 2024/7/31' },
  items: [
    { itemId: 'a1', title: '所属', questionItem: { question: { questionId: 'q1', required: true, choiceQuestion: { type: 'DROP_DOWN', options: [{ value: '病院' }, { value: '訪問看護' }, { value: '行政' }] } } } },
    { itemId: 'a2', title: '関心のあるテーマ', questionItem: { question: { questionId: 'q2', choiceQuestion: { type: 'CHECKBOX', options: [{ value: '災害, 停電への備え' }, { value: '就学' }, { value: '移行支援' }, { isOther: true }] } } } },
    { itemId: 'p1', title: '評価', pageBreakItem: {} },
    { itemId: 'a3', title: '満足度', questionItem: { question: { questionId: 'q3', scaleQuestion: { low: 1, high: 5, lowLabel: '不満', highLabel: '満足' } } } },
    {
      itemId: 'a4', title: '各回の評価',
      questionGroupItem: {
        questions: [{ questionId: 'r1', rowQuestion: { title: '第1回' } }, { questionId: 'r2', rowQuestion: { title: '第2回' } }],
        grid: { columns: { type: 'RADIO', options: [{ value: '良い' }, { value: '普通' }, { value: '悪い' }] } },
      },
    },
    { itemId: 'a5', title: '感想', questionItem: { question: { questionId: 'q5', textQuestion: { paragraph: true } } } },
  ],
};

const at = (day: number) => new Date(Date.UTC(2024, 5, day, 1, 0, 0));

/** 満足度 was called 研修の満足度 when these answers came in; 所属 was moved to the end; a staff column was added. */
const responses: CellValue[][] = [
  ['タイムスタンプ', '関心のあるテーマ', '研修の満足度', '各回の評価 [第1回]', '各回の評価 [第2回]', '感想', '担当メモ', '所属'],
  [at(1), '災害, 停電への備え, 就学', 5, '良い', '普通', 'とても良かった\n次回も参加します', '電話済', '病院'],
  [at(1), '移行支援, 家族会の運営, 地域連携', 4, '普通', '', '', '', '訪問看護'],
  ['', '', '', '', '', '', '', ''],
  [at(2), '', 3, '悪い', '良い', '', '要確認', '病院'],
  [at(3), '災害, 停電への備え', '', '', '', '特になし', '', '行政'],
];

describe('a second form through FormApp and the built bundle', () => {
  const book = sampleBook({ form, responses, day: '2024-07-01' });
  const json = clickMenu(book, 'generateSummary') as SummaryJson;

  it('counts every answer: dropdown, Other, an option with ", ", the renamed scale, each grid row', () => {
    expect(json.respondents).toBe(4);
    expect(json.questions['所属']).toMatchObject({ type: 'DROP_DOWN', answered: 4, counts: { 病院: 2, 訪問看護: 1, 行政: 1 } });
    expect(json.questions['関心のあるテーマ']).toEqual({
      type: 'CHECKBOX', base: 4, notAsked: 0, answeredNotAsked: 0, answered: 3, counts: { '災害, 停電への備え': 2, 就学: 1, 移行支援: 1 }, other: 1, texts: ['家族会の運営, 地域連携'],
    });
    expect(json.questions['満足度']).toMatchObject({ type: 'SCALE', answered: 3, counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } });
    expect(json.questions['各回の評価 [第1回]']).toMatchObject({ type: 'GRID', answered: 3, counts: { 良い: 1, 普通: 1, 悪い: 1 } });
    expect(json.questions['各回の評価 [第2回]']).toMatchObject({ type: 'GRID', answered: 2, counts: { 良い: 1, 普通: 1, 悪い: 0 } });
    expect(json.questions['感想'].texts).toEqual(['とても良かった\n次回も参加します', '特になし']);
  });

  it('classifies by the dropdown without being told, and names the column it ignored', () => {
    expect(json.crosstabs.some((table) => table.by === '所属' && table.question === '関心のあるテーマ')).toBe(true);
    book.emulator.ui.answerNext('OK');
    book.bundle.call('generateSummary');
    expect(JSON.stringify(book.emulator.ui.events)).toContain('担当メモ');
  });

  it('reads the deadline for the reminders from the form description', () => {
    clickMenu(book, 'openSettings');
    const settings = book.emulator.view().sheets.find((sheet) => sheet.name === '設定');
    expect(settings?.display.find((row) => row[0] === '回答締切日')?.[1]).toBe('2024/07/31');
  });
});
