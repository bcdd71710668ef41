/**
 * リマインドメール: who has not answered, a preview, and the sending itself —
 * by hand after the preview, or by the daily trigger. Both send inside the
 * document lock after re-reading 送信履歴, so a round reaches no one twice.
 */
import { dayOf, formatDay } from '../model/dates';
import { tablePlan } from '../model/sheet-plan';
import { COMMON, DIALOGS, REMINDER_RUN, REMINDER_SHEETS, REMINDER_TEXT, SEND_LOG } from '../messages';
import type { AnswerLink } from '../reminders/compose';
import { answerLink, composeMessage, isBlocking, templateProblems } from '../reminders/compose';
import { LOG_FORMATS, LOG_HEADER, logRow, readSentLog } from '../reminders/log';
import type { RosterMatch } from '../reminders/matching';
import type { SendPlan } from '../reminders/plan';
import { planReminders } from '../reminders/plan';
import { postalSheet } from '../reminders/postal';
import { reminderPreview } from '../reminders/preview';
import type { Roster } from '../reminders/roster';
import { scheduleOn, triggerShouldStop } from '../reminders/rounds';
import type { SendOutcome } from '../reminders/send';
import { sendAll } from '../reminders/send';
import { statusBlock } from '../reminders/status';
import { documentProperty, effectiveUser, installDailyTrigger, remainingMailQuota, removeMyTriggers, sendMail, setDocumentProperty } from '../gas/platform';
import { alert, showDialog } from '../gas/ui';
import type { AutomaticResult, AutomaticState, ReminderDialog, ReminderSendRequest, ReminderSendResult } from './api';
import type { Book, Everything, RosterLoad } from './context';
import { loadEverything, loadOrThrow, openBook, ROLES, whileLocked } from './context';

/** The top-level function the daily trigger calls. */
const TRIGGER_HANDLER = 'sendScheduledReminders';
const TRIGGER_HOUR = 9;
/**
 * Apps Script stops a run at 6 minutes, counted from the start of the
 * execution: sending stops well before, the rest go next time.
 */
const SENDING_BUDGET_MS = 4.5 * 60_000;
/** Who turned the daily sending on, when, and which trigger is theirs (a document property: everyone sees it). */
const AUTOMATIC_KEY = 'reminders.automatic';

interface Ready {
  readonly all: Everything;
  readonly roster: RosterLoad;
  readonly rosterData: Roster;
  readonly match: RosterMatch;
  readonly plan: SendPlan;
  readonly link: AnswerLink;
}

type State = { readonly ok: true; readonly ready: Ready } | { readonly ok: false; readonly stopped: readonly string[] };

function reminderState(all: Everything): State {
  const { roster, match } = all;
  if (!roster) return { ok: false, stopped: [COMMON.noRoster] };
  if (!roster.result.ok || !match) return { ok: false, stopped: [REMINDER_TEXT.missingColumns(roster.result.ok ? [] : roster.result.missing)] };
  const settings = all.settings.settings.reminders;
  const sent = readSentLog(all.book.sheets.read(ROLES.log) ?? [], all.book.timeZone);
  const plan = planReminders(match, sent, scheduleOn(settings, all.book.today));
  const { prefill, survey } = all.answers;
  const prefilled = settings.nameQuestionId ? prefill[settings.nameQuestionId] ?? null : null;
  return { ok: true, ready: { all, roster, rosterData: roster.result.roster, match, plan, link: answerLink(survey.publishedUrl, prefilled) } };
}

export function openReminders(): void {
  showDialog('reminders', DIALOGS.reminders, 760, 680);
}

interface AutomaticRecord {
  readonly owner: string;
  /** ISO instant. */
  readonly since: string;
  readonly uid: string;
  /** ISO instant of the trigger's last run. */
  readonly lastRun?: string;
}

/**
 * A daily trigger that has not run for this long is taken to be gone (its
 * owner left, or removed it elsewhere): someone else may then turn the
 * sending on in their name. Should it still exist, its next run sees it is
 * not the recorded one and removes itself.
 */
const ABANDONED_AFTER_MS = 3 * 24 * 60 * 60_000;

function abandoned(record: AutomaticRecord, now: Date): boolean {
  return now.getTime() - Date.parse(record.lastRun ?? record.since) > ABANDONED_AFTER_MS;
}

function automaticRecord(): AutomaticRecord | null {
  const text = documentProperty(AUTOMATIC_KEY);
  if (!text) return null;
  try {
    const record = JSON.parse(text) as AutomaticRecord;
    return typeof record.owner === 'string' && typeof record.uid === 'string' ? record : null;
  } catch {
    return null;
  }
}

function automaticState(record: AutomaticRecord | null, book: Book, me = effectiveUser()): AutomaticState {
  if (!record) return { on: false, by: null, mine: false, abandoned: false };
  return {
    on: true, by: REMINDER_RUN.automaticBy(record.owner, formatDay(dayOf(new Date(record.since), book.timeZone))),
    mine: record.owner === me, abandoned: record.owner !== me && abandoned(record, book.now),
  };
}

export function reminderDialog(): ReminderDialog {
  const all = loadOrThrow();
  const state = reminderState(all);
  const automatic = automaticState(automaticRecord(), all.book);
  const quota = remainingMailQuota();
  if (!state.ok) return { kind: 'stopped', messages: state.stopped, automatic, quota };
  const { ready } = state;
  const preview = reminderPreview({ plan: ready.plan, roster: ready.rosterData, match: ready.match, settings: all.settings.settings.reminders, link: ready.link });
  return { kind: 'ready', preview, automatic, quota };
}

/**
 * Sends to the people due now (only those in `only`, when given). Each
 * attempt is in 送信履歴 before the mail goes: a run Google stops midway
 * loses at most the mail in flight, and the next run never mails anyone twice.
 */
function sendDue(ready: Ready, only: ReadonlySet<string> | null): SendOutcome | null {
  const { all, plan } = ready;
  const { book } = all;
  const settings = all.settings.settings.reminders;
  if (!plan.sending || plan.schedule.kind !== 'due') return null;
  if (templateProblems(settings, ready.link).some(isBlocking)) return null;
  const template = { ...settings, deadline: plan.schedule.deadline };
  const due = plan.sending.due.filter((entry) => !only || only.has(entry.id));
  const messages = due.map((entry) => composeMessage(entry, template, ready.link));
  if (!book.sheets.has(ROLES.log)) book.sheets.writeTable(ROLES.log, tablePlan(REMINDER_SHEETS.log, [LOG_HEADER], LOG_FORMATS));
  const started = book.now.getTime();
  const outcome = sendAll(messages, plan.sending.round, {
    remainingQuota: remainingMailQuota,
    send: (message) => sendMail({ ...message, replyTo: message.replyTo ?? '' }),
  }, {
    record: (entry) => {
      book.sheets.appendRow(ROLES.log, logRow(entry));
      book.sheets.flush();
    },
  }, { now: () => new Date(), outOfTime: () => Date.now() - started > SENDING_BUDGET_MS });
  record(ready);
  return outcome;
}

/** The 郵送リマインド list and the roster's status columns, as of this run. */
function record(ready: Ready): void {
  const { book } = ready.all;
  book.sheets.writeTable(ROLES.postal, postalSheet(ready.plan.postal, ready.rosterData.layout));
  const block = statusBlock(ready.rosterData, ready.match);
  book.sheets.writeRows(ROLES.roster, block.row, block.column, block.values, block.formats);
}

export function reminderSend(request: ReminderSendRequest): ReminderSendResult {
  return whileLocked((): ReminderSendResult => {
    // Decided again on fresh data: the trigger or another person may have sent since the preview.
    const state = reminderState(loadOrThrow());
    if (!state.ok) return { kind: 'nothing', message: state.stopped.join('\n') };
    const { sending } = state.ready.plan;
    if (!sending) return { kind: 'nothing', message: REMINDER_RUN.nothingDue };
    if (SEND_LOG.roundLabel(sending.round.day, sending.round.daysBefore) !== request?.round) return { kind: 'changed', message: REMINDER_RUN.changed };
    const confirmed = new Set((request.recipients ?? []).map(String));
    if (!sending.due.some((entry) => confirmed.has(entry.id))) return { kind: 'nothing', message: REMINDER_RUN.nothingDue };
    const outcome = sendDue(state.ready, confirmed);
    if (!outcome) return { kind: 'nothing', message: REMINDER_RUN.blocked };
    return { kind: 'sent', message: REMINDER_TEXT.sendOutcome(outcome), sent: outcome.sent, failed: outcome.failed, remaining: outcome.remaining };
  });
}

/**
 * The daily trigger. Safe at any hour and any number of times: it sends the
 * round due today to whoever has not had it, and removes itself once the
 * deadline has passed. It runs without a user interface: it never shows anything.
 */
export function sendScheduledReminders(event?: { readonly triggerUid?: unknown }): void {
  const uid = event?.triggerUid ? String(event.triggerUid) : null;
  // Everything is read once, inside the lock: the log it decides from is the one no other run is writing.
  whileLocked(() => {
    const automatic = automaticRecord();
    if (uid !== null && automatic && automatic.uid !== uid) {
      // A second daily trigger (another person's, or left from an older version): only the recorded one sends.
      removeMyTriggers(TRIGGER_HANDLER, uid);
      return;
    }
    const book = openBook();
    // Adopted when there is no record (made by an older version); either way, seen running today.
    const kept = automatic ?? { owner: effectiveUser(), since: book.now.toISOString(), uid: uid ?? '' };
    if (uid !== null) setDocumentProperty(AUTOMATIC_KEY, JSON.stringify({ ...kept, lastRun: book.now.toISOString() }));
    const loaded = loadEverything(book);
    if (!loaded.ok) return;
    const all = loaded.value;
    if (triggerShouldStop(scheduleOn(all.settings.settings.reminders, all.book.today))) {
      removeMyTriggers(TRIGGER_HANDLER, uid);
      setDocumentProperty(AUTOMATIC_KEY, null);
      return;
    }
    const state = reminderState(all);
    if (!state.ok) return;
    // The roster's status columns and the postal list are brought up to date every day, sending or not.
    if (!sendDue(state.ready, null)) record(state.ready);
  });
}

/**
 * Turns the daily sending on or off. Triggers belong to the person who made
 * them: there is only ever one, and only its owner can remove it; everyone
 * else is told whose it is.
 */
export function reminderAutomatic(on: boolean): AutomaticResult {
  const book = openBook();
  const me = effectiveUser();
  const record = automaticRecord();
  const result = (message: string, now: AutomaticRecord | null = record): AutomaticResult => ({ automatic: automaticState(now, book, me), message });
  if (!on) {
    if (record && record.owner !== me) return result(REMINDER_RUN.ownedByOther(record.owner));
    // Also any trigger of this user's left without a record (an older version's).
    const removed = removeMyTriggers(TRIGGER_HANDLER, null);
    if (!record && removed === 0) return result(REMINDER_RUN.alreadyOff);
    setDocumentProperty(AUTOMATIC_KEY, null);
    return result(REMINDER_RUN.automaticOff, null);
  }
  if (record && (record.owner === me || !abandoned(record, book.now))) return result(record.owner === me ? REMINDER_RUN.alreadyOn : REMINDER_RUN.ownedByOther(record.owner));
  const all = loadOrThrow(book);
  if (!all.settings.settings.reminders.deadline) return result(REMINDER_RUN.noDeadline);
  removeMyTriggers(TRIGGER_HANDLER, null);
  const uid = installDailyTrigger(TRIGGER_HANDLER, TRIGGER_HOUR, book.timeZone);
  const made = { owner: me, since: book.now.toISOString(), uid };
  setDocumentProperty(AUTOMATIC_KEY, JSON.stringify(made));
  return result(record ? REMINDER_RUN.tookOver(record.owner, TRIGGER_HOUR) : REMINDER_RUN.automaticOn(TRIGGER_HOUR), made);
}

export function enableAutoReminders(): void {
  alert(reminderAutomatic(true).message);
}

export function disableAutoReminders(): void {
  alert(reminderAutomatic(false).message);
}
