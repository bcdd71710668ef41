/** 集計を作成 through the built bundle, on the sample's response spreadsheet. */
import { readFileSync } from 'node:fs';
import type { SummaryJson } from '../../src/summary/json';
import { clickMenu, preparedSample, RESPONSE_SHEET, sampleBook, sampleFile } from './harness';
import type { Book } from './harness';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const SUMMARY_SHEETS = ['回答状況', '単純集計', 'クロス集計', '自由記述', '結果のまとめ'];

const sheet = (book: Book, name: string) => {
  const found = book.emulator.view().sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const rowOf = (book: Book, name: string, label: string) => sheet(book, name).display.find((row) => row[0] === label);

describe('集計を作成 on the sample (web answers, the mailed answers imported, the roster)', () => {
  const book = preparedSample();
  const before = sheet(book, RESPONSE_SHEET);
  const untouched = ['名簿', '郵送回答'].map((name) => sheet(book, name));
  const json = clickMenu(book, 'generateSummary') as SummaryJson;

  it('returns the report figures: 82 of 126 answered (65.1%), 70 by form and 12 on paper', () => {
    expect(json.respondents).toBe(82);
    expect(json.channels).toEqual({ form: 70, paper: 12 });
    expect(json.roster).toEqual({ size: 126, responded: 82, rate: 0.6508 });
  });

  it('shows the response rate and channels on 回答状況', () => {
    expect(rowOf(book, '回答状況', '送付数（名簿）')?.[1]).toBe('126');
    expect(rowOf(book, '回答状況', '回答率')?.[2]).toBe('65.1%');
    expect(rowOf(book, '回答状況', 'Webフォーム')?.slice(1, 3)).toEqual(['70', '85.4%']);
    expect(rowOf(book, '回答状況', '郵送')?.slice(1, 3)).toEqual(['12', '14.6%']);
  });

  it('shows the occupation counts on 単純集計', () => {
    const rows = sheet(book, '単純集計').display;
    const title = rows.findIndex((row) => row[0] === expected.questions.occ);
    for (const [occupation, count] of Object.entries(expected.occupationCounts)) {
      const row = rows.slice(title).find((candidate) => candidate[0] === occupation);
      expect(row?.[1]).toBe(String(count));
    }
  });

  it('shows the regional tables with their support rates on クロス集計', () => {
    const rows = sheet(book, 'クロス集計').display;
    const layered = rows.findIndex((row) => row[0].startsWith(`${expected.questions.support} × ${expected.questions.occ}（`));
    expect(layered).toBeGreaterThan(0);
    const rates = rows.slice(layered).filter((row) => row[0] === '計').slice(0, 3).map((row) => [row[1], row[2], row[4]]);
    expect(rates).toEqual([['36', '26', '72.2%'], ['19', '11', '57.9%'], ['27', '21', '77.8%']]);
  });

  it('shows the activities by occupation with their 総計 column', () => {
    const rows = sheet(book, 'クロス集計').display;
    const start = rows.findIndex((row) => row[0] === `${expected.activityByOccupation.question} × ${expected.questions.occ}`);
    // ⑤-1 is on the はい branch: its title is followed by who it was for.
    expect(rows[start + 1][0]).toBe('対象：⑤で『はい』と回答した 58 人');
    const header = rows[start + 3];
    const totalColumn = header.indexOf('総計');
    expect(totalColumn).toBeGreaterThan(0);
    expected.activityByOccupation.options.forEach((option: string, index: number) => {
      const row = rows.slice(start).find((candidate) => candidate[0] === option);
      expect(row?.[totalColumn]).toBe(String(expected.activityByOccupation.total[index]));
    });
  });

  it('draws a titled chart for every choice question and the answers per day', () => {
    const charts = book.emulator.view().sheets.flatMap((view) => view.charts.map((chart) => ({ sheet: view.name, ...chart })));
    const choiceTitles = Object.entries(json.questions).filter(([, question]) => !['TEXT', 'PARAGRAPH'].includes(question.type)).map(([title]) => title);
    expect(charts.filter((chart) => chart.sheet === '単純集計').map((chart) => chart.title).sort()).toEqual(choiceTitles.sort());
    expect(charts.find((chart) => chart.title === expected.questions.occ)?.kind).toBe('PIE');
    expect(charts.find((chart) => chart.title === expected.questions.act)?.kind).toBe('BAR');
    expect(charts.find((chart) => chart.sheet === '回答状況')?.kind).toBe('LINE');
  });

  it('gives the charts options people can read: counts on bars, shares on slices, 20 colours, days as 12/1, room for the labels', () => {
    const charts = book.emulator.view().sheets.flatMap((view) => view.charts);
    // Slices and several series get 20 distinct colours; a single series is drawn in Sheets' first (no option, no call).
    for (const chart of charts) {
      const colors = chart.options.colors as string[] | undefined;
      const several = chart.kind === 'PIE' || (chart.options.legend as { position: string }).position !== 'none';
      if (several) expect(new Set(colors?.map((color) => color.toLowerCase())).size).toBe(20);
      else expect(colors).toBeUndefined();
    }
    const pie = charts.find((chart) => chart.title === expected.questions.occ);
    // Sheets shows each slice's share unless told otherwise.
    expect(pie?.options).toMatchObject({ sliceVisibilityThreshold: 0, legend: { position: 'labeled', labeledValueText: 'value' } });
    expect(pie?.options.pieSliceText).toBeUndefined();
    const bar = charts.find((chart) => chart.title === expected.questions.act);
    expect(bar?.options).toMatchObject({ series: { 0: { dataLabel: 'value' } }, legend: { position: 'none' } });
    // ⑤-1's longest option, 46 characters, fits left of the bars; each of its 20 options has room.
    const { chartArea, height } = bar?.options as { chartArea: { left: number }; height: number };
    expect(chartArea.left).toBeGreaterThanOrEqual(46 * 11);
    expect(height).toBeGreaterThanOrEqual(20 * 26);
    const perDay = charts.find((chart) => chart.kind === 'LINE');
    expect(perDay?.options).toMatchObject({ hAxis: { format: 'M/d' }, legend: { position: 'bottom' } });
  });

  it('lists every free-text answer, line breaks kept', () => {
    const texts = sheet(book, '自由記述').values;
    for (const [title, count] of Object.entries(expected.freeTextAnswers)) {
      const start = texts.findIndex((row) => row[0] === title);
      const after = texts.slice(start + 2);
      const end = after.findIndex((row) => row[0] === '');
      expect(end < 0 ? after.length : end).toBe(count);
    }
    expect(texts.some((row) => typeof row[1] === 'string' && row[1].includes('\n'))).toBe(true);
  });

  it('leaves the response sheet exactly as it was, cell for cell, and the roster and the paper answers too', () => {
    expect(sheet(book, RESPONSE_SHEET)).toEqual(before);
    expect(['名簿', '郵送回答'].map((name) => sheet(book, name))).toEqual(untouched);
  });

  it('gives the same sheets when run again, not more of them', () => {
    const first = book.emulator.view().sheets;
    clickMenu(book, 'generateSummary');
    const second = book.emulator.view().sheets;
    expect(second.map((view) => view.name)).toEqual(first.map((view) => view.name));
    for (const name of SUMMARY_SHEETS) {
      expect(second.find((view) => view.name === name)?.values).toEqual(first.find((view) => view.name === name)?.values);
      expect(second.find((view) => view.name === name)?.charts.length).toBe(first.find((view) => view.name === name)?.charts.length);
    }
  });
});

describe('集計を作成 alongside sheets people made', () => {
  it("never touches a user's sheet that has a summary sheet's name", () => {
    const book = sampleBook();
    book.emulator.addSheet('単純集計', [['私のメモ', '=SUM(1,2)']], { asTyped: true });
    const mine = book.emulator.view().sheets.find((view) => view.name === '単純集計');
    clickMenu(book, 'generateSummary');
    clickMenu(book, 'generateSummary');
    const sheets = book.emulator.view().sheets;
    expect(sheets.find((view) => view.name === '単純集計')).toEqual(mine);
    expect(sheets.filter((view) => view.name === '単純集計 (2)')).toHaveLength(1);
  });

  it('stores an answer that looks like a formula as text, in every sheet', () => {
    const book = sampleBook();
    const cells = book.emulator.view().sheets[0].values.map((row) => [...row]);
    const wish = cells[0].indexOf(expected.questions.wish);
    cells[1][wish] = '=IMPORTRANGE("x","y")';
    cells[2][wish] = '+81 90 1234 5678';
    cells[3][wish] = '@担当者へ';
    const withFormulas = sampleBook({ responses: cells });
    const json = clickMenu(withFormulas, 'generateSummary') as SummaryJson;
    expect(json.questions[expected.questions.wish].texts).toEqual(expect.arrayContaining(['=IMPORTRANGE("x","y")', '+81 90 1234 5678', '@担当者へ']));
    const texts = withFormulas.emulator.view().sheets.find((view) => view.name === '自由記述');
    expect(texts?.formulas.flat().filter((formula) => formula !== '')).toEqual([]);
    expect(texts?.values.flat()).toEqual(expect.arrayContaining(['=IMPORTRANGE("x","y")', '+81 90 1234 5678', '@担当者へ']));
  });

  it('falls back to the header row when the form cannot be opened, and says so', () => {
    const book = sampleBook();
    book.emulator.setFormAvailable(false);
    book.emulator.ui.answerNext('OK');
    const json = book.bundle.call('generateSummary') as SummaryJson;
    const alert = book.emulator.ui.events.find((event) => event.kind === 'alert');
    expect(JSON.stringify(alert)).toContain('フォームを開けませんでした');
    expect(json.respondents).toBe(70);
    expect(json.questions[expected.questions.occ].counts['相談支援専門員']).toBeGreaterThan(0);
  });
});
