import type { CellValue } from '../../../src/model/cells';
import { SETTINGS, settingProblemText } from '../../../src/messages';
import type { AnswerCounts } from '../../../src/model/respondents';
import { countAnswered } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { defaultSettings, detectDeadline, detectOrganiser } from '../../../src/settings/defaults';
import { findQuestion, readSettingsSheet, settingsSheet } from '../../../src/settings/sheet';
import { sampleRespondents } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

const survey = sampleSurvey();
const { web, paper } = sampleRespondents(survey);
const sampleCounts = countAnswered([...web, ...paper]);
const id = (marker: string) => {
  const question = findQuestion(survey, marker);
  if (!question) throw new Error(`no question ${marker}`);
  return question.id;
};

describe('defaults detected from the form', () => {
  const settings = defaultSettings(survey, sampleCounts);

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

describe('the 分類 detected from the answers, not from required alone', () => {
  /** The sample form as Google Forms makes it by default: no question required. */
  const optional: Survey = { ...survey, questions: survey.questions.map((question) => ({ ...question, required: false })) };
  /** The sample's 82 respondents, with `answered` of them having answered the question `marker`. */
  const countsWith = (marker: string, answered: number): AnswerCounts =>
    ({ respondents: sampleCounts.respondents, answered: new Map([...sampleCounts.answered, [id(marker), answered]]) });

  it('finds ② 職種 on a form without required questions, layered by ③ as before', () => {
    const settings = defaultSettings(optional, sampleCounts);
    expect(settings.summary.classifierIds).toEqual([id('②')]);
    expect(settings.summary.layered).toContainEqual({ questionId: id('⑤'), byId: id('②'), withinId: id('③') });
  });

  it('passes over a question fewer than 90 % answered: 73 of 82 is not enough, 74 is', () => {
    expect(defaultSettings(optional, countsWith('②', 73)).summary.classifierIds).toEqual([id('③')]);
    expect(defaultSettings(optional, countsWith('②', 74)).summary.classifierIds).toEqual([id('②')]);
    // Required or not: a question most people left blank splits little.
    expect(defaultSettings(survey, countsWith('②', 12)).summary.classifierIds).toEqual([id('③')]);
  });

  it('prefers a required question among those nearly everyone answered', () => {
    const fourthRequired: Survey = { ...optional, questions: optional.questions.map((question) => ({ ...question, required: question.id === id('④') })) };
    expect(defaultSettings(fourthRequired, sampleCounts).summary.classifierIds).toEqual([id('④')]);
  });

  it('goes by the shape alone before any answer arrives', () => {
    expect(defaultSettings(optional, countAnswered([])).summary.classifierIds).toEqual([id('②')]);
  });
});

describe('the 設定 sheet', () => {
  const defaults = defaultSettings(survey, sampleCounts);
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

  describe(`${SETTINGS.keys.audience}: a question meant for some respondents only`, () => {
    const read = (...rows: CellValue[][]) => readSettingsSheet([['項目', '値'], ...rows], survey, defaults, 'Asia/Tokyo');

    it('is empty by default: the form’s own branching is read from the form', () => {
      expect(defaults.summary.audiences).toEqual([]);
      expect(written).toContainEqual([SETTINGS.keys.audience, '', '', '', SETTINGS.help.audience]);
    });

    it('reads 「設問 = 選択肢」 with the question by number or title, options by text, several with 、, and その他', () => {
      const { settings, problems } = read(
        [SETTINGS.keys.audience, '⑤-4', '⑤ = いいえ'],
        [SETTINGS.keys.audience, '⑥-1', '⑥＝ いいえ'],
        [SETTINGS.keys.audience, '⑧-1', '② 職種=看護師、 保健師,その他'],
      );
      expect(problems).toEqual([]);
      expect(settings.summary.audiences).toEqual([
        { questionId: id('⑤-4'), condition: { questionId: id('⑤'), outcomes: [1] } },
        { questionId: id('⑥-1'), condition: { questionId: id('⑥'), outcomes: [1] } },
        { questionId: id('⑧-1'), condition: { questionId: id('②'), outcomes: [1, 2, 'other'] } },
      ]);
    });

    it('writes what it reads', () => {
      const settings = { ...defaults, summary: { ...defaults.summary, audiences: [{ questionId: id('⑤-4'), condition: { questionId: id('⑤'), outcomes: [1] } }] } };
      const sheet = settingsSheet(settings, survey, 'Asia/Tokyo').values as CellValue[][];
      expect(sheet).toContainEqual([SETTINGS.keys.audience, survey.questions.find((question) => question.id === id('⑤-4'))?.title, '⑤ = いいえ', '', SETTINGS.help.audience]);
      expect(readSettingsSheet(sheet, survey, defaults, 'Asia/Tokyo')).toEqual({ settings, problems: [] });
    });

    it('reports every entry it cannot use, with its row, and never uses half of one', () => {
      const { settings, problems } = read(
        [SETTINGS.keys.audience, '⑤-4', 'いいえ'],
        [SETTINGS.keys.audience, '⑤-4', ''],
        [SETTINGS.keys.audience, '', '⑤ = いいえ'],
        [SETTINGS.keys.audience, '⑤-4', '⑧-1 = あり'],
        [SETTINGS.keys.audience, '⑤-4', '⑤ = いいえ、たぶん'],
        [SETTINGS.keys.audience, '⑤-4', '⑲ = はい'],
        [SETTINGS.keys.audience, '⑤-4', '⑤ = いいえ'],
        [SETTINGS.keys.audience, '⑤-4', '⑤ = はい'],
      );
      expect(problems).toEqual([
        { kind: 'badCondition', row: 2, key: 'audience', value: 'いいえ' },
        { kind: 'badCondition', row: 3, key: 'audience', value: '' },
        { kind: 'missingQuestion', row: 4 },
        { kind: 'notChoice', row: 5, key: 'audience', value: '⑧-1' },
        { kind: 'unknownOption', row: 6, key: 'audience', question: survey.questions.find((question) => question.id === id('⑤'))?.title, option: 'たぶん' },
        { kind: 'unknownQuestion', row: 7, value: '⑲' },
        { kind: 'repeatedAudience', row: 9, firstRow: 8 },
      ]);
      expect(settings.summary.audiences).toEqual([{ questionId: id('⑤-4'), condition: { questionId: id('⑤'), outcomes: [1] } }]);
      expect(problems.map(settingProblemText)).toEqual([
        '設定シート 2行目「対象を限る設問」：条件「いいえ」を読めません。「⑤ = いいえ」のように、設問と選択肢を「=」でつないで書いてください。',
        '設定シート 3行目「対象を限る設問」：条件が空です。「⑤ = いいえ」のように、設問と選択肢を「=」でつないで書いてください。',
        '設定シート 4行目「対象を限る設問」：条件はありますが、対象を限る設問（「値」の列）が空です。',
        '設定シート 5行目「対象を限る設問」：「⑧-1」は選択式の設問ではないため、条件に使えません。',
        `設定シート 6行目「対象を限る設問」：「${survey.questions.find((question) => question.id === id('⑤'))?.title}」に「たぶん」という選択肢はありません。`,
        '設定シート 7行目：「⑲」に当たる設問がフォームにありません。',
        '設定シート 9行目「対象を限る設問」：同じ設問が8行目にもあるため、この行は使わず8行目の条件で集計しました。',
      ]);
    });
  });
  describe(`${SETTINGS.keys.previousPair}: which question of the previous round this form's question continues`, () => {
    const read = (...rows: CellValue[][]) => readSettingsSheet([['項目', '値'], ...rows], survey, defaults, 'Asia/Tokyo');

    it('is empty by default (questions are matched by title and options), and written as an empty row to fill in', () => {
      expect(defaults.comparison.pairs).toEqual([]);
      expect(written).toContainEqual([SETTINGS.keys.previousPair, '', '', '', SETTINGS.help.previousPair]);
    });

    it("keeps the previous question as written (it is looked up in the previous round's file), this form's by number or title", () => {
      const { settings, problems } = read(
        [SETTINGS.keys.previousPair, '⑥ 研修会に参加しましたか', '⑥'],
        [SETTINGS.keys.previousPair, '④ 修了年度', ''],
      );
      expect(problems).toEqual([]);
      expect(settings.comparison.pairs).toEqual([
        { row: 2, previous: '⑥ 研修会に参加しましたか', currentId: id('⑥') },
        { row: 3, previous: '④ 修了年度', currentId: null },
      ]);
    });

    it('reports a question this form does not have, or a pair without its previous question, and uses neither', () => {
      const { settings, problems } = read(
        [SETTINGS.keys.previousPair, '⑥', '⑲'],
        [SETTINGS.keys.previousPair, '', '⑥'],
      );
      expect(problems).toEqual([{ kind: 'unknownQuestion', row: 2, value: '⑲' }, { kind: 'missingPrevious', row: 3 }]);
      expect(settings.comparison.pairs).toEqual([]);
      expect(settingProblemText(problems[1])).toBe('設定シート 3行目「前回との対応」：今回の設問はありますが、前回の設問（「値」の列）が空です。');
    });

    it('writes what it reads', () => {
      const settings = { ...defaults, comparison: { pairs: [{ row: 0, previous: '⑥', currentId: id('⑥') }] } };
      const sheet = settingsSheet(settings, survey, 'Asia/Tokyo').values as CellValue[][];
      const row = sheet.findIndex((cells) => cells[0] === SETTINGS.keys.previousPair) + 1;
      expect(readSettingsSheet(sheet, survey, defaults, 'Asia/Tokyo').settings.comparison).toEqual({ pairs: [{ row, previous: '⑥', currentId: id('⑥') }] });
    });
  });

  describe(`${SETTINGS.keys.countHeading}: what a layered table's count column is headed`, () => {
    const read = (...rows: CellValue[][]) => readSettingsSheet([['項目', '値'], ...rows], survey, defaults, 'Asia/Tokyo');

    it('is empty by default (「はい」の人数), with a row staff can fill in', () => {
      expect(defaults.summary.countHeadings).toEqual([]);
      expect(written).toContainEqual([SETTINGS.keys.countHeading, '', '', '', SETTINGS.help.countHeading]);
      expect(read([SETTINGS.keys.countHeading, '', '']).problems).toEqual([]);
    });

    it('reads the heading and the option it counts, as 「⑤ = はい」, and writes what it reads', () => {
      const { settings, problems } = read([SETTINGS.keys.countHeading, '支援実績者数', '⑤ = はい']);
      expect(problems).toEqual([]);
      expect(settings.summary.countHeadings).toEqual([{ questionId: id('⑤'), option: 0, heading: '支援実績者数' }]);
      const sheet = settingsSheet(settings, survey, 'Asia/Tokyo').values as CellValue[][];
      expect(sheet).toContainEqual([SETTINGS.keys.countHeading, '支援実績者数', '⑤ = はい', '', SETTINGS.help.countHeading]);
      expect(readSettingsSheet(sheet, survey, defaults, 'Asia/Tokyo')).toEqual({ settings, problems: [] });
    });

    it('reports every entry it cannot use, with its row and its key, and uses none of it', () => {
      const { settings, problems } = read(
        [SETTINGS.keys.countHeading, '', '⑤ = はい'],
        [SETTINGS.keys.countHeading, '支援実績者数', '⑤ = たぶん'],
        [SETTINGS.keys.countHeading, '支援実績者数', '⑤ = はい、いいえ'],
        [SETTINGS.keys.countHeading, '支援実績者数', 'はい'],
        [SETTINGS.keys.countHeading, '支援実績者数', '⑲ = はい'],
      );
      expect(settings.summary.countHeadings).toEqual([]);
      expect(problems.map(settingProblemText)).toEqual([
        '設定シート 2行目「人数の見出し」：選択肢はありますが、見出し（「値」の列）が空です。',
        `設定シート 3行目「人数の見出し」：「${survey.questions.find((question) => question.id === id('⑤'))?.title}」に「たぶん」という選択肢はありません。`,
        '設定シート 4行目「人数の見出し」：条件「⑤ = はい、いいえ」を読めません。「⑤ = いいえ」のように、設問と選択肢を「=」でつないで書いてください。',
        '設定シート 5行目「人数の見出し」：条件「はい」を読めません。「⑤ = いいえ」のように、設問と選択肢を「=」でつないで書いてください。',
        '設定シート 6行目：「⑲」に当たる設問がフォームにありません。',
      ]);
    });
  });
});
