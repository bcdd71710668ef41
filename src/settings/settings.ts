/**
 * What staff can set without touching code. Stored in the 設定 sheet; every
 * value has a default detected from the form so the first click already works.
 */
import type { Day } from '../model/dates';
import type { Step } from '../model/routing';

export type OptionOrder = 'form' | 'count';

/** "question by `by`, one table per option of `within`" — e.g. support × occupation within each region. */
export interface LayeredTable {
  readonly questionId: string;
  readonly byId: string;
  readonly withinId: string;
}

/** What a layered table's count column for one option is headed, instead of 「はい」の人数 (e.g. 支援実績者数). */
export interface CountHeading {
  readonly questionId: string;
  /** The option's index. */
  readonly option: number;
  readonly heading: string;
}

/** A question staff say was meant for some respondents only, whatever the form's branching says. */
export interface AudienceSetting {
  readonly questionId: string;
  /** Asked of those whose answer meets this, e.g. ⑤ = いいえ. */
  readonly condition: Step;
}

export interface SummarySettings {
  /** Questions every other choice question is cross-tabulated by (分類). */
  readonly classifierIds: readonly string[];
  readonly layered: readonly LayeredTable[];
  /** Questions left out of every summary sheet. */
  readonly excludedIds: readonly string[];
  readonly optionOrder: OptionOrder;
  /** Add the 分類 columns next to each free-text answer. */
  readonly textWithClassifiers: boolean;
  /** 対象を限る設問: these questions count only the respondents the condition names. */
  readonly audiences: readonly AudienceSetting[];
  /** Headings staff gave layered tables' count columns. */
  readonly countHeadings: readonly CountHeading[];
}

export interface ReminderSettings {
  /** The last day answers are accepted; null until staff set one (no reminders without it). */
  readonly deadline: Day | null;
  /** Days before the deadline on which a round goes out, e.g. [7, 2]. */
  readonly daysBefore: readonly number[];
  readonly subject: string;
  readonly body: string;
  readonly senderName: string;
  /** '' for none. */
  readonly replyTo: string;
  /** The text question that asks for the respondent's name: for name matching and pre-filled links. */
  readonly nameQuestionId: string | null;
}

export interface ReportSettings {
  /** Who held the survey, shown on the report deck's title slide; '' shows none. */
  readonly organiser: string;
}

/**
 * 前回との対応: a question of the previous round, as staff named it (title or
 * number; it is looked up in the previous round's figures, not in this form),
 * and the question of this form that continues it.
 */
export interface PreviousPair {
  /** The 設定 sheet's row, for messages. */
  readonly row: number;
  readonly previous: string;
  /** Null: staff left 今回 empty, so the previous question is not compared. */
  readonly currentId: string | null;
}

export interface ComparisonSettings {
  readonly pairs: readonly PreviousPair[];
}

export interface Settings {
  readonly summary: SummarySettings;
  readonly reminders: ReminderSettings;
  readonly report: ReportSettings;
  readonly comparison: ComparisonSettings;
}
