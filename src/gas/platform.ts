/** Locks, mail, the user, triggers and document properties: one small wrapper each. */
import { activeSpreadsheet } from './active';

/** Someone else holds the document lock: nothing was done. */
export class DocumentBusy extends Error {}

/**
 * Runs `work` holding the document lock, so two people (or a person and the
 * daily trigger) never write the same sheets at once. Throws DocumentBusy when the
 * lock stays taken for `waitMs`. Pending writes are applied before the lock
 * is released, so the next holder reads what this one wrote.
 */
export function withDocumentLock<T>(waitMs: number, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) throw new DocumentBusy();
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * The address of the person using the add-on, or '' when Google does not
 * give it (an account of another domain, or a run without a user).
 */
export function currentUser(): string {
  return Session.getActiveUser().getEmail();
}

/** The account the script runs as: who owns a trigger it installs. */
export function effectiveUser(): string {
  return Session.getEffectiveUser().getEmail();
}

export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly replyTo: string;
}

export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody,
    ...(mail.name ? { name: mail.name } : {}), ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
  });
}

/**
 * This user's triggers for `handler` in this spreadsheet. Triggers belong to
 * the user who made them; getUserTriggers keeps to this spreadsheet, where
 * getProjectTriggers would, in an add-on, also list the user's triggers in
 * other spreadsheets.
 */
function myTriggers(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(activeSpreadsheet()).filter((trigger) => trigger.getHandlerFunction() === handler);
}

/** Installs a daily trigger owned by the current user; returns its unique id. */
export function installDailyTrigger(handler: string, hour: number, timeZone: string): string {
  return ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create().getUniqueId();
}

/** Removes this user's triggers for `handler` here (only the one with `uid`, when given); returns how many. */
export function removeMyTriggers(handler: string, uid: string | null): number {
  const triggers = myTriggers(handler).filter((trigger) => uid === null || trigger.getUniqueId() === uid);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** A document property: shared by everyone using this spreadsheet, kept across runs. */
export function documentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function setDocumentProperty(key: string, value: string | null): void {
  const properties = PropertiesService.getDocumentProperties();
  if (value === null) properties.deleteProperty(key);
  else properties.setProperty(key, value);
}
