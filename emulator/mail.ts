/**
 * MailApp: sends into an outbox the Node side reads, from the user the
 * script runs as. A daily quota per user counts recipients (to + cc + bcc),
 * as Google's "email recipients per day" does, and starts again when the
 * emulated date (in the script's time zone) changes. The quotas page's
 * limits per message apply too: 50 recipients, a 200 KB body (a consumer
 * account's). Texts: "Service invoked too many times for one day: email.",
 * "Invalid email: <address>", "Limit Exceeded: Email Recipients Per
 * Message." and "Limit Exceeded: Email Body Size." as Apps Script reports
 * them (issue threads and failure e-mails); "Failed to send email: no
 * recipient" for a message without any.
 */
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';
import type { SentMail } from './view';

const METHODS = ['sendEmail', 'getRemainingDailyQuota'] as const;
type GMailApp = GoogleAppsScript.Mail.MailApp;
export const MAIL_APP = classSpec<GMailApp>()('MailApp', 'MailApp', METHODS);

export interface MailState {
  readonly outbox: SentMail[];
  /** Per user: recipients counted against the quota on `day` (yyyy-MM-dd in the script's zone). */
  readonly used: Record<string, { day: string; recipients: number }>;
}

const RECIPIENTS_PER_MESSAGE = 50;
const BODY_LIMIT = 200 * 1024;

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]+$/;

/** "a@x.jp, Name <b@y.jp>" → the addresses, each checked. */
function recipients(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list).split(',').map((part) => part.trim()).filter((part) => part !== '').map((part) => {
    const address = /<([^>]*)>\s*$/.exec(part)?.[1].trim() ?? part;
    if (!ADDRESS.test(address)) fail(`Invalid email: ${address}`);
    return address;
  });
}

interface Message {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

function optionsOf(value: unknown, method: string, args: readonly unknown[]): Partial<Message> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) signatureMismatch(method, args);
  return value as Partial<Message>;
}

export class MailAppImpl implements Pick<GMailApp, typeof METHODS[number]> {
  constructor(private readonly env: Env, private readonly state: MailState, private readonly quota: number) {}

  private today(): string {
    const wall = this.env.zone.wall(this.env.nowMs());
    return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  }

  private usedToday(): number {
    const used = this.state.used[this.env.user];
    return used?.day === this.today() ? used.recipients : 0;
  }

  getRemainingDailyQuota(): number {
    return Math.max(0, this.quota - this.usedToday());
  }

  /** (message), (recipient, subject, body), (recipient, subject, body, options), (to, replyTo, subject, body). */
  sendEmail(...args: unknown[]): void {
    const method = 'MailApp.sendEmail';
    let message: Partial<Message>;
    if (args.length === 1) message = optionsOf(args[0], method, args);
    else if (args.length === 3 && args.every((arg) => typeof arg === 'string')) {
      message = { to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    } else if (args.length === 4 && args.every((arg) => typeof arg === 'string')) {
      message = { to: args[0] as string, replyTo: args[1] as string, subject: args[2] as string, body: args[3] as string };
    } else if (args.length === 4 && args.slice(0, 3).every((arg) => typeof arg === 'string')) {
      message = { ...optionsOf(args[3], method, args), to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    } else signatureMismatch(method, args);
    const count = recipients(message.to).length + recipients(message.cc).length + recipients(message.bcc).length;
    if (count === 0) fail('Failed to send email: no recipient');
    if (count > RECIPIENTS_PER_MESSAGE) fail('Limit Exceeded: Email Recipients Per Message.');
    // Whether Google measures the plain and HTML bodies apart is not documented: together is the strict reading.
    const bodyBytes = Buffer.byteLength(String(message.body ?? ''), 'utf8') + Buffer.byteLength(String(message.htmlBody ?? ''), 'utf8');
    if (bodyBytes > BODY_LIMIT) fail('Limit Exceeded: Email Body Size.');
    if (this.usedToday() + count > this.quota) fail('Service invoked too many times for one day: email.');
    this.state.used[this.env.user] = { day: this.today(), recipients: this.usedToday() + count };
    this.state.outbox.push({
      to: String(message.to ?? ''),
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      htmlBody: message.htmlBody === undefined ? null : String(message.htmlBody),
      name: message.name === undefined ? null : String(message.name),
      replyTo: message.replyTo === undefined ? null : String(message.replyTo),
      from: this.env.user,
      sentAt: this.env.newDate(this.env.nowMs()),
    });
  }
}
