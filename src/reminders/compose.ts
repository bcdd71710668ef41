/**
 * From the templates in the settings to one message per person. Everything
 * taken from the roster is put on one line before it reaches a header, and
 * HTML-escaped before it reaches the HTML part.
 */
import type { Day } from '../model/dates';
import { matchKey, singleLine } from '../model/text';
import { REMINDER_TEXT } from '../messages';
import type { ReminderSettings } from '../settings/settings';
import type { Recipient } from './log';
import type { RosterEntry } from './roster';
import { cleanAddress, isEmailAddress } from './keys';
import { PREFILL_SENTINEL } from '../model/survey';


export type AnswerLink =
  | { readonly kind: 'published'; readonly url: string }
  /** Holds PREFILL_SENTINEL exactly once. */
  | { readonly kind: 'prefilled'; readonly url: string };

/** The pre-filled link when the adapter made one that carries the sentinel, else the form's published URL. */
export function answerLink(publishedUrl: string, prefilledUrl: string | null): AnswerLink {
  if (prefilledUrl !== null && prefilledUrl.split(PREFILL_SENTINEL).length === 2) return { kind: 'prefilled', url: prefilledUrl };
  return { kind: 'published', url: publishedUrl };
}

export function answerUrl(link: AnswerLink, name: string): string {
  return link.kind === 'prefilled' ? link.url.replace(PREFILL_SENTINEL, () => encodeURIComponent(name)) : link.url;
}

export type MailTemplate = Pick<ReminderSettings, 'subject' | 'body' | 'senderName' | 'replyTo'> & { readonly deadline: Day };

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  /** The sender's display name: MailApp's `name` option ('' to leave the account's). */
  readonly name: string;
  /** MailApp's `replyTo` option; null for none. */
  readonly replyTo: string | null;
  readonly recipient: Recipient;
}

export type Placeholder = 'name' | 'deadline' | 'url' | 'id';

/** What staff may type, compared ignoring width, case and spacing: `{ 回答ＵＲＬ }` is `{回答URL}`. */
const PLACEHOLDER_KEYS: Record<string, Placeholder> = {
  氏名: 'name', 名前: 'name', お名前: 'name',
  締切: 'deadline', 締切日: 'deadline', 締め切り: 'deadline', 〆切: 'deadline',
  回答url: 'url', url: 'url',
  整理番号: 'id',
};

const BRACED = /[{｛]([^{}｛｝\r\n]{1,30})[}｝]/g;

function placeholderOf(inner: string): Placeholder | null {
  return PLACEHOLDER_KEYS[matchKey(inner)] ?? null;
}

function fill(template: string, values: Record<Placeholder, string>): string {
  return template.replace(BRACED, (whole, inner: string) => {
    const placeholder = placeholderOf(inner);
    return placeholder === null ? whole : values[placeholder];
  });
}

export type TemplateProblem =
  | { readonly kind: 'emptySubject' }
  | { readonly kind: 'emptyBody' }
  | { readonly kind: 'unknownPlaceholder'; readonly where: 'subject' | 'body'; readonly text: string }
  | { readonly kind: 'malformedReplyTo'; readonly address: string }
  /** {回答URL} is used but the form has no published URL to put there. */
  | { readonly kind: 'noAnswerLink' }
  /** Allowed (the URL may be written out by hand), but usually an oversight. */
  | { readonly kind: 'bodyWithoutUrl' };

export function isBlocking(problem: TemplateProblem): boolean {
  return problem.kind !== 'bodyWithoutUrl';
}

export function templateProblems(template: Omit<MailTemplate, 'deadline'>, link: AnswerLink): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.subject.trim() === '') problems.push({ kind: 'emptySubject' });
  if (template.body.trim() === '') problems.push({ kind: 'emptyBody' });
  const used = new Set<Placeholder>();
  for (const where of ['subject', 'body'] as const) {
    for (const match of template[where].matchAll(BRACED)) {
      const placeholder = placeholderOf(match[1]);
      if (placeholder === null) problems.push({ kind: 'unknownPlaceholder', where, text: match[0] });
      else used.add(placeholder);
    }
  }
  const replyTo = cleanAddress(template.replyTo);
  if (replyTo !== '' && !isEmailAddress(replyTo)) problems.push({ kind: 'malformedReplyTo', address: replyTo });
  if (used.has('url') && link.url.trim() === '') problems.push({ kind: 'noAnswerLink' });
  if (template.body.trim() !== '' && !used.has('url')) problems.push({ kind: 'bodyWithoutUrl' });
  return problems;
}

export function composeMessage(entry: RosterEntry, template: MailTemplate, link: AnswerLink): MailMessage {
  const name = singleLine(entry.name);
  const values: Record<Placeholder, string> = {
    name, deadline: REMINDER_TEXT.deadline(template.deadline), url: answerUrl(link, name), id: singleLine(entry.id),
  };
  const body = fill(template.body, values).replace(/\r\n?/g, '\n');
  const replyTo = cleanAddress(template.replyTo);
  return {
    to: entry.email,
    subject: singleLine(fill(template.subject, values)),
    body,
    htmlBody: toHtml(body),
    name: singleLine(template.senderName),
    replyTo: replyTo !== '' && isEmailAddress(replyTo) ? replyTo : null,
    recipient: { id: entry.id, name, address: entry.email },
  };
}

const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
/** Punctuation that ends a sentence rather than the URL. */
const URL_TAIL = /[.,;:!?'")\]]+$/;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The plain text as HTML: escaped, line breaks kept, URLs clickable. */
export function toHtml(text: string): string {
  const escapeLines = (part: string) => escapeHtml(part).replace(/\n/g, '<br>\n');
  let html = '';
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = match[0].replace(URL_TAIL, '');
    html += escapeLines(text.slice(at, start));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    at = start + url.length;
  }
  html += escapeLines(text.slice(at));
  return `<div style="font-family: sans-serif; line-height: 1.6;">${html}</div>`;
}
