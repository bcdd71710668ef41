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

describe('回答状況 by roster attribute', () => {
  const rows = statusRows();
  const table = (title: string) => {
    const start = rows.findIndex((row) => row[0] === `${title}別の回答率`);
    const end = rows.findIndex((row, index) => index > start && row[0] === '計');
    return rows.slice(start + 2, end + 1);
  };

  it('lists each attribute’s values in the order of the form’s question that offers them, not the roster’s', () => {
    // The roster lists 平成30年度, 令和2年度, 令和元年度 …, and 東部, 西部, 中部.
    expect(table('修了年度').map((row) => row[0])).toEqual(['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '計']);
    expect(table('圏域').map((row) => row[0])).toEqual(['東部圏域', '中部圏域', '西部圏域', '計']);
    expect(table('職種').slice(0, 3).map((row) => row[0])).toEqual(['相談支援専門員', '看護師', '保健師']);
  });

  it('ends each with a 計 row: everyone sent, everyone who answered, the overall rate', () => {
    for (const title of ['職種', '圏域', '修了年度']) expect(table(title).at(-1)?.slice(0, 3)).toEqual(['計', '126', '82']);
    expect(Number(table('圏域').at(-1)?.[3])).toBeCloseTo(82 / 126, 10);
  });
});
