/**
 * Questions shown only after a branch, through the built bundle: ⑤-4 is asked
 * only of those who answered いいえ to ⑤ (the はい section jumps past it), and
 * ⑥-1 only of those who answered いいえ to ⑥.
 */
import { readFileSync } from 'node:fs';
import type { ImportResult } from '../../src/actions/api';
import type { SummaryJson } from '../../src/summary/json';
import type { FormResource } from '../../emulator';
import type { Book } from './harness';
import { clickMenu, preparedSample, sampleFile, sampleForm, sheetValues } from './harness';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const Q = expected.questions as Record<string, string>;

/** 単純集計's table of a question: from its title to its 回答者数 row, as displayed. */
function simpleTable(book: Book, title: string): string[][] {
  const rows = book.emulator.view().sheets.find((sheet) => sheet.name === '単純集計')?.display ?? [];
  const start = rows.findIndex((row) => row[0] === title);
  const end = rows.findIndex((row, index) => index > start && row[0] === '回答者数');
  return rows.slice(start, end + 1).map((row) => row.slice(0, 3));
}

function importPaper(book: Book, lines: string[]): ImportResult {
  const csv = ['整理番号,受付日,⑤,⑤-4,⑥', ...lines].join('\n');
  return book.bundle.run('paperImportFile', Buffer.from(csv, 'utf8').toString('base64'), 'late.csv') as ImportResult;
}

/** A row typed into the 設定 sheet, as staff would. */
function addSetting(book: Book, cells: string[]): void {
  const sheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('設定');
  if (!sheet) throw new Error('no 設定 sheet');
  sheet.appendRow(cells);
}

/** 集計を作成, with what it said in its alert or toasts. */
function summarize(book: Book): { json: SummaryJson; said: string } {
  book.emulator.ui.answerNext('OK');
  const json = book.bundle.call('generateSummary') as SummaryJson;
  const said = book.emulator.ui.events.filter((event) => event.kind === 'alert' || event.kind === 'toast').map((event) => JSON.stringify(event));
  book.emulator.ui.clear();
  return { json, said: said.join('\n') };
}

describe('集計を作成 on the sample: a question on a branch counts only those the form led to it', () => {
  const book = preparedSample();
  const json = clickMenu(book, 'generateSummary') as SummaryJson;
  const support = json.questions[Q.support].counts;
  const trained = json.questions[Q.trained].counts;

  it('counts ⑤-4 over who answered いいえ to ⑤; who answered はい were not asked it (対象外), not 無回答', () => {
    expect(json.questions[Q.why]).toMatchObject({ base: support['いいえ'], notAsked: support['はい'], answeredNotAsked: 0, answered: support['いいえ'] });
    expect([support['いいえ'], support['はい']]).toEqual([24, 58]);
    expect(json.questions[Q.why].counts).toMatchObject(expected.reconstructed.notInvolvedReasons);
  });

  it('shows on 単純集計 who ⑤-4 was for, 無回答 among them, 対象外 apart, and shares of the 24', () => {
    const rows = simpleTable(book, Q.why);
    expect(rows[1][0]).toBe('対象：⑤で『いいえ』と回答した 24 人');
    expect(rows.find((row) => row[0] === '職場に医療的ケア児の対象者がいない')).toEqual(['職場に医療的ケア児の対象者がいない', '11', '45.8%']);
    expect(rows.slice(-3)).toEqual([['無回答', '0', ''], ['対象外', '58', ''], ['回答者数', '24', '']]);
  });

  it('counts ⑥-1 over who answered いいえ to ⑥, and ⑤-1..⑤-3 over who answered はい to ⑤', () => {
    expect(json.questions[Q.notrain]).toMatchObject({ base: trained['いいえ'], notAsked: trained['はい'] });
    for (const key of ['act', 'good', 'hard']) expect(json.questions[Q[key]]).toMatchObject({ base: 58, notAsked: 24 });
    expect(simpleTable(book, Q.notrain)[1][0]).toBe('対象：⑥で『いいえ』と回答した 43 人');
  });

  it('leaves every question after the branches meet, and before them, to all 82', () => {
    for (const key of ['occ', 'support', 'trained', 'fut', 'connect', 'wish']) expect(json.questions[Q[key]]).toMatchObject({ base: 82, notAsked: 0 });
    expect(simpleTable(book, Q.fut).map((row) => row[0])).not.toContain('対象外');
  });
});

describe('paper answers follow the same rule', () => {
  it('counts a paper answer to ⑤-4 from someone who answered はい, says so, and leaves a blank ⑤ out of both branches', () => {
    const book = preparedSample();
    // C003 answered はい and ticked a reason anyway; C006 left ⑤ blank and ticked one too.
    expect(importPaper(book, ['C003,2023/12/20,はい,1,はい', 'C006,2023/12/20,,2,いいえ'])).toMatchObject({ kind: 'imported', imported: 2, held: 0 });
    const { json, said } = summarize(book);
    expect(json.respondents).toBe(84);
    expect(json.questions[Q.why]).toMatchObject({ base: 24, notAsked: 58, answeredNotAsked: 2, answered: 26 });
    expect(json.questions[Q.act]).toMatchObject({ base: 59, notAsked: 25 });
    expect(simpleTable(book, Q.why).slice(-4)).toEqual([['無回答', '0', ''], ['対象外', '58', ''], ['対象外だが回答（集計に含む）', '2', ''], ['回答者数', '26', '']]);
    expect(said).toContain(`${Q.why}：対象外の 2 人が回答しています`);
  });
});

describe('対象を限る設問 in 設定, for a form without branching', () => {
  /** The sample form as it would be with every section in one page: nothing branches. */
  function flatForm(): FormResource {
    const form = sampleForm();
    return { ...form, items: form.items.filter((item) => !item.pageBreakItem).map((item) => {
      const question = item.questionItem?.question;
      const choice = question?.choiceQuestion;
      if (!question || !choice) return item;
      const options = choice.options.map((option) => ({ ...(option.value === undefined ? {} : { value: option.value }), ...(option.isOther ? { isOther: true } : {}) }));
      return { ...item, questionItem: { question: { ...question, choiceQuestion: { ...choice, options } } } };
    }) };
  }

  it('counts ⑤-4 over everyone until staff say who it was for; then as the branch would, and bad entries are reported', () => {
    const book = preparedSample({ form: flatForm() });
    const before = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(before.questions[Q.why]).toMatchObject({ base: 82, notAsked: 0, answered: 24 });
    addSetting(book, ['対象を限る設問', '⑤-4', '⑤ = いいえ']);
    addSetting(book, ['対象を限る設問', '⑥-1', '⑥ = いいいえ']);
    const { json: after, said } = summarize(book);
    expect(after.questions[Q.why]).toMatchObject({ base: 24, notAsked: 58, answered: 24 });
    expect(simpleTable(book, Q.why)[1][0]).toBe('対象：⑤で『いいえ』と回答した 24 人');
    // The bad row is said, and its question stays everyone's.
    const row = sheetValues(book, '設定').length;
    expect(said).toContain(`設定シート ${row}行目「対象を限る設問」：「${Q.trained}」に「いいいえ」という選択肢はありません。`);
    expect(after.questions[Q.notrain]).toMatchObject({ base: 82, notAsked: 0 });
  });
});
