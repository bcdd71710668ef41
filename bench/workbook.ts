/**
 * The benchmark's workbooks and the actions measured on them. A synthetic
 * round is set up through the built bundle as staff would set it up (the
 * form's response sheet, the roster imported, the 設定 sheet created, a
 * codebook written in 自由記述の分類) and
 * saved twice: before the paper answers are imported and after. Every
 * measured run restores one of the two, so each run does the same work.
 */
import type { Bundle, EmulatorState, FormResource } from '../emulator';
import { Emulator, loadBundle } from '../emulator';
import type {
  ImportResult, ImportSources, PaperDeleteResult, PaperEntryStart, PaperLoadResult, PaperLookup, PaperSaveResult, PreviousImportResult, PreviousStatus,
  ReminderDialog, ReminderSendResult, RosterImportResult, SummaryExport,
} from '../src/actions/api';
import type { SummaryResult } from '../src/actions/summary';
import type { SummaryJson } from '../src/summary/json';
import { pasteCodebook } from '../cli/codebook';
import type { SyntheticRound } from './synth';

const RESPONSE_SHEET = 'フォームの回答 1';
/** The day after the last answer arrived: the first reminder round (7 days before 12/28) is due. */
const TODAY = '2023-12-21';
const TIME_ZONE = 'Asia/Tokyo';

/** The built script and its dialogs' HTML. */
export interface BuiltFiles {
  readonly code: string;
  readonly htmlDir: string;
}

export interface Book {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

/** What the measured runs need of a round once its workbooks are saved. */
export interface Prepared {
  /**
   * The workbook before and after the paper answers are imported, saved as
   * UTF-8 JSON: bytes outside the JavaScript heap instead of millions of
   * objects in it, so that they do not weigh on the measured runs' garbage
   * collection.
   */
  readonly beforePaper: Buffer;
  readonly withPaper: Buffer;
  /** After 集計を作成, with the round's own 集計データ imported as the previous round: 前回との比較 compares every question. */
  readonly withPrevious: Buffer;
  /** The round's 集計データ file, as 集計データを書き出す saved it. */
  readonly previousFile: string;
  /** The round's files as a dialog uploads them (base64). */
  readonly paperUpload: string;
  readonly webRows: number;
  readonly paperRows: number;
  readonly rosterRows: number;
  readonly ids: SyntheticRound['ids'];
}

function expectKind<T extends { kind: string }, K extends T['kind']>(what: string, result: T, kind: K): Extract<T, { kind: K }> {
  if (result?.kind !== kind) throw new Error(`${what}: expected ${kind}, got ${JSON.stringify(result).slice(0, 500)}`);
  return result as Extract<T, { kind: K }>;
}

export function prepareWorkbooks(form: FormResource, round: SyntheticRound, files: BuiltFiles): Prepared {
  const emulator = new Emulator({
    form, now: new Date(`${TODAY}T09:00:00+09:00`), timeZone: TIME_ZONE, htmlDir: files.htmlDir,
    spreadsheetName: form.info.documentTitle ?? form.info.title,
  });
  emulator.addSheet(RESPONSE_SHEET, round.responses);
  emulator.linkForm(RESPONSE_SHEET);
  const bundle = loadBundle(emulator, files.code);
  bundle.open();
  const roster = expectKind('roster import', bundle.run('rosterImportFile', round.rosterCsv.toString('base64'), 'roster.csv', true) as RosterImportResult, 'imported');
  if (roster.count !== round.roster) throw new Error(`roster import: ${roster.count} of ${round.roster} people`);
  bundle.call('openSettings');
  // Staff have written a codebook: 集計を作成 is measured coding the free-text answers.
  pasteCodebook(emulator, round.codebook);
  const beforePaper = Buffer.from(JSON.stringify(emulator.save()));
  const prepared = {
    beforePaper, withPaper: Buffer.alloc(0), withPrevious: Buffer.alloc(0), previousFile: '', paperUpload: round.paperCsv.toString('base64'),
    webRows: round.responses.length - 1, paperRows: round.paper, rosterRows: round.roster, ids: round.ids,
  };
  ACTIONS.paperImport.run({ emulator, bundle }, prepared, null);
  const withPaper = Buffer.from(JSON.stringify(emulator.save()));
  bundle.call('generateSummary');
  const previousFile = (bundle.run('summaryExport') as SummaryExport).json;
  expectKind('previous import', bundle.run('previousImportFile', previousFile, 'previous.json') as PreviousImportResult, 'imported');
  return { ...prepared, withPaper, withPrevious: Buffer.from(JSON.stringify(emulator.save())), previousFile };
}

/** A fresh copy of a saved workbook with the bundle loaded. */
export function openWorkbook(saved: Buffer, form: FormResource, files: BuiltFiles): Book {
  const emulator = Emulator.restore(JSON.parse(saved.toString('utf8')) as EmulatorState, { form, htmlDir: files.htmlDir });
  return { emulator, bundle: loadBundle(emulator, files.code) };
}

export type ActionName =
  | 'summary' | 'summaryAgain' | 'reportDeck' | 'summaryCompared' | 'paperImport' | 'reminderSend'
  // The dialogs' server functions, named as google.script.run calls them.
  | 'paperEntryStart' | 'paperLookup' | 'paperLoad' | 'paperSave' | 'paperDelete' | 'paperImportSources' | 'reminderDialog'
  | 'summaryExport' | 'previousStatus' | 'previousImportFile' | 'previousReplace';

/** The dialogs' server functions: each round trip may make DIALOG_BUDGET service calls with the cache warm. */
export const DIALOG_ACTIONS: readonly ActionName[] = [
  'paperEntryStart', 'paperLookup', 'paperLoad', 'paperSave', 'paperDelete', 'paperImportSources', 'reminderDialog',
  'summaryExport', 'previousStatus', 'previousImportFile', 'previousReplace',
];
export const DIALOG_BUDGET = 12;
/** The dialogs are measured at the sample's size and at 10,000 answers. */
const DIALOG_SIZES_UP_TO = 10_000;
/** 集計を作成's service calls, the first time and run again, at any number of answers. */
export const SUMMARY_BUDGET = 350;
/**
 * 報告スライドを作成 after 集計を作成, at any number of answers: the summary
 * again, pictures of its charts, and about seven calls a slide. The deck
 * stops growing once every free-text list and every list of その他 answers
 * has reached its 20 slides, so its calls are bounded by the form, not by the
 * answers: 1,858 on the benchmark's round at 100,000 answers, whose synthetic
 * answers fill all of those lists.
 */
export const REPORT_BUDGET = 2_500;

export interface Action {
  /** The workbook the action starts from. */
  readonly from: 'beforePaper' | 'withPaper' | 'withPrevious';
  /** Measured only up to this many responses (a dialog's round trip does not grow with them). */
  readonly upTo?: number;
  /**
   * What a user did a moment before (not measured): a dialog's server
   * function runs with the cache its dialog's first call filled. What it
   * returns is handed to `run`.
   */
  readonly before?: (book: Book, round: Prepared) => unknown;
  /** Runs it as staff would, and fails unless it did the whole job. */
  run(book: Book, round: Prepared, before: unknown): void;
}

/** The sidebar was opened: its first call read the form into the cache. */
const sidebarOpened = (book: Book) => book.bundle.run('paperEntryStart');

export const ACTIONS: Readonly<Record<ActionName, Action>> = {
  // 集計を作成 from the menu: web and paper answers into the summary sheets.
  summary: {
    from: 'withPaper',
    run: (book, round) => {
      const summary = book.bundle.call('generateSummary') as SummaryJson | null;
      const expected = round.webRows + round.paperRows;
      if (summary?.respondents !== expected) throw new Error(`summary: ${summary?.respondents} respondents, expected ${expected}`);
      if (summary.themes.length === 0) throw new Error('summary: the free-text answers were not coded into themes');
    },
  },
  // 集計を作成 again, as staff do while answers come in: the cache is warm, the sheets and charts are there.
  summaryAgain: {
    from: 'withPaper',
    before: (book) => { book.bundle.call('generateSummary'); },
    run: (book, round) => ACTIONS.summary.run(book, round, null),
  },
  // 報告スライドを作成 from the menu after 集計を作成: the summary again, then a new deck in Drive.
  reportDeck: {
    from: 'withPaper',
    before: (book) => { book.bundle.call('generateSummary'); },
    run: (book) => {
      const made = book.bundle.call('createReportDeck') as { slides: number } | null;
      const [deck] = book.emulator.presentations().slice(-1);
      if (!made || deck?.slides.length !== made.slides) throw new Error(`reportDeck: ${JSON.stringify(made)}`);
    },
  },
  // 集計を作成 again with a previous round imported: 前回との比較 is written too, its charts kept.
  summaryCompared: {
    from: 'withPrevious',
    before: (book) => { book.bundle.call('generateSummary'); },
    run: (book, round) => {
      const compared = book.bundle.call('generateSummary') as SummaryResult | null;
      const expected = round.webRows + round.paperRows;
      if (compared?.respondents !== expected || !compared.comparison?.questions.length) throw new Error(`summaryCompared: ${compared?.respondents} respondents, comparison ${!!compared?.comparison}`);
    },
  },
  // 郵送回答を一括取り込み: the paper CSV, every row accepted.
  paperImport: {
    from: 'beforePaper',
    run: (book, round) => {
      const result = expectKind('paper import', book.bundle.run('paperImportFile', round.paperUpload, 'paper.csv') as ImportResult, 'imported');
      if (result.imported !== round.paperRows || result.held !== 0) throw new Error(`paper import: ${result.message}\n${result.problems.slice(0, 5).join('\n')}`);
    },
  },
  // リマインドメール…: the dialog's preview of who is due the reminder.
  reminderDialog: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('reminderDialog'); },
    run: (book) => {
      const dialog = expectKind('reminder dialog', book.bundle.run('reminderDialog') as ReminderDialog, 'ready');
      if (dialog.preview.count === 0) throw new Error(`reminder dialog: nobody due (${dialog.preview.schedule})`);
    },
  },
  // 送信 after the preview: as many as the day's quota allows (100 by default).
  reminderSend: {
    from: 'withPaper',
    before: (book) => {
      const { preview } = expectKind('reminder dialog', book.bundle.run('reminderDialog') as ReminderDialog, 'ready');
      return { round: preview.round, recipients: preview.recipients.map((person) => person.id) };
    },
    run: (book, _round, request) => {
      const result = expectKind('reminder send', book.bundle.run('reminderSend', request) as ReminderSendResult, 'sent');
      if (result.sent === 0 || result.failed > 0) throw new Error(`reminder send: ${result.message}`);
    },
  },
  paperEntryStart: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: sidebarOpened,
    run: (book) => {
      const start = book.bundle.run('paperEntryStart') as PaperEntryStart;
      if (!start?.rosterAvailable) throw new Error('paperEntryStart: no roster');
    },
  },
  // The clerk types the 整理番号 of someone who answered on the web.
  paperLookup: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: sidebarOpened,
    run: (book, round) => {
      const lookup = book.bundle.run('paperLookup', round.ids.web) as PaperLookup;
      if (!lookup?.known || lookup.answered?.channel !== 'web') throw new Error(`paperLookup: ${JSON.stringify(lookup)}`);
    },
  },
  paperLoad: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: sidebarOpened,
    run: (book, round) => { expectKind('paperLoad', book.bundle.run('paperLoad', round.ids.paper) as PaperLoadResult, 'found'); },
  },
  // A new paper answer, from someone who has not answered.
  paperSave: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: sidebarOpened,
    run: (book, round) => {
      const request = { payload: { rosterId: round.ids.none, receivedOn: TODAY, answers: {} }, mode: 'new', confirmDuplicate: false };
      expectKind('paperSave', book.bundle.run('paperSave', request) as PaperSaveResult, 'saved');
    },
  },
  paperDelete: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: sidebarOpened,
    run: (book, round) => { expectKind('paperDelete', book.bundle.run('paperDelete', round.ids.paper) as PaperDeleteResult, 'deleted'); },
  },
  // 集計データを書き出す: the dialog asks for the round's figures as soon as it opens.
  summaryExport: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('summaryExport'); },
    run: (book, round) => {
      const file = book.bundle.run('summaryExport') as SummaryExport;
      const expected = round.webRows + round.paperRows;
      if (file?.respondents !== expected) throw new Error(`summaryExport: ${file?.respondents} respondents, expected ${expected}`);
    },
  },
  // 前回の結果を取り込む opens on what the workbook holds.
  previousStatus: {
    from: 'withPrevious',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('previousStatus'); },
    run: (book) => { expectKind('previousStatus', book.bundle.run('previousStatus') as PreviousStatus, 'stored'); },
  },
  // The first import: the hidden sheet is made.
  previousImportFile: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('previousStatus'); },
    run: (book, round) => { expectKind('previousImportFile', book.bundle.run('previousImportFile', round.previousFile, 'previous.json') as PreviousImportResult, 'imported'); },
  },
  // Importing again replaces what the hidden sheet holds.
  previousReplace: {
    from: 'withPrevious',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('previousStatus'); },
    run: (book, round) => { expectKind('previousReplace', book.bundle.run('previousImportFile', round.previousFile, 'previous.json') as PreviousImportResult, 'imported'); },
  },
  // The import dialog lists the sheets a clerk may have pasted into.
  paperImportSources: {
    from: 'withPaper',
    upTo: DIALOG_SIZES_UP_TO,
    before: (book) => { book.bundle.run('paperImportSources'); },
    run: (book) => {
      const sources = book.bundle.run('paperImportSources') as ImportSources;
      if (!Array.isArray(sources?.sheets)) throw new Error('paperImportSources: no list');
    },
  },
};
