/**
 * Who gets a reminder now, given who has answered and what the 送信履歴
 * already holds. Pure, so the adapter can compute it again inside its lock
 * from a fresh read of the log: that re-check is what keeps a scheduled run
 * and a manual one from mailing the same person the same round.
 */
import type { RosterEntry } from './roster';
import type { CheckReason, RosterMatch } from './matching';
import type { SentRecord } from './log';
import type { Round, Schedule } from './rounds';

export type PostalReason = 'noAddress' | 'malformedAddress' | 'duplicateAddress';

export interface PostalEntry {
  readonly entry: RosterEntry;
  readonly reason: PostalReason;
}

export interface Sending {
  readonly round: Round;
  /** Not answered, mailable, and not yet sent this round: in roster order. */
  readonly due: readonly RosterEntry[];
  /** Would be due but already have this round's mail. */
  readonly alreadySent: readonly RosterEntry[];
}

export interface SendPlan {
  readonly schedule: Schedule;
  /** Present exactly when a round is due today. */
  readonly sending: Sending | null;
  /** Not answered and no address mail can safely go to: reminded by post. */
  readonly postal: readonly PostalEntry[];
  /** Neither reminded nor counted as answered until staff resolve them. */
  readonly needsCheck: ReadonlyArray<{ readonly entry: RosterEntry; readonly reasons: readonly CheckReason[] }>;
  readonly answered: number;
  readonly total: number;
}

const POSTAL_REASON: Record<'none' | 'malformed' | 'duplicate', PostalReason> = {
  none: 'noAddress', malformed: 'malformedAddress', duplicate: 'duplicateAddress',
};

/**
 * Sent this round when the log has a success for the round under the same
 * 整理番号 or the same address: a re-imported roster with new numbers still
 * does not mail anyone twice.
 */
function sentThisRound(round: Round, sent: readonly SentRecord[]): (entry: RosterEntry) => boolean {
  const ids = new Set<string>();
  const emails = new Set<string>();
  for (const record of sent) {
    if (record.round !== round.day) continue;
    if (record.idKey !== '') ids.add(record.idKey);
    if (record.emailKey !== '') emails.add(record.emailKey);
  }
  return (entry) => ids.has(entry.idKey) || emails.has(entry.emailKey);
}

export function planReminders(match: RosterMatch, sent: readonly SentRecord[], schedule: Schedule): SendPlan {
  const waiting = match.people.filter((person) => person.status.kind === 'notAnswered').map((person) => person.entry);
  const postal = waiting.flatMap((entry): PostalEntry[] =>
    (entry.address.kind === 'ok' ? [] : [{ entry, reason: POSTAL_REASON[entry.address.kind] }]));
  let sending: Sending | null = null;
  if (schedule.kind === 'due') {
    const { round } = schedule;
    const mailable = waiting.filter((entry) => entry.address.kind === 'ok');
    const wasSent = sentThisRound(round, sent);
    sending = {
      round,
      due: mailable.filter((entry) => !wasSent(entry)),
      alreadySent: mailable.filter(wasSent),
    };
  }
  return {
    schedule,
    sending,
    postal,
    needsCheck: match.people.flatMap(({ entry, status }) => (status.kind === 'needsCheck' ? [{ entry, reasons: status.reasons }] : [])),
    answered: match.people.filter((person) => person.status.kind === 'answered').length,
    total: match.people.length,
  };
}
