/**
 * What Forms writes into the linked response sheet on each submission:
 * 'タイムスタンプ' (a date-time), 'メールアドレス' when the form collects
 * e-mail, then one column per question (grids: one per row, titled
 * 'Title [Row]'). Answers go under the column whose header is their title; a
 * question without a column gets a new one at the end. Checkbox answers are
 * one cell, the ticked options joined by ', ' in the form's order, "Other"
 * text last. Numbers and dates typed as answers become numbers and dates, as
 * in Sheets; text starting with '=' stays text.
 */
import type { Env } from '../env';
import { isUnsetFormat } from '../format';
import { cellFor, lastColumn, lastRow, sheetById, type Cell, type SheetModel, type WorkbookModel } from '../spreadsheet/model';
import { parseTyped } from '../values';
import { serialFromInstant } from '../zone';
import { collectsEmail, type FormState, type ItemModel, type ResponseModel, type ResponseValue } from './model';

const TIMESTAMP_HEADER = 'タイムスタンプ';
const EMAIL_HEADER = 'メールアドレス';

const QUESTION_TYPES = new Set(['CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'LIST', 'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT', 'SCALE', 'TEXT', 'TIME', 'FILE_UPLOAD']);

function isQuestion(item: ItemModel): boolean {
  return QUESTION_TYPES.has(item.type);
}

/** The response sheet's column titles for the form's questions. */
function questionColumns(items: readonly ItemModel[]): string[] {
  return items.filter(isQuestion).flatMap((item) => (item.rows.length > 0 ? item.rows.map((row) => `${item.title} [${row}]`) : [item.title]));
}

function inFormOrder(values: readonly string[], order: readonly string[]): string {
  const known = order.filter((option) => values.includes(option));
  const other = values.filter((value) => !order.includes(value));
  return [...known, ...other].join(', ');
}

/** Column title → cell text for one response. */
function answerCells(item: ItemModel, value: ResponseValue): Array<[string, string]> {
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
    return item.rows.flatMap((row, index): Array<[string, string]> => {
      const answer = (value as Array<string | string[] | null>)[index];
      if (answer === null || answer === undefined) return [];
      return [[`${item.title} [${row}]`, Array.isArray(answer) ? inFormOrder(answer, item.columns) : answer]];
    });
  }
  if (Array.isArray(value)) return [[item.title, inFormOrder(value as string[], item.choices.map((choice) => choice.value ?? ''))]];
  return [[item.title, value]];
}

function writeCell(env: Env, cell: Cell, text: string): void {
  const entered = text.startsWith('=') || text.startsWith("'") ? { value: text } : parseTyped(text, { zone: env.zone, nowMs: env.nowMs() });
  cell.v = entered.value;
  delete cell.f;
  if ('autoFormat' in entered && entered.autoFormat !== undefined && isUnsetFormat(cell.nf)) cell.nf = entered.autoFormat;
}

export function writeResponse(env: Env, workbook: WorkbookModel, form: FormState, items: readonly ItemModel[], response: ResponseModel): void {
  if (workbook.formSheetId === null) return;
  const sheet = sheetById(workbook, workbook.formSheetId);
  if (!sheet) return;
  const headers = headerRow(sheet);
  if (headers.length === 0) {
    const initial = [TIMESTAMP_HEADER, ...(collectsEmail(form.resource) ? [EMAIL_HEADER] : []), ...questionColumns(items)];
    initial.forEach((title, c) => { cellFor(sheet, 1, c + 1).v = title; });
    headers.push(...initial);
  }
  const row = Math.max(lastRow(sheet), 1) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  const columnOf = (title: string): number => {
    let index = headers.indexOf(title);
    if (index < 0) {
      headers.push(title);
      index = headers.length - 1;
      cellFor(sheet, 1, index + 1).v = title;
      if (index + 1 > sheet.maxColumns) sheet.maxColumns = index + 1;
    }
    return index + 1;
  };
  const stamp = cellFor(sheet, row, columnOf(TIMESTAMP_HEADER));
  stamp.v = serialFromInstant(response.timestamp, env.zone);
  if (isUnsetFormat(stamp.nf)) stamp.nf = 'yyyy/MM/dd H:mm:ss';
  if (collectsEmail(form.resource)) cellFor(sheet, row, columnOf(EMAIL_HEADER)).v = response.email;
  for (const answer of response.answers) {
    const item = items.find((candidate) => candidate.itemId === answer.itemId);
    if (!item) continue;
    for (const [title, text] of answerCells(item, answer.value)) writeCell(env, cellFor(sheet, row, columnOf(title)), text);
  }
}

function headerRow(sheet: SheetModel): string[] {
  const width = lastColumn(sheet);
  const line = sheet.rows[0] ?? [];
  return Array.from({ length: width }, (_, c) => String(line[c]?.v ?? ''));
}
