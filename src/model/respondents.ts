/**
 * One record per respondent, whichever way they answered. The summary and the
 * reminders read only these, so a paper answer counts exactly like a web one.
 */
import type { CellValue, FieldAnswer } from './cells';
import { FieldSlots } from './answer-row';
import { isBlank, parseWebCell } from './cells';
import type { ColumnMatch } from './columns';
import { matchColumns } from './columns';
import { formatDateTime } from './dates';
import type { Field, Survey } from './survey';
import { fieldsOf } from './survey';
import { matchKey } from './text';

export type Channel = 'web' | 'paper';

export interface Respondent {
  readonly channel: Channel;
  /** 1-based row in the sheet the answer lives in, for messages that say where. */
  readonly row: number;
  /** Web: the form's timestamp; paper: 受付日 (date received). */
  readonly receivedAt: Date | null;
  /** Web: the e-mail the form collected; paper: ''. */
  readonly email: string;
  /** Paper: the 整理番号 printed on the questionnaire; web: ''. */
  readonly rosterId: string;
  readonly answers: ReadonlyMap<string, FieldAnswer>;
}

const TIMESTAMP_TITLES = ['タイムスタンプ', 'timestamp'];
const EMAIL_TITLES = ['メールアドレス', 'emailaddress', 'email', 'メール'];
const SCORE_TITLES = ['スコア', 'score'];

export interface WebSheetLayout {
  readonly timestampColumn: number;
  readonly emailColumn: number | null;
  readonly match: ColumnMatch;
}

/** Columns Forms fills itself (timestamp, e-mail, quiz score): never answers to a question. */
export function reservedColumns(headers: readonly string[]): Set<number> {
  const reserved = new Set<number>();
  headers.map(matchKey).forEach((key, index) => {
    if (TIMESTAMP_TITLES.includes(key) || EMAIL_TITLES.includes(key) || SCORE_TITLES.includes(key)) reserved.add(index);
  });
  return reserved;
}

/** Finds the columns of a form-linked response sheet. Null when it has no timestamp column. */
export function webSheetLayout(values: readonly (readonly CellValue[])[], survey: Survey): WebSheetLayout | null {
  const headers = (values[0] ?? []).map((cell) => String(cell));
  const keys = headers.map(matchKey);
  const timestampColumn = keys.findIndex((key) => TIMESTAMP_TITLES.includes(key));
  if (timestampColumn < 0) return null;
  const emailIndex = keys.findIndex((key) => EMAIL_TITLES.includes(key));
  const match = matchColumns(headers, fieldsOf(survey.questions), { reserved: reservedColumns(headers), rows: values.slice(1), byPosition: true });
  return { timestampColumn, emailColumn: emailIndex >= 0 ? emailIndex : null, match };
}

/**
 * parseWebCell for one field. A choice column holds the same few texts over
 * and over (an option, a combination of checkboxes): each is parsed once and
 * its answer, which nothing modifies, is shared.
 */
export function webCellParser(field: Field, formatDate: (date: Date) => string): (value: CellValue) => FieldAnswer | null {
  if (field.kind !== 'choice') return (value) => parseWebCell(field, value, formatDate);
  const parsed = new Map<string, FieldAnswer | null>();
  return (value) => {
    if (typeof value !== 'string') return parseWebCell(field, value, formatDate);
    let answer = parsed.get(value);
    if (answer === undefined) {
      answer = parseWebCell(field, value, formatDate);
      parsed.set(value, answer);
    }
    return answer;
  };
}

/**
 * Every non-blank row of the response sheet. A row is blank when no question
 * column holds anything (a deleted response leaves such rows behind).
 */
export function readWebRespondents(
  values: readonly (readonly CellValue[])[], survey: Survey, layout: WebSheetLayout, timeZone: string,
): Respondent[] {
  const fields = fieldsOf(survey.questions).filter((field) => layout.match.columns.has(field.id));
  const formatDate = (date: Date) => formatDateTime(date, timeZone);
  const slots = new FieldSlots(fields.map((field) => field.id));
  const readers = fields.map((field) => ({ parse: webCellParser(field, formatDate), columns: layout.match.columns.get(field.id) ?? [] }));
  const respondents: Respondent[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const answers = slots.row();
    readers.forEach(({ parse, columns }, slot) => {
      for (const column of columns) {
        const answer = parse(row[column]);
        if (answer) {
          answers.set(slot, answer);
          break;
        }
      }
    });
    const stamp = row[layout.timestampColumn];
    if (answers.size === 0 && isBlank(stamp)) continue;
    respondents.push({
      channel: 'web',
      row: r + 1,
      receivedAt: stamp instanceof Date ? stamp : null,
      email: layout.emailColumn === null ? '' : String(row[layout.emailColumn] ?? '').trim(),
      rosterId: '',
      answers,
    });
  }
  return respondents;
}

/**
 * A question (or grid row) the response sheet has no column for, most often
 * one deleted by hand: its web answers cannot be read, so it is not counted.
 */
export interface MissingColumn {
  readonly field: Field;
  /** Paper answers to it in 郵送回答: read, but never counted on their own (they would stand for everyone). */
  readonly paperAnswers: number;
}

/** The fields of the survey the response sheet has no column for, in form order. */
export function missingColumns(layout: WebSheetLayout, paper: readonly Respondent[]): MissingColumn[] {
  return layout.match.missing.map((field) => {
    let paperAnswers = 0;
    for (let i = 0; i < paper.length; i++) if (paper[i].answers.has(field.id)) paperAnswers++;
    return { field, paperAnswers };
  });
}

/** How many respondents answered each field: what the detected settings need to know of the answers. */
export interface AnswerCounts {
  readonly respondents: number;
  /** Field id → respondents who answered it; a field nobody answered is absent. */
  readonly answered: ReadonlyMap<string, number>;
}

export function countAnswered(respondents: readonly Respondent[]): AnswerCounts {
  const answered = new Map<string, number>();
  for (let i = 0; i < respondents.length; i++) {
    respondents[i].answers.forEach((_, id) => answered.set(id, (answered.get(id) ?? 0) + 1));
  }
  return { respondents: respondents.length, answered };
}
