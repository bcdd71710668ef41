import { countAnswered } from '../../../src/model/respondents';
import { defaultSettings } from '../../../src/settings/defaults';
import type { SummarySettings } from '../../../src/settings/settings';
import { crossSheet } from '../../../src/summary/sheets/cross';
import { summarize } from '../../../src/summary/summarize';
import { findQuestion } from '../../../src/settings/sheet';
import { sampleRespondents, TIME_ZONE } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

describe('クロス集計’s layered tables (⑤ × ② within each ③)', () => {
  const survey = sampleSurvey();
  const { web, paper } = sampleRespondents(survey);
  const respondents = [...web, ...paper];
  const defaults = defaultSettings(survey, countAnswered(respondents)).summary;
  /** The header rows of the layered tables: the one whose second cell is 回答者数. */
  const headers = (settings: SummarySettings) => crossSheet(summarize({ survey, respondents, roster: null, settings, timeZone: TIME_ZONE, missingColumns: [], ignoredColumns: [] }))
    .values.filter((row) => row[1] === '回答者数' && row[0] === findQuestion(survey, '②')?.title);

  it('heads each option’s count column with what it counts, 「はい」の人数, and its share column 「はい」の割合', () => {
    const [first] = headers(defaults);
    expect(first.slice(0, 6)).toEqual([findQuestion(survey, '②')?.title, '回答者数', '「はい」の人数', '「いいえ」の人数', '「はい」の割合', '「いいえ」の割合']);
  });

  it('uses the heading 設定 gives the option instead (支援実績者数), in every region’s table of that question only', () => {
    const yes = { questionId: findQuestion(survey, '⑤')?.id as string, option: 0, heading: '支援実績者数' };
    // ⑤'s three regional tables, then ⑥'s.
    const tables = headers({ ...defaults, countHeadings: [yes] }).map((header) => header.slice(2, 4));
    expect(tables).toEqual([...Array(3).fill(['支援実績者数', '「いいえ」の人数']), ...Array(3).fill(['「はい」の人数', '「いいえ」の人数'])]);
  });
});
