/**
 * リマインドメール: who has not answered, a preview, and the sending itself —
 * by hand after the preview, or by the daily trigger. Both send inside the
 * document lock after re-reading 送信履歴, so a round reaches no one twice.
 */
import { COMMON, DIALOGS, REMINDER_RUN, REMINDER_SHEETS, REMINDER_TEXT, SEND_LOG } from '../messages';
import type { AnswerLink } from '../reminders/compose';
import { answerLink, composeMessage, isBlocking, PREFILL_SENTINEL, templateProblems } from '../reminders/compose';
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
import { prefilledUrl } from '../gas/form';
import { dailyTriggers, installDailyTrigger, remainingMailQuota, removeTriggers, sendMail } from '../gas/platform';
import { ownedSheet, readValues, writeBlock, writePlan } from '../gas/sheets';
import { alert, showDialog } from '../gas/ui';
import type { AutomaticResult, ReminderDialog, ReminderSendRequest, ReminderSendResult } from './api';
import type { Everything, RosterLoad } from './context';
import { loadEverything, loadOrThrow, openBook, ROLES, whileLocked } from './context';

/** The top-level function the daily trigger calls. */
const TRIGGER_HANDLER = 'sendScheduledReminders';
const TRIGGER_HOUR = 9;
/** Apps Script stops a run at 6 minutes; sending stops well before, the rest go next time. */
const SENDING_BUDGET_MS = 4.5 * 60_000;

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
  const logSheet = all.book.owned.get(ROLES.log);
  const sent = logSheet ? readSentLog(readValues(logSheet), all.book.timeZone) : [];
  const plan = planReminders(match, sent, scheduleOn(settings, all.book.today));
  const { form, survey } = all.answers;
  const prefilled = form && settings.nameQuestionId ? prefilledUrl(form, settings.nameQuestionId, PREFILL_SENTINEL) : null;
  return { ok: true, ready: { all, roster, rosterData: roster.result.roster, match, plan, link: answerLink(survey.publishedUrl, prefilled) } };
}

export function openReminders(): void {
  showDialog('reminders', DIALOGS.reminders, 760, 680);
}

export function reminderDialog(): ReminderDialog {
  const all = loadOrThrow();
  const state = reminderState(all);
  const automatic = dailyTriggers(TRIGGER_HANDLER).length > 0;
  const quota = remainingMailQuota();
  if (!state.ok) return { kind: 'stopped', messages: state.stopped, automatic, quota };
  const { ready } = state;
  const preview = reminderPreview({ plan: ready.plan, roster: ready.rosterData, match: ready.match, settings: all.settings.settings.reminders, link: ready.link });
  return { kind: 'ready', preview, automatic, quota };
}

/** Sends to the people due now (only those in `only`, when given) and records everything. */
function sendDue(ready: Ready, only: ReadonlySet<string> | null): SendOutcome | null {
  const { all, plan } = ready;
  const settings = all.settings.settings.reminders;
  if (!plan.sending || plan.schedule.kind !== 'due') return null;
  if (templateProblems(settings, ready.link).some(isBlocking)) return null;
  const template = { ...settings, deadline: plan.schedule.deadline };
  const due = plan.sending.due.filter((entry) => !only || only.has(entry.id));
  const messages = due.map((entry) => composeMessage(entry, template, ready.link));
  const started = Date.now();
  const outcome = sendAll(messages, plan.sending.round, {
    remainingQuota: remainingMailQuota,
    send: (message) => sendMail({ ...message, replyTo: message.replyTo ?? '' }),
  }, { now: () => new Date(), outOfTime: () => Date.now() - started > SENDING_BUDGET_MS });
  appendLog(ready, outcome);
  record(ready);
  return outcome;
}

function appendLog(ready: Ready, outcome: SendOutcome): void {
  if (outcome.entries.length === 0) return;
  const { book } = ready.all;
  const sheet = ownedSheet(ROLES.log, REMINDER_SHEETS.log, book.owned);
  const lastRow = sheet.getLastRow();
  const rows = [...(lastRow === 0 ? [[...LOG_HEADER]] : []), ...outcome.entries.map(logRow)];
  writeBlock(sheet, lastRow + 1, 1, rows, rows.map(() => LOG_FORMATS));
  if (lastRow === 0) {
    sheet.getRange(1, 1, 1, LOG_HEADER.length).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
}

/** The 郵送リマインド list and the roster's status columns, as of this run. */
function record(ready: Ready): void {
  const { book } = ready.all;
  writePlan(ownedSheet(ROLES.postal, REMINDER_SHEETS.postal, book.owned), postalSheet(ready.plan.postal, ready.rosterData.layout));
  const block = statusBlock(ready.rosterData, ready.match);
  writeBlock(ready.roster.sheet, block.row, block.column, block.values, block.formats);
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
export function sendScheduledReminders(): void {
  // Everything is read once, inside the lock: the log it decides from is the one no other run is writing.
  whileLocked(() => {
    const loaded = loadEverything(openBook());
    if (!loaded.ok) return;
    const { all } = loaded;
    if (triggerShouldStop(scheduleOn(all.settings.settings.reminders, all.book.today))) {
      removeTriggers(TRIGGER_HANDLER);
      return;
    }
    const state = reminderState(all);
    if (!state.ok) return;
    // The roster's status columns and the postal list are brought up to date every day, sending or not.
    if (!sendDue(state.ready, null)) record(state.ready);
  });
}

export function reminderAutomatic(on: boolean): AutomaticResult {
  const installed = dailyTriggers(TRIGGER_HANDLER).length > 0;
  if (!on) {
    if (!installed) return { automatic: false, message: REMINDER_RUN.alreadyOff };
    removeTriggers(TRIGGER_HANDLER);
    return { automatic: false, message: REMINDER_RUN.automaticOff };
  }
  if (installed) return { automatic: true, message: REMINDER_RUN.alreadyOn };
  const all = loadOrThrow();
  if (!all.settings.settings.reminders.deadline) return { automatic: false, message: REMINDER_RUN.noDeadline };
  installDailyTrigger(TRIGGER_HANDLER, TRIGGER_HOUR, all.book.timeZone);
  return { automatic: true, message: REMINDER_RUN.automaticOn(TRIGGER_HOUR) };
}

export function enableAutoReminders(): void {
  alert(reminderAutomatic(true).message);
}

export function disableAutoReminders(): void {
  alert(reminderAutomatic(false).message);
}
