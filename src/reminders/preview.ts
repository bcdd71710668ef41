/**
 * What the リマインドメール dialog shows before anything is sent: who will
 * get the mail, who will not and why, and the first message exactly as it
 * will read. Crosses google.script.run, so it holds only strings, numbers,
 * booleans, null and arrays of those (no Date, no Map, no undefined).
 */
import { REMINDER_TEXT, ROSTER_STATUS, POSTAL_SHEET, SEND_LOG } from '../messages';
import type { ReminderSettings } from '../settings/settings';
import type { AnswerLink, MailMessage } from './compose';
import { composeMessage, isBlocking, templateProblems } from './compose';
import type { RosterMatch } from './matching';
import { nameAnswer } from './matching';
import type { SendPlan } from './plan';
import type { Roster } from './roster';

export interface PreviewPerson {
  readonly id: string;
  readonly name: string;
  /** The address, the postal address, or why the person is held back. */
  readonly detail: string;
}

export interface ReminderPreview {
  readonly schedule: string;
  /** The due round as the log names it; null when none is due. */
  readonly round: string | null;
  readonly recipients: readonly PreviewPerson[];
  readonly count: number;
  readonly alreadySent: number;
  readonly answered: number;
  readonly total: number;
  readonly postal: readonly PreviewPerson[];
  readonly needsCheck: readonly PreviewPerson[];
  readonly unmatched: readonly string[];
  /** Sending is refused while any of these stand. */
  readonly blocking: readonly string[];
  readonly warnings: readonly string[];
  readonly canSend: boolean;
  readonly first: MailMessage | null;
}

export interface PreviewInput {
  readonly plan: SendPlan;
  readonly roster: Roster;
  readonly match: RosterMatch;
  readonly settings: ReminderSettings;
  readonly link: AnswerLink;
}

export function reminderPreview({ plan, roster, match, settings, link }: PreviewInput): ReminderPreview {
  const problems = templateProblems(settings, link);
  const blocking = problems.filter(isBlocking).map(REMINDER_TEXT.templateProblem);
  const warnings = [
    ...roster.problems.map(REMINDER_TEXT.rosterProblem),
    ...problems.filter((problem) => !isBlocking(problem)).map(REMINDER_TEXT.templateProblem),
  ];
  const { sending, schedule } = plan;
  const due = sending?.due ?? [];
  const first = sending && due.length > 0 && schedule.kind === 'due'
    ? composeMessage(due[0], { ...settings, deadline: schedule.deadline }, link)
    : null;
  return {
    schedule: REMINDER_TEXT.schedule(schedule),
    round: sending ? SEND_LOG.roundLabel(sending.round.day, sending.round.daysBefore) : null,
    recipients: due.map((entry) => ({ id: entry.id, name: entry.name, detail: entry.email })),
    count: due.length,
    alreadySent: sending?.alreadySent.length ?? 0,
    answered: plan.answered,
    total: plan.total,
    postal: plan.postal.map(({ entry, reason }) => ({
      id: entry.id, name: entry.name, detail: entry.postal === '' ? POSTAL_SHEET.reasons[reason] : entry.postal,
    })),
    needsCheck: plan.needsCheck.map(({ entry, reasons }) => ({
      id: entry.id, name: entry.name, detail: reasons.map(ROSTER_STATUS.checkReason).join(ROSTER_STATUS.noteSeparator),
    })),
    unmatched: match.unmatched.map((respondent) => REMINDER_TEXT.unmatched(
      respondent.channel, respondent.row,
      [respondent.email || respondent.rosterId, nameAnswer(respondent, settings.nameQuestionId)].filter((part) => part !== '').join(' / '),
    )),
    blocking,
    warnings,
    canSend: due.length > 0 && blocking.length === 0,
    first,
  };
}
