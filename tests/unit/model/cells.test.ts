import type { CellValue, FieldAnswer } from '../../../src/model/cells';
import { formatAnswer, parseTypedCell, parseWebCell } from '../../../src/model/cells';
import type { Field, Question } from '../../../src/model/survey';
import { fieldsOf } from '../../../src/model/survey';
import { sampleSurvey } from '../helpers/sample-survey';

const questions: Question[] = [
  { id: 'job', title: '職種', kind: 'choice', type: 'RADIO', required: true, section: 0, options: ['看護師', '保健師', '相談支援専門員'], hasOther: true },
  { id: 'theme', title: 'テーマ', kind: 'choice', type: 'CHECKBOX', required: false, section: 0, options: ['災害, 停電への備え', '就学', '移行、地域連携', '就学支援'], hasOther: false },
  { id: 'reason', title: '理由', kind: 'choice', type: 'CHECKBOX', required: false, section: 0, options: ['忙しい', '遠い'], hasOther: true },
  { id: 'score', title: '満足度', kind: 'scale', required: false, section: 0, low: 1, high: 5, lowLabel: '', highLabel: '' },
  { id: 'zero', title: '0から', kind: 'scale', required: false, section: 0, low: 0, high: 3, lowLabel: '', highLabel: '' },
  { id: 'grid', title: '評価', kind: 'grid', type: 'RADIO', required: false, section: 0, rows: ['第1回', '第2回'], columns: ['良い', '普通'] },
  { id: 'memo', title: '感想', kind: 'text', required: false, section: 0, paragraph: true },
];
const fields = new Map(fieldsOf(questions).map((field) => [field.id, field]));
const field = (id: string): Field => fields.get(id) as Field;
const formatDate = (date: Date) => date.toISOString().slice(0, 10);
const typed = (id: string, value: CellValue) => parseTypedCell(field(id), value, formatDate);
const choice = (selected: number[], other: string | null = null): FieldAnswer => ({ kind: 'choice', selected, other });

describe('parseTypedCell: choices', () => {
  it('accepts option texts and their numbers, in any width', () => {
    expect(typed('job', '保健師')).toEqual({ ok: true, answer: choice([1]) });
    expect(typed('job', '2')).toEqual({ ok: true, answer: choice([1]) });
    expect(typed('job', '２')).toEqual({ ok: true, answer: choice([1]) });
    expect(typed('job', 3)).toEqual({ ok: true, answer: choice([2]) });
    expect(typed('job', ' ほけんし ')).toMatchObject({ ok: false, problem: { kind: 'unknownOption', token: 'ほけんし' } });
  });

  it('reads several options separated by , 、 ， or spaces, in form order', () => {
    for (const text of ['2,1', '2、1', '２，１', '2 1', '２　１', '就学, 1', '1\n2']) {
      expect(typed('theme', text)).toEqual({ ok: true, answer: choice([0, 1]) });
    }
  });

  it('matches options that contain ", " or 、 whole, never splitting them', () => {
    expect(typed('theme', '災害, 停電への備え, 移行、地域連携')).toEqual({ ok: true, answer: choice([0, 2]) });
    expect(typed('theme', '移行、地域連携、就学支援')).toEqual({ ok: true, answer: choice([2, 3]) });
    expect(typed('theme', '就学支援')).toEqual({ ok: true, answer: choice([3]) });
  });

  it('names a token that is no option', () => {
    expect(typed('theme', '就学, 災害')).toEqual({ ok: false, problem: { kind: 'unknownOption', token: '災害' } });
  });

  it('rejects numbers outside the options, counting Other as the last number', () => {
    expect(typed('theme', '5')).toEqual({ ok: false, problem: { kind: 'numberOutOfRange', number: 5, max: 4 } });
    expect(typed('theme', '0')).toEqual({ ok: false, problem: { kind: 'numberOutOfRange', number: 0, max: 4 } });
    expect(typed('job', '5')).toEqual({ ok: false, problem: { kind: 'numberOutOfRange', number: 5, max: 4 } });
  });

  it('rejects two answers to a single-choice question and an option given twice', () => {
    expect(typed('job', '1,2')).toEqual({ ok: false, problem: { kind: 'severalForSingle', count: 2 } });
    expect(typed('job', '1, その他: 事務')).toEqual({ ok: false, problem: { kind: 'severalForSingle', count: 2 } });
    expect(typed('theme', '2, 就学')).toEqual({ ok: false, problem: { kind: 'duplicateOption', option: '就学' } });
  });

  it('takes その他:… as the Other answer where the question has Other', () => {
    expect(typed('job', 'その他: 事務員')).toEqual({ ok: true, answer: choice([], '事務員') });
    expect(typed('job', 'その他：事務員')).toEqual({ ok: true, answer: choice([], '事務員') });
    expect(typed('job', 'その他（事務員）')).toEqual({ ok: true, answer: choice([], '事務員') });
    expect(typed('reason', '1、2、その他: 日程が合わない、費用')).toEqual({ ok: true, answer: choice([0, 1], '日程が合わない、費用') });
    expect(typed('theme', 'その他: 事務')).toMatchObject({ ok: false, problem: { kind: 'unknownOption' } });
  });

  it('takes the Other number or a bare その他 as Other ticked without text', () => {
    expect(typed('job', '4')).toEqual({ ok: true, answer: choice([], 'その他') });
    expect(typed('job', 'その他')).toEqual({ ok: true, answer: choice([], 'その他') });
    expect(typed('job', 'その他:')).toEqual({ ok: true, answer: choice([], 'その他') });
    expect(typed('reason', '1, 3')).toEqual({ ok: true, answer: choice([0], 'その他') });
    expect(typed('reason', '3, その他: 家族の事情')).toEqual({ ok: true, answer: choice([], '家族の事情') });
    expect(typed('reason', '3, その他')).toEqual({ ok: false, problem: { kind: 'duplicateOption', option: 'その他' } });
  });

  it('reads a grid row against its columns', () => {
    expect(typed('grid:1', '普通')).toEqual({ ok: true, answer: choice([1]) });
    expect(typed('grid:0', '3')).toEqual({ ok: false, problem: { kind: 'numberOutOfRange', number: 3, max: 2 } });
  });

  it('treats a blank cell as no answer, even for a required question', () => {
    expect(typed('job', '')).toEqual({ ok: true, answer: null });
    expect(typed('job', '　')).toEqual({ ok: true, answer: null });
  });
});

describe('parseTypedCell: scales and text', () => {
  it('accepts whole numbers within the scale, in any width', () => {
    expect(typed('score', '５')).toEqual({ ok: true, answer: { kind: 'scale', value: 5 } });
    expect(typed('score', 1)).toEqual({ ok: true, answer: { kind: 'scale', value: 1 } });
    expect(typed('zero', '0')).toEqual({ ok: true, answer: { kind: 'scale', value: 0 } });
  });

  it('rejects values outside the scale or not numbers', () => {
    for (const [value, text] of [['6', '6'], ['0', '0'], ['2.5', '2.5'], ['よい', 'よい'], [7, '7']] as const) {
      expect(typed('score', value)).toEqual({ ok: false, problem: { kind: 'scaleOutOfRange', value: text, low: 1, high: 5 } });
    }
  });

  it('keeps text verbatim, formula-like text included', () => {
    expect(typed('memo', '=SUM(A1:A3)')).toEqual({ ok: true, answer: { kind: 'text', text: '=SUM(A1:A3)' } });
    expect(typed('memo', '-ありません\n+追記')).toEqual({ ok: true, answer: { kind: 'text', text: '-ありません\n+追記' } });
    expect(typed('memo', new Date('2023-12-07T00:00:00Z'))).toEqual({ ok: true, answer: { kind: 'text', text: '2023-12-07' } });
  });
});

describe('formatAnswer and parseWebCell', () => {
  it('store a typed answer so that it reads back as the same answer', () => {
    const cases: Array<[string, string]> = [
      ['job', '2'], ['job', 'その他: 事務員'], ['job', '4'],
      ['theme', '災害, 停電への備え, 移行、地域連携, 4'], ['reason', '1, 2, その他: 日程, 費用'],
      ['score', '3'], ['grid:0', '1'], ['memo', '=1+1\n二行目'],
    ];
    for (const [id, text] of cases) {
      const result = parseTypedCell(field(id), text, formatDate);
      if (!result.ok || !result.answer) throw new Error(`${id}: ${text} not accepted`);
      const cell = formatAnswer(field(id), result.answer);
      expect(parseWebCell(field(id), cell, formatDate)).toEqual(result.answer);
    }
  });

  it('read checkbox cells alike whether the options come in form order or not, and Other text among them', () => {
    const web = (id: string, text: string) => parseWebCell(field(id), text, formatDate);
    expect(web('reason', '忙しい, 遠い')).toEqual(choice([0, 1]));
    expect(web('reason', '遠い, 忙しい')).toEqual(choice([0, 1]));
    expect(web('reason', '忙しい, 日程, 費用')).toEqual(choice([0], '日程, 費用'));
    expect(web('reason', '忙しい, 忙しい')).toEqual(choice([0]));
    expect(web('theme', '災害, 停電への備え, 就学')).toEqual(choice([0, 1]));
  });

  it('write checkbox answers as the web form does: options in form order joined by ", "', () => {
    expect(formatAnswer(field('theme'), choice([0, 2]))).toBe('災害, 停電への備え, 移行、地域連携');
    expect(formatAnswer(field('score'), { kind: 'scale', value: 4 })).toBe(4);
    expect(formatAnswer(field('memo'), null)).toBe('');
  });
});

describe('parseTypedCell on the sample form', () => {
  const sample = fieldsOf(sampleSurvey().questions);
  const job = sample.find((candidate) => candidate.title === '② 職種') as Field;

  it('numbers ② 職種 1 to 13, the 13th being その他', () => {
    expect(parseTypedCell(job, '13', formatDate)).toEqual({ ok: true, answer: choice([], 'その他') });
    expect(parseTypedCell(job, '１５', formatDate)).toEqual({ ok: false, problem: { kind: 'numberOutOfRange', number: 15, max: 13 } });
  });
});
