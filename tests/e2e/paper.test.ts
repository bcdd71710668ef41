/** 郵送回答: the batch import and the sidebar's server calls, through the built bundle. */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { EntryPayload, ImportResult, PaperDeleteResult, PaperLoadResult, PaperLookup, PaperSaveResult } from '../../src/actions/api';
import type { SummaryJson } from '../../src/summary/json';
import { Emulator, loadBundle } from '../../emulator';
import type { Book } from './harness';
import { clickMenu, preparedSample, REPO, sampleBook, sampleFile, sampleForm, sheetValues, upload } from './harness';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const paperCsv = readFileSync(sampleFile('paper.csv'), 'utf8');
const base64 = (text: string, encoding = 'utf8') => (encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding)).toString('base64');

function withRoster(): Book {
  const book = sampleBook();
  book.bundle.run('rosterImportFile', ...upload(sampleFile('roster.csv')), false);
  return book;
}

const importText = (book: Book, text: string, encoding = 'utf8') => book.bundle.run('paperImportFile', base64(text, encoding), 'paper.csv') as ImportResult;
const dataRows = (book: Book, name: string) => sheetValues(book, name).length;

describe('郵送回答を一括取り込み', () => {
  it('imports the sample paper answers: the summary then reproduces the report', () => {
    const book = withRoster();
    const result = importText(book, paperCsv);
    expect(result).toMatchObject({ kind: 'imported', imported: 12, held: 0 });
    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(json.respondents).toBe(82);
    expect(json.questions[expected.questions.occ].counts).toMatchObject(expected.occupationCounts);
  });

  it('reads Shift_JIS with CRLF as Japanese Excel saves it', () => {
    const book = withRoster();
    const result = importText(book, paperCsv.replace(/\r?\n/g, '\r\n'), 'Shift_JIS');
    expect(result).toMatchObject({ kind: 'imported', imported: 12, held: 0 });
  });

  it('adds nothing the second time: every row is held as a duplicate, and nothing is lost', () => {
    const book = withRoster();
    importText(book, paperCsv);
    const rowsBefore = dataRows(book, '郵送回答');
    const again = importText(book, paperCsv);
    expect(again).toMatchObject({ kind: 'imported', imported: 0, held: 12 });
    expect(dataRows(book, '郵送回答')).toBe(rowsBefore);
    const held = sheetValues(book, '要確認');
    expect(held).toHaveLength(13);
    expect(held[0].slice(0, 3)).toEqual(['行', '理由', '整理番号']);
    expect(String(held[1][1])).toContain('郵送回答に入力済み');
  });

  it('holds the rows it cannot accept, with row, column, value and reason, and imports the rest', () => {
    const book = withRoster();
    const [header, ...lines] = paperCsv.split('\n');
    const broken = [header, lines[0].replace(/^C023,2023\/12\/07,佐藤 愛,1,1,5,1/, 'C023,2023/12/07,佐藤 愛,15,1,5,1'), ...lines.slice(1)].join('\n');
    const result = importText(book, broken);
    expect(result).toMatchObject({ kind: 'imported', imported: 11, held: 1 });
    if (result.kind !== 'imported') throw new Error('not imported');
    expect(result.problems).toEqual(['2行目「② 職種」: 「15」は選択肢の番号の範囲外です（1〜13）']);
    expect(sheetValues(book, '要確認')[1].slice(0, 3)).toEqual([2, '「② 職種」: 「15」は選択肢の番号の範囲外です（1〜13）', 'C023']);
  });

  it('imports the corrected rows from 要確認, which then keeps only what is still wrong', () => {
    const book = withRoster();
    const [header, ...lines] = paperCsv.split('\n');
    importText(book, [header, lines[0].replace(/^C023,2023\/12\/07,佐藤 愛,1,/, 'C023,2023/12/07,佐藤 愛,99,'), ...lines.slice(1)].join('\n'));
    // The clerk corrects the cell in 要確認 (column 4 is ② 職種) and imports that sheet.
    const sheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('要確認');
    sheet?.getRange(2, 6).setValue('1');
    expect((book.bundle.run('paperImportSources') as { sheets: string[] }).sheets).toContain('要確認');
    const result = book.bundle.run('paperImportSheet', '要確認') as ImportResult;
    expect(result).toMatchObject({ kind: 'imported', imported: 1, held: 0 });
    expect(sheetValues(book, '要確認')).toHaveLength(1);
    expect((clickMenu(book, 'generateSummary') as SummaryJson).respondents).toBe(82);
  });

  it('stops, writing nothing, when a column matches no question', () => {
    const book = withRoster();
    const result = importText(book, paperCsv.replace('② 職種', '②’ 所属先'));
    expect(result.kind).toBe('stopped');
    if (result.kind !== 'stopped') throw new Error('not stopped');
    expect(result.problems.join()).toContain('4列目「②’ 所属先」');
    expect(book.emulator.view().sheets.some((sheet) => sheet.name === '郵送回答')).toBe(false);
  });

  it('keeps formula-like text as text in 郵送回答 and in the summary', () => {
    const book = withRoster();
    const lines = paperCsv.split('\n');
    lines[1] = lines[1].replace('どんな活動をされているか', '=HYPERLINK("http://x") どんな活動をされているか');
    importText(book, lines.join('\n'));
    clickMenu(book, 'generateSummary');
    for (const name of ['郵送回答', '自由記述']) {
      const view = book.emulator.view().sheets.find((sheet) => sheet.name === name);
      expect(view?.formulas.flat().filter(Boolean)).toEqual([]);
      expect(view?.values.flat().some((cell) => String(cell).startsWith('=HYPERLINK("http://x")'))).toBe(true);
    }
  });

  it('keeps paper answers with their questions when a question is renamed later', () => {
    const book = withRoster();
    importText(book, paperCsv);
    const renamed = sampleForm();
    const item = renamed.items.find((candidate) => candidate.title === expected.questions.occ);
    Object.assign(item as object, { title: '② 現在の職種' });
    const later = Emulator.restore(book.emulator.save(), { form: renamed });
    const bundle = loadBundle(later, `${REPO}/dist/Code.js`);
    later.ui.answerNext('OK');
    const json = bundle.call('generateSummary') as SummaryJson;
    expect(json.questions['② 現在の職種'].answered).toBe(82);
    expect(json.questions['② 現在の職種'].counts['相談支援専門員']).toBe(36);
  });
});

describe('郵送回答を入力 (the sidebar\'s server calls)', () => {
  const fresh = (rosterId: string, answers: EntryPayload['answers'] = {}): EntryPayload => ({ rosterId, receivedOn: '2023-12-20', answers });

  it('saves an answer, counts it as today\'s, and the summary counts it like a web answer', () => {
    const book = preparedSample();
    const start = book.bundle.run('paperEntryStart') as { enteredToday: number; model: { sections: Array<{ questions: Array<{ title: string; fieldId?: string }> }> } };
    const occupation = start.model.sections.flatMap((section) => section.questions).find((question) => question.title === expected.questions.occ);
    expect(book.bundle.run('paperLookup', 'c001')).toMatchObject({ rosterId: 'C001', name: '藤田 優子', known: true, answered: null, saved: false } satisfies Partial<PaperLookup>);
    const saved = book.bundle.run('paperSave', { payload: fresh('C001', { [occupation?.fieldId as string]: { selected: [1] } }), mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(saved).toMatchObject({ kind: 'saved', enteredToday: start.enteredToday + 1 });
    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(json.respondents).toBe(83);
    expect(json.questions[expected.questions.occ].counts['看護師']).toBe(24);
  });

  it('asks before saving a second answer for someone who answered on the web', () => {
    const book = preparedSample();
    expect((book.bundle.run('paperLookup', 'C055') as PaperLookup).answered).toEqual({ channel: 'web', on: '2023/12/01' });
    const first = book.bundle.run('paperSave', { payload: fresh('C055'), mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(first.kind).toBe('confirmDuplicate');
    expect(first.kind === 'confirmDuplicate' && first.message).toContain('Webフォームで回答済み');
    const second = book.bundle.run('paperSave', { payload: fresh('C055'), mode: 'new', confirmDuplicate: true }) as PaperSaveResult;
    expect(second.kind).toBe('saved');
  });

  it('names the question a bad answer belongs to and saves nothing', () => {
    const book = preparedSample();
    const rows = dataRows(book, '郵送回答');
    const result = book.bundle.run('paperSave', { payload: fresh('C001', { nope: { text: 'x' } }), mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(result.kind).toBe('invalid');
    expect(dataRows(book, '郵送回答')).toBe(rows);
  });

  it('finds a saved answer by 整理番号, corrects it in place and deletes it', () => {
    const book = preparedSample();
    const loaded = book.bundle.run('paperLoad', 'C023') as PaperLoadResult;
    expect(loaded.kind).toBe('found');
    if (loaded.kind !== 'found') throw new Error('not found');
    const rows = dataRows(book, '郵送回答');
    const text = Object.keys(loaded.payload.answers).find((id) => 'text' in loaded.payload.answers[id]) as string;
    const corrected = { ...loaded.payload, answers: { ...loaded.payload.answers, [text]: { text: '訂正しました' } } };
    expect(book.bundle.run('paperSave', { payload: corrected, mode: 'correct', confirmDuplicate: false })).toMatchObject({ kind: 'saved' });
    expect(dataRows(book, '郵送回答')).toBe(rows);
    expect(sheetValues(book, '郵送回答').flat()).toContain('訂正しました');
    expect(book.bundle.run('paperDelete', 'C023')).toMatchObject({ kind: 'deleted' } satisfies Partial<PaperDeleteResult>);
    expect(dataRows(book, '郵送回答')).toBe(rows - 1);
    expect((clickMenu(book, 'generateSummary') as SummaryJson).respondents).toBe(81);
  });

  it('waits for another clerk\'s save and says so rather than overwrite', () => {
    const book = preparedSample();
    book.emulator.locks.hold('document');
    const result = book.bundle.run('paperSave', { payload: fresh('C001'), mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(result.kind).toBe('busy');
    book.emulator.locks.release('document');
    expect((book.bundle.run('paperSave', { payload: fresh('C001'), mode: 'new', confirmDuplicate: false }) as PaperSaveResult).kind).toBe('saved');
  });
});
