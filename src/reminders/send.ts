/**
 * The send loop, with MailApp, the log and the clock passed in so that
 * stopping on the quota or the time limit, and carrying on past a failed
 * address, are pure and tested. The adapter calls it inside its lock, after
 * planning from a fresh read of the log.
 *
 * Each mail is recorded as sent *before* it goes, and a failure is recorded
 * after it (cancelling that record, see readSentLog): a run Google stops
 * between the two loses at most the mail in flight, and never sends a mail
 * twice.
 */
import type { LogEntry, StopReason } from './log';
import type { MailMessage } from './compose';
import type { Round } from './rounds';

export interface Mailer {
  /** MailApp.getRemainingDailyQuota(): asked once, then counted down. */
  remainingQuota(): number;
  /** MailApp.sendEmail; throws when the message cannot be sent. */
  send(message: MailMessage): void;
}

/** 送信履歴: an entry recorded here survives the run being stopped right after. */
export interface Journal {
  record(entry: LogEntry): void;
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

export function sendAll(messages: readonly MailMessage[], round: Round, mailer: Mailer, journal: Journal, clock: Clock): SendOutcome {
  const entries: LogEntry[] = [];
  const record = (entry: LogEntry) => {
    entries.push(entry);
    journal.record(entry);
  };
  let sent = 0;
  let failed = 0;
  let quota = messages.length > 0 ? mailer.remainingQuota() : 0;
  for (let i = 0; i < messages.length; i++) {
    const stop: StopReason | null = clock.outOfTime() ? 'time' : quota < 1 ? 'quota' : null;
    if (stop) {
      const remaining = messages.length - i;
      record({ kind: 'stopped', at: clock.now(), round, reason: stop, remaining });
      return { entries, sent, failed, remaining, stoppedBy: stop };
    }
    const message = messages[i];
    record({ kind: 'sent', at: clock.now(), round, recipient: message.recipient });
    try {
      mailer.send(message);
      sent++;
      quota--;
    } catch (error) {
      record({ kind: 'failed', at: clock.now(), round, recipient: message.recipient, error: error instanceof Error ? error.message : String(error) });
      failed++;
    }
  }
  return { entries, sent, failed, remaining: 0, stoppedBy: null };
}
