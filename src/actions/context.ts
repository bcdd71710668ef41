/**
 * Loading what the actions need, each sheet with one read: the survey, the
 * answers (web and paper), the settings and the roster. Each action loads
 * only what it uses; actions that write load inside their lock, so they
 * decide on fresh data.
 */
import type { CellValue } from '../model/cells';
import type { Day } from '../model/dates';
import { dayOf } from '../model/dates';
import { guessSurvey } from '../model/guess';
import type { AnswerCounts, Channel, MissingColumn, Respondent } from '../model/respondents';
import { countAnswered, missingColumns, readWebRespondents, reservedColumns, webSheetLayout } from '../model/respondents';
import type { Survey } from '../model/survey';
import { COMMON, REMINDER_SHEETS } from '../messages';
import type { RosterCheck } from '../paper/answer';
import { normalizeRosterId } from '../paper/answer';
import { readPaperRespondents } from '../paper/layout';
import type { RosterMatch } from '../reminders/matching';
import { matchRoster } from '../reminders/matching';
import type { RosterResult } from '../reminders/roster';
import { readRoster } from '../reminders/roster';
import { defaultSettings } from '../settings/defaults';
import type { ReadSettings, SettingProblem } from '../settings/sheet';
import { readSettingsSheet, settingsSheet } from '../settings/sheet';
import { DocumentBusy, withDocumentLock } from '../gas/platform';
import { Workbook } from '../gas/workbook';
import type { Busy } from './api';

type Grid = readonly (readonly CellValue[])[];

/** Roles of the sheets the add-on reads and writes; owned ones carry the role as a developer-metadata marker. */
export const ROLES = {
  /** The form's response sheet (found by its link to the form, never written). */
  responses: 'responses',
  settings: 'settings',
  paper: 'paper',
  held: 'paper.held',
  /** The 名簿 the add-on imported, or one staff made and named 名簿. */
  roster: 'roster',
  log: 'reminders.log',
  postal: 'reminders.postal',
  /** 自由記述の分類: the codebook staff write, with the 確認 column the add-on fills. */
  codebook: 'themes.codebook',
  summary: (key: string) => `summary.${key}`,
  /** The previous round's figures, imported for 前回との比較 (hidden). */
  previous: 'compare.previous',
} as const;

export interface Book {
  readonly sheets: Workbook;
  readonly timeZone: string;
  /** When this execution started: Apps Script's time limit counts from here. */
  readonly now: Date;
  readonly today: Day;
}

export function openBook(): Book {
  const now = new Date();
  const sheets = Workbook.open({ fallbackNames: { [ROLES.roster]: REMINDER_SHEETS.roster } });
  return { sheets, timeZone: sheets.timeZone, now, today: dayOf(now, sheets.timeZone) };
}

type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface SurveyLoad {
  readonly survey: Survey;
  /** Per short-answer question id, the form's pre-filled link (see gas/form.ts). */
  readonly prefill: Readonly<Record<string, string>>;
  /** Said once per run when the survey had to be guessed. */
  readonly notes: readonly string[];
  /** The response sheet, when it had to be read for the guess. */
  readonly webValues: Grid | null;
}

/**
 * The survey: the form's model (cached for a few minutes unless `fresh`), or
 * when the form cannot be read, a guess from the response sheet's header.
 */
export function loadSurvey(book: Book, fresh = false): Loaded<SurveyLoad> {
  if (!book.sheets.has(ROLES.responses)) return { ok: false, message: COMMON.noResponseSheet };
  const reading = book.sheets.form({ fresh });
  if (reading.ok) {
    const unread = reading.model.unreadBranching ?? [];
    const notes = unread.length > 0 ? [COMMON.dropDownBranchingUnread(unread)] : [];
    return { ok: true, value: { survey: reading.model.survey, prefill: reading.model.prefill, notes, webValues: null } };
  }
  const webValues = book.sheets.read(ROLES.responses);
  if (!webValues) return { ok: false, message: COMMON.noResponseSheet };
  const headers = (webValues[0] ?? []).map((cell) => String(cell));
  const reserved = reservedColumns(headers);
  const survey = guessSurvey(webValues, headers.map((_, index) => index).filter((index) => !reserved.has(index)), book.sheets.spreadsheetName);
  return { ok: true, value: { survey, prefill: {}, notes: [reading.reason === 'notLinked' ? COMMON.noForm : COMMON.formUnavailable], webValues } };
}

export interface Answers extends SurveyLoad {
  /** Response-sheet columns that belong to no question: kept, not counted. */
  readonly ignoredColumns: readonly string[];
  /** Questions the response sheet has no column for: not counted, and said so. */
  readonly missingColumns: readonly MissingColumn[];
  readonly web: readonly Respondent[];
  readonly paper: readonly Respondent[];
  readonly paperValues: Grid;
}

export function loadAnswers(book: Book, fresh = false): Loaded<Answers> {
  const loaded = loadSurvey(book, fresh);
  if (!loaded.ok) return loaded;
  const { survey } = loaded.value;
  const webValues = loaded.value.webValues ?? book.sheets.read(ROLES.responses);
  const layout = webValues ? webSheetLayout(webValues, survey) : null;
  if (!webValues || !layout) return { ok: false, message: COMMON.noResponseSheet };
  const paperValues = loadPaperValues(book);
  const paper = readPaperRespondents(paperValues, survey, book.timeZone);
  return {
    ok: true,
    value: {
      ...loaded.value,
      webValues,
      ignoredColumns: layout.match.unmatched.map((column) => String(webValues[0][column])),
      missingColumns: missingColumns(layout, paper),
      web: readWebRespondents(webValues, survey, layout, book.timeZone),
      paper,
      paperValues,
    },
  };
}

/** Who answered what, web and paper alike, for the defaults detected from the answers. */
export function answerCounts(answers: Answers): AnswerCounts {
  return countAnswered([...answers.web, ...answers.paper]);
}

export function loadPaperValues(book: Book): Grid {
  return book.sheets.read(ROLES.paper) ?? [];
}

/** The 設定 sheet over the detected defaults; the defaults alone until the sheet is made. */
export function loadSettings(book: Book, survey: Survey, counts: AnswerCounts): ReadSettings {
  const defaults = defaultSettings(survey, counts);
  const values = book.sheets.read(ROLES.settings);
  if (!values) return { settings: defaults, problems: [] };
  return readSettingsSheet(values, survey, defaults, book.timeZone);
}

/** What in the 設定 sheet cannot be understood: that depends on the form alone, so no answers are read. */
export function settingsProblems(book: Book, survey: Survey): readonly SettingProblem[] {
  return loadSettings(book, survey, countAnswered([])).problems;
}

/** Writes the 設定 sheet with the defaults detected from the form and its answers, unless it exists. */
export function ensureSettingsSheet(book: Book, answers: Answers): void {
  if (book.sheets.has(ROLES.settings)) return;
  const { survey } = answers;
  book.sheets.writeTable(ROLES.settings, settingsSheet(defaultSettings(survey, answerCounts(answers)), survey, book.timeZone));
}

export interface RosterLoad {
  readonly values: Grid;
  readonly result: RosterResult;
}

export function loadRoster(book: Book): RosterLoad | null {
  const values = book.sheets.read(ROLES.roster);
  return values ? { values, result: readRoster(values, book.timeZone) } : null;
}

/** 整理番号 → how that person answered, for the paper checks ("already answered"). */
function answeredByRosterId(match: RosterMatch | null, paper: readonly Respondent[]): Map<string, Channel> {
  const answered = new Map<string, Channel>();
  for (const respondent of paper) if (respondent.rosterId !== '') answered.set(respondent.rosterId, 'paper');
  for (const person of match?.people ?? []) {
    if (person.status.kind === 'answered' && person.entry.id !== '') {
      answered.set(normalizeRosterId(person.entry.id), person.status.answers[0].respondent.channel);
    }
  }
  return answered;
}

/** The paper checks' view of the roster and the answers (`answered` may be changed by the caller). */
export function rosterCheck(all: Everything): RosterCheck & { readonly answered: Map<string, Channel> } {
  const roster = all.roster?.result.ok ? all.roster.result.roster : null;
  const shared = new Map<string, readonly number[]>();
  for (const group of roster?.byId.shared.values() ?? []) {
    const rows = group.map((entry) => entry.row);
    for (const entry of group) shared.set(normalizeRosterId(entry.id), rows);
  }
  return {
    rosterIds: roster ? new Set(roster.entries.map((entry) => entry.id)) : null,
    answered: answeredByRosterId(all.match, all.answers.paper),
    shared,
  };
}

export interface Everything {
  readonly book: Book;
  readonly answers: Answers;
  readonly settings: ReadSettings;
  readonly roster: RosterLoad | null;
  readonly match: RosterMatch | null;
}

/** The usual load: answers, settings, roster and who on it answered. */
export function loadEverything(book: Book, fresh = false): Loaded<Everything> {
  const loaded = loadAnswers(book, fresh);
  if (!loaded.ok) return loaded;
  const answers = loaded.value;
  const settings = loadSettings(book, answers.survey, answerCounts(answers));
  const roster = loadRoster(book);
  const match = roster && roster.result.ok
    ? matchRoster(roster.result.roster, [...answers.web, ...answers.paper], settings.settings.reminders.nameQuestionId)
    : null;
  return { ok: true, value: { book, answers, settings, roster, match } };
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

/** A load for a dialog's server call; a failure reaches the dialog's failure handler. */
export function orThrow<T>(loaded: Loaded<T>): T {
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.value;
}

/** The usual load for a dialog's server call. */
export function loadOrThrow(book = openBook()): Everything {
  return orThrow(loadEverything(book));
}
