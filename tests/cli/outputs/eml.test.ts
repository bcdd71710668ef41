import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeOutbox } from '../../../cli/outputs/eml';
import { VIEW } from './fixture';
import { decodeWords, parseMessage } from './formats';

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eml-'));
  files = await writeOutbox(VIEW.outbox, dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function message(index: number) {
  const { headers, body } = parseMessage(readFileSync(files[index], 'latin1'));
  const header = (name: string) => headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
  return { headers, body, header };
}

test('writes outbox/<nnn>-<to>.eml in sending order', () => {
  expect(files.map((file) => basename(file))).toEqual(['001-yamada@example.jp.eml', '002-suzuki@example.jp.eml']);
  expect(files.every((file) => file.startsWith(join(dir, 'outbox')))).toBe(true);
});

test('encodes the Japanese subject and sender name as encoded-words that decode back', () => {
  const { header } = message(0);
  expect(header('Subject')[0]).toMatch(/^[\x20-\x7e]+$/);
  expect(decodeWords(header('Subject')[0])).toBe(VIEW.outbox[0].subject);
  expect(decodeWords(header('From')[0])).toBe('岡山県支援センター <staff@example.jp>');
  expect(header('To')).toEqual(['yamada@example.jp']);
  expect(header('Reply-To')).toEqual(['center@example.jp']);
  expect(header('Date')).toEqual(['Thu, 21 Dec 2023 00:00:00 +0000']);
});

test('sends text and HTML as multipart/alternative when there is an HTML body', () => {
  const { header, body } = message(0);
  expect(header('Content-Type')[0]).toMatch(/^multipart\/alternative;\s*boundary=/);
  const parts = body.split(/\r\n--/).map((part) => /Content-Type: ([^;\r\n]+)/.exec(part)?.[1]).filter(Boolean);
  expect(parts).toEqual(['text/plain', 'text/html']);
  const html = /Content-Type: text\/html[\s\S]*?\r\n\r\n([\s\S]*?)\r\n--/.exec(body)![1];
  expect(Buffer.from(html, 'base64').toString('utf8')).toBe(VIEW.outbox[0].htmlBody);
});

test('sends plain text alone, with CRLF line ends, when there is no HTML body', () => {
  const { header, body } = message(1);
  expect(header('Content-Type')[0]).toMatch(/^text\/plain/);
  expect(Buffer.from(body, 'base64').toString('utf8')).toBe(VIEW.outbox[1].body.replace(/\n/g, '\r\n'));
});

test('a line break in the sender name or subject cannot add a header', () => {
  const { headers, header } = message(1);
  expect(headers.map(([key]) => key.toLowerCase()).sort()).toEqual(
    ['content-transfer-encoding', 'content-type', 'date', 'from', 'message-id', 'mime-version', 'subject', 'to']);
  expect(header('Bcc')).toEqual([]);
  expect(header('X-Injected')).toEqual([]);
  expect(decodeWords(header('From')[0])).toBe('支援センター Bcc: evil@example.com <staff@example.jp>');
  expect(decodeWords(header('Subject')[0])).toBe('ご回答のお願い X-Injected: yes');
});

test('leaves Reply-To out when none was given', () => {
  expect(message(1).header('Reply-To')).toEqual([]);
});

test('gives every message its own Message-ID and writes the same bytes on a rerun', async () => {
  const ids = [0, 1].map((index) => message(index).header('Message-ID')[0]);
  expect(ids[0]).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
  expect(ids[0]).not.toBe(ids[1]);
  const first = files.map((file) => readFileSync(file));
  const again = await writeOutbox(VIEW.outbox, mkdtempSync(join(dir, 'again-')));
  expect(again.map((file) => readFileSync(file))).toEqual(first);
});
