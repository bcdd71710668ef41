/**
 * The send loop, with MailApp and the clock passed in so that stopping on
 * the quota or the time limit, and carrying on past a failed address, are
 * pure and tested. The adapter calls it inside its lock, after planning from
 * a fresh read of the log, and appends the entries to 送信履歴.
 */
import type { LogEntry, StopReason } from './log';
import type { MailMessage } from './compose';
import type { Round } from './rounds';

export interface Mailer {
  /** MailApp.getRemainingDailyQuota(). */
  remainingQuota(): number;
  /** MailApp.sendEmail; throws when the message cannot be sent. */
  send(message: MailMessage): void;
}

export interface Clock {
  now(): Date;
  /** True when the run must stop to finish inside Apps Script's execution limit. */
  outOfTime(): boolean;
}

export interface SendOutcome {
  readonly entries: readonly LogEntry[];
  readonly sent: number;
  readonly failed: number;
  /** Not attempted this run; they are still due on the next. */
  readonly remaining: number;
  readonly stoppedBy: StopReason | null;
}

export function sendAll(messages: readonly MailMessage[], round: Round, mailer: Mailer, clock: Clock): SendOutcome {
  const entries: LogEntry[] = [];
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < messages.length; i++) {
    const stop: StopReason | null = clock.outOfTime() ? 'time' : mailer.remainingQuota() < 1 ? 'quota' : null;
    if (stop) {
      const remaining = messages.length - i;
      entries.push({ kind: 'stopped', at: clock.now(), round, reason: stop, remaining });
      return { entries, sent, failed, remaining, stoppedBy: stop };
    }
    const message = messages[i];
    try {
      mailer.send(message);
      entries.push({ kind: 'sent', at: clock.now(), round, recipient: message.recipient });
      sent++;
    } catch (error) {
      entries.push({ kind: 'failed', at: clock.now(), round, recipient: message.recipient, error: error instanceof Error ? error.message : String(error) });
      failed++;
    }
  }
  return { entries, sent, failed, remaining: 0, stoppedBy: null };
}
