/** リマインドメール through the built bundle: preview, sending, the quota, the daily trigger, overlapping runs. */
import { readFileSync } from 'node:fs';
import type { ReminderDialog, ReminderSendResult } from '../../src/actions/api';
import type { Book } from './harness';
import { Emulator, loadBundle } from '../../emulator';
import { morning, preparedSample, REPO, sampleFile, sheetValues } from './harness';

const respondentAddresses = new Set(readFileSync(sampleFile('responses.csv'), 'utf8').split('\n').slice(1)
  .map((line) => line.split(',')[1]?.trim().toLowerCase()).filter(Boolean));

function preview(book: Book) {
  const dialog = book.bundle.run('reminderDialog') as ReminderDialog;
  if (dialog.kind !== 'ready') throw new Error(`reminders stopped: ${dialog.messages.join(' ')}`);
  return dialog;
}

/** What staff do in the dialog: look at the preview, confirm, send. */
function sendAfterPreview(book: Book): ReminderSendResult {
  const { preview: shown } = preview(book);
  return book.bundle.run('reminderSend', { round: shown.round, recipients: shown.recipients.map((person) => person.id) }) as ReminderSendResult;
}

const sentTo = (book: Book) => book.emulator.outbox.map((mail) => mail.to.toLowerCase());

describe('リマインドメール on the sample, as of 2023-12-21 with the deadline 2023-12-28', () => {
  it('previews the 40 non-respondents with an address and the first message as it will read', () => {
    const book = preparedSample();
    const { preview: shown, quota } = preview(book);
    expect(shown.count).toBe(40);
    expect(shown.postal).toHaveLength(4);
    expect(quota).toBe(100);
    expect(shown.first?.subject).toContain('12月28日');
    expect(shown.first?.body).toContain(shown.recipients[0].name);
    expect(book.emulator.outbox).toHaveLength(0);
  });

  it('sends exactly one message to each of the 40 and none to the 82 respondents; a second run sends nothing', () => {
    const book = preparedSample();
    expect(sendAfterPreview(book)).toMatchObject({ kind: 'sent', sent: 40, failed: 0, remaining: 0 });
    const addresses = sentTo(book);
    expect(new Set(addresses).size).toBe(40);
    expect(addresses.filter((address) => respondentAddresses.has(address))).toEqual([]);
    expect(preview(book).preview.count).toBe(0);
    expect(book.bundle.run('reminderSend', { round: preview(book).preview.round, recipients: ['C001'] })).toMatchObject({ kind: 'nothing' });
    expect(book.emulator.outbox).toHaveLength(40);
  });

  it('puts the 4 without an address on 郵送リマインド and logs every attempt in 送信履歴', () => {
    const book = preparedSample();
    sendAfterPreview(book);
    const postal = sheetValues(book, '郵送リマインド');
    expect(postal).toHaveLength(5);
    expect(postal.slice(1).map((row) => row[0]).sort()).toEqual(['C028', 'C058', 'C102', 'C112']);
    const log = sheetValues(book, '送信履歴');
    expect(log).toHaveLength(41);
    expect(log.slice(1).every((row) => row.includes('送信済み'))).toBe(true);
    const roster = sheetValues(book, '名簿');
    expect(roster[0]).toEqual(expect.arrayContaining(['回答状況', '回答日', '回答方法']));
  });

  it('a mail carries the person\'s name in the greeting and a pre-filled link, in plain text and HTML', () => {
    const book = preparedSample();
    sendAfterPreview(book);
    const [mail] = book.emulator.outbox;
    expect(mail.body).toMatch(/^.+ 様/);
    expect(mail.body).toContain('usp=pp_url');
    expect(mail.htmlBody).toContain('<a href=');
  });
});

describe('the daily quota', () => {
  it('sends 10, says 30 remain, and sends exactly those 30 the next day', () => {
    const book = preparedSample({ mailQuota: 10 });
    const first = sendAfterPreview(book);
    expect(first).toMatchObject({ kind: 'sent', sent: 10, remaining: 30 });
    expect(first.kind === 'sent' && first.message).toContain('残り30名');
    expect(sheetValues(book, '送信履歴').flat().join()).toContain('残り30名は次回の実行で送信します');
    const firstDay = sentTo(book);

    // The next morning, with a full day's quota again.
    const next = Emulator.restore(book.emulator.save(), { mailQuota: 100, now: morning('2023-12-22') });
    const nextBook = { emulator: next, bundle: loadBundle(next, `${REPO}/dist/Code.js`) };
    expect(sendAfterPreview(nextBook)).toMatchObject({ kind: 'sent', sent: 30, remaining: 0 });
    const all = sentTo(nextBook);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    expect(all.slice(0, 10)).toEqual(firstDay);
  });
});

describe('automatic sending', () => {
  it('installs one daily trigger, sends each round on its day, and removes itself after the deadline', () => {
    const book = preparedSample();
    book.emulator.ui.answerNext('OK', 'OK');
    book.bundle.call('enableAutoReminders');
    book.bundle.call('enableAutoReminders');
    expect(book.emulator.triggers).toHaveLength(1);

    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(40);
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(40);

    book.emulator.setNow(morning('2023-12-25'));
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(40);

    book.emulator.setNow(morning('2023-12-26'));
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(80);
    expect(new Set(sentTo(book).slice(40))).toEqual(new Set(sentTo(book).slice(0, 40)));

    book.emulator.setNow(morning('2023-12-29'));
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(80);
    expect(book.emulator.triggers).toHaveLength(0);
  });

  it('brings the roster\'s status up to date every day, even before the first round', () => {
    const book = preparedSample({ day: '2023-12-15' });
    const statusOf = (id: string) => sheetValues(book, '名簿').find((row) => row[0] === id)?.[7];
    expect(statusOf('C001')).toBe('未回答');
    book.bundle.run('paperImportFile', Buffer.from('整理番号,受付日,② 職種\nC001,2023/12/15,1\n').toString('base64'), 'late.csv');
    expect(statusOf('C001')).toBe('未回答');
    book.emulator.ui.answerNext('OK');
    book.bundle.call('enableAutoReminders');
    book.bundle.fireTimeTriggers();
    expect(book.emulator.outbox).toHaveLength(0);
    expect(statusOf('C001')).toBe('回答済み');
  });

  it('can be turned off from the menu', () => {
    const book = preparedSample();
    book.emulator.ui.answerNext('OK', 'OK');
    book.bundle.call('enableAutoReminders');
    book.bundle.call('disableAutoReminders');
    expect(book.emulator.triggers).toHaveLength(0);
  });
});

describe('overlapping runs', () => {
  it('a manual send while the trigger holds the lock sends nothing and says so', () => {
    const book = preparedSample();
    const shown = preview(book).preview;
    book.emulator.locks.hold('document');
    const result = book.bundle.run('reminderSend', { round: shown.round, recipients: shown.recipients.map((person) => person.id) }) as ReminderSendResult;
    expect(result.kind).toBe('busy');
    expect(book.emulator.outbox).toHaveLength(0);
    book.emulator.locks.release('document');
  });

  it('the trigger, then a manual send from a preview taken before it: nobody gets the round twice', () => {
    const book = preparedSample();
    const shown = preview(book).preview;
    book.emulator.ui.answerNext('OK');
    book.bundle.call('enableAutoReminders');
    book.bundle.fireTimeTriggers();
    const result = book.bundle.run('reminderSend', { round: shown.round, recipients: shown.recipients.map((person) => person.id) }) as ReminderSendResult;
    expect(result.kind).toBe('nothing');
    expect(book.emulator.outbox).toHaveLength(40);
  });

  it('a person who answers after the preview is not mailed', () => {
    const book = preparedSample();
    const shown = preview(book).preview;
    const late = shown.recipients[0];
    const [base64, name] = [Buffer.from(`整理番号,受付日,② 職種\n${late.id},2023/12/21,1\n`).toString('base64'), 'late.csv'];
    expect(book.bundle.run('paperImportFile', base64, name)).toMatchObject({ imported: 1 });
    sendAfterPreview(book);
    book.bundle.run('reminderSend', { round: shown.round, recipients: shown.recipients.map((person) => person.id) });
    expect(book.emulator.outbox).toHaveLength(39);
    expect(sentTo(book)).not.toContain(late.detail.toLowerCase());
  });
});
