import type { FieldAnswer } from '../../../src/model/cells';
import type { Respondent } from '../../../src/model/respondents';
import { countAnswered } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { defaultSettings } from '../../../src/settings/defaults';
import type { SummarySettings } from '../../../src/settings/settings';
import { summaryJson } from '../../../src/summary/json';
import type { Reach } from '../../../src/summary/reach';
import { audienceLine } from '../../../src/summary/reach';
import { crossSheet } from '../../../src/summary/sheets/cross';
import { simpleSheet } from '../../../src/summary/sheets/simple';
import { summarize } from '../../../src/summary/summarize';
import { sampleRespondents, TIME_ZONE } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

const survey = sampleSurvey();
const { web, paper } = sampleRespondents(survey);
const idOf = (marker: string) => survey.questions.find((question) => question.title.startsWith(marker))?.id as string;
const titleOf = (marker: string) => survey.questions.find((question) => question.title.startsWith(marker))?.title as string;
const WHY = titleOf('⑤-4');

function summary(respondents: readonly Respondent[], settings: SummarySettings = defaultSettings(survey, countAnswered([...web, ...paper])).summary, of: Survey = survey) {
  return summarize({ survey: of, respondents, roster: null, settings, timeZone: TIME_ZONE, missingColumns: [], ignoredColumns: [] });
}

/** The rows of 単純集計 from a question's title to its 回答者数 row. */
function table(rows: readonly (readonly unknown[])[], title: string): unknown[][] {
  const start = rows.findIndex((row) => row[0] === title);
  const end = rows.findIndex((row, index) => index > start && row[0] === '回答者数');
  return rows.slice(start, end + 1).map((row) => row.slice(0, 3));
}

/** A paper respondent with some answers changed (undefined: left blank). */
function edited(respondent: Respondent, changes: Record<string, FieldAnswer | undefined>): Respondent {
  const answers = new Map(respondent.answers);
  for (const [id, answer] of Object.entries(changes)) {
    if (answer) answers.set(id, answer);
    else answers.delete(id);
  }
  return { ...respondent, answers };
}

describe('a question on a branch, on 単純集計', () => {
  it('says who it was for, counts 無回答 among them and 対象外 apart, and shares over those who answered', () => {
    const rows = table(simpleSheet(summary([...web, ...paper])).values, WHY);
    expect(rows[1]).toEqual(['対象：⑤で『いいえ』と回答した 24 人', '', '']);
    expect(rows[2]).toEqual(['選択肢', '件数', '割合']);
    expect(rows[3]).toEqual(['職場に医療的ケア児の対象者がいない', 11, 11 / 24]);
    expect(rows.slice(-3)).toEqual([['無回答', 0, ''], ['対象外', 58, ''], ['回答者数', 24, '']]);
  });

  it('leaves a question everyone was asked as it was: no 対象 line, no 対象外 row', () => {
    const rows = table(simpleSheet(summary([...web, ...paper])).values, titleOf('⑦'));
    expect(rows[1]).toEqual(['選択肢', '件数', '割合']);
    expect(rows.slice(-2)).toEqual([['無回答', 1, ''], ['回答者数', 81, '']]);
  });

  it('counts a paper answer to a question the branch did not lead to, and shows it on its own row', () => {
    // A clerk typed a reason for not supporting on a questionnaire that answered はい to ⑤.
    const yes = paper.find((respondent) => (respondent.answers.get(idOf('⑤ ')) as { selected: number[] } | undefined)?.selected[0] === 0) as Respondent;
    const stray = edited(yes, { [idOf('⑤-4')]: { kind: 'choice', selected: [1], other: null } });
    const result = summary([...web, ...paper.map((respondent) => (respondent === yes ? stray : respondent))]);
    const rows = table(simpleSheet(result).values, WHY);
    expect(rows[1][0]).toBe('対象：⑤で『いいえ』と回答した 24 人');
    expect(rows.find((row) => row[0] === '部署異動・転職により関わる機会がなくなった')?.slice(1)).toEqual([6, 6 / 25]);
    expect(rows.slice(-4)).toEqual([['無回答', 0, ''], ['対象外', 57, ''], ['対象外だが回答（集計に含む）', 1, ''], ['回答者数', 25, '']]);
    expect(summaryJson(result).questions[WHY]).toMatchObject({ base: 24, notAsked: 57, answeredNotAsked: 1, answered: 25 });
  });

  it('puts a paper respondent who left ⑤ blank out of both branches, but not out of the questions after them', () => {
    const blank = edited(paper[paper.length - 1], { [idOf('⑤ ')]: undefined });
    const result = summaryJson(summary([...web, ...paper.slice(0, -1), blank]));
    // That respondent had answered いいえ and ticked a reason: the answer still counts, apart.
    expect(result.questions[WHY]).toMatchObject({ base: 23, notAsked: 58, answeredNotAsked: 1 });
    expect(result.questions[titleOf('⑤-1')]).toMatchObject({ base: 58, notAsked: 24, answeredNotAsked: 0 });
    expect(result.questions[titleOf('⑧ ')]).toMatchObject({ base: 82, notAsked: 0 });
  });
});

describe('a question on a branch, in クロス集計', () => {
  it('says under the table title who the question was for', () => {
    const rows = crossSheet(summary([...web, ...paper])).values;
    const title = rows.findIndex((row) => row[0] === `${WHY} × ${titleOf('②')}`);
    expect(rows[title + 1][0]).toBe('対象：⑤で『いいえ』と回答した 24 人');
    expect(rows[title + 2][0]).toBe('件数');
  });
});

describe('対象を限る設問 in 設定, for a form that does not branch', () => {
  const flat: Survey = { ...survey, branching: undefined };
  const defaults = defaultSettings(flat, countAnswered([...web, ...paper])).summary;

  it('without it, every question of a form without branching is everyone’s', () => {
    expect(summaryJson(summary([...web, ...paper], defaults, flat)).questions[WHY]).toMatchObject({ base: 82, notAsked: 0, answered: 24 });
  });

  it('counts the question over those the condition names, as the form’s branching would', () => {
    const settings = { ...defaults, audiences: [{ questionId: idOf('⑤-4'), condition: { questionId: idOf('⑤ '), outcomes: [1] } }] };
    const result = summary([...web, ...paper], settings, flat);
    expect(summaryJson(result).questions[WHY]).toMatchObject({ base: 24, notAsked: 58, answeredNotAsked: 0 });
    expect(table(simpleSheet(result).values, WHY)[1][0]).toBe('対象：⑤で『いいえ』と回答した 24 人');
  });
});

describe('the 対象 line, worded from the audience', () => {
  const line = (audience: Reach['audience']) => audienceLine({ audience, base: 7, notAsked: 0, answeredNotAsked: 0 }, survey);
  const [support, trained, occupation] = [idOf('⑤ '), idOf('⑥ '), idOf('②')];

  it('names each question by its number and each answer as the form writes it', () => {
    expect(line([[{ questionId: occupation, outcomes: [1, 'other'] }]])).toBe('対象：②で『看護師』か『その他』と回答した 7 人');
  });

  it('joins the conditions of one way with 、 and the ways with または, and says when a blank answer leads there too', () => {
    expect(line([[{ questionId: support, outcomes: [1] }, { questionId: trained, outcomes: [0] }], [{ questionId: trained, outcomes: ['none'] }]]))
      .toBe('対象：⑤で『いいえ』と回答し、⑥で『はい』と回答した、または⑥が無回答だった 7 人');
    expect(line([[{ questionId: support, outcomes: [0, 'none'] }]])).toBe('対象：⑤で『はい』と回答したか無回答だった 7 人');
  });
});
