/**
 * Who on the roster has answered. A web answer is theirs when its collected
 * address is theirs, a paper answer when it carries their 整理番号; only an
 * answer that matches no one that way falls back to the name, and only when
 * exactly one roster entry bears it. Anything that could be two people is
 * handed to staff, never guessed: a reminder to someone who has answered is
 * the mistake this feature exists to avoid.
 */
import type { Respondent } from '../model/respondents';
import type { RosterFigures } from '../summary/summarize';
import type { Roster, RosterEntry } from './roster';
import { emailKey, idKey, nameKey } from './keys';

export type MatchedBy = 'email' | 'id' | 'name';

export interface Answer {
  readonly respondent: Respondent;
  readonly by: MatchedBy;
}

export type CheckReason =
  /** An answer that fits this entry and others alike (shared address, 整理番号 or name). */
  | { readonly kind: 'ambiguousAnswer'; readonly respondent: Respondent; readonly by: MatchedBy; readonly candidates: readonly string[] }
  | { readonly kind: 'missingId' }
  | { readonly kind: 'duplicateId' };

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

function index(entries: readonly RosterEntry[], key: (entry: RosterEntry) => string): Map<string, RosterEntry[]> {
  const map = new Map<string, RosterEntry[]>();
  for (const entry of entries) {
    const k = key(entry);
    if (k === '') continue;
    const group = map.get(k);
    if (group) group.push(entry);
    else map.set(k, [entry]);
  }
  return map;
}

export function matchRoster(roster: Roster, respondents: readonly Respondent[], nameQuestionId: string | null): RosterMatch {
  const byEmail = index(roster.entries, (entry) => (entry.email === '' ? '' : emailKey(entry.email)));
  const byId = index(roster.entries, (entry) => idKey(entry.id));
  const byName = index(roster.entries, (entry) => nameKey(entry.name));
  const answers = new Map<RosterEntry, Answer[]>();
  const doubts = new Map<RosterEntry, CheckReason[]>();
  const unmatched: Respondent[] = [];
  const ambiguities: Ambiguity[] = [];

  for (const respondent of respondents) {
    const lookups: Array<[MatchedBy, string, Map<string, RosterEntry[]>]> = [
      respondent.channel === 'web' ? ['email', emailKey(respondent.email), byEmail] : ['id', idKey(respondent.rosterId), byId],
      ['name', nameKey(nameAnswer(respondent, nameQuestionId)), byName],
    ];
    let settled = false;
    for (const [by, key, map] of lookups) {
      const candidates = key === '' ? [] : map.get(key) ?? [];
      if (candidates.length === 0) continue;
      if (candidates.length === 1) {
        answers.set(candidates[0], [...(answers.get(candidates[0]) ?? []), { respondent, by }]);
      } else {
        ambiguities.push({ respondent, by, candidates });
        const reason: CheckReason = { kind: 'ambiguousAnswer', respondent, by, candidates: candidates.map((entry) => entry.id) };
        for (const candidate of candidates) doubts.set(candidate, [...(doubts.get(candidate) ?? []), reason]);
      }
      settled = true;
      break;
    }
    if (!settled) unmatched.push(respondent);
  }

  const people = roster.entries.map((entry): PersonMatch => {
    const found = answers.get(entry);
    if (found) return { entry, status: { kind: 'answered', answers: [...found].sort(byArrival) } };
    const reasons = [...(doubts.get(entry) ?? [])];
    if (entry.idState === 'missing') reasons.push({ kind: 'missingId' });
    if (entry.idState === 'duplicate') reasons.push({ kind: 'duplicateId' });
    return { entry, status: reasons.length > 0 ? { kind: 'needsCheck', reasons } : { kind: 'notAnswered' } };
  });
  return { people, unmatched, ambiguities };
}

/** Earliest first; an answer without a date (a paper answer with no 受付日) last. */
function byArrival(a: Answer, b: Answer): number {
  const at = (answer: Answer) => answer.respondent.receivedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b) || a.respondent.row - b.respondent.row;
}

/** Sent and answered, overall and per value of each roster attribute: the roster side of the summary's response rate. */
export function responseFigures(roster: Roster, match: RosterMatch): RosterFigures {
  const answered = (person: PersonMatch) => person.status.kind === 'answered';
  return {
    size: match.people.length,
    responded: match.people.filter(answered).length,
    attributes: roster.layout.attributes
      .filter((attribute, position, all) => all.findIndex((other) => other.title === attribute.title) === position)
      .map(({ title }) => {
        const values = new Map<string, { sent: number; answered: number }>();
        for (const person of match.people) {
          const label = person.entry.attributes.get(title) ?? '';
          const counts = values.get(label) ?? { sent: 0, answered: 0 };
          counts.sent++;
          if (answered(person)) counts.answered++;
          values.set(label, counts);
        }
        return { title, values: [...values].map(([label, counts]) => ({ label, ...counts })) };
      }),
  };
}
