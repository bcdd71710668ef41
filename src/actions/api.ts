/**
 * What crosses google.script.run between the dialogs and the server: plain
 * JSON only (Google refuses Dates, functions and undefined inside arrays), so
 * every date here is a 'yyyy-MM-dd' or display string. The dialogs import
 * these types; the server functions in main.ts return them.
 */
import type { EntryModel, EntryPayload } from '../paper/entry';
import type { ReminderPreview } from '../reminders/preview';

export type { EntryModel, EntryPayload, ReminderPreview };

/** Another person (or the daily trigger) is writing: nothing was changed, try again shortly. */
export interface Busy {
  readonly kind: 'busy';
  readonly message: string;
}

// ── 郵送回答を入力 (sidebar) ──

export interface PaperEntryStart {
  readonly model: EntryModel;
  /** Today in the spreadsheet's time zone, for the 受付日 field. */
  readonly today: string;
  /** Answers this user has entered today, for the running count. */
  readonly enteredToday: number;
  /** False when there is no 名簿 sheet: any 整理番号 is accepted, no name is shown. */
  readonly rosterAvailable: boolean;
}

export interface PaperLookup {
  /** As stored: full-width folded, upper case. */
  readonly rosterId: string;
  /** The roster's name for it, or null (unknown 整理番号, no roster, or several people have it). */
  readonly name: string | null;
  readonly known: boolean;
  /** The names of the roster rows that share this 整理番号; empty when it is someone's alone. */
  readonly sharedBy: readonly string[];
  /** How this person already answered, if they have; `on` is a display date. */
  readonly answered: { readonly channel: 'web' | 'paper'; readonly on: string } | null;
  /** A paper answer is saved under this 整理番号: it can be opened for correction. */
  readonly saved: boolean;
}

export interface PaperSaveRequest {
  readonly payload: EntryPayload;
  /** 'correct' replaces the saved paper answer of payload.rosterId. */
  readonly mode: 'new' | 'correct';
  /** The clerk saw the "already answered" warning and chose to save anyway. */
  readonly confirmDuplicate: boolean;
}

export type PaperSaveResult =
  | { readonly kind: 'saved'; readonly message: string; readonly enteredToday: number }
  | { readonly kind: 'confirmDuplicate'; readonly message: string }
  /** Nothing saved; each problem names the question (fieldId null: 整理番号 or 受付日). */
  | { readonly kind: 'invalid'; readonly message: string; readonly problems: ReadonlyArray<{ readonly fieldId: string | null; readonly text: string }> }
  | Busy;

export type PaperLoadResult =
  | { readonly kind: 'found'; readonly payload: EntryPayload }
  | { readonly kind: 'notFound'; readonly message: string };

export type PaperDeleteResult =
  | { readonly kind: 'deleted'; readonly message: string; readonly enteredToday: number }
  | { readonly kind: 'notFound'; readonly message: string }
  | Busy;

// ── 郵送回答を一括取り込み / 名簿を取り込み (dialogs) ──

export interface ImportSources {
  /** Sheets a clerk may have pasted answers into, 要確認 included; never the form's or the summary's. */
  readonly sheets: readonly string[];
}

export type ImportResult =
  | {
    readonly kind: 'imported'; readonly message: string; readonly imported: number;
    /** Rows moved to 要確認 now. */
    readonly held: number;
    /** Rows held that 要確認 already had with the same content: not added again. */
    readonly alreadyHeld: number;
    /** Why each row moved to 要確認 now was held. */
    readonly problems: readonly string[];
    /** What staff should know about rows that were imported (a 整理番号 the roster has twice). */
    readonly notes: readonly string[];
  }
  /** Nothing written: the file as a whole cannot be read (columns, encoding, quotes). */
  | { readonly kind: 'stopped'; readonly message: string; readonly problems: readonly string[] }
  | Busy;

export type RosterImportResult =
  | { readonly kind: 'imported'; readonly message: string; readonly count: number; readonly problems: readonly string[] }
  /** A 名簿 sheet exists: the dialog asks before replacing it. */
  | { readonly kind: 'confirmReplace'; readonly message: string }
  | { readonly kind: 'stopped'; readonly message: string; readonly problems: readonly string[] }
  | Busy;

// ── リマインドメール (dialog) ──

/** The daily automatic sending: one trigger at most, owned by whoever turned it on. */
export interface AutomaticState {
  readonly on: boolean;
  /** Who turned it on and since when, as staff read it; null when off. */
  readonly by: string | null;
  /** The person looking turned it on: only they can turn it off. */
  readonly mine: boolean;
  /** Someone else's, and it has not run for days: the person looking may take it over. */
  readonly abandoned: boolean;
}

export type ReminderDialog =
  | {
    readonly kind: 'ready';
    readonly preview: ReminderPreview;
    readonly automatic: AutomaticState;
    /** MailApp's remaining quota for today. */
    readonly quota: number;
  }
  /** Nothing to preview (no roster, its columns not found…): the dialog shows only these messages. */
  | { readonly kind: 'stopped'; readonly messages: readonly string[]; readonly automatic: AutomaticState; readonly quota: number };

/** Exactly the round and people the staff member saw in the preview and confirmed. */
export interface ReminderSendRequest {
  readonly round: string | null;
  /** 整理番号 of the previewed recipients: only those still due are mailed. */
  readonly recipients: readonly string[];
}

export type ReminderSendResult =
  | { readonly kind: 'sent'; readonly message: string; readonly sent: number; readonly failed: number; readonly remaining: number }
  /** The due round or its recipients changed since the preview (another run sent them): nothing sent. */
  | { readonly kind: 'changed'; readonly message: string }
  | { readonly kind: 'nothing'; readonly message: string }
  | Busy;

export interface AutomaticResult {
  readonly automatic: AutomaticState;
  readonly message: string;
}

// ── 集計データを書き出す / 前回の結果を取り込む (dialogs) ──

export interface SummaryExport {
  /** 集計データ_<form title>_<yyyy-MM-dd>.json */
  readonly fileName: string;
  /** The file's text: summary.json's shape (format 1), as the local run writes it. */
  readonly json: string;
  readonly title: string;
  readonly respondents: number;
  /** Questions with figures in the file. */
  readonly questions: number;
}

/** How the previous round's questions meet this form's, as 前回との比較 pairs them. */
export interface PreviousMatch {
  /** Questions of this form matched with one of the previous round's. */
  readonly matched: number;
  /** 今回のみ / 前回のみ: listed, never dropped. */
  readonly onlyCurrent: readonly string[];
  readonly onlyPrevious: readonly string[];
  /** What staff should settle in 設定 (ambiguous questions, pairs that name no question). */
  readonly problems: readonly string[];
}

/** The previous round as the workbook holds it, for the import dialog to show. */
export type PreviousStatus =
  | { readonly kind: 'none' }
  | ({ readonly kind: 'stored'; readonly fileName: string; readonly title: string; readonly period: string; readonly respondents: number } & PreviousMatch)
  /** The hidden sheet was edited or partly deleted: it cannot be compared with until imported again. */
  | { readonly kind: 'broken'; readonly message: string };

export type PreviousImportResult =
  | ({ readonly kind: 'imported'; readonly message: string } & PreviousMatch)
  /** Nothing stored: the file is of another kind, or of another survey. */
  | { readonly kind: 'stopped'; readonly message: string; readonly problems: readonly string[] }
  | Busy;
