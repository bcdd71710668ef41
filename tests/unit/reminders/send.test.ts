import type { MailMessage } from '../../../src/reminders/compose';
import type { LogEntry } from '../../../src/reminders/log';
import { logRow, LOG_HEADER, readSentLog } from '../../../src/reminders/log';
import { sendAll } from '../../../src/reminders/send';

const round = { day: '2023-12-21', daysBefore: 7 };
const at = new Date('2023-12-21T00:00:00Z');
const message = (n: number): MailMessage => ({
  to: `p${n}@example.jp`, subject: 's', body: 'b', htmlBody: 'h', name: '', replyTo: null,
  recipient: { id: `C${n}`, name: `P${n}`, address: `p${n}@example.jp` },
});
const messages = [1, 2, 3, 4, 5].map(message);
const clock = { now: () => at, outOfTime: () => false };

/** What happened, in order: 'log:sent C1', 'mail p1@…' … */
function recorder() {
  const events: string[] = [];
  const journal = { record: (entry: LogEntry) => { events.push(`log:${entry.kind}${'recipient' in entry ? ` ${entry.recipient.id}` : ''}`); } };
  return { events, journal };
}

describe('sendAll', () => {
  it('records each mail in the log before sending it, so a run stopped midway never mails anyone twice', () => {
    const { events, journal } = recorder();
    sendAll(messages.slice(0, 2), round, { remainingQuota: () => 10, send: (m) => { events.push(`mail ${m.to}`); } }, journal, clock);
    expect(events).toEqual(['log:sent C1', 'mail p1@example.jp', 'log:sent C2', 'mail p2@example.jp']);
  });

  it('asks for the quota once and counts it down, stopping cleanly with who remains', () => {
    let asked = 0;
    const sent: string[] = [];
    const { journal } = recorder();
    const outcome = sendAll(messages, round, { remainingQuota: () => { asked++; return 2; }, send: (m) => { sent.push(m.to); } }, journal, clock);
    expect(asked).toBe(1);
    expect(sent).toEqual(['p1@example.jp', 'p2@example.jp']);
    expect(outcome).toMatchObject({ sent: 2, failed: 0, remaining: 3, stoppedBy: 'quota' });
    expect(outcome.entries.map((entry) => entry.kind)).toEqual(['sent', 'sent', 'stopped']);
    expect(outcome.entries[2]).toEqual({ kind: 'stopped', at, round, reason: 'quota', remaining: 3 });
  });

  it('logs a failure after the attempt and goes on with the others; the failure cancels that person\'s record', () => {
    const { events, journal } = recorder();
    const outcome = sendAll(messages, round, {
      remainingQuota: () => 100,
      send: (m) => { if (m.to === 'p2@example.jp') throw new Error('Invalid email: p2@example.jp'); },
    }, journal, clock);
    expect(outcome).toMatchObject({ sent: 4, failed: 1, remaining: 0, stoppedBy: null });
    expect(events.slice(1, 3)).toEqual(['log:sent C2', 'log:failed C2']);
    expect(outcome.entries[2]).toEqual({ kind: 'failed', at, round, recipient: messages[1].recipient, error: 'Invalid email: p2@example.jp' });
    const log = [[...LOG_HEADER], ...outcome.entries.map(logRow)];
    expect(readSentLog(log, 'Asia/Tokyo').map((record) => record.idKey).sort()).toEqual(['c1', 'c3', 'c4', 'c5']);
  });

  it('stops before the execution time limit, leaving the rest for the next run', () => {
    let calls = 0;
    const { journal } = recorder();
    const outcome = sendAll(messages, round, { remainingQuota: () => 100, send: () => undefined }, journal, { now: () => at, outOfTime: () => ++calls > 3 });
    expect(outcome).toMatchObject({ sent: 3, remaining: 2, stoppedBy: 'time' });
  });

  it('sends nothing and logs the stop when the quota is already spent', () => {
    const { journal } = recorder();
    const outcome = sendAll(messages, round, { remainingQuota: () => 0, send: () => { throw new Error('must not send'); } }, journal, clock);
    expect(outcome).toMatchObject({ sent: 0, remaining: 5, stoppedBy: 'quota' });
  });
});
