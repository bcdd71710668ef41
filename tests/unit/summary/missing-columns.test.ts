/** The summary of the sample when the response sheet has lost columns: 列なし, never 無回答, and no other figure moves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countAnswered, missingColumns, readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import { defaultSettings } from '../../../src/settings/defaults';
import { summaryJson } from '../../../src/summary/json';
import { crossSheet } from '../../../src/summary/sheets/cross';
import { highlightsSheet } from '../../../src/summary/sheets/highlights';
import { simpleSheet } from '../../../src/summary/sheets/simple';
import { statusSheet } from '../../../src/summary/sheets/status';
import { textsSheet } from '../../../src/summary/sheets/texts';
import type { Summary } from '../../../src/summary/summarize';
import { summarize } from '../../../src/summary/summarize';
import { sampleRespondents, sampleResponseSheet, TIME_ZONE } from '../helpers/sample-respondents';
import { sampleSurvey } from '../helpers/sample-survey';

const expected = JSON.parse(readFileSync(join(__dirname, '../../../samples/expected.json'), 'utf8'));
const Q = expected.questions as Record<string, string>;
const survey = sampleSurvey();
const { web, paper } = sampleRespondents(survey);
// The 設定 as written before the columns were lost: ② is the 分類, ⑤ and ⑥ are layered by ② within ③.
const settings = defaultSettings(survey, countAnswered([...web, ...paper])).summary;

/** The sample summarized from a response sheet without the columns `titles`, the paper answers as they are. */
function summaryWithout(...titles: string[]): Summary {
  const full = sampleResponseSheet();
  const drop = new Set(titles.map((title) => full[0].indexOf(title)));
  const sheet = full.map((row) => row.filter((_, column) => !drop.has(column)));
  const layout = webSheetLayout(sheet, survey);
  if (!layout) throw new Error('no layout');
  const respondents = [...readWebRespondents(sheet, survey, layout, TIME_ZONE), ...paper];
  return summarize({ survey, respondents, roster: null, settings, timeZone: TIME_ZONE, missingColumns: missingColumns(layout, paper), ignoredColumns: [] });
}

const rowsOf = (values: readonly (readonly unknown[])[]) => values.map((row) => row.map(String));
function after(rows: readonly string[][], title: string, count: number): string[] {
  const start = rows.findIndex((row) => row[0] === title);
  return rows.slice(start + 1, start + 1 + count).map((row) => row[0]);
}

describe('the 分類 ② without its column', () => {
  const summary = summaryWithout(Q.occ);
  const json = summaryJson(summary);

  it('leaves every other figure as the sample has it', () => {
    expect(json.respondents).toBe(82);
    expect(json.questions[Q.reg].counts).toEqual(expected.regionCounts);
    expect(json.questions[Q.support].counts['はい']).toBe(expected.supportYes);
  });

  it('lists ② as missing with its 12 paper answers, not among the questions', () => {
    expect(json.missingColumns).toEqual([{ question: Q.occ, paperAnswers: 12 }]);
    expect(json.questions[Q.occ]).toBeUndefined();
  });

  it('shows ② as 列なし in its place in 単純集計', () => {
    const rows = rowsOf(simpleSheet(summary).values);
    expect(after(rows, Q.occ, 2)).toEqual(['列なし', '回答シートにこの設問の列がないため、集計していません（郵送回答の 12 件も含めていません）。']);
    expect(rows.findIndex((row) => row[0] === Q.occ)).toBeLessThan(rows.findIndex((row) => row[0] === Q.reg));
  });

  it('builds no table by ② from the paper answers: one line for all of them, one per layered table', () => {
    expect(summary.crosstabs.map((entry) => [entry.kind, entry.question?.title ?? null, entry.by.title, entry.within?.title ?? null])).toEqual([
      ['noColumn', null, Q.occ, null],
      ...settings.layered.map((table) => ['noColumn', survey.questions.find((question) => question.id === table.questionId)?.title, Q.occ, Q.reg]),
    ]);
    expect(json.crosstabs).toEqual([]);
    const rows = rowsOf(crossSheet(summary).values);
    expect(after(rows, `${Q.occ} 別のクロス集計`, 2)).toEqual(['列なし', `「${Q.occ}」の列が回答シートにないため、この表は作成していません。`]);
  });

  it('says it first in 回答状況', () => {
    expect(rowsOf(statusSheet(summary, TIME_ZONE).values).slice(0, 3).map((row) => row[0])).toEqual([
      '回答状況', '確認が必要な列', `${Q.occ}：回答シートに列がありません（郵送回答にはありますが、郵送の 12 件だけでは全体を表さないため集計していません）`,
    ]);
  });
});

describe('a question and a free-text question without their columns', () => {
  const summary = summaryWithout(Q.act, Q.wish);

  it('names the cross table ⑤-1 × ② where it would be, between the tables that are built', () => {
    const titles = summary.crosstabs.filter((entry) => entry.within === null).map((entry) => `${entry.kind}:${entry.question?.title}`);
    expect(titles.slice(2, 5)).toEqual([`table:${Q.support}`, `noColumn:${Q.act}`, `table:${Q.why}`]);
  });

  it('shows 列なし in 自由記述, not （回答なし）', () => {
    const rows = rowsOf(textsSheet(summary).values);
    expect(after(rows, Q.wish, 1)).toEqual(['列なし']);
  });

  it('names ⑤-1\'s headline in 結果のまとめ as 列なし', () => {
    const rows = rowsOf(highlightsSheet(summary).values);
    expect(rows.find((row) => row[0].startsWith(`${Q.act}：`))?.slice(0, 2)).toEqual([`${Q.act}：回答シートに列がありません（郵送回答にはありますが、郵送の 10 件だけでは全体を表さないため集計していません）`, '列なし']);
  });
});
