/**
 * Who on the roster has answered. A web answer is theirs when its collected
 * address is theirs, a paper answer when it carries their 整理番号; only an
 * answer that matches no one that way falls back to the name, and only when
 * exactly one roster entry bears it. Anything that could be two people is
 * handed to staff, never guessed: a reminder to someone who has answered is
 * the mistake this feature exists to avoid. A row whose 整理番号 another row
 * has too is matched to nothing until the roster is fixed: the paper checks,
 * the sidebar and 送信履歴 all know a person by 整理番号, so such a row cannot
 * be told from the other in them.
 */
import type { Respondent } from '../model/respondents';
import type { RosterDuplicate, RosterFigures } from '../summary/summarize';
import type { Roster, RosterEntry } from './roster';
import type { KeyIndex } from './key-index';
import { indexBy } from './key-index';
import { emailKey, idKey, nameKey } from './keys';

export type MatchedBy = 'email' | 'id' | 'name';

export interface Answer {
  readonly respondent: Respondent;
  readonly by: MatchedBy;
}

export type CheckReason =
  /** An answer that fits this entry and others alike (shared address or name). */
  | { readonly kind: 'ambiguousAnswer'; readonly respondent: Respondent; readonly by: MatchedBy; readonly candidates: readonly string[] }
  /** An answer that points at this entry, whose 整理番号 is shared: not counted until that is fixed. */
  | { readonly kind: 'heldAnswer'; readonly respondent: Respondent; readonly by: MatchedBy }
  | { readonly kind: 'missingId' }
  /** `rows`: the other 1-based sheet rows with the same 整理番号. */
  | { readonly kind: 'duplicateId'; readonly rows: readonly number[] };

export type PersonStatus =
  /** Answers in the order they arrived; the first is the one the roster shows. */
  | { readonly kind: 'answered'; readonly answers: readonly Answer[] }
  | { readonly kind: 'notAnswered' }
  /** Not to be reminded until staff have resolved the reasons. */
  | { readonly kind: 'needsCheck'; readonly reasons: readonly CheckReason[] };

export interface PersonMatch {
  readonly entry: RosterEntry;
  readonly status: PersonStatus;
}

export interface Ambiguity {
  readonly respondent: Respondent;
  readonly by: MatchedBy;
  readonly candidates: readonly RosterEntry[];
}

export interface RosterMatch {
  /** One per roster entry, in roster order. */
  readonly people: readonly PersonMatch[];
  /** Answers that belong to no one on the roster. */
  readonly unmatched: readonly Respondent[];
  readonly ambiguities: readonly Ambiguity[];
}

/** The respondent's answer to the name question, or '' when there is none. */
export function nameAnswer(respondent: Respondent, nameQuestionId: string | null): string {
  if (nameQuestionId === null) return '';
  const answer = respondent.answers.get(nameQuestionId);
  return answer && answer.kind === 'text' ? answer.text : '';
}

/** Shared: most people on a large roster have not answered, and a status is never changed. */
const NOT_ANSWERED: PersonStatus = { kind: 'notAnswered' };

export function matchRoster(roster: Roster, respondents: readonly Respondent[], nameQuestionId: string | null): RosterMatch {
  // Built on the first answer that needs it: most answers are settled by address or 整理番号.
  let byName: KeyIndex<RosterEntry> | null = null;
  const names = () => (byName ??= indexBy(roster.entries, (entry) => entry.nameKey));
  const answers = new Map<RosterEntry, Answer[]>();
  const doubts = new Map<RosterEntry, CheckReason[]>();
  const unmatched: Respondent[] = [];
  const ambiguities: Ambiguity[] = [];

  const doubt = (entry: RosterEntry, reason: CheckReason) => {
    const reasons = doubts.get(entry);
    if (reasons) reasons.push(reason);
    else doubts.set(entry, [reason]);
  };

  /** False when no one on the roster has the key. */
  const settle = (respondent: Respondent, by: MatchedBy, key: string, index: KeyIndex<RosterEntry>): boolean => {
    const entry = index.unique.get(key);
    if (entry) {
      if (entry.idState === 'duplicate') {
        doubt(entry, { kind: 'heldAnswer', respondent, by });
        return true;
      }
      const found = answers.get(entry);
      if (found) found.push({ respondent, by });
      else answers.set(entry, [{ respondent, by }]);
      return true;
    }
    const candidates = index.shared.get(key);
    if (!candidates) return false;
    ambiguities.push({ respondent, by, candidates });
    // A shared 整理番号: every candidate is flagged as such, and their rows already say which ones.
    const reason: CheckReason = by === 'id'
      ? { kind: 'heldAnswer', respondent, by }
      : { kind: 'ambiguousAnswer', respondent, by, candidates: candidates.map((candidate) => candidate.id) };
    for (const candidate of candidates) doubt(candidate, reason);
    return true;
  };

  for (let i = 0; i < respondents.length; i++) {
    const respondent = respondents[i];
    const settled = respondent.channel === 'web'
      ? settle(respondent, 'email', emailKey(respondent.email), roster.byEmail)
      : settle(respondent, 'id', idKey(respondent.rosterId), roster.byId);
    if (settled) continue;
    const name = nameKey(nameAnswer(respondent, nameQuestionId));
    if (name === '' || !settle(respondent, 'name', name, names())) unmatched.push(respondent);
  }

  const people = roster.entries.map((entry): PersonMatch => {
    const found = answers.get(entry);
    // The lists are this function's own, so they are sorted in place.
    if (found) return { entry, status: { kind: 'answered', answers: found.length > 1 ? found.sort(byArrival) : found } };
    const doubted = doubts.get(entry);
    if (!doubted && entry.idState === 'ok') return { entry, status: NOT_ANSWERED };
    // The row's own flaw first: it is what staff fix, and what the answers wait on.
    const reasons: CheckReason[] = [];
    if (entry.idState === 'missing') reasons.push({ kind: 'missingId' });
    if (entry.idState === 'duplicate') reasons.push({ kind: 'duplicateId', rows: otherRows(roster, entry) });
    if (doubted) reasons.push(...doubted);
    return { entry, status: { kind: 'needsCheck', reasons } };
  });
  return { people, unmatched, ambiguities };
}

/** The other rows with the entry's 整理番号. */
function otherRows(roster: Roster, entry: RosterEntry): number[] {
  return (roster.byId.shared.get(entry.idKey) ?? []).filter((other) => other !== entry).map((other) => other.row);
}

/** Earliest first; an answer without a date (a paper answer with no 受付日) last. */
function byArrival(a: Answer, b: Answer): number {
  const at = (answer: Answer) => answer.respondent.receivedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b) || a.respondent.row - b.respondent.row;
}

/** Sent and answered, overall and per value of each roster attribute: the roster side of the summary's response rate. */
/** More distinct values than this and a roster column is not a grouping worth a response rate. */
const MAX_GROUPS = 30;

export function responseFigures(roster: Roster, match: RosterMatch): RosterFigures {
  let responded = 0;
  const { people } = match;
  for (let i = 0; i < people.length; i++) if (people[i].status.kind === 'answered') responded++;
  const breakdowns = roster.layout.attributes.map(({ title }, index) => {
    const values = new Map<string, { sent: number; answered: number }>();
    for (let i = 0; i < people.length; i++) {
      const person = people[i];
      const label = person.entry.attributes[index] ?? '';
      let counts = values.get(label);
      if (!counts) {
        counts = { sent: 0, answered: 0 };
        values.set(label, counts);
      }
      counts.sent++;
      if (person.status.kind === 'answered') counts.answered++;
    }
    return { title, values: [...values].map(([label, counts]) => ({ label, ...counts })) };
  });
  const duplicates = roster.problems.flatMap((problem): RosterDuplicate[] => {
    if (problem.kind === 'duplicateId') return [{ key: 'id', value: problem.id, rows: problem.rows }];
    if (problem.kind === 'duplicateAddress') return [{ key: 'email', value: problem.address, rows: problem.rows }];
    return [];
  });
  return {
    size: match.people.length,
    responded,
    duplicates,
    // A column that sorts people into groups (職種, 圏域) gives rates; one that is
    // nearly a value per person (フリガナ, 備考, a running number) does not.
    attributes: breakdowns.filter((breakdown) => breakdown.values.length <= MAX_GROUPS && breakdown.values.length * 2 <= Math.max(match.people.length, 2)),
  };
}
