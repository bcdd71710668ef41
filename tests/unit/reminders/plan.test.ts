import type { CellValue } from '../../../src/model/cells';
import { LOG_HEADER, readSentLog } from '../../../src/reminders/log';
import { matchRoster } from '../../../src/reminders/matching';
import { planReminders } from '../../../src/reminders/plan';
import { scheduleOn } from '../../../src/reminders/rounds';
import { SEND_LOG } from '../../../src/messages';
import {
  mailbox, rosterGrid, runReminders, SAMPLE_SETTINGS, sampleRespondents, sampleRoster, TZ, webAnswer,
} from './sample-data';

const respondentEmails = new Set(sampleRespondents().filter((r) => r.channel === 'web').map((r) => r.email.toLowerCase()));
const paperIds = new Set(sampleRespondents().filter((r) => r.channel === 'paper').map((r) => r.rosterId));

describe('the sample round, 2023-12-21 (deadline 12-28, rounds 7 and 2 days before)', () => {
  it('mails the 40 non-respondents who have an address, once each, and none of the 82 respondents', () => {
    const box = mailbox();
    const { plan, outcome } = runReminders('2023-12-21', [], box);
    expect(plan.answered).toBe(82);
    expect(plan.total).toBe(126);
    expect(plan.needsCheck).toEqual([]);
    expect(outcome?.sent).toBe(40);
    const addresses = box.delivered.map((message) => message.to.toLowerCase());
    expect(new Set(addresses).size).toBe(40);
    expect(addresses.filter((address) => respondentEmails.has(address))).toEqual([]);
    const ids = box.delivered.map((message) => message.recipient.id);
    expect(ids.filter((id) => paperIds.has(id))).toEqual([]);
  });

  it('lists the 4 non-respondents without an address for a postal reminder, with their postal address', () => {
    const { plan } = runReminders('2023-12-21', [], mailbox());
    expect(plan.postal.map(({ entry }) => entry.id).sort()).toEqual(['C028', 'C058', 'C102', 'C112']);
    expect(plan.postal.every(({ entry, reason }) => reason === 'noAddress' && entry.postal.startsWith('鳥取県'))).toBe(true);
  });

  it('sends nothing when run a second time the same day', () => {
    const log: CellValue[][] = [];
    runReminders('2023-12-21', log, mailbox());
    const again = mailbox();
    const { plan, outcome } = runReminders('2023-12-21', log, again);
    expect(again.delivered).toEqual([]);
    expect(outcome?.sent).toBe(0);
    expect(plan.sending?.alreadySent).toHaveLength(40);
  });

  it('with a quota of 10 sends 10, logs that 30 remain, and sends exactly those 30 the next day', () => {
    const log: CellValue[][] = [];
    const first = mailbox(10);
    const { outcome } = runReminders('2023-12-21', log, first);
    expect(first.delivered).toHaveLength(10);
    expect(outcome?.stoppedBy).toBe('quota');
    expect(outcome?.remaining).toBe(30);
    const last = log[log.length - 1];
    expect(last[LOG_HEADER.indexOf(SEND_LOG.result)]).toBe(SEND_LOG.stopped.quota);
    expect(last[LOG_HEADER.indexOf(SEND_LOG.detail)]).toBe(SEND_LOG.remaining(30));

    const next = mailbox(100);
    runReminders('2023-12-22', log, next);
    expect(next.delivered).toHaveLength(30);
    const firstIds = new Set(first.delivered.map((message) => message.recipient.id));
    expect(next.delivered.filter((message) => firstIds.has(message.recipient.id))).toEqual([]);

    const third = mailbox(100);
    runReminders('2023-12-23', log, third);
    expect(third.delivered).toEqual([]);
  });

  it('sends the second round on 12-26 to those who still have not answered, and nothing after the deadline', () => {
    const log: CellValue[][] = [];
    const first = mailbox();
    runReminders('2023-12-21', log, first);
    const reminded = first.delivered[0].to;
    // One of those reminded answers on 12/23.
    const respondents = [...sampleRespondents(), webAnswer(reminded.toUpperCase(), '', 80)];
    const second = mailbox();
    const { plan } = runReminders('2023-12-26', log, second, { respondents });
    expect(plan.sending?.round).toEqual({ day: '2023-12-26', daysBefore: 2 });
    expect(second.delivered).toHaveLength(39);
    expect(second.delivered.map((message) => message.to)).not.toContain(reminded);

    const after = mailbox();
    const { plan: afterPlan, outcome } = runReminders('2023-12-29', log, after, { respondents });
    expect(afterPlan.sending).toBeNull();
    expect(outcome).toBeNull();
    expect(after.delivered).toEqual([]);
  });

  it('logs a refused address as an error, goes on with the others, and tries it again on the next run', () => {
    const log: CellValue[][] = [];
    const box = mailbox();
    const refused = 'coord001@example.jp';
    box.refused.add(refused);
    const { outcome } = runReminders('2023-12-21', log, box);
    expect(outcome?.sent).toBe(39);
    expect(outcome?.failed).toBe(1);
    // Recorded as sent before the attempt, then the failure.
    const rows = log.filter((row) => row[LOG_HEADER.indexOf(SEND_LOG.address)] === refused);
    expect(rows.map((row) => row[LOG_HEADER.indexOf(SEND_LOG.result)])).toEqual([SEND_LOG.sent, SEND_LOG.failed]);
    const failure = rows[1];
    expect(failure?.[LOG_HEADER.indexOf(SEND_LOG.detail)]).toBe(`Invalid email: ${refused}`);

    const retry = mailbox();
    runReminders('2023-12-21', log, retry);
    expect(retry.delivered.map((message) => message.to)).toEqual([refused]);
  });

  it('does not mail anyone twice when a scheduled run and a manual run overlap', () => {
    // The adapter plans inside its lock from a fresh read of the log: the
    // second run starts after the first has appended its attempts.
    const log: CellValue[][] = [];
    const scheduled = mailbox();
    const manual = mailbox();
    runReminders('2023-12-21', log, scheduled);
    runReminders('2023-12-21', log, manual);
    expect(scheduled.delivered).toHaveLength(40);
    expect(manual.delivered).toEqual([]);
  });
});

describe('planReminders', () => {
  const roster = sampleRoster();
  const match = matchRoster(roster, sampleRespondents(), SAMPLE_SETTINGS.nameQuestionId);

  const mailable = match.people
    .filter((person) => person.status.kind === 'notAnswered' && person.entry.address.kind === 'ok')
    .map((person) => person.entry);

  it('never makes due again someone logged as sent for the round, by 整理番号 or by address', () => {
    const [a, b, c] = mailable;
    const sentLog: CellValue[][] = [
      [...LOG_HEADER],
      [new Date(), a.id, '', '', '2023/12/21（締切7日前）', SEND_LOG.sent, ''],
      // A roster re-imported with other numbers: the address still says who it was.
      [new Date(), 'X999', '', b.email.toUpperCase(), '2023/12/21（締切7日前）', SEND_LOG.sent, ''],
      // A send for another round does not count for this one.
      [new Date(), c.id, '', c.email, '2023/12/14（締切14日前）', SEND_LOG.sent, ''],
    ];
    const plan = planReminders(match, readSentLog(sentLog, TZ), scheduleOn(SAMPLE_SETTINGS, '2023-12-21'));
    expect(plan.sending?.alreadySent).toEqual([a, b]);
    expect(plan.sending?.due).toHaveLength(38);
    expect(plan.sending?.due).toContain(c);
  });

  it('plans nothing to mail before the first round, but still lists the postal reminders', () => {
    const plan = planReminders(match, [], scheduleOn(SAMPLE_SETTINGS, '2023-12-20'));
    expect(plan.sending).toBeNull();
    expect(plan.postal).toHaveLength(4);
  });

  it('sends to no one whose address is malformed or shared, and lists them for post instead', () => {
    const grid = rosterGrid();
    const emailColumn = grid[0].indexOf('メールアドレス');
    const broken = grid.map((row) => [...row]);
    const rowOf = (id: string) => broken.findIndex((row) => row[0] === id);
    const [malformed, shareA, shareB] = mailable.map((entry) => entry.id);
    broken[rowOf(malformed)][emailColumn] = 'coord@example';
    broken[rowOf(shareB)][emailColumn] = String(broken[rowOf(shareA)][emailColumn]).toUpperCase();
    const brokenRoster = sampleRoster(broken);
    const plan = planReminders(matchRoster(brokenRoster, sampleRespondents(), SAMPLE_SETTINGS.nameQuestionId), [], scheduleOn(SAMPLE_SETTINGS, '2023-12-21'));
    const due = plan.sending?.due.map((entry) => entry.id) ?? [];
    expect(due).toHaveLength(37);
    expect(due).not.toContain(malformed);
    expect(due).not.toContain(shareA);
    expect(due).not.toContain(shareB);
    expect(plan.postal.map(({ entry, reason }) => [entry.id, reason])).toEqual(expect.arrayContaining([
      [malformed, 'malformedAddress'], [shareA, 'duplicateAddress'], [shareB, 'duplicateAddress'],
    ]));
  });
});
