/**
 * Loading what every action needs, each sheet with one read: the survey, the
 * answers (web and paper), the settings and the roster. Actions that write
 * call these again inside their lock, so they decide on fresh data.
 */
import type { CellValue } from '../model/cells';
import type { Day } from '../model/dates';
import { dayOf } from '../model/dates';
import { guessSurvey } from '../model/guess';
import type { Channel, Respondent } from '../model/respondents';
import { readWebRespondents, reservedColumns, webSheetLayout } from '../model/respondents';
import type { Survey } from '../model/survey';
import { COMMON, REMINDER_SHEETS, SETTINGS } from '../messages';
import { normalizeRosterId } from '../paper/answer';
import { readPaperRespondents } from '../paper/layout';
import type { RosterMatch } from '../reminders/matching';
import { matchRoster } from '../reminders/matching';
import type { RosterResult } from '../reminders/roster';
import { readRoster } from '../reminders/roster';
import { defaultSettings } from '../settings/defaults';
import type { ReadSettings } from '../settings/sheet';
import { readSettingsSheet, settingsSheet } from '../settings/sheet';
import { readLinkedForm } from '../gas/form';
import { DocumentBusy, withDocumentLock } from '../gas/platform';
import type { Busy } from './api';
import { formResponseSheet, ownedSheet, ownedSheets, readValues, spreadsheet, timeZone, writePlan } from '../gas/sheets';

/** Developer-metadata roles of the sheets the add-on owns. */
export const ROLES = {
  settings: 'settings',
  paper: 'paper',
  held: 'paper.held',
  roster: 'roster',
  log: 'reminders.log',
  postal: 'reminders.postal',
  summary: (key: string) => `summary.${key}`,
} as const;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Book {
  readonly timeZone: string;
  readonly now: Date;
  readonly today: Day;
  readonly owned: Map<string, Sheet>;
}

export function openBook(): Book {
  const zone = timeZone();
  const now = new Date();
  return { timeZone: zone, now, today: dayOf(now, zone), owned: ownedSheets() };
}

export interface Answers {
  readonly survey: Survey;
  readonly form: GoogleAppsScript.Forms.Form | null;
  /** Said once per run when the survey had to be guessed. */
  readonly notes: readonly string[];
  /** Response-sheet columns that belong to no question: kept, not counted. */
  readonly ignoredColumns: readonly string[];
  readonly web: readonly Respondent[];
  readonly paper: readonly Respondent[];
  readonly paperValues: readonly (readonly CellValue[])[];
}

export type AnswersLoad = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly message: string };

export function loadAnswers(book: Book): AnswersLoad {
  const responseSheet = formResponseSheet();
  if (!responseSheet) return { ok: false, message: COMMON.noResponseSheet };
  const webValues = readValues(responseSheet);
  const reading = readLinkedForm();
  const notes: string[] = [];
  let survey: Survey;
  if (reading.ok) survey = reading.survey;
  else {
    notes.push(reading.reason === 'notLinked' ? COMMON.noForm : COMMON.formUnavailable);
    const headers = (webValues[0] ?? []).map((cell) => String(cell));
    const reserved = reservedColumns(headers);
    survey = guessSurvey(webValues, headers.map((_, index) => index).filter((index) => !reserved.has(index)), spreadsheet().getName());
  }
  const layout = webSheetLayout(webValues, survey);
  if (!layout) return { ok: false, message: COMMON.noResponseSheet };
  const paperSheet = book.owned.get(ROLES.paper);
  const paperValues = paperSheet ? readValues(paperSheet) : [];
  return {
    ok: true,
    answers: {
      survey,
      form: reading.ok ? reading.form : null,
      notes,
      ignoredColumns: layout.match.unmatched.map((column) => String(webValues[0][column])),
      web: readWebRespondents(webValues, survey, layout, book.timeZone),
      paper: readPaperRespondents(paperValues, survey, book.timeZone),
      paperValues,
    },
  };
}

/** The 設定 sheet over the detected defaults; written with the defaults the first time. */
export function loadSettings(book: Book, survey: Survey): ReadSettings {
  const defaults = defaultSettings(survey);
  const sheet = book.owned.get(ROLES.settings);
  if (!sheet) return { settings: defaults, problems: [] };
  return readSettingsSheet(readValues(sheet), survey, defaults, book.timeZone);
}

export function ensureSettingsSheet(book: Book, survey: Survey): Sheet {
  const existing = book.owned.get(ROLES.settings);
  if (existing) return existing;
  const sheet = ownedSheet(ROLES.settings, SETTINGS.sheet, book.owned);
  writePlan(sheet, settingsSheet(defaultSettings(survey), survey, book.timeZone));
  return sheet;
}

export interface RosterLoad {
  readonly sheet: Sheet;
  readonly values: readonly (readonly CellValue[])[];
  readonly result: RosterResult;
}

/** The 名簿 sheet: the one the add-on imported, or one staff typed and named 名簿. */
export function rosterSheet(book: Book): Sheet | null {
  return book.owned.get(ROLES.roster) ?? spreadsheet().getSheetByName(REMINDER_SHEETS.roster);
}

export function loadRoster(book: Book): RosterLoad | null {
  const sheet = rosterSheet(book);
  if (!sheet) return null;
  const values = readValues(sheet);
  return { sheet, values, result: readRoster(values, book.timeZone) };
}

/** 整理番号 → how that person answered, for the paper checks ("already answered"). */
export function answeredByRosterId(match: RosterMatch | null, paper: readonly Respondent[]): Map<string, Channel> {
  const answered = new Map<string, Channel>();
  for (const respondent of paper) if (respondent.rosterId !== '') answered.set(respondent.rosterId, 'paper');
  for (const person of match?.people ?? []) {
    if (person.status.kind === 'answered' && person.entry.id !== '') {
      answered.set(normalizeRosterId(person.entry.id), person.status.answers[0].respondent.channel);
    }
  }
  return answered;
}

export interface Everything {
  readonly book: Book;
  readonly answers: Answers;
  readonly settings: ReadSettings;
  readonly roster: RosterLoad | null;
  readonly match: RosterMatch | null;
}

/** The usual load: answers, settings, roster and who on it answered. */
export function loadEverything(book: Book): { ok: true; all: Everything } | { ok: false; message: string } {
  const loaded = loadAnswers(book);
  if (!loaded.ok) return loaded;
  const { answers } = loaded;
  const settings = loadSettings(book, answers.survey);
  const roster = loadRoster(book);
  const match = roster && roster.result.ok
    ? matchRoster(roster.result.roster, [...answers.web, ...answers.paper], settings.settings.reminders.nameQuestionId)
    : null;
  return { ok: true, all: { book, answers, settings, roster, match } };
}

/** How long a person's action waits for someone else's write to finish. */
const LOCK_WAIT_MS = 10_000;

/** Runs `work` under the document lock; a busy document gives the dialog a message instead of an error. */
export function whileLocked<T>(work: () => T): T | Busy {
  try {
    return withDocumentLock(LOCK_WAIT_MS, work);
  } catch (error) {
    if (error instanceof DocumentBusy) return { kind: 'busy', message: COMMON.busy };
    throw error;
  }
}

/** The usual load for a dialog's server call; a failure reaches the dialog's failure handler. */
export function loadOrThrow(): Everything {
  const loaded = loadEverything(openBook());
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.all;
}
