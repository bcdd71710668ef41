/** Locks, mail, triggers and the session: one small wrapper each. */

/** Someone else holds the document lock: nothing was done. */
export class DocumentBusy extends Error {}

/**
 * Runs `work` holding the document lock, so two people (or a person and the
 * daily trigger) never write the same sheets at once. Throws DocumentBusy when the
 * lock stays taken for `waitMs`.
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

export function currentUser(): string {
  return Session.getActiveUser().getEmail();
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

export function dailyTriggers(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === handler);
}

export function installDailyTrigger(handler: string, hour: number, timeZone: string): void {
  ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
}

export function removeTriggers(handler: string): number {
  const triggers = dailyTriggers(handler);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}
