/** The sample survey's deck as 報告スライドを作成 plans it, for the tests. */
import { countAnswered } from '../../../src/model/respondents';
import { defaultSettings } from '../../../src/settings/defaults';
import type { DeckInput } from '../../../src/report/plan';
import { summarySheets } from '../../../src/summary/sheets';
import type { RosterFigures } from '../../../src/summary/summarize';
import { summarize } from '../../../src/summary/summarize';
import { sampleRespondents, TIME_ZONE } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

/** The roster side as the sample's 名簿 gives it: 126 sent, 82 answered. */
export const SAMPLE_ROSTER: RosterFigures = { size: 126, responded: 82, attributes: [], duplicates: [] };

export function sampleDeckInput(overrides: Partial<DeckInput> = {}, roster: RosterFigures | null = SAMPLE_ROSTER): DeckInput {
  const survey = sampleSurvey();
  const { web, paper } = sampleRespondents(survey);
  const respondents = [...web, ...paper];
  const settings = defaultSettings(survey, countAnswered(respondents));
  const summary = summarize({ survey, respondents, roster, settings: settings.summary, timeZone: TIME_ZONE, missingColumns: [], ignoredColumns: [] });
  const simpleSheet = summarySheets(summary, TIME_ZONE).find((sheet) => sheet.key === 'simple')?.plan;
  if (!simpleSheet) throw new Error('no 単純集計');
  return {
    summary, report: settings.report, deadline: settings.reminders.deadline, simpleSheet,
    madeAt: { day: '2023-12-21', time: '09:30' }, comparison: null, ...overrides,
  };
}
