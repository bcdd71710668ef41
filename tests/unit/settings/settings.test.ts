import type { CellValue } from '../../../src/model/cells';
import { SETTINGS } from '../../../src/messages';
import { defaultSettings, detectDeadline, detectOrganiser } from '../../../src/settings/defaults';
import { findQuestion, readSettingsSheet, settingsSheet } from '../../../src/settings/sheet';
import { sampleSurvey } from '../helpers/sample-survey';

const survey = sampleSurvey();
const id = (marker: string) => {
  const question = findQuestion(survey, marker);
  if (!question) throw new Error(`no question ${marker}`);
  return question.id;
};

describe('defaults detected from the form', () => {
  const settings = defaultSettings(survey);

  it('classifies by the first attribute-like question and layers yes/no questions by the smallest one', () => {
    expect(settings.summary.classifierIds).toEqual([id('②')]);
    expect(settings.summary.layered).toContainEqual({ questionId: id('⑤'), byId: id('②'), withinId: id('③') });
  });

  it('finds the name question and keeps it out of the summary', () => {
    expect(settings.reminders.nameQuestionId).toBe(id('①'));
    expect(settings.summary.excludedIds).toEqual([id('①')]);
  });

  it('reads the deadline from the form description, in the Japanese era or the Western calendar', () => {
    expect(settings.reminders.deadline).toBe('2023-12-28');
    expect(detectDeadline('回答期限：令和5年12月28日')).toBe('2023-12-28');
    expect(detectDeadline('締切 2024/1/9 まで')).toBe('2024-01-09');
    expect(detectDeadline('〆切は令和元年５月３１日です')).toBe('2019-05-31');
    expect(detectDeadline('ご協力ください')).toBeNull();
  });

  it('takes the organiser shown on the report deck from the form description, or leaves it empty', () => {
    expect(settings.report.organiser).toBe('鳥取県医療的ケア児等支援センター');
    expect(detectOrganiser('主催：○○市福祉課　回答期限 1/31')).toBe('○○市福祉課');
    expect(detectOrganiser('本調査は、△△協会が実施するものです。')).toBe('△△協会');
    expect(detectOrganiser('調査の実施にご協力ください')).toBe('');
  });
});

describe('the 設定 sheet', () => {
  const defaults = defaultSettings(survey);
  const written = settingsSheet(defaults, survey, 'Asia/Tokyo').values as CellValue[][];

  it('reads back exactly the defaults it was written with', () => {
    const read = readSettingsSheet(written, survey, defaults, 'Asia/Tokyo');
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(defaults);
  });

  it('accepts questions by number and loose spacing, lists and edits', () => {
    const rows: CellValue[][] = [
      ['項目', '値'],
      [SETTINGS.keys.classifier, '②'],
      [SETTINGS.keys.classifier, '③勤務先のある 圏域'],
      [SETTINGS.keys.optionOrder, '件数順'],
      [SETTINGS.keys.daysBefore, '１０、3'],
      [SETTINGS.keys.deadline, '2024/01/31'],
    ];
    const { settings, problems } = readSettingsSheet(rows, survey, defaults, 'Asia/Tokyo');
    expect(problems).toEqual([]);
    expect(settings.summary.classifierIds).toEqual([id('②'), id('③')]);
    expect(settings.summary.optionOrder).toBe('count');
    expect(settings.reminders.daysBefore).toEqual([10, 3]);
    expect(settings.reminders.deadline).toBe('2024-01-31');
    expect(settings.summary.layered).toEqual(defaults.summary.layered);
  });

  it('reads 主催者, and an empty 主催者 shows none', () => {
    const named = readSettingsSheet([['項目', '値'], [SETTINGS.keys.organiser, ' 県支援センター ']], survey, defaults, 'Asia/Tokyo');
    expect(named.problems).toEqual([]);
    expect(named.settings.report.organiser).toBe('県支援センター');
    expect(readSettingsSheet([['項目', '値'], [SETTINGS.keys.organiser, '']], survey, defaults, 'Asia/Tokyo').settings.report.organiser).toBe('');
    // A sheet written before 主催者 existed keeps the detected default.
    expect(readSettingsSheet([['項目', '値']], survey, defaults, 'Asia/Tokyo').settings.report.organiser).toBe(defaults.report.organiser);
  });

  it('reports what it cannot understand, with the row, and keeps the default', () => {
    const rows: CellValue[][] = [
      ['項目', '値'],
      ['色', '赤'],
      [SETTINGS.keys.classifier, '⑲ 存在しない設問'],
      [SETTINGS.keys.deadline, '来週'],
      [SETTINGS.keys.replyTo, 'not-an-address'],
    ];
    const { settings, problems } = readSettingsSheet(rows, survey, defaults, 'Asia/Tokyo');
    expect(problems).toEqual([
      { kind: 'unknownKey', row: 2, key: '色' },
      { kind: 'unknownQuestion', row: 3, value: '⑲ 存在しない設問' },
      { kind: 'badValue', row: 4, key: 'deadline', value: '来週' },
      { kind: 'badValue', row: 5, key: 'replyTo', value: 'not-an-address' },
    ]);
    expect(settings.reminders.deadline).toBe(defaults.reminders.deadline);
    expect(settings.summary.classifierIds).toEqual([]);
  });
});
