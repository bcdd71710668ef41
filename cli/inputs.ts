/**
 * Reading the files a run is given, with a message that says what is wrong
 * and where when one cannot be used. The response CSV becomes the
 * form-linked sheet exactly as Sheets holds it: timestamps as dates.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import type { FormResource } from '../emulator/form-resource';
import { itemsOf } from '../emulator/form/model';
import type { CellValue } from '../emulator/view';
import { parseCsv } from '../src/model/csv';
import { COMMON, csvProblemText, LOCAL_RUN } from '../src/messages';
import { detectCharset } from '../src/model/encoding';
import { instantOf, parseDay } from '../src/model/dates';

export class InputError extends Error {}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? LOCAL_RUN.inputs.noSuchFile(path) : LOCAL_RUN.inputs.unreadable(path, code ?? String(error)));
  }
}

/** The file as text, UTF-8 or Shift_JIS (as Japanese Excel saves CSV). */
export function readText(path: string): string {
  const bytes = readBytes(path);
  return detectCharset(bytes) === 'UTF-8' ? bytes.toString('utf8').replace(/^\uFEFF/, '') : iconv.decode(bytes, 'cp932');
}

/** What a file dialog would upload: the bytes, base64-encoded, and the file's name. */
export function readUpload(path: string): { base64: string; name: string } {
  return { base64: readBytes(path).toString('base64'), name: basename(path) };
}

/**
 * The line JSON.parse stopped at, from the position its (English) message
 * gives; null when it gives none (the text ended too soon).
 */
function lineOfError(text: string, error: Error): number | null {
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : null;
}

export function readForm(path: string): FormResource {
  const text = readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(LOCAL_RUN.inputs.notJson(path, lineOfError(text, error as Error)));
  }
  const form = json as Partial<FormResource>;
  if (typeof form !== 'object' || form === null || !Array.isArray(form.items)) throw new InputError(LOCAL_RUN.inputs.notForm(path));
  if (typeof form.info?.title !== 'string') throw new InputError(LOCAL_RUN.inputs.noTitle(path));
  form.items.forEach((item, index) => {
    if (typeof item?.itemId !== 'string') throw new InputError(LOCAL_RUN.inputs.noItemId(path, index));
  });
  try {
    // What FormApp could not serve, such as an option or a section end going to no section.
    itemsOf(json as FormResource);
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  return json as FormResource;
}

const TIMESTAMP_TITLES = ['タイムスタンプ', 'timestamp'];
const STAMP = /^(\d{4}\/\d{1,2}\/\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})$/;

/**
 * The response sheet's cells: the timestamp column as dates in the
 * spreadsheet's time zone, whole numbers (scale answers) as numbers, the rest
 * as the text Forms wrote.
 */
export function readResponses(path: string, timeZone: string): CellValue[][] {
  const parsed = parseCsv(readText(path));
  if (!parsed.ok) throw new InputError(LOCAL_RUN.inputs.csv(path, csvProblemText(parsed.problem)));
  const [header, ...rows] = parsed.rows;
  if (!header) throw new InputError(LOCAL_RUN.inputs.csv(path, COMMON.emptyFile));
  const stampColumn = header.findIndex((title) => TIMESTAMP_TITLES.includes(title.trim().toLowerCase()));
  if (stampColumn < 0) throw new InputError(LOCAL_RUN.inputs.noTimestamp(path));
  const body = rows.map((row, index) => row.map((cell, column): CellValue => {
    if (column === stampColumn) {
      if (cell.trim() === '') return '';
      const match = STAMP.exec(cell.trim());
      const day = match ? parseDay(match[1]) : null;
      if (!match || !day) throw new InputError(LOCAL_RUN.inputs.badTimestamp(path, index + 2, cell));
      return instantOf(day, timeZone, Number(match[2]), Number(match[3]), Number(match[4]));
    }
    return /^-?\d+$/.test(cell) ? Number(cell) : cell;
  }));
  return [header, ...body];
}
