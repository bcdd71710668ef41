/**
 * Every question is accounted for: a question whose column is gone from the
 * response sheet is said to be missing, in the dialog, in 回答状況 and
 * summary.json, and shown as 列なし where its figures would be, never as
 * answers nobody gave. Through the built bundle, on the sample.
 */
import { readFileSync } from 'node:fs';
import type { SummaryJson } from '../../src/summary/json';
import type { Book } from './harness';
import { sampleResponseSheet } from '../unit/helpers/sample-respondents';
import { clickMenu, preparedSample, RESPONSE_SHEET, sampleBook, sampleFile, sheetValues, upload } from './harness';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const OCC: string = expected.questions.occ;
const SUPPORT: string = expected.questions.support;
const REGION: string = expected.questions.reg;

/** What staff do by mistake: the response sheet's column of `title` deleted. */
function deleteColumn(book: Book, title: string): void {
  const sheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RESPONSE_SHEET);
  if (!sheet) throw new Error('no response sheet');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.deleteColumn(header.indexOf(title) + 1);
}

/** 集計を作成 as staff click it: the JSON, and what the dialog (alert) or the toast said. */
function summarize(book: Book): { json: SummaryJson; alert: string; toast: string } {
  book.emulator.ui.clear();
  book.emulator.ui.answerNext('OK');
  const json = book.bundle.call('generateSummary') as SummaryJson;
  const { events } = book.emulator.ui;
  const alert = events.flatMap((event) => (event.kind === 'alert' ? [event.prompt] : [])).join('\n');
  const toast = events.flatMap((event) => (event.kind === 'toast' ? [event.message] : [])).join('\n');
  book.emulator.ui.clear();
  return { json, alert, toast };
}

const display = (book: Book, name: string) => sheetValues(book, name).map((row) => row.map(String));
/** The rows under the title row `title`, up to the next blank row. */
function tableAfter(rows: readonly string[][], title: string): string[][] {
  const start = rows.findIndex((row) => row[0] === title);
  if (start < 0) throw new Error(`no ${title}`);
  const after = rows.slice(start + 1);
  const end = after.findIndex((row) => row.every((cell) => cell === ''));
  return after.slice(0, end < 0 ? after.length : end);
}

describe('② 職種 deleted from the response sheet, no paper answers', () => {
  const book = sampleBook();
  book.bundle.run('rosterImportFile', ...upload(sampleFile('roster.csv')), false);
  // 設定 was written while the column was there: ② is the 分類.
  clickMenu(book, 'openSettings');
  deleteColumn(book, OCC);
  const { json, alert } = summarize(book);

  it('says so in a dialog, generated from the question\'s title, and counts everyone as before', () => {
    expect(alert).toContain(`${OCC}：回答シートに列がありません\n`);
    expect(json.respondents).toBe(70);
    expect(json.questions[REGION].answered).toBe(70);
  });

  it('lists it in 回答状況, above the figures', () => {
    const rows = display(book, '回答状況');
    const said = rows.findIndex((row) => row[0] === `${OCC}：回答シートに列がありません`);
    expect(said).toBeGreaterThan(0);
    expect(said).toBeLessThan(rows.findIndex((row) => row[0] === '回答率'));
  });

  it('shows 列なし in 単純集計, not 70 無回答', () => {
    const table = tableAfter(display(book, '単純集計'), OCC);
    expect(table[0][0]).toBe('列なし');
    expect(table.some((row) => row[0] === '無回答')).toBe(false);
  });

  it('carries it in summary.json: not among the questions, listed as missing', () => {
    expect(Object.keys(json.questions)).not.toContain(OCC);
    expect(json.missingColumns).toEqual([{ question: OCC, paperAnswers: 0 }]);
  });
});

describe('② 職種 deleted from the response sheet, its 12 paper answers in 郵送回答', () => {
  const book = preparedSample();
  clickMenu(book, 'openSettings');
  deleteColumn(book, OCC);
  const { json, alert } = summarize(book);

  it('says that 郵送回答 has the column and its 12 answers are not counted alone', () => {
    expect(alert).toContain(`${OCC}：回答シートに列がありません（郵送回答にはありますが、郵送の 12 件だけでは全体を表さないため集計していません）`);
    expect(json.respondents).toBe(82);
    expect(json.missingColumns).toEqual([{ question: OCC, paperAnswers: 12 }]);
  });

  it('shows 列なし in 単純集計 rather than 12 answers and 70 無回答', () => {
    const table = tableAfter(display(book, '単純集計'), OCC);
    expect(table.map((row) => row[0])).toEqual(['列なし', '回答シートにこの設問の列がないため、集計していません（郵送回答の 12 件も含めていません）。']);
  });

  it('builds no cross table from the paper answers alone: each one by ② is named, with 列なし, where it would be', () => {
    const rows = display(book, 'クロス集計');
    expect(tableAfter(rows, `${OCC} 別のクロス集計`)[0][0]).toBe('列なし');
    const layered = tableAfter(rows, `${SUPPORT} × ${OCC}（${REGION}ごと）`);
    expect(layered.map((row) => row[0])).toEqual(['列なし', `「${OCC}」の列が回答シートにないため、この表は作成していません。`]);
    expect(json.crosstabs.some((table) => table.by === OCC || table.question === OCC)).toBe(false);
  });
});

describe('⑤ deleted: a question by the 分類, and a headline', () => {
  const book = preparedSample();
  clickMenu(book, 'openSettings');
  deleteColumn(book, SUPPORT);
  const { json } = summarize(book);

  it('names the table ⑤ × ② where it would be, builds the others by ②, and names ⑤\'s headline as 列なし', () => {
    const rows = display(book, 'クロス集計');
    expect(tableAfter(rows, `${SUPPORT} × ${OCC}`)[0][0]).toBe('列なし');
    expect(json.crosstabs.some((table) => table.by === OCC && table.question === REGION)).toBe(true);
    const headline = display(book, '結果のまとめ').find((row) => row[0].startsWith(`${SUPPORT}：回答シートに列がありません`));
    expect(headline?.[1]).toBe('列なし');
  });
});

describe('a response-sheet column that belongs to no question', () => {
  const responses = sampleResponseSheet().map((row, index) => [...row, index === 0 ? '担当メモ' : '']);
  const book = sampleBook({ responses });
  const { json, toast } = summarize(book);

  it('is named in the toast, in 回答状況 and in summary.json, and counts nothing', () => {
    expect(toast).toContain('どの設問にも当たらない列は集計していません：担当メモ');
    expect(display(book, '回答状況').some((row) => row[0] === '担当メモ：どの設問にも当たらない列です（集計していません）')).toBe(true);
    expect(json.ignoredColumns).toEqual(['担当メモ']);
    expect(json.missingColumns).toEqual([]);
  });
});
