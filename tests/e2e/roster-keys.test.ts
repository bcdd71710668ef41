/**
 * A roster whose 整理番号 is not unique (issue 12, case 2): C004 twice, the
 * second a different person who answered on the web. The real paper answer
 * of C004 is still an answer; neither C004 row is matched on a guess.
 */
import { readFileSync } from 'node:fs';
import type { ImportResult, PaperLookup, PaperSaveResult, ReminderDialog, RosterImportResult } from '../../src/actions/api';
import type { SummaryJson } from '../../src/summary/json';
import type { Book } from './harness';
import { clickMenu, sampleBook, sampleFile, sheetValues, upload } from './harness';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
// Row 56 of the roster (C055, 石川 愛, who answered on the web) carries C004 by mistake.
const rosterText = readFileSync(sampleFile('roster.csv'), 'utf8').replace(/^C055,/m, 'C004,');
const DUPLICATE_NOTE = '名簿で整理番号が重複しています';

function withDuplicateRoster(day?: string): { book: Book; roster: RosterImportResult } {
  const book = sampleBook({ day });
  const roster = book.bundle.run('rosterImportFile', base64(rosterText), 'roster.csv', false) as RosterImportResult;
  return { book, roster };
}

const importPaper = (book: Book) => book.bundle.run('paperImportFile', ...upload(sampleFile('paper.csv'))) as ImportResult;
const rosterRow = (book: Book, row: number) => sheetValues(book, '名簿')[row - 1];
const display = (book: Book, name: string) => book.emulator.view().sheets.find((sheet) => sheet.name === name)?.display ?? [];

describe('a 整理番号 two roster rows share', () => {
  it('is listed with its rows when the roster is imported', () => {
    const { roster } = withDuplicateRoster();
    expect(roster.kind).toBe('imported');
    expect(roster.kind === 'imported' && roster.problems).toEqual([expect.stringMatching(/整理番号「C004」が 5・56行目 にあります/)]);
  });

  it('as an address two rows share, is listed with its rows too', () => {
    const book = sampleBook();
    const shared = rosterText.replace('coord060@example.jp', 'coord059@example.jp');
    const roster = book.bundle.run('rosterImportFile', base64(shared), 'roster.csv', false) as RosterImportResult;
    expect(roster.kind === 'imported' && roster.problems[1]).toMatch(/^メールアドレス「coord059@example\.jp」が 60・61行目（C059・C060）にあります。/);
  });

  it('does not hold the real paper answer of C004 as answered on the web: all 12 are imported, C004 with a note', () => {
    const { book } = withDuplicateRoster();
    const result = importPaper(book);
    expect(result).toMatchObject({ kind: 'imported', imported: 12, held: 0 });
    if (result.kind !== 'imported') throw new Error('not imported');
    expect(result.message).toContain(DUPLICATE_NOTE);
    expect(result.notes).toEqual([expect.stringMatching(/^9行目 整理番号「C004」: 名簿で整理番号が重複しています（名簿の5・56行目）/)]);
    expect(JSON.stringify(result)).not.toContain('Webフォームで回答済み');
    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(json.respondents).toBe(82);
    expect(json.channels).toEqual({ form: 70, paper: 12 });
  });

  it('matches neither C004 row: both are 要確認 with the reason, counted as answered by no one', () => {
    const { book } = withDuplicateRoster();
    importPaper(book);
    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    // 石川 愛's web answer and 佐藤 大輔's paper answer are counted as answers, not as roster rows answered.
    expect(json.roster).toMatchObject({ size: 126, responded: 80 });
    book.emulator.ui.answerNext('OK');
    book.bundle.call('enableAutoReminders');
    book.bundle.fireTimeTriggers();
    for (const row of [5, 56]) {
      expect(rosterRow(book, row)[0]).toBe('C004');
      expect(rosterRow(book, row)[7]).toBe('要確認');
      expect(String(rosterRow(book, row)[10])).toContain(DUPLICATE_NOTE);
    }
    expect(String(rosterRow(book, 5)[10])).toContain('郵送回答の10行目が同じ整理番号です');
    expect(String(rosterRow(book, 56)[10])).toContain('同じメールアドレスです');
    // Nobody on either row is reminded on a guess.
    expect(book.emulator.outbox.map((mail) => mail.to)).not.toContain('coord055@example.jp');
    const dialog = book.bundle.run('reminderDialog') as ReminderDialog;
    expect(dialog.kind === 'ready' && dialog.preview.needsCheck.map((person) => person.id)).toEqual(['C004', 'C004']);
  });

  it('is reported on 回答状況 and in 集計を作成\'s closing message', () => {
    const { book } = withDuplicateRoster();
    importPaper(book);
    book.emulator.ui.answerNext('OK');
    book.bundle.call('generateSummary');
    const alerts = book.emulator.ui.events.filter((event) => event.kind === 'alert').map((event) => (event.kind === 'alert' ? event.prompt : ''));
    expect(alerts.join('\n')).toMatch(/整理番号「C004」が名簿の 5・56行目 にあります/);
    const status = display(book, '回答状況');
    const row = status.find((cells) => cells[0].includes('整理番号「C004」'));
    expect(row?.join(' ')).toContain('5・56行目');
    expect(status.find((cells) => cells[0] === '回答者数')?.[1]).toBe('82');
  });

  it('the sidebar names nobody on a guess and saves the answer with the note', () => {
    const { book } = withDuplicateRoster();
    const lookup = book.bundle.run('paperLookup', 'C004') as PaperLookup;
    expect(lookup).toMatchObject({ rosterId: 'C004', name: null, known: true, answered: null, sharedBy: ['佐藤 大輔', '石川 愛'] });
    const saved = book.bundle.run('paperSave', { payload: { rosterId: 'C004', receivedOn: '2023-12-13', answers: {} }, mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(saved.kind).toBe('saved');
    expect(saved.kind === 'saved' && saved.message).toContain(DUPLICATE_NOTE);
    expect((clickMenu(book, 'generateSummary') as SummaryJson).channels).toEqual({ form: 70, paper: 1 });
  });
});
