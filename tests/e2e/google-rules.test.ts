/**
 * Rules of real Google the add-on must live with, through the built bundle:
 * the form read once per few minutes, cells and workbooks that fill up,
 * several people on one spreadsheet, a run stopped at six minutes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type {
  AutomaticResult, EntryPayload, ImportResult, PaperEntryStart, PaperSaveResult, ReminderDialog, ReminderSendResult, RosterImportResult,
} from '../../src/actions/api';
import type { SummaryJson } from '../../src/summary/json';
import { loadBundle } from '../../emulator';
import type { Book } from './harness';
import { clickMenu, morning, preparedSample, REPO, sampleBook, sampleFile, sampleForm, sheetValues, upload } from './harness';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const formCalls = (book: Book) => Object.entries(book.emulator.calls.byMethod())
  .filter(([method]) => /^(FormApp|Form|Item|Choice|\w+Item)\./.test(method)).reduce((sum, [, count]) => sum + count, 0);

function sendAfterPreview(book: Book): ReminderSendResult {
  const dialog = book.bundle.run('reminderDialog') as ReminderDialog;
  if (dialog.kind !== 'ready') throw new Error(dialog.messages.join(' '));
  return book.bundle.run('reminderSend', { round: dialog.preview.round, recipients: dialog.preview.recipients.map((person) => person.id) }) as ReminderSendResult;
}

describe('the form is read once per few minutes by the dialogs, always by 集計を作成', () => {
  const titles = (start: PaperEntryStart) => start.model.sections.flatMap((section) => section.questions.map((question) => question.title));

  it('a renamed question shows in the sidebar once its cached copy is five minutes old, and in 集計を作成 at once', () => {
    const book = preparedSample();
    expect(titles(book.bundle.run('paperEntryStart') as PaperEntryStart)).toContain('② 職種');
    const renamed = sampleForm();
    const item = renamed.items.find((candidate) => candidate.title === '② 職種');
    Object.assign(item as object, { title: '② 現在の職種' });
    book.emulator.replaceForm(renamed);

    book.emulator.calls.reset();
    expect(titles(book.bundle.run('paperEntryStart') as PaperEntryStart)).toContain('② 職種');
    expect(formCalls(book)).toBe(0);

    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(Object.keys(json.questions)).toContain('② 現在の職種');
    // 集計を作成 refreshed the cache: the sidebar has the new title too.
    expect(titles(book.bundle.run('paperEntryStart') as PaperEntryStart)).toContain('② 現在の職種');

    Object.assign(item as object, { title: '② 職種（現在）' });
    book.emulator.replaceForm(renamed);
    book.emulator.setNow(new Date(morning('2023-12-21').getTime() + 6 * 60_000));
    expect(titles(book.bundle.run('paperEntryStart') as PaperEntryStart)).toContain('② 職種（現在）');
  });

  it('gives the same answers when the cache has forgotten everything between two calls', () => {
    const book = preparedSample();
    const warm = book.bundle.run('paperLookup', 'C004');
    book.emulator.clearCaches();
    expect(book.bundle.run('paperLookup', 'C004')).toEqual(warm);
    expect((book.bundle.run('paperLookup', 'C004') as { answered: unknown }).answered).not.toBeNull();
  });

  it('a deleted sheet is noticed and made again, not written to by an old id', () => {
    const book = preparedSample();
    clickMenu(book, 'generateSummary');
    const spreadsheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('単純集計') as GoogleAppsScript.Spreadsheet.Sheet);
    clickMenu(book, 'generateSummary');
    expect(sheetValues(book, '単純集計').length).toBeGreaterThan(10);
  });
});

describe('several people on one spreadsheet', () => {
  it('the daily sending is one trigger, owned by who turned it on; others see whose it is and cannot add or remove one', () => {
    const book = preparedSample();
    book.emulator.actAs('chief@example.jp');
    expect((book.bundle.run('reminderAutomatic', true) as AutomaticResult).automatic).toEqual({ on: true, by: 'chief@example.jp（2023/12/21から）', mine: true, abandoned: false });

    book.emulator.actAs('clerk@example.jp');
    const dialog = book.bundle.run('reminderDialog') as ReminderDialog;
    expect(dialog.automatic).toEqual({ on: true, by: 'chief@example.jp（2023/12/21から）', mine: false, abandoned: false });
    const again = book.bundle.run('reminderAutomatic', true) as AutomaticResult;
    expect(again.message).toContain('chief@example.jp');
    const off = book.bundle.run('reminderAutomatic', false) as AutomaticResult;
    expect(off.automatic.on).toBe(true);
    expect(off.message).toContain('chief@example.jp');
    expect(book.emulator.triggers.map((trigger) => trigger.owner)).toEqual(['chief@example.jp']);

    // The trigger sends as its owner.
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(40);
    expect(new Set(book.emulator.outbox.map((mail) => mail.from))).toEqual(new Set(['chief@example.jp']));

    book.emulator.actAs('chief@example.jp');
    expect((book.bundle.run('reminderAutomatic', false) as AutomaticResult).automatic.on).toBe(false);
    expect(book.emulator.triggers).toEqual([]);
  });

  it('one that has not run for three days can be taken over; the old trigger then removes itself if it still exists', () => {
    const book = preparedSample({ day: '2023-12-14' });
    book.emulator.actAs('chief@example.jp');
    book.bundle.run('reminderAutomatic', true);
    // The chief's trigger stops running (their account was suspended); four days later:
    book.emulator.setNow(morning('2023-12-18'));
    book.emulator.actAs('clerk@example.jp');
    expect((book.bundle.run('reminderDialog') as ReminderDialog).automatic).toMatchObject({ on: true, mine: false, abandoned: true });
    const taken = book.bundle.run('reminderAutomatic', true) as AutomaticResult;
    expect(taken.message).toContain('引き継ぎました');
    expect(taken.automatic).toMatchObject({ on: true, mine: true, abandoned: false });
    book.emulator.setNow(morning('2023-12-21'));
    book.bundle.fireTimeTriggers();
    expect(book.emulator.triggers.map((trigger) => trigger.owner)).toEqual(['clerk@example.jp']);
    expect(new Set(book.emulator.outbox.map((mail) => mail.from))).toEqual(new Set(['clerk@example.jp']));
  });

  it('a second daily trigger left from before removes itself instead of sending', () => {
    const book = preparedSample();
    book.emulator.actAs('chief@example.jp');
    book.bundle.run('reminderAutomatic', true);
    // Another person's trigger made without the record (an older version of the add-on).
    book.emulator.actAs('clerk@example.jp');
    book.emulator.globals.ScriptApp.newTrigger('sendScheduledReminders').timeBased().everyDays(1).atHour(9).create();
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(40);
    expect(book.emulator.triggers.map((trigger) => trigger.owner)).toEqual(['chief@example.jp']);
  });

  it('records 入力者 as 不明 when Google does not give the address, and counts none of those as the clerk\'s', () => {
    const book = preparedSample();
    book.emulator.actAs('clerk@other.example', { emailHidden: true });
    const payload: EntryPayload = { rosterId: 'C001', receivedOn: '2023-12-21', answers: {} };
    const saved = book.bundle.run('paperSave', { payload, mode: 'new', confirmDuplicate: false }) as PaperSaveResult;
    expect(saved).toMatchObject({ kind: 'saved', enteredToday: 0 });
    const paper = sheetValues(book, '郵送回答');
    const enteredBy = paper[0].indexOf('入力者');
    expect(paper[paper.length - 1][enteredBy]).toBe('不明');
    expect((book.bundle.run('paperEntryStart') as PaperEntryStart).enteredToday).toBe(0);
  });
});

describe('a sending run Google stops at six minutes', () => {
  it('is killed after the mails it sent were logged, and the next run mails only the others', () => {
    const book = preparedSample();
    book.emulator.setLatency({ 'MailApp.sendEmail': 100_000 });
    book.emulator.setExecutionLimit(150_000);
    expect(() => sendAfterPreview(book)).toThrow('Exceeded maximum execution time');
    const first = book.emulator.outbox.map((mail) => mail.to);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(40);
    const logged = sheetValues(book, '送信履歴').slice(1).map((row) => String(row[3]));
    expect(logged).toEqual(expect.arrayContaining(first));

    book.emulator.setLatency({});
    book.emulator.setExecutionLimit(360_000);
    expect(sendAfterPreview(book)).toMatchObject({ kind: 'sent', sent: 40 - first.length });
    const all = book.emulator.outbox.map((mail) => mail.to);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
  });

  it('killed between logging a mail and sending it, loses that one mail and never sends twice', () => {
    const book = preparedSample();
    // Flushing the log is what takes the time: the run dies with a mail logged but not sent.
    book.emulator.setLatency({ 'SpreadsheetApp.flush': 100_000 });
    book.emulator.setExecutionLimit(150_000);
    expect(() => sendAfterPreview(book)).toThrow('Exceeded maximum execution time');
    const logged = sheetValues(book, '送信履歴').slice(1).map((row) => String(row[3]));
    expect(logged.length).toBe(book.emulator.outbox.length + 1);
    book.emulator.setLatency({});
    book.emulator.setExecutionLimit(360_000);
    sendAfterPreview(book);
    const all = book.emulator.outbox.map((mail) => mail.to);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(39);
  });

  it('counts its time from the start of the run: slow reads leave no time to send, and it stops cleanly', () => {
    const book = preparedSample();
    book.emulator.setLatency({ 'Sheet.getSheetValues': 100_000 });
    const result = sendAfterPreview(book);
    expect(result).toMatchObject({ kind: 'sent', sent: 0, remaining: 40 });
    expect(result.kind === 'sent' && result.message).toContain('実行時間の上限');
  });
});

describe('cells Google cannot hold', () => {
  it('holds a paper answer longer than a cell holds in 要確認, cut there with a visible mark, and holds it again from there', () => {
    const book = preparedSample();
    const paper = sheetValues(book, '郵送回答');
    const free = String(paper[0].find((title) => String(title).startsWith('⑤-2')));
    const csv = `整理番号,受付日,"${free}"\nC001,2023/12/20,"${'あ'.repeat(60_000)}"\n`;
    const result = book.bundle.run('paperImportFile', base64(csv), 'long.csv') as ImportResult;
    expect(result).toMatchObject({ kind: 'imported', imported: 0, held: 1 });
    expect(result.kind === 'imported' && result.problems[0]).toContain('60,000文字');
    const held = sheetValues(book, '要確認');
    const cell = String(held[1][held[0].indexOf(free)]);
    expect(cell.length).toBeLessThanOrEqual(50_000);
    expect(cell).toContain('以下省略');
    const again = book.bundle.run('paperImportSheet', '要確認') as ImportResult;
    expect(again).toMatchObject({ kind: 'imported', imported: 0, held: 1 });
  });

  it('refuses a roster with a cell longer than a cell holds, naming row and column, writing nothing', () => {
    const book = sampleBook();
    const csv = `整理番号,氏名,メールアドレス,備考\nC001,山田 花子,hanako@example.jp,"${'x'.repeat(50_001)}"\n`;
    const result = book.bundle.run('rosterImportFile', base64(csv), 'roster.csv', true) as RosterImportResult;
    expect(result).toMatchObject({ kind: 'stopped' });
    expect(result.kind === 'stopped' && result.problems[0]).toContain('2行目「備考」');
    expect(book.emulator.view().sheets.map((sheet) => sheet.name)).not.toContain('名簿');
  });

  it('stops 集計を作成 before writing anything when the workbook would pass 10,000,000 cells, naming the largest sheets', () => {
    const book = preparedSample();
    // A sheet of staff's own, filling the workbook to 20,000 cells short of the limit.
    book.emulator.addSheet('大きな表', [['x']]);
    const big = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('大きな表') as GoogleAppsScript.Spreadsheet.Sheet;
    const room = 10_000_000 - 20_000 - book.emulator.workbookCells();
    big.insertRowsAfter(1000, Math.floor(room / 26));
    const bigCells = (1000 + Math.floor(room / 26)) * 26;
    const before = book.emulator.view().sheets.map((sheet) => sheet.name);
    book.emulator.ui.answerNext('OK');
    expect(book.bundle.call('generateSummary')).toBeNull();
    const said = book.emulator.ui.events.filter((event) => event.kind === 'alert').map((event) => JSON.stringify(event)).join('\n');
    expect(said).toContain('10,000,000セル');
    expect(said).toContain(`大きな表：${bigCells.toLocaleString('en-US')}セル`);
    expect(book.emulator.view().sheets.map((sheet) => sheet.name)).toEqual(before);
  });

  it('imports a roster whose lines are short or blank at the end', () => {
    const book = sampleBook();
    const csv = '整理番号,氏名,メールアドレス,職種\r\nC001,山田 花子,hanako@example.jp,看護師\r\nC002,佐藤 一郎\r\n\r\n\r\n';
    const result = book.bundle.run('rosterImportFile', base64(csv), 'roster.csv', true) as RosterImportResult;
    expect(result).toMatchObject({ kind: 'imported', count: 2 });
    const roster = sheetValues(book, '名簿');
    expect(roster).toHaveLength(3);
    expect(roster[2].slice(0, 4)).toEqual(['C002', '佐藤 一郎', '', '']);
  });

  it('writes into a sheet staff formatted as plain text the values themselves, without a quote', () => {
    const book = preparedSample();
    clickMenu(book, 'generateSummary');
    // Staff select all and choose 表示形式 ▸ 数字 ▸ 書式なしテキスト.
    for (const name of ['回答状況', '名簿']) {
      const sheet = book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setNumberFormat('@');
    }
    clickMenu(book, 'generateSummary');
    book.bundle.run('rosterImportFile', ...upload(sampleFile('roster.csv')), true);
    for (const name of ['回答状況', '名簿']) {
      const texts = sheetValues(book, name).flat().filter((cell) => typeof cell === 'string');
      expect(texts.filter((text) => text.startsWith("'"))).toEqual([]);
    }
  });
});

describe('the Editor add-on build', () => {
  it('puts every menu under 拡張機能, however it is opened', () => {
    const out = mkdtempSync(join(tmpdir(), 'addon-'));
    execFileSync('node', ['build.mjs', '--quiet', '--addon', '--out', out], { cwd: REPO });
    const book = sampleBook();
    const addon = loadBundle(book.emulator, join(out, 'Code.js'));
    addon.open('LIMITED');
    addon.open('NONE');
    // An add-on menu has no title of its own: Sheets shows it under 拡張機能 with the add-on's name.
    const menus = book.emulator.ui.menus();
    expect(menus.length).toBe(2);
    expect(menus.map((menu) => menu.title)).toEqual([null, null]);
    // The bound script's bundle keeps its own menu in the menu bar once authorised.
    book.emulator.ui.clear();
    book.bundle.open('LIMITED');
    expect(book.emulator.ui.menus().map((menu) => menu.title)).toEqual(['アンケート集計']);
  });
});
