/**
 * The sample round (samples/) as the reminder core sees it: the roster grid,
 * the web and paper respondents, and a fake run of the reminder action that
 * keeps its 送信履歴 in a grid, as the adapter keeps it in a sheet.
 */
import type { CellValue } from '../../../src/model/cells';
import type { Day } from '../../../src/model/dates';
import { instantOf, parseDay } from '../../../src/model/dates';
import type { Respondent } from '../../../src/model/respondents';
import { readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import { SETTINGS } from '../../../src/messages';
import type { ReminderSettings } from '../../../src/settings/settings';
import type { AnswerLink, MailMessage } from '../../../src/reminders/compose';
import { answerLink, composeMessage } from '../../../src/reminders/compose';
import { LOG_HEADER, logRow, readSentLog } from '../../../src/reminders/log';
import { matchRoster } from '../../../src/reminders/matching';
import type { SendPlan } from '../../../src/reminders/plan';
import { planReminders } from '../../../src/reminders/plan';
import type { Roster } from '../../../src/reminders/roster';
import { readRoster } from '../../../src/reminders/roster';
import { scheduleOn } from '../../../src/reminders/rounds';
import type { SendOutcome } from '../../../src/reminders/send';
import { sendAll } from '../../../src/reminders/send';
import { sampleCsv, sampleSurvey } from '../helpers/sample-survey';

export const TZ = 'Asia/Tokyo';

const survey = sampleSurvey();

/** The form's name question (① 氏名), found as staff would pick it. */
export const NAME_QUESTION_ID = (() => {
  const found = survey.questions.find((question) => question.kind === 'text' && question.title.includes('氏名'));
  if (!found) throw new Error('samples/form.json has no name question');
  return found.id;
})();

export const SAMPLE_SETTINGS: ReminderSettings = {
  deadline: '2023-12-28',
  daysBefore: [7, 2],
  subject: SETTINGS.defaultSubject,
  body: SETTINGS.defaultBody,
  senderName: '医療的ケア児等支援センター',
  replyTo: 'center@example.jp',
  nameQuestionId: NAME_QUESTION_ID,
};

export const PUBLISHED_URL = 'https://docs.google.com/forms/d/e/SAMPLE/viewform';

export function rosterGrid(): CellValue[][] {
  return sampleCsv('roster.csv');
}

export function sampleRoster(grid: readonly (readonly CellValue[])[] = rosterGrid()): Roster {
  const result = readRoster(grid, TZ);
  if (!result.ok) throw new Error(`roster columns missing: ${result.missing.join(', ')}`);
  return result.roster;
}

/** `2023/12/01 9:14:29` in the spreadsheet's zone, as Sheets hands a timestamp over. */
function timestamp(text: string): Date {
  const [day, time] = text.split(' ');
  const [hour, minute, second] = time.split(':').map(Number);
  return instantOf(parseDay(day) as Day, TZ, hour, minute, second);
}

export function webRespondents(): Respondent[] {
  const grid: CellValue[][] = sampleCsv('responses.csv');
  const values = grid.map((row, index) => (index === 0 ? row : [timestamp(String(row[0])), ...row.slice(1)]));
  const layout = webSheetLayout(values, survey);
  if (!layout) throw new Error('responses.csv has no timestamp column');
  return readWebRespondents(values, survey, layout, TZ);
}

/** What reminders need of a paper answer: its 整理番号, 受付日 and the name written on it. */
export function paperRespondents(): Respondent[] {
  const [header, ...rows] = sampleCsv('paper.csv');
  const nameTitle = survey.questions.find((question) => question.id === NAME_QUESTION_ID)?.title;
  const [idColumn, dayColumn, nameColumn] = ['整理番号', '受付日', nameTitle].map((title) => header.indexOf(title ?? ''));
  return rows.map((row, index) => ({
    channel: 'paper',
    row: index + 2,
    receivedAt: instantOf(parseDay(row[dayColumn]) as Day, TZ),
    email: '',
    rosterId: row[idColumn],
    answers: new Map([[NAME_QUESTION_ID, { kind: 'text', text: row[nameColumn] } as const]]),
  }));
}

export function sampleRespondents(): Respondent[] {
  return [...webRespondents(), ...paperRespondents()];
}

/** A web answer with only an address and a name: for matching rules. */
export function webAnswer(email: string, name = '', row = 2, receivedAt: Date | null = null): Respondent {
  return {
    channel: 'web', row, receivedAt, email, rosterId: '',
    answers: new Map(name === '' ? [] : [[NAME_QUESTION_ID, { kind: 'text', text: name } as const]]),
  };
}

export function paperAnswer(rosterId: string, name = '', row = 2, receivedAt: Date | null = null): Respondent {
  return {
    channel: 'paper', row, receivedAt, email: '', rosterId,
    answers: new Map(name === '' ? [] : [[NAME_QUESTION_ID, { kind: 'text', text: name } as const]]),
  };
}

export interface FakeMailbox {
  quota: number;
  readonly delivered: MailMessage[];
  /** Addresses MailApp refuses. */
  readonly refused: Set<string>;
}

export function mailbox(quota = 100): FakeMailbox {
  return { quota, delivered: [], refused: new Set() };
}

export interface RunResult {
  readonly plan: SendPlan;
  readonly outcome: SendOutcome | null;
}

/**
 * One run of the reminder action on `today`, as the adapter does it inside
 * its lock: read the log, plan, send, append the attempts to the log.
 */
export function runReminders(
  today: Day, log: CellValue[][], box: FakeMailbox,
  options: { respondents?: Respondent[]; roster?: Roster; settings?: ReminderSettings; link?: AnswerLink } = {},
): RunResult {
  const roster = options.roster ?? sampleRoster();
  const settings = options.settings ?? SAMPLE_SETTINGS;
  const match = matchRoster(roster, options.respondents ?? sampleRespondents(), settings.nameQuestionId);
  const schedule = scheduleOn(settings, today);
  const plan = planReminders(match, readSentLog(log, TZ), schedule);
  if (!plan.sending || schedule.kind !== 'due') return { plan, outcome: null };
  const link = options.link ?? answerLink(PUBLISHED_URL, null);
  const messages = plan.sending.due.map((entry) => composeMessage(entry, { ...settings, deadline: schedule.deadline }, link));
  const at = instantOf(today, TZ, 9);
  const outcome = sendAll(messages, plan.sending.round, {
    remainingQuota: () => box.quota,
    send: (message) => {
      if (box.refused.has(message.to)) throw new Error(`Invalid email: ${message.to}`);
      box.quota--;
      box.delivered.push(message);
    },
  }, {
    record: (entry) => {
      if (log.length === 0) log.push([...LOG_HEADER]);
      log.push(logRow(entry));
    },
  }, { now: () => at, outOfTime: () => false });
  return { plan, outcome };
}
