/**
 * summary.json: the figures of the summary in a stable, documented shape, for
 * people who check them against a report and for tests.
 */
import type { ThemeJson } from '../themes/json';
import type { CrossBlock, CrossTab } from './crosstab';
import type { Reach } from './reach';
import type { Summary } from './summarize';

export type ReportType = 'RADIO' | 'DROP_DOWN' | 'CHECKBOX' | 'SCALE' | 'GRID' | 'TEXT' | 'PARAGRAPH';

export interface QuestionJson {
  readonly type: ReportType;
  /**
   * Respondents the question was for: all of them, or for a question on a
   * branch (or limited in 設定) those whose answers led to it. Those of them
   * who did not answer are 無回答.
   */
  readonly base: number;
  /** Respondents it was not for, who left it blank (対象外). */
  readonly notAsked: number;
  /** Respondents it was not for who answered it all the same: in `answered` and `counts`. */
  readonly answeredNotAsked: number;
  /** Those of the base who answered, and answeredNotAsked. base + notAsked + answeredNotAsked = respondents. */
  readonly answered: number;
  readonly counts: Record<string, number>;
  readonly other: number;
  readonly texts: string[];
}

export interface CrosstabJson {
  readonly question: string;
  readonly by: string;
  readonly within: string | null;
  /** by option → option → count; for a layered table, within option → by option → option → count. */
  readonly cells: Record<string, Record<string, number>> | Record<string, Record<string, Record<string, number>>>;
  readonly totals: Record<string, number>;
  /** People who answered the question: per by option (layered: per within, then by option). */
  readonly respondents: Record<string, number> | Record<string, Record<string, number>>;
}

/** A question the response sheet has no column for: not in `questions`, and no table reads it. */
export interface MissingColumnJson {
  readonly question: string;
  /** Its answers in 郵送回答, left out too. */
  readonly paperAnswers: number;
}

/**
 * The version of this shape. A file of the figures (集計データ, or the local
 * run's summary.json) read as a previous round must have a version this code
 * knows; raise it when a field changes meaning, not when one is added.
 */
export const SUMMARY_FORMAT = 1;

export interface SummaryJson {
  readonly format: typeof SUMMARY_FORMAT;
  /** The form's title. */
  readonly title: string;
  /** The first and the last day an answer (web or paper) arrived, yyyy-MM-dd; null before any. */
  readonly firstAnswer: string | null;
  readonly lastAnswer: string | null;
  readonly respondents: number;
  readonly channels: { readonly form: number; readonly paper: number };
  readonly roster: { readonly size: number; readonly responded: number; readonly rate: number } | null;
  readonly questions: Record<string, QuestionJson>;
  readonly crosstabs: CrosstabJson[];
  /** Every question is in `questions` or here (or was left out in 設定). */
  readonly missingColumns: MissingColumnJson[];
  /** Response-sheet columns that belong to no question, by title. */
  readonly ignoredColumns: string[];
  /** The free-text answers coded into themes (自由記述の分類): per coded question, each theme and 未分類. */
  readonly themes: ThemeJson[];
}

const keyed = (labels: readonly string[], counts: readonly number[]): Record<string, number> =>
  Object.fromEntries(labels.map((label, index) => [label, counts[index]]));

export function summaryJson(summary: Summary, themes: readonly ThemeJson[] = []): SummaryJson {
  const questions: Record<string, QuestionJson> = {};
  const reached = (reach: Reach | null) => (reach
    ? { base: reach.base, notAsked: reach.notAsked, answeredNotAsked: reach.answeredNotAsked }
    : { base: summary.respondents, notAsked: 0, answeredNotAsked: 0 });
  for (const tally of summary.choices) {
    questions[tally.field.title] = {
      type: tally.field.kind === 'scale' ? 'SCALE' : tally.field.reportType,
      ...reached(tally.reach),
      answered: tally.answered,
      counts: keyed(tally.labels, tally.counts),
      other: tally.other,
      texts: tally.others.map((other) => other.text),
    };
  }
  for (const tally of summary.texts) {
    questions[tally.field.title] = {
      type: tally.field.paragraph ? 'PARAGRAPH' : 'TEXT',
      ...reached(tally.reach),
      answered: tally.answers.length,
      counts: {},
      other: 0,
      texts: tally.answers.map((answer) => answer.text),
    };
  }
  const tables = summary.crosstabs.filter((entry): entry is CrossTab => entry.kind === 'table');
  const crosstabs = tables.map((table): CrosstabJson => {
    // Every option of the classifier, zeros included; その他 and 無回答 only when someone is in them.
    const listed = <T extends { answered: number }>(items: readonly T[], options: readonly string[]) =>
      items.filter((item, index) => index < options.length || item.answered > 0);
    const rows = (block: CrossBlock) => {
      const shown = listed(block.rows, table.by.options);
      return {
        cells: Object.fromEntries(shown.map((row) => [row.label, keyed(table.labels, row.counts)])),
        respondents: Object.fromEntries(shown.map((row) => [row.label, row.answered])),
      };
    };
    const totals = keyed(table.labels, table.total.counts);
    if (!table.within) {
      return { question: table.question.title, by: table.by.title, within: null, ...rows(table.blocks[0]), totals };
    }
    const blocks = listed(table.blocks.map((block) => ({ block, answered: block.total.answered })), table.within.options)
      .map(({ block }) => ({ label: block.label ?? '', ...rows(block) }));
    return {
      question: table.question.title, by: table.by.title, within: table.within.title,
      cells: Object.fromEntries(blocks.map((block) => [block.label, block.cells])),
      totals,
      respondents: Object.fromEntries(blocks.map((block) => [block.label, block.respondents])),
    };
  });
  return {
    format: SUMMARY_FORMAT,
    title: summary.survey.title,
    firstAnswer: summary.perDay[0]?.day ?? null,
    lastAnswer: summary.perDay[summary.perDay.length - 1]?.day ?? null,
    respondents: summary.respondents,
    channels: { form: summary.channels.web, paper: summary.channels.paper },
    roster: summary.roster
      ? { size: summary.roster.size, responded: summary.roster.responded, rate: summary.roster.size > 0 ? Math.round((summary.roster.responded / summary.roster.size) * 10000) / 10000 : 0 }
      : null,
    questions,
    crosstabs,
    missingColumns: summary.missingColumns.map(({ field, paperAnswers }) => ({ question: field.title, paperAnswers })),
    ignoredColumns: [...summary.ignoredColumns],
    themes: [...themes],
  };
}
