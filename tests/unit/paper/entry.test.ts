import type { CellValue } from '../../../src/model/cells';
import type { Survey } from '../../../src/model/survey';
import { paperEntryProblemText } from '../../../src/messages';
import type { RosterCheck } from '../../../src/paper/answer';
import { entryModel, findPaperEntry, validateEntry } from '../../../src/paper/entry';
import { paperLayout, paperRow } from '../../../src/paper/layout';
import { sampleSurvey } from '../helpers/sample-survey';

const TZ = 'Asia/Tokyo';

const survey: Survey = {
  title: '研修アンケート', description: '説明', collectsEmail: false, publishedUrl: '', fromForm: true,
  sections: [{ title: '', description: '' }, { title: '研修について', description: '受講した方へ' }],
  questions: [
    { id: '101', title: '① 所属', kind: 'choice', type: 'RADIO', required: true, section: 0, options: ['病院', '訪問看護', '行政'], hasOther: true },
    { id: '102', title: '② テーマ', kind: 'choice', type: 'CHECKBOX', required: false, section: 0, options: ['災害, 停電への備え', '就学'], hasOther: false },
    { id: '103', title: '③ 満足度', kind: 'scale', required: true, section: 1, low: 1, high: 5, lowLabel: '不満', highLabel: '満足' },
    { id: '104', title: '④ 各回の評価', kind: 'grid', type: 'RADIO', required: false, section: 1, rows: ['第1回', '第2回'], columns: ['良い', '普通'] },
    { id: '105', title: '⑤ 感想', kind: 'text', required: false, section: 1, paragraph: true },
  ],
};

const check: RosterCheck = { rosterIds: new Set(['C001', 'C002']), answered: new Map([['C002', 'web']]), shared: new Map() };

const payload = {
  rosterId: 'c001', receivedOn: '2023-12-07',
  answers: {
    101: { selected: [], other: '大学' },
    102: { selected: [1, 0] },
    103: { value: 5 },
    '104:1': { selected: [1] },
    105: { text: '=良かった' },
  },
};

describe('entryModel', () => {
  const model = entryModel(survey);

  it('lists sections and questions in form order, grid rows with their field ids', () => {
    expect(model.sections.map((section) => [section.title, section.questions.map((question) => question.title)])).toEqual([
      ['', ['① 所属', '② テーマ']],
      ['研修について', ['③ 満足度', '④ 各回の評価', '⑤ 感想']],
    ]);
    expect(model.sections[1].questions[0]).toEqual({
      kind: 'scale', fieldId: '103', title: '③ 満足度', required: true, low: 1, high: 5, lowLabel: '不満', highLabel: '満足',
    });
    expect(model.sections[1].questions[1]).toMatchObject({
      kind: 'grid', multiple: false, columns: ['良い', '普通'], rows: [{ fieldId: '104:0', label: '第1回' }, { fieldId: '104:1', label: '第2回' }],
    });
    expect(model.sections[0].questions[0]).toMatchObject({ kind: 'choice', fieldId: '101', type: 'RADIO', multiple: false, hasOther: true });
  });

  it('survives JSON unchanged, as google.script.run requires', () => {
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    expect(JSON.parse(JSON.stringify(entryModel(sampleSurvey())))).toStrictEqual(entryModel(sampleSurvey()));
  });
});

describe('validateEntry', () => {
  it('accepts a complete entry, normalising 整理番号 and keeping text verbatim', () => {
    expect(validateEntry(survey, payload, check)).toEqual({
      ok: true,
      answer: {
        rosterId: 'C001', receivedOn: '2023-12-07',
        answers: new Map([
          ['101', { kind: 'choice', selected: [], other: '大学' }],
          ['102', { kind: 'choice', selected: [0, 1], other: null }],
          ['103', { kind: 'scale', value: 5 }],
          ['104:1', { kind: 'choice', selected: [1], other: null }],
          ['105', { kind: 'text', text: '=良かった' }],
        ]),
      },
    });
  });

  it('accepts blank answers, required questions included', () => {
    const result = validateEntry(survey, { rosterId: 'C001', receivedOn: '2023-12-07', answers: { 101: { selected: [] }, 105: { text: ' ' } } }, check);
    expect(result.ok && result.answer.answers.size).toBe(0);
  });

  const problems = (changes: object) => {
    const result = validateEntry(survey, { ...payload, ...changes }, check);
    return result.ok ? [] : result.problems;
  };
  const answers = (answer: object) => ({ answers: { ...payload.answers, ...answer } });

  it('rejects a blank, unknown or already answered 整理番号', () => {
    expect(problems({ rosterId: ' ' })).toEqual([{ fieldId: null, label: '整理番号', reason: { kind: 'missingRosterId' } }]);
    expect(problems({ rosterId: 'C999' })[0].reason).toEqual({ kind: 'unknownRosterId', rosterId: 'C999' });
    expect(problems({ rosterId: 'C002' })[0].reason).toEqual({ kind: 'alreadyAnswered', rosterId: 'C002', channel: 'web', sharedOnRoster: false });
  });

  it('rejects a date that is not a real day', () => {
    expect(problems({ receivedOn: '2023-02-30' })).toEqual([{ fieldId: null, label: '受付日', reason: { kind: 'badDate', value: '2023-02-30' } }]);
    expect(problems({ receivedOn: undefined })[0].reason).toEqual({ kind: 'badDate', value: '' });
  });

  it('rejects answers to questions the form no longer has', () => {
    expect(problems(answers({ 999: { text: 'x' } }))).toEqual([{ fieldId: '999', label: '999', reason: { kind: 'unknownField' } }]);
  });

  it('rejects option indexes out of range, repeated, or several for a single choice', () => {
    expect(problems(answers({ 102: { selected: [2] } }))[0]).toEqual({ fieldId: '102', label: '② テーマ', reason: { kind: 'numberOutOfRange', number: 3, max: 2 } });
    expect(problems(answers({ 102: { selected: [-1] } }))[0].reason.kind).toBe('numberOutOfRange');
    expect(problems(answers({ 102: { selected: [0.5] } }))[0].reason.kind).toBe('numberOutOfRange');
    expect(problems(answers({ 102: { selected: [1, 1] } }))[0].reason).toEqual({ kind: 'duplicateOption', option: '就学' });
    expect(problems(answers({ 101: { selected: [0, 1] } }))[0].reason).toEqual({ kind: 'severalForSingle', count: 2 });
    expect(problems(answers({ 101: { selected: [0], other: '大学' } }))[0].reason).toEqual({ kind: 'severalForSingle', count: 2 });
    expect(problems(answers({ 102: { selected: [], other: '防災' } }))[0].reason).toEqual({ kind: 'otherNotAllowed' });
  });

  it('keeps an Other ticked without words as その他 rather than dropping it', () => {
    const result = validateEntry(survey, { ...payload, ...answers({ 101: { selected: [], other: '  ' } }) }, check);
    expect(result.ok && result.answer.answers.get('101')).toEqual({ kind: 'choice', selected: [], other: 'その他' });
  });

  it('rejects a scale value out of range and answers of the wrong kind', () => {
    expect(problems(answers({ 103: { value: 6 } }))[0].reason).toEqual({ kind: 'scaleOutOfRange', value: '6', low: 1, high: 5 });
    expect(problems(answers({ 103: { value: 2.5 } }))[0].reason.kind).toBe('scaleOutOfRange');
    for (const wrong of [{ text: '5' }, null, 'x', { selected: ['1'] }]) {
      expect(problems(answers({ 103: wrong }))[0].reason).toEqual({ kind: 'wrongAnswerKind' });
    }
    expect(problems(answers({ 101: { selected: [0], other: 3 } }))[0].reason).toEqual({ kind: 'wrongAnswerKind' });
  });

  it('survives garbage instead of a payload', () => {
    for (const garbage of [null, 'x', 42, []]) {
      const result = validateEntry(survey, garbage, check);
      expect(result.ok).toBe(false);
    }
  });

  it('says what is wrong in Japanese, naming the question', () => {
    const [problem] = problems(answers({ 101: { selected: [0, 1] } }));
    expect(paperEntryProblemText(problem)).toBe('「① 所属」: 1つだけ選ぶ質問に2つの回答があります');
  });
});

describe('findPaperEntry', () => {
  const accepted = validateEntry(survey, payload, check);
  if (!accepted.ok) throw new Error('not accepted');
  const layout = paperLayout(survey, []);
  const sheet: CellValue[][] = [
    [...layout.titles], [...layout.keys],
    paperRow(layout, { rosterId: 'C009', receivedOn: '2023-12-01', answers: new Map() }, { enteredBy: 'a', enteredAt: new Date() }, TZ),
    paperRow(layout, accepted.answer, { enteredBy: 'a', enteredAt: new Date() }, TZ),
  ];

  it('finds a saved answer by 整理番号, as the sidebar sent it, so it can be corrected', () => {
    const found = findPaperEntry(sheet, survey, 'ｃ００１', TZ);
    expect(found?.row).toBe(4);
    expect(found?.payload).toEqual({ ...payload, rosterId: 'C001', answers: { ...payload.answers, 102: { selected: [0, 1] } } });
    expect(JSON.parse(JSON.stringify(found?.payload))).toStrictEqual(found?.payload);
    const resaved = validateEntry(survey, found?.payload, { ...check, answered: new Map() });
    expect(resaved).toEqual(accepted);
  });

  it('finds nothing for an id that has no paper answer', () => {
    expect(findPaperEntry(sheet, survey, 'C002', TZ)).toBeNull();
    expect(findPaperEntry(sheet, survey, '', TZ)).toBeNull();
  });
});
