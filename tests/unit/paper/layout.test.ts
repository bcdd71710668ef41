import type { CellValue } from '../../../src/model/cells';
import { dayOf } from '../../../src/model/dates';
import type { Survey } from '../../../src/model/survey';
import { fieldsOf } from '../../../src/model/survey';
import type { PaperAnswer } from '../../../src/paper/answer';
import { paperLayout, paperRow, readPaperRespondents } from '../../../src/paper/layout';
import { sampleForm, surveyFromForm } from '../helpers/sample-survey';

const TZ = 'Asia/Tokyo';
const stamp = { enteredBy: 'clerk@example.jp', enteredAt: new Date('2023-12-20T01:00:00Z') };

const survey: Survey = {
  title: '研修アンケート', description: '', sections: [{ title: '', description: '' }],
  collectsEmail: false, publishedUrl: '', fromForm: true,
  questions: [
    { id: '101', title: '① 所属', kind: 'choice', type: 'CHECKBOX', required: true, section: 0, options: ['病院', '訪問看護, 在宅', '行政'], hasOther: true },
    { id: '102', title: '② 満足度', kind: 'scale', required: false, section: 0, low: 1, high: 5, lowLabel: '', highLabel: '' },
    { id: '103', title: '③ 各回の評価', kind: 'grid', type: 'RADIO', required: false, section: 0, rows: ['第1回', '第2回'], columns: ['良い', '普通'] },
    { id: '104', title: '④ 感想', kind: 'text', required: false, section: 0, paragraph: true },
  ],
};

const answer: PaperAnswer = {
  rosterId: 'C001', receivedOn: '2023-12-07',
  answers: new Map([
    ['101', { kind: 'choice', selected: [1, 2], other: '派遣' }],
    ['102', { kind: 'scale', value: 4 }],
    ['103:1', { kind: 'choice', selected: [0], other: null }],
    ['104', { kind: 'text', text: '=とても良かった\n次回も' }],
  ]),
};

function sheetWith(target: Survey, ...answers: PaperAnswer[]): CellValue[][] {
  const layout = paperLayout(target, []);
  return [[...layout.titles], [...layout.keys], ...answers.map((each) => paperRow(layout, each, stamp, TZ))];
}

describe('a new 郵送回答 sheet', () => {
  const layout = paperLayout(survey, [['']]);

  it('has the four entry columns, then one column per field titled as in the response sheet', () => {
    expect(layout.titles).toEqual(['整理番号', '受付日', '入力者', '入力日時', '① 所属', '② 満足度', '③ 各回の評価 [第1回]', '③ 各回の評価 [第2回]', '④ 感想']);
    expect(layout.keys).toHaveLength(layout.titles.length);
    expect(new Set(layout.keys).size).toBe(layout.keys.length);
    expect(layout.changed).toBe(true);
  });

  it('stores ids Sheets cannot mistake for numbers or times', () => {
    for (const key of layout.keys) expect(key).toMatch(/^[a-z]+:/);
  });
});

describe('a paper answer in the sheet', () => {
  const sheet = sheetWith(survey, answer);

  it('is written in the web dialect, with 受付日 as a date and who entered it', () => {
    const row = sheet[2];
    expect(row.slice(0, 4)).toEqual(['C001', expect.any(Date), 'clerk@example.jp', stamp.enteredAt]);
    expect(dayOf(row[1] as Date, TZ)).toBe('2023-12-07');
    expect(row.slice(4)).toEqual(['訪問看護, 在宅, 行政, 派遣', 4, '', '良い', '=とても良かった\n次回も']);
  });

  it('reads back as the same answers, like a web respondent', () => {
    const [respondent] = readPaperRespondents(sheet, survey, TZ);
    expect(respondent).toMatchObject({ channel: 'paper', row: 3, rosterId: 'C001', email: '' });
    expect(dayOf(respondent.receivedAt as Date, TZ)).toBe('2023-12-07');
    expect(new Map(respondent.answers)).toEqual(answer.answers);
  });

  it('skips cleared rows and reads 受付日 typed as text', () => {
    const edited = [...sheet, ['', '', '', '', '', '', '', '', ''], ['c002', '2023/12/08', '', '', '病院', '', '', '', '']];
    const respondents = readPaperRespondents(edited, survey, TZ);
    expect(respondents.map((each) => [each.row, each.rosterId])).toEqual([[3, 'C001'], [5, 'C002']]);
    expect(dayOf(respondents[1].receivedAt as Date, TZ)).toBe('2023-12-08');
  });

  it('keeps staff notes when a row is corrected', () => {
    const layout = paperLayout(survey, sheet);
    const current = [...sheet[2], '電話で確認済み'];
    const corrected = paperRow(layout, { ...answer, answers: new Map([['102', { kind: 'scale', value: 2 }]]) }, stamp, TZ, current);
    expect(corrected.slice(4)).toEqual(['', 2, '', '', '']);
    expect(corrected).toHaveLength(layout.titles.length);
    const noted = paperLayout(survey, [[...sheet[0], '備考'], [...sheet[1], '']]);
    expect(paperRow(noted, answer, stamp, TZ, current)[9]).toBe('電話で確認済み');
  });
});

describe('when the form changes', () => {
  const sheet = sheetWith(survey, answer);

  it('keeps answers with a renamed question and gives the column its new title', () => {
    const renamed: Survey = { ...survey, questions: survey.questions.map((question) => (question.id === '102' ? { ...question, title: '② 研修全体の満足度' } : question)) };
    const layout = paperLayout(renamed, sheet);
    expect(layout.titles[5]).toBe('② 研修全体の満足度');
    expect(layout.columns.get('102')).toBe(5);
    expect(layout.changed).toBe(true);
    expect(readPaperRespondents(sheet, renamed, TZ)[0].answers.get('102')).toEqual({ kind: 'scale', value: 4 });
  });

  it('keeps columns in place when questions are reordered, and adds new ones at the right', () => {
    const [first, second, third, fourth] = survey.questions;
    const reordered: Survey = {
      ...survey,
      questions: [fourth, { id: '105', title: '⑤ 新しい質問', kind: 'text', required: false, section: 0, paragraph: false }, third, second, first],
    };
    const layout = paperLayout(reordered, sheet);
    expect(layout.titles).toEqual([...sheet[0], '⑤ 新しい質問']);
    expect(layout.columns.get('105')).toBe(9);
    expect(new Map(readPaperRespondents(sheet, reordered, TZ)[0].answers)).toEqual(answer.answers);
  });

  it('leaves the column of a deleted question as it is', () => {
    const fewer: Survey = { ...survey, questions: survey.questions.filter((question) => question.id !== '102') };
    const layout = paperLayout(fewer, sheet);
    expect(layout.titles).toEqual(sheet[0]);
    expect(layout.keys).toEqual(sheet[1]);
    expect(layout.changed).toBe(false);
    expect([...layout.columns.values()]).not.toContain(5);
    const row = paperRow(layout, answer, stamp, TZ, sheet[2]);
    expect(row[5]).toBe(4);
  });

  it('is unchanged when nothing changed', () => {
    expect(paperLayout(survey, sheet).changed).toBe(false);
  });
});

describe('when the id row is lost', () => {
  const sheet = sheetWith(survey, answer);

  it('finds the columns by their titles and asks for the id row to be inserted', () => {
    const withoutIds = [sheet[0], sheet[2]];
    const layout = paperLayout(survey, withoutIds);
    expect(layout.hasIdRow).toBe(false);
    expect(layout.bodyStart).toBe(1);
    expect(layout.titles).toEqual(sheet[0]);
    expect(layout.keys).toEqual(sheet[1]);
    expect(new Map(readPaperRespondents(withoutIds, survey, TZ)[0].answers)).toEqual(answer.answers);
  });

  it('repairs a cleared id by the column title', () => {
    const damaged = [sheet[0], sheet[1].map((key, column) => (column === 4 ? '' : key)), sheet[2]];
    const layout = paperLayout(survey, damaged);
    expect(layout.hasIdRow).toBe(true);
    expect(layout.keys).toEqual(sheet[1]);
    expect(layout.changed).toBe(true);
  });
});

describe('the sample form', () => {
  it('keeps paper answers with their question when the sample form renames one', () => {
    const form = sampleForm();
    const sample = surveyFromForm(form);
    const job = fieldsOf(sample.questions).find((field) => field.title === '② 職種');
    if (!job) throw new Error('no ② 職種');
    const sheet = sheetWith(sample, { rosterId: 'C001', receivedOn: '2023-12-07', answers: new Map([[job.id, { kind: 'choice', selected: [1], other: null }]]) });
    const item = form.items.find((each) => each.title === '② 職種');
    if (!item) throw new Error('no item');
    item.title = '② 現在の職種';
    const renamed = surveyFromForm(form);
    const layout = paperLayout(renamed, sheet);
    expect(layout.titles[layout.columns.get(job.id) as number]).toBe('② 現在の職種');
    expect(layout.columns.get(job.id)).toBe(5);
    expect(readPaperRespondents(sheet, renamed, TZ)[0].answers.get(job.id)).toEqual({ kind: 'choice', selected: [1], other: null });
  });
});

describe('when the form cannot be opened', () => {
  it('reads paper answers by title with a survey guessed from the response sheet, leaving the ids alone', () => {
    const sheet = sheetWith(survey, answer);
    const guessed: Survey = {
      ...survey, fromForm: false,
      questions: survey.questions.map((question, index) => ({ ...question, id: `column-${index + 1}` })),
    };
    const layout = paperLayout(guessed, sheet);
    expect(layout.keys).toEqual(sheet[1]);
    expect(layout.titles).toEqual(sheet[0]);
    expect(readPaperRespondents(sheet, guessed, TZ)[0].answers.get('column-2')).toEqual({ kind: 'scale', value: 4 });
  });
});
