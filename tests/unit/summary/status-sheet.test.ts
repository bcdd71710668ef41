import { countAnswered } from '../../../src/model/respondents';
import { matchRoster, responseFigures } from '../../../src/reminders/matching';
import { defaultSettings } from '../../../src/settings/defaults';
import { statusSheet } from '../../../src/summary/sheets/status';
import { summarize } from '../../../src/summary/summarize';
import { NAME_QUESTION_ID, rosterGrid, sampleRespondents, sampleRoster, TZ } from '../reminders/sample-data';
import { sampleSurvey } from '../helpers/sample-survey';

function statusRows(grid = rosterGrid()) {
  const survey = sampleSurvey();
  const roster = sampleRoster(grid);
  const respondents = sampleRespondents();
  const figures = responseFigures(roster, matchRoster(roster, respondents, NAME_QUESTION_ID));
  const settings = defaultSettings(survey, countAnswered(respondents)).summary;
  const summary = summarize({ survey, respondents, roster: figures, settings, timeZone: TZ, missingColumns: [], ignoredColumns: [] });
  return statusSheet(summary, TZ).values.map((row) => row.map(String));
}

describe('回答状況', () => {
  it('has no roster section to check when every roster key is unique', () => {
    expect(statusRows().some((row) => row[0] === '名簿の重複')).toBe(false);
  });

  it('lists duplicate 整理番号 and addresses with their rows, below the respondents that no longer equal 回答数', () => {
    const grid = rosterGrid().map((row) => [...row]);
    // Row 56 (C055, answered on the web) carries C004; row 61 (C060) has C059's address.
    grid[55][0] = 'C004';
    grid[60][2] = grid[59][2];
    const rows = statusRows(grid);
    const at = (label: string) => rows.findIndex((row) => row[0] === label);
    expect(rows[at('回答数')][1]).toBe('79');
    expect(rows[at('回答者数')][1]).toBe('82');
    const section = at('名簿の重複');
    expect(section).toBeGreaterThan(at('回答者数'));
    expect(rows.slice(section, section + 3).map((row) => row.slice(0, 2))).toEqual([
      ['名簿の重複', '名簿の行'],
      ['整理番号「C004」', '5・56行目'],
      ['メールアドレス「coord059@example.jp」', '60・61行目'],
    ]);
    expect(rows[section + 3][0]).toContain('直すまで回答と照合しません');
  });
});
