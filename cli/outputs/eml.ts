/**
 * Every mail the add-on sent, as an .eml file a mail program opens
 * (RFC 5322, composed by nodemailer). Files are reproducible: the same
 * outbox gives the same bytes, so a rerun shows no spurious differences.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SentMail } from '../../emulator/view';
import { singleLine } from '../../src/model/text';
import { safeFileNames } from './names';

/** Writes `<dir>/outbox/<nnn>-<to>.eml` for every mail, numbered from 001 in sending order; returns the files. */
export async function writeOutbox(outbox: readonly SentMail[], dir: string): Promise<string[]> {
  const outboxDir = join(dir, 'outbox');
  await mkdir(outboxDir, { recursive: true });
  const names = safeFileNames(outbox.map((mail, index) => `${sequence(index)}-${mail.to}`));
  const files = names.map((name) => join(outboxDir, `${name}.eml`));
  await Promise.all(outbox.map(async (mail, index) => writeFile(files[index], await composeMail(mail, index))));
  return files;
}

function sequence(index: number): string {
  return String(index + 1).padStart(3, '0');
}

/** MIME text is encoded with CRLF line ends (RFC 2045 §6.8), whichever the script wrote. */
function canonicalLines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The message as RFC 5322 bytes; `index` is its place in the outbox. */
function composeMail(mail: SentMail, index: number): Promise<Buffer> {
  const digest = createHash('sha256').update(`${index}\n${mail.to}\n${mail.sentAt.toISOString()}`).digest('hex');
  // A name or subject taken from a sheet may hold a line break; a header may not.
  const name = mail.name === null ? '' : singleLine(mail.name);
  return new MailComposer({
    from: name ? { name, address: mail.from } : mail.from,
    to: mail.to,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: singleLine(mail.subject),
    date: mail.sentAt,
    messageId: `<${sequence(index)}.${digest.slice(0, 24)}@outbox.invalid>`,
    text: canonicalLines(mail.body),
    ...(mail.htmlBody ? { html: canonicalLines(mail.htmlBody) } : {}),
    // Fixed boundaries keep the file identical from run to run.
    baseBoundary: digest.slice(24, 40),
    textEncoding: 'B',
    newline: 'win',
  }).compile().build();
}
