/**
 * When reminders go out. A round is the day `deadline − N days`, and that day
 * is its identity in the 送信履歴 sheet: whoever has a successful send logged
 * for it is done with it, however many times the action or the trigger runs.
 * A round stays due until the next one starts, so a day the trigger missed or
 * the daily quota cut short is made up on the next run.
 */
import type { Day } from '../model/dates';
import { addDays } from '../model/dates';
import type { ReminderSettings } from '../settings/settings';

export interface Round {
  readonly day: Day;
  readonly daysBefore: number;
}

export type Schedule =
  | { readonly kind: 'noDeadline' }
  | { readonly kind: 'noRounds'; readonly deadline: Day }
  | { readonly kind: 'beforeFirstRound'; readonly deadline: Day; readonly next: Round }
  | { readonly kind: 'due'; readonly deadline: Day; readonly round: Round; readonly next: Round | null }
  | { readonly kind: 'afterDeadline'; readonly deadline: Day };

/** Earliest first; a repeated or meaningless day count (negative, fractional) is dropped. */
export function roundsOf(deadline: Day, daysBefore: readonly number[]): Round[] {
  const counts = [...new Set(daysBefore.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => b - a);
  return counts.map((n) => ({ day: addDays(deadline, -n), daysBefore: n }));
}

export function scheduleOn(settings: Pick<ReminderSettings, 'deadline' | 'daysBefore'>, today: Day): Schedule {
  const { deadline } = settings;
  if (deadline === null) return { kind: 'noDeadline' };
  if (today > deadline) return { kind: 'afterDeadline', deadline };
  const rounds = roundsOf(deadline, settings.daysBefore);
  if (rounds.length === 0) return { kind: 'noRounds', deadline };
  const started = rounds.filter((round) => round.day <= today);
  const next = rounds.find((round) => round.day > today) ?? null;
  if (started.length === 0) return { kind: 'beforeFirstRound', deadline, next: rounds[0] };
  return { kind: 'due', deadline, round: started[started.length - 1], next };
}

/** The daily trigger has nothing left to do: it removes itself. */
export function triggerShouldStop(schedule: Schedule): boolean {
  return schedule.kind === 'noDeadline' || schedule.kind === 'noRounds' || schedule.kind === 'afterDeadline';
}
