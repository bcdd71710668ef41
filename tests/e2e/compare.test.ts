/**
 * 前回との比較 through the built bundle: 集計データを書き出す on the first
 * sample round, 前回の結果を取り込む on the second (samples/round2/), then
 * 集計を作成 writes 前回との比較. A file of another kind or survey changes nothing.
 */
import { readFileSync } from 'node:fs';
import { readResponses } from '../../cli/inputs';
import type { FormResource } from '../../emulator/form-resource';
import type { PreviousImportResult, PreviousStatus, SummaryExport } from '../../src/actions/api';
import type { SummaryResult } from '../../src/actions/summary';
import type { Book } from './harness';
import { clickMenu, preparedSample, REPO, sampleBook, sampleFile, sheetValues, upload } from './harness';

const round2File = (name: string) => `${REPO}/samples/round2/${name}`;
const STORE = '前回の集計データ';
const COMPARE = '前回との比較';

/** The second round's response spreadsheet, its roster and mailed answers imported. */
function round2Book(): Book {
  const form = JSON.parse(readFileSync(round2File('form.json'), 'utf8')) as FormResource;
  const book = sampleBook({ form, responses: readResponses(round2File('responses.csv'), 'Asia/Tokyo'), day: '2026-11-23' });
  const roster = book.bundle.run('rosterImportFile', ...upload(round2File('roster.csv')), false) as { kind: string };
  const paper = book.bundle.run('paperImportFile', ...upload(round2File('paper.csv'))) as { imported?: number };
  if (roster.kind !== 'imported' || paper.imported !== 11) throw new Error('round 2 did not import');
  return book;
}

const sheetNames = (book: Book) => book.emulator.view().sheets.map((sheet) => `${sheet.name}${sheet.hidden ? '（非表示）' : ''}`);
const importFile = (book: Book, text: string, name: string) => book.bundle.run('previousImportFile', text, name) as PreviousImportResult;
const rows = (book: Book) => book.emulator.view().sheets.find((sheet) => sheet.name === COMPARE)?.display ?? [];

/** Types a row into the 設定 sheet, as staff would. */
function addSetting(book: Book, ...cells: string[]): void {
  const sheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('設定');
  sheet?.appendRow(cells);
}

describe('集計データを書き出す on round 1, 前回の結果を取り込む on round 2, then 集計を作成', () => {
  const first = preparedSample();
  clickMenu(first, 'generateSummary');
  const exported = first.bundle.run('summaryExport') as SummaryExport;
  const second = round2Book();
  const statusBefore = second.bundle.run('previousStatus') as PreviousStatus;
  const imported = importFile(second, exported.json, exported.fileName);
  const json = clickMenu(second, 'generateSummary') as SummaryResult;

  it("saves round 1's figures as one file, summary.json's shape, named after the form and the day", () => {
    expect(exported.fileName).toBe('集計データ_医療的ケア児等コーディネーター養成研修修了者の現状調査_2023-12-21.json');
    const file = JSON.parse(exported.json);
    expect(file).toMatchObject({ format: 1, title: '医療的ケア児等コーディネーター養成研修修了者の現状調査', firstAnswer: '2023-12-01', lastAnswer: '2023-12-20', respondents: 82 });
    expect(file.roster).toEqual({ size: 126, responded: 82, rate: 0.6508 });
    expect(file.crosstabs.length).toBeGreaterThan(0);
    expect([exported.respondents, exported.questions]).toEqual([82, Object.keys(file.questions).length]);
  });

  it('stores it in a hidden sheet the add-on owns, and says which questions match', () => {
    expect(statusBefore).toEqual({ kind: 'none' });
    expect(imported).toMatchObject({
      kind: 'imported', matched: 12,
      onlyCurrent: ['Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか'],
      onlyPrevious: ['④ コーディネーター養成研修の修了年度'],
      problems: [],
    });
    expect(sheetNames(second)).toContain(`${STORE}（非表示）`);
    expect(second.bundle.run('previousStatus')).toMatchObject({
      kind: 'stored', fileName: exported.fileName, title: '医療的ケア児等コーディネーター養成研修修了者の現状調査', period: '2023/12/01〜2023/12/20', respondents: 82, matched: 12,
    });
  });

  it('writes 前回との比較: the rounds side by side, each matched question with its test and a grouped bar chart', () => {
    const sheet = rows(second);
    expect(sheet.find((row) => row[0] === '回答率')?.slice(0, 3)).toEqual(['回答率', '65.1%', '74.6%']);
    expect(sheet.find((row) => row[0] === '回答期間')?.slice(0, 3)).toEqual(['回答期間', '2023/12/01〜2023/12/20', '2026/11/02〜2026/11/22']);
    const q5 = sheet.findIndex((row) => row[0].startsWith('Q5. '));
    expect(sheet[q5 + 1][0]).toMatch(/^前回：⑥ /);
    expect(sheet.slice(q5, q5 + 8).filter((row) => row[0] === 'はい' || row[0] === 'いいえ').map((row) => row.slice(0, 7))).toEqual([
      ['はい', '39', '47.6%', '56', '65.9%', '+18.3', '＊'],
      ['いいえ', '43', '52.4%', '29', '34.1%', '-18.3', '＊'],
    ]);
    const charts = second.emulator.view().sheets.find((candidate) => candidate.name === COMPARE)?.charts ?? [];
    expect(charts).toHaveLength(9);
    const chart = charts.find((candidate) => candidate.title.startsWith('Q5. '));
    expect(chart?.kind).toBe('BAR');
    // Categories and the two share columns, side by side as Sheets reads a chart of several ranges.
    expect(chart?.ranges.map((range) => range.display[0][0])).toEqual(['選択肢', '前回 割合', '今回 割合']);
    expect(json.comparison?.questions).toHaveLength(9);
  });

  it('keeps the sheet and its charts on a re-run, and compares again without importing again', () => {
    second.emulator.calls.reset();
    const again = clickMenu(second, 'generateSummary') as SummaryResult;
    expect(second.emulator.calls.count('Sheet.insertChart')).toBe(0);
    expect(again.comparison).toEqual(json.comparison);
  });

  it('follows staff’s pairs in 設定: 前回との対応 with 今回 left empty leaves a question out; a previous question that does not exist is said', () => {
    const book = round2Book();
    importFile(book, exported.json, exported.fileName);
    clickMenu(book, 'openSettings');
    addSetting(book, '前回との対応', '②', '');
    addSetting(book, '前回との対応', '⑨ ない設問', 'Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか');
    book.emulator.ui.answerNext('OK');
    const result = book.bundle.call('generateSummary') as SummaryResult;
    const alert = book.emulator.ui.events.find((event) => event.kind === 'alert');
    expect(alert && 'prompt' in alert ? alert.prompt : '').toContain('「前回との対応」：前回の結果に「⑨ ない設問」という設問はありません。');
    expect(result.comparison?.unmatched).toEqual({
      current: ['Q2. 職種', 'Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか'],
      previous: ['④ コーディネーター養成研修の修了年度', '② 職種'],
    });
    // The layered tables split by 職種: not compared without it, and said so.
    expect(rows(book).some((row) => row[0].includes('前回に同じ組み合わせの層別集計がないため比較していません'))).toBe(true);
  });
});

describe('前回の結果を取り込む refuses what it cannot use, and changes nothing', () => {
  const book = round2Book();
  clickMenu(book, 'generateSummary');
  const before = sheetNames(book);

  it('a file that is not 集計データ', () => {
    const result = importFile(book, readFileSync(sampleFile('roster.csv'), 'utf8'), 'roster.csv');
    expect(result).toEqual({ kind: 'stopped', message: '取り込みを中止しました（前回の結果は変わっていません）。', problems: [expect.stringContaining('JSON ファイルとして読めません。')] });
    expect(importFile(book, '{"items": []}', 'form.json')).toMatchObject({ kind: 'stopped', problems: [expect.stringContaining('このファイルは集計データではありません。')] });
    expect(sheetNames(book)).toEqual(before);
  });

  it('the figures of another survey: no question matches', () => {
    const other = sampleBook({
      form: { formId: 'other', info: { title: '研修アンケート' }, items: [{ itemId: 'a1', title: '満足度', questionItem: { question: { questionId: 'q1', choiceQuestion: { type: 'RADIO', options: [{ value: '満足' }, { value: '不満' }] } } } }] },
      responses: [['タイムスタンプ', '満足度'], [new Date('2024-06-01T01:00:00Z'), '満足']],
    });
    clickMenu(other, 'generateSummary');
    const file = other.bundle.run('summaryExport') as SummaryExport;
    expect(importFile(book, file.json, file.fileName)).toEqual({
      kind: 'stopped', message: '取り込みを中止しました（前回の結果は変わっていません）。',
      problems: ['「研修アンケート」の集計データには、このフォームと対応する設問が1つもありません。別の調査のファイルではありませんか？（題名が大きく変わった場合は、設定シートの「前回との対応」で設問を対応させてから取り込んでください）'],
    });
    expect(sheetNames(book)).toEqual(before);
    expect(book.bundle.run('previousStatus')).toEqual({ kind: 'none' });
  });
});

describe('a large previous file', () => {
  it('is split over cells under 50,000 characters and compared as any other', () => {
    const first = preparedSample();
    clickMenu(first, 'generateSummary');
    const file = JSON.parse((first.bundle.run('summaryExport') as SummaryExport).json);
    // Free-text answers of a large round: about 4.5 million characters in all.
    const question = Object.keys(file.questions).find((title) => title.startsWith('⑧-1)')) as string;
    file.questions[question].texts = Array.from({ length: 30_000 }, (_, index) => `要望 ${index}：${'研修の情報を早めに届けてもらえると参加しやすい。'.repeat(6)}`);
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(4_000_000);
    const book = round2Book();
    expect(importFile(book, text, 'large.json')).toMatchObject({ kind: 'imported', matched: 12 });
    const store = sheetValues(book, STORE);
    expect(store.length).toBeGreaterThan(100);
    expect(Math.max(...store.map((row) => String(row[0]).length))).toBeLessThanOrEqual(50_000);
    expect((clickMenu(book, 'generateSummary') as SummaryResult).comparison?.questions).toHaveLength(9);
  });
});

describe('a hidden store someone edited', () => {
  it('is said, on 前回との比較 and in 集計を作成\'s dialog, instead of comparing with half a file', () => {
    const first = preparedSample();
    clickMenu(first, 'generateSummary');
    const exported = first.bundle.run('summaryExport') as SummaryExport;
    const book = round2Book();
    importFile(book, exported.json, exported.fileName);
    clickMenu(book, 'generateSummary');
    book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(STORE)?.getRange('A5').setValue('|{}|');
    book.emulator.ui.answerNext('OK');
    const result = book.bundle.call('generateSummary') as SummaryResult;
    expect(result.comparison).toBeUndefined();
    expect(JSON.stringify(book.emulator.ui.events)).toContain('前回の結果のデータ（非表示のシート「前回の集計データ」）が読めません。');
    expect(rows(book).map((row) => row[0])).toEqual(['前回との比較', '前回の結果のデータ（非表示のシート「前回の集計データ」）が読めません。書き換えられたか、一部が消えています。「前回の結果を取り込む」でもう一度取り込んでください。']);
    expect(book.bundle.run('previousStatus')).toMatchObject({ kind: 'broken' });
  });
});
