/**
 * A paper questionnaire once it has been read and checked, whether a clerk
 * typed it into the sidebar or it came in a batch, and the checks both ways
 * share: whose questionnaire it is.
 */
import type { FieldAnswer } from '../model/cells';
import type { Day } from '../model/dates';
import type { Channel } from '../model/respondents';

export interface PaperAnswer {
  /** Normalised (see normalizeRosterId). */
  readonly rosterId: string;
  readonly receivedOn: Day;
  /** Field id → answer; fields left blank on paper are absent (無回答). */
  readonly answers: ReadonlyMap<string, FieldAnswer>;
}

/** Who may answer and who already has: computed by the caller from the roster and both answer sheets. */
export interface RosterCheck {
  /** Null when there is no roster: any 整理番号 is accepted. */
  readonly rosterIds: ReadonlySet<string> | null;
  /** 整理番号 → how that person already answered. */
  readonly answered: ReadonlyMap<string, Channel>;
  /**
   * 整理番号 that several roster rows share → those rows (1-based). An answer
   * carrying one is still an answer, taken with a note: no one can say whose.
   */
  readonly shared: ReadonlyMap<string, readonly number[]>;
}

export type RosterProblem =
  | { readonly kind: 'missingRosterId' }
  | { readonly kind: 'unknownRosterId'; readonly rosterId: string }
  /** `sharedOnRoster`: the earlier answer may be the other person's with the same 整理番号. */
  | { readonly kind: 'alreadyAnswered'; readonly rosterId: string; readonly channel: Channel; readonly sharedOnRoster: boolean };

/** 整理番号 as printed, whatever width and case the clerk typed it in. */
export function normalizeRosterId(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

/** The check with its ids normalised once, so that a batch compares like with like. */
export function normalizedRosterCheck(check: RosterCheck): RosterCheck {
  const rosterIds = check.rosterIds === null ? null : new Set([...check.rosterIds].map(normalizeRosterId));
  const answered = new Map<string, Channel>();
  for (const [id, channel] of check.answered) {
    const key = normalizeRosterId(id);
    // Web wins: a paper copy of a web answer is the one to hold.
    if (answered.get(key) !== 'web') answered.set(key, channel);
  }
  const shared = new Map([...check.shared].map(([id, rows]) => [normalizeRosterId(id), rows]));
  return { rosterIds, answered, shared };
}

/** `rosterId` normalised; `check` as normalizedRosterCheck returns it. */
export function rosterProblem(rosterId: string, check: RosterCheck): RosterProblem | null {
  if (rosterId === '') return { kind: 'missingRosterId' };
  if (check.rosterIds !== null && !check.rosterIds.has(rosterId)) return { kind: 'unknownRosterId', rosterId };
  const channel = check.answered.get(rosterId);
  return channel ? { kind: 'alreadyAnswered', rosterId, channel, sharedOnRoster: check.shared.has(rosterId) } : null;
}
