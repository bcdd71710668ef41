/**
 * The 郵送回答 sheet. Row 1 shows titles (整理番号, 受付日, 入力者, 入力日時,
 * then one column per field, titled as in the response sheet); row 2, hidden,
 * holds each column's stable id, so that answers stay with their question
 * when the form's questions are renamed or reordered. Answers are stored in
 * the web dialect and read back exactly like web answers.
 */
import type { CellValue } from '../model/cells';
import { formatAnswer, isBlank } from '../model/cells';
import { FieldSlots } from '../model/answer-row';
import { matchColumns } from '../model/columns';
import { dayOf, formatDateTime, instantOf, parseDay } from '../model/dates';
import type { Respondent } from '../model/respondents';
import { webCellParser } from '../model/respondents';
import type { Field, Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { matchKey } from '../model/text';
import { PAPER } from '../messages';
import type { PaperAnswer } from './answer';
import { normalizeRosterId } from './answer';

export type MetaColumn = 'rosterId' | 'receivedOn' | 'enteredBy' | 'enteredAt';

const META_COLUMNS: readonly MetaColumn[] = ['rosterId', 'receivedOn', 'enteredBy', 'enteredAt'];

// Prefixed so that Sheets never takes an id for a number or a time ("123:0").
const META_KEYS: Readonly<Record<MetaColumn, string>> = {
  rosterId: 'meta:rosterId', receivedOn: 'meta:receivedOn', enteredBy: 'meta:enteredBy', enteredAt: 'meta:enteredAt',
};
const FIELD_KEY = 'q:';

export interface PaperLayout {
  /** Row 1 as it should be. */
  readonly titles: readonly string[];
  /** Row 2 as it should be (hide it). */
  readonly keys: readonly string[];
  /**
   * Whether the sheet's row 2 is the id row. When it is not and the sheet has
   * answers, row 2 holds the first answer: insert a row before writing `keys`.
   */
  readonly hasIdRow: boolean;
  /** Rows 1–2 differ from the sheet's: write them. */
  readonly changed: boolean;
  /** 0-based row index in the sheet's values of the first answer. */
  readonly bodyStart: number;
  /** 0-based columns. */
  readonly meta: Readonly<Record<MetaColumn, number>>;
  /** The survey's fields, in form order. */
  readonly fields: readonly Field[];
  /** Field id → 0-based column; every field has one. */
  readonly columns: ReadonlyMap<string, number>;
}

/** Who typed an answer and when, for 入力者 and 入力日時. */
export interface EntryStamp {
  readonly enteredBy: string;
  readonly enteredAt: Date;
}

function cellString(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

function isIdRow(row: readonly CellValue[] | undefined): boolean {
  return !!row && row.some((cell) => {
    const text = cellString(cell);
    return text.startsWith(FIELD_KEY) || Object.values(META_KEYS).includes(text);
  });
}

/**
 * Where everything is, given the sheet's values (at least its first two rows;
 * [] for a new sheet). Columns keep their place: an id in row 2 wins over the
 * title; columns without an id are recognised by title. Renamed questions get
 * their new title, fields without a column are added at the right, and
 * columns of deleted questions or staff notes are left as they are.
 */
export function paperLayout(survey: Survey, values: readonly (readonly CellValue[])[]): PaperLayout {
  const fields = fieldsOf(survey.questions);
  const hasIdRow = isIdRow(values[1]);
  const sheetTitles = (values[0] ?? []).map(cellString);
  const sheetKeys = hasIdRow ? values[1].map(cellString) : [];
  let width = Math.max(sheetTitles.length, sheetKeys.length);
  while (width > 0 && !sheetTitles[width - 1] && !sheetKeys[width - 1]) width--;
  const titles = Array.from({ length: width }, (_, c) => sheetTitles[c] ?? '');
  const keys = Array.from({ length: width }, (_, c) => sheetKeys[c] ?? '');

  const meta: Partial<Record<MetaColumn, number>> = {};
  const fieldColumns = new Map<string, number>();
  const fieldIds = new Set(fields.map((field) => field.id));
  const keyed = new Set<number>();
  keys.forEach((key, column) => {
    const metaColumn = META_COLUMNS.find((name) => META_KEYS[name] === key);
    if (metaColumn) {
      keyed.add(column);
      if (meta[metaColumn] === undefined) meta[metaColumn] = column;
    } else if (key.startsWith(FIELD_KEY) && survey.fromForm) {
      // A deleted question's id stays, so its column is never taken for another.
      // A survey guessed from the response sheet has no real ids: titles decide.
      keyed.add(column);
      const id = key.slice(FIELD_KEY.length);
      if (fieldIds.has(id) && !fieldColumns.has(id)) fieldColumns.set(id, column);
    }
  });

  // Columns without an id (row 2 lost or never written) are found by title.
  const unkeyed = titles.map((_, column) => column).filter((column) => !keyed.has(column));
  for (const column of unkeyed) {
    const metaColumn = META_COLUMNS.find((name) => matchKey(PAPER[name]) === matchKey(titles[column]));
    if (metaColumn && meta[metaColumn] === undefined) {
      meta[metaColumn] = column;
      keyed.add(column);
    }
  }
  const unplaced = fields.filter((field) => !fieldColumns.has(field.id));
  const match = matchColumns(titles, unplaced, { reserved: keyed });
  for (const field of unplaced) {
    const column = match.columns.get(field.id)?.find((candidate) => !keyed.has(candidate));
    if (column === undefined) continue;
    fieldColumns.set(field.id, column);
    keyed.add(column);
  }

  for (const name of META_COLUMNS) {
    const column = meta[name] ?? titles.length;
    meta[name] = column;
    titles[column] = PAPER[name];
    keys[column] = META_KEYS[name];
  }
  for (const field of fields) {
    const column = fieldColumns.get(field.id) ?? titles.length;
    fieldColumns.set(field.id, column);
    titles[column] = field.title;
    if (survey.fromForm) keys[column] = FIELD_KEY + field.id;
  }

  const changed = !hasIdRow
    || titles.some((title, column) => title !== sheetTitles[column])
    || keys.some((key, column) => key !== sheetKeys[column]);
  return {
    titles, keys, hasIdRow, changed, bodyStart: hasIdRow ? 2 : 1,
    meta: meta as Record<MetaColumn, number>, fields, columns: fieldColumns,
  };
}

/** The day a 受付日 cell stands for: a date Sheets recognised, or text such as 2023/12/07. */
function receivedAtOf(value: CellValue | undefined, timeZone: string): Date | null {
  if (value instanceof Date) return value;
  const day = typeof value === 'string' ? parseDay(value) : null;
  return day === null ? null : instantOf(day, timeZone);
}

/** Every paper answer in the sheet; rows with neither 整理番号 nor answers are skipped. */
export function readPaperRespondents(values: readonly (readonly CellValue[])[], survey: Survey, timeZone: string): Respondent[] {
  const layout = paperLayout(survey, values);
  const formatDate = (date: Date) => formatDateTime(date, timeZone);
  const slots = new FieldSlots(layout.fields.map((field) => field.id));
  const columns = layout.fields.map((field) => layout.columns.get(field.id) as number);
  const parsers = layout.fields.map((field) => webCellParser(field, formatDate));
  const respondents: Respondent[] = [];
  for (let r = layout.bodyStart; r < values.length; r++) {
    const row = values[r];
    const answers = slots.row();
    for (let slot = 0; slot < parsers.length; slot++) {
      const value = row[columns[slot]];
      if (value === undefined || isBlank(value)) continue;
      const answer = parsers[slot](value);
      if (answer) answers.set(slot, answer);
    }
    const rosterId = normalizeRosterId(cellString(row[layout.meta.rosterId]));
    if (rosterId === '' && answers.size === 0) continue;
    respondents.push({
      channel: 'paper',
      row: r + 1,
      receivedAt: receivedAtOf(row[layout.meta.receivedOn], timeZone),
      email: '',
      rosterId,
      answers,
    });
  }
  return respondents;
}

/**
 * The cells of one paper answer, as wide as the layout. `current` is the row
 * being corrected, if any: cells outside the layout's columns (staff notes,
 * deleted questions) keep their value.
 */
export function paperRow(
  layout: PaperLayout, answer: PaperAnswer, stamp: EntryStamp, timeZone: string, current: readonly CellValue[] = [],
): CellValue[] {
  const row: CellValue[] = Array.from({ length: layout.titles.length }, (_, column) => current[column] ?? '');
  row[layout.meta.rosterId] = answer.rosterId;
  row[layout.meta.receivedOn] = instantOf(answer.receivedOn, timeZone);
  row[layout.meta.enteredBy] = stamp.enteredBy;
  row[layout.meta.enteredAt] = stamp.enteredAt;
  for (const field of layout.fields) {
    row[layout.columns.get(field.id) as number] = formatAnswer(field, answer.answers.get(field.id) ?? null);
  }
  return row;
}

/**
 * How many answers `enteredBy` typed on `day`: the sidebar's running count.
 * Nobody is counted when Google does not say who is typing ('').
 */
export function countEnteredOn(values: readonly (readonly CellValue[])[], survey: Survey, enteredBy: string, day: string, timeZone: string): number {
  if (enteredBy === '') return 0;
  const layout = paperLayout(survey, values);
  let count = 0;
  for (let r = layout.bodyStart; r < values.length; r++) {
    const at = values[r][layout.meta.enteredAt];
    if (cellString(values[r][layout.meta.enteredBy]) === enteredBy && at instanceof Date && dayOf(at, timeZone) === day) count++;
  }
  return count;
}
