import type { CellValue } from '../../../src/model/cells';
import { countAnswered, missingColumns, readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import { sampleRespondents, sampleResponseSheet, TIME_ZONE } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

const survey = sampleSurvey();
const { web, paper } = sampleRespondents(survey);
const titleOf = (marker: string) => survey.questions.find((question) => question.title.startsWith(marker))?.title ?? '';
const WISH = titleOf('⑧-1');

/** The sample's response sheet without the columns titled `titles`. */
function without(...titles: string[]): CellValue[][] {
  const sheet = sampleResponseSheet();
  const drop = new Set(titles.map((title) => sheet[0].indexOf(title)));
  return sheet.map((row) => row.filter((_, column) => !drop.has(column)));
}

describe('questions the response sheet has no column for', () => {
  it('are none on the sample', () => {
    const layout = webSheetLayout(sampleResponseSheet(), survey);
    expect(layout && missingColumns(layout, paper)).toEqual([]);
  });

  it('are found in form order, each with how many paper answers it has', () => {
    const sheet = without('② 職種', WISH);
    const layout = webSheetLayout(sheet, survey);
    if (!layout) throw new Error('no layout');
    expect(missingColumns(layout, paper).map(({ field, paperAnswers }) => [field.title, paperAnswers]))
      .toEqual([['② 職種', 12], [WISH, 3]]);
    expect(missingColumns(layout, []).map(({ paperAnswers }) => paperAnswers)).toEqual([0, 0]);
    // The other columns are read as before.
    expect(readWebRespondents(sheet, survey, layout, TIME_ZONE)).toHaveLength(70);
  });
});

describe('how many answered each question', () => {
  it('counts web and paper respondents alike, blanks not', () => {
    const counts = countAnswered([...web, ...paper]);
    const id = (marker: string) => survey.questions.find((question) => question.title.startsWith(marker))?.id ?? '';
    expect(counts.respondents).toBe(82);
    expect(counts.answered.get(id('②'))).toBe(82);
    // ⑤-4 is asked only of those who answered いいえ to ⑤.
    expect(counts.answered.get(id('⑤-4'))).toBe(24);
    expect(countAnswered([])).toEqual({ respondents: 0, answered: new Map() });
  });
});
