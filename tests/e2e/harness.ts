/**
 * The built bundle (dist/Code.js) running on the emulator, holding the
 * sample survey's response spreadsheet: what a staff member has in Google.
 * `npm test` builds dist/ first; run `node build.mjs` before a single test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '../../emulator';
import { Emulator, loadBundle } from '../../emulator';
import type { FormResource } from '../../emulator/form-resource';
import type { CellValue } from '../../emulator/view';
import { sampleResponseSheet } from '../unit/helpers/sample-respondents';

export const REPO = join(__dirname, '../..');
export const RESPONSE_SHEET = 'フォームの回答 1';

export function sampleFile(name: string): string {
  return join(REPO, 'samples', name);
}

export function sampleForm(): FormResource {
  return JSON.parse(readFileSync(sampleFile('form.json'), 'utf8')) as FormResource;
}

/** 09:00 in Tokyo on `day`: staff at work. */
export function morning(day: string): Date {
  return new Date(`${day}T09:00:00+09:00`);
}

export interface Book {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

export interface BookOptions {
  readonly form?: FormResource;
  readonly responses?: CellValue[][];
  readonly day?: string;
  readonly mailQuota?: number;
}

export function sampleBook(options: BookOptions = {}): Book {
  const emulator = new Emulator({ form: options.form ?? sampleForm(), now: morning(options.day ?? '2023-12-21'), mailQuota: options.mailQuota });
  emulator.addSheet(RESPONSE_SHEET, options.responses ?? sampleResponseSheet());
  emulator.linkForm(RESPONSE_SHEET);
  return { emulator, bundle: loadBundle(emulator, join(REPO, 'dist/Code.js')) };
}

/** A file as a dialog uploads it. */
export function upload(path: string): [string, string] {
  return [readFileSync(path).toString('base64'), path.split('/').pop() as string];
}

export function sheetValues(book: Book, name: string): readonly (readonly CellValue[])[] {
  const sheet = book.emulator.view().sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

/** The sample as staff have it after importing the roster and the mailed answers. */
export function preparedSample(options: BookOptions = {}): Book {
  const book = sampleBook(options);
  const roster = book.bundle.run('rosterImportFile', ...upload(sampleFile('roster.csv')), false) as { kind: string };
  const paper = book.bundle.run('paperImportFile', ...upload(sampleFile('paper.csv'))) as { kind: string; imported?: number };
  if (roster.kind !== 'imported' || paper.imported !== 12) throw new Error('the sample did not import');
  return book;
}

/** Runs a menu item as a staff member would, answering OK to the one alert it may show. */
export function clickMenu(book: Book, handler: string): unknown {
  book.emulator.ui.answerNext('OK');
  const result = book.bundle.call(handler);
  book.emulator.ui.clear();
  return result;
}
