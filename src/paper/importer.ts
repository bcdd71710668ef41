/**
 * A batch of paper answers (a CSV file or a staging sheet) checked cell by
 * cell. Columns are matched to questions by title; a column that fits no
 * question, or two columns for one, stops the whole import because every
 * row would be read wrongly. Otherwise each row is either accepted or held
 * with every reason found, so that rows in = accepted + held.
 */
import type { CellProblem, CellValue, FieldAnswer } from '../model/cells';
import { isBlank, parseTypedCell } from '../model/cells';
import { matchColumns } from '../model/columns';
import type { Day } from '../model/dates';
import { dayOf, formatDateTime, parseDay } from '../model/dates';
import type { Channel } from '../model/respondents';
import type { Field, Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { matchKey } from '../model/text';
import { PAPER } from '../messages';
import type { PaperAnswer, RosterProblem } from './answer';
import { normalizedRosterCheck, normalizeRosterId, rosterProblem } from './answer';

export interface ImportInput {
  readonly survey: Survey;
  /** The header row: source row 1. */
  readonly header: readonly string[];
  /** The rows below it: source rows 2, 3, … */
  readonly rows: readonly (readonly CellValue[])[];
  /** Null when there is no roster. */
  readonly rosterIds: ReadonlySet<string> | null;
  /** 整理番号 → how that person already answered (web sheet and 郵送回答 sheet). */
  readonly answered: ReadonlyMap<string, Channel>;
  /** 整理番号 that several roster rows share → those rows. */
  readonly shared: ReadonlyMap<string, readonly number[]>;
  /** 受付日 for rows that leave it blank. */
  readonly today: Day;
  readonly timeZone: string;
}

export interface SourceColumn {
  /** 1-based, as the clerk counts columns. */
  readonly column: number;
  readonly title: string;
}

export type ColumnProblem =
  | { readonly kind: 'unknownColumn'; readonly column: SourceColumn }
  /** `target`: the question's title, or 整理番号 / 受付日. */
  | { readonly kind: 'duplicateColumns'; readonly target: string; readonly columns: readonly SourceColumn[] }
  | { readonly kind: 'missingRosterIdColumn' };

export type RowProblem =
  | CellProblem
  | RosterProblem
  | { readonly kind: 'duplicateInFile'; readonly rosterId: string; readonly firstRow: number }
  | { readonly kind: 'badDate'; readonly value: string }
  /** Values in columns that have no title (a stray comma shifts every cell after it). */
  | { readonly kind: 'cellsWithoutHeader'; readonly values: readonly string[] };

export interface HeldProblem {
  /** The source column's title; null for a problem of the whole row. */
  readonly column: string | null;
  /** The cell as text ('' for a blank cell). */
  readonly value: string;
  readonly reason: RowProblem;
}

export interface HeldRow {
  /** 1-based row in the source (the header is row 1). */
  readonly row: number;
  /** The row exactly as it came, so that it can be corrected and imported again. */
  readonly cells: readonly CellValue[];
  readonly problems: readonly HeldProblem[];
}

/** An accepted row whose 整理番号 the roster has on several rows: counted, but matched to no one until the roster is fixed. */
export interface SharedIdNote {
  /** 1-based row in the source. */
  readonly row: number;
  readonly rosterId: string;
  /** The roster's rows with that 整理番号. */
  readonly rosterRows: readonly number[];
}

export type ImportPlan =
  | { readonly kind: 'stopped'; readonly problems: readonly ColumnProblem[] }
  | {
    readonly kind: 'planned';
    readonly accepted: readonly PaperAnswer[];
    readonly sharedIds: readonly SharedIdNote[];
    readonly held: readonly HeldRow[];
    /** Rows with nothing in them: not answers, not counted as held. */
    readonly skippedBlank: number;
  };

/** Titles the add-on itself writes that carry no answer: 入力者 and 入力日時, and the 要確認 sheet's 行 and 理由. */
const IGNORED_TITLES = [PAPER.enteredBy, PAPER.enteredAt, PAPER.heldRow, PAPER.heldReason].map(matchKey);
const ROSTER_ID_TITLE = matchKey(PAPER.rosterId);

interface Columns {
  readonly rosterId: number;
  /** Null when the source has no 受付日 column: every row was received today. */
  readonly receivedOn: number | null;
  readonly fields: ReadonlyArray<{ readonly field: Field; readonly column: number }>;
  /** Columns without a title: anything in them is a problem of the row. */
  readonly untitled: readonly number[];
}

function sourceColumn(header: readonly string[], column: number): SourceColumn {
  return { column: column + 1, title: header[column] };
}

function locateColumns(header: readonly string[], survey: Survey): { ok: true; columns: Columns } | { ok: false; problems: ColumnProblem[] } {
  const rosterIdColumns: number[] = [];
  const receivedOnColumns: number[] = [];
  const untitled: number[] = [];
  const reserved = new Set<number>();
  header.forEach((title, column) => {
    const key = matchKey(title);
    if (key === '') untitled.push(column);
    else if (key === ROSTER_ID_TITLE) rosterIdColumns.push(column);
    else if (key === matchKey(PAPER.receivedOn)) receivedOnColumns.push(column);
    else if (!IGNORED_TITLES.includes(key)) return;
    reserved.add(column);
  });
  const fields = fieldsOf(survey.questions);
  const match = matchColumns(header, fields, { reserved });

  const problems: ColumnProblem[] = [];
  if (rosterIdColumns.length === 0) problems.push({ kind: 'missingRosterIdColumn' });
  for (const column of match.unmatched) problems.push({ kind: 'unknownColumn', column: sourceColumn(header, column) });
  const duplicates: Array<[string, readonly number[]]> = [[PAPER.rosterId, rosterIdColumns], [PAPER.receivedOn, receivedOnColumns]];
  for (const field of fields) duplicates.push([field.title, match.columns.get(field.id) ?? []]);
  for (const [target, columns] of duplicates) {
    if (columns.length > 1) problems.push({ kind: 'duplicateColumns', target, columns: columns.map((column) => sourceColumn(header, column)) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    columns: {
      rosterId: rosterIdColumns[0],
      receivedOn: receivedOnColumns.length > 0 ? receivedOnColumns[0] : null,
      fields: fields.flatMap((field) => (match.columns.get(field.id) ?? []).map((column) => ({ field, column }))),
      untitled,
    },
  };
}

function cellText(value: CellValue | undefined, timeZone: string): string {
  if (value === undefined) return '';
  if (value instanceof Date) {
    // A date Sheets recognised in a staging sheet: shown as the clerk typed it.
    const text = formatDateTime(value, timeZone);
    return text.endsWith(' 00:00:00') ? text.slice(0, 10) : text;
  }
  return String(value);
}

/**
 * What a source row says, for telling whether two rows are the same: each
 * non-blank cell under its title, titles compared as the importer finds
 * them (width, case and spacing aside; 行, 理由, 入力者 and 入力日時 carry no
 * answer and are left out), cells as the importer reads them (a date as
 * typed, line breaks as Sheets stores them, 整理番号 normalised). Cells
 * under no title count in their order. Column order does not matter.
 */
export function rowContent(header: readonly string[], cells: readonly CellValue[], timeZone: string): string {
  const parts: Array<[string, string]> = [];
  for (let column = 0; column < Math.max(header.length, cells.length); column++) {
    const value = cells[column];
    if (value === undefined || isBlank(value)) continue;
    const title = matchKey(header[column] ?? '');
    if (IGNORED_TITLES.includes(title)) continue;
    const text = cellText(value, timeZone).replace(/\r\n?/g, '\n');
    parts.push([title, title === ROSTER_ID_TITLE ? normalizeRosterId(text) : text]);
  }
  // Stable: cells without a title keep their order among themselves.
  parts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(parts);
}

export function planImport(input: ImportInput): ImportPlan {
  const located = locateColumns(input.header, input.survey);
  if (!located.ok) return { kind: 'stopped', problems: located.problems };
  const { columns } = located;
  const check = normalizedRosterCheck(input);
  const formatDate = (date: Date) => cellText(date, input.timeZone);
  const width = input.header.length;
  const firstRowOf = new Map<string, number>();
  const accepted: PaperAnswer[] = [];
  const sharedIds: SharedIdNote[] = [];
  const held: HeldRow[] = [];
  let skippedBlank = 0;

  input.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => isBlank(cell))) {
      skippedBlank++;
      return;
    }
    const problems: HeldProblem[] = [];
    const strays = [...columns.untitled.map((column) => cells[column]), ...cells.slice(width)]
      .filter((cell) => cell !== undefined && !isBlank(cell))
      .map((cell) => cellText(cell, input.timeZone));
    if (strays.length > 0) problems.push({ column: null, value: strays.join(' '), reason: { kind: 'cellsWithoutHeader', values: strays } });

    const rosterIdText = cellText(cells[columns.rosterId], input.timeZone);
    const rosterId = normalizeRosterId(rosterIdText);
    const rosterIdProblem = rosterProblem(rosterId, check);
    if (rosterIdProblem) problems.push({ column: input.header[columns.rosterId], value: rosterIdText, reason: rosterIdProblem });
    if (rosterId !== '') {
      const firstRow = firstRowOf.get(rosterId);
      if (firstRow === undefined) firstRowOf.set(rosterId, row);
      else problems.push({ column: input.header[columns.rosterId], value: rosterIdText, reason: { kind: 'duplicateInFile', rosterId, firstRow } });
    }

    let receivedOn: Day | null = input.today;
    if (columns.receivedOn !== null) {
      const value = cells[columns.receivedOn];
      if (value instanceof Date) receivedOn = dayOf(value, input.timeZone);
      else if (value !== undefined && !isBlank(value)) {
        receivedOn = parseDay(String(value));
        if (receivedOn === null) {
          problems.push({ column: input.header[columns.receivedOn], value: String(value), reason: { kind: 'badDate', value: String(value) } });
        }
      }
    }

    const answers = new Map<string, FieldAnswer>();
    for (const { field, column } of columns.fields) {
      const value = cells[column];
      if (value === undefined) continue;
      // Line breaks as Sheets stores them, whatever the file used.
      const cell = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
      const result = parseTypedCell(field, cell, formatDate);
      if (!result.ok) problems.push({ column: input.header[column], value: cellText(value, input.timeZone), reason: result.problem });
      else if (result.answer) answers.set(field.id, result.answer);
    }

    if (problems.length === 0 && receivedOn !== null) {
      accepted.push({ rosterId, receivedOn, answers });
      const rosterRows = check.shared.get(rosterId);
      if (rosterRows) sharedIds.push({ row, rosterId, rosterRows });
    } else held.push({ row, cells, problems });
  });
  return { kind: 'planned', accepted, sharedIds, held, skippedBlank };
}
