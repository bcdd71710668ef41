import type { MailMessage } from '../../../src/reminders/compose';
import { sendAll } from '../../../src/reminders/send';

const round = { day: '2023-12-21', daysBefore: 7 };
const at = new Date('2023-12-21T00:00:00Z');
const message = (n: number): MailMessage => ({
  to: `p${n}@example.jp`, subject: 's', body: 'b', htmlBody: 'h', name: '', replyTo: null,
  recipient: { id: `C${n}`, name: `P${n}`, address: `p${n}@example.jp` },
});
const messages = [1, 2, 3, 4, 5].map(message);

describe('sendAll', () => {
  it('checks the quota before each send and stops cleanly, counting who remains', () => {
    let quota = 2;
    const sent: string[] = [];
    const outcome = sendAll(messages, round, { remainingQuota: () => quota, send: (m) => { quota--; sent.push(m.to); } }, { now: () => at, outOfTime: () => false });
    expect(sent).toEqual(['p1@example.jp', 'p2@example.jp']);
    expect(outcome).toMatchObject({ sent: 2, failed: 0, remaining: 3, stoppedBy: 'quota' });
    expect(outcome.entries.map((entry) => entry.kind)).toEqual(['sent', 'sent', 'stopped']);
    expect(outcome.entries[2]).toEqual({ kind: 'stopped', at, round, reason: 'quota', remaining: 3 });
  });

  it('logs a failure and goes on with the others', () => {
    const outcome = sendAll(messages, round, {
      remainingQuota: () => 100,
      send: (m) => { if (m.to === 'p2@example.jp') throw new Error('Invalid email: p2@example.jp'); },
    }, { now: () => at, outOfTime: () => false });
    expect(outcome).toMatchObject({ sent: 4, failed: 1, remaining: 0, stoppedBy: null });
    expect(outcome.entries[1]).toEqual({ kind: 'failed', at, round, recipient: messages[1].recipient, error: 'Invalid email: p2@example.jp' });
  });

  it('stops before the execution time limit, leaving the rest for the next run', () => {
    let calls = 0;
    const outcome = sendAll(messages, round, { remainingQuota: () => 100, send: () => undefined }, { now: () => at, outOfTime: () => ++calls > 3 });
    expect(outcome).toMatchObject({ sent: 3, remaining: 2, stoppedBy: 'time' });
  });

  it('sends nothing and logs the stop when the quota is already spent', () => {
    const outcome = sendAll(messages, round, { remainingQuota: () => 0, send: () => { throw new Error('must not send'); } }, { now: () => at, outOfTime: () => false });
    expect(outcome).toMatchObject({ sent: 0, remaining: 5, stoppedBy: 'quota' });
  });
});
