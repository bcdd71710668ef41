/**
 * This round against the last, from both rounds' figures (summary.json's
 * shape): every matched choice question option by option, each layered
 * table's rates, and what could not be matched. Shares are of each round's
 * base for the question (for a multi-select question, of those who answered
 * it), so a question on a branch compares those it was put to.
 */
import type { Survey } from '../model/survey';
import { fieldsOf, optionLabels } from '../model/survey';
import { SUMMARY } from '../messages';
import type { PreviousPair } from '../settings/settings';
import type { CrosstabJson, QuestionJson, SummaryJson } from '../summary/json';
import type { Matching, MatchedBy, PairSetting, QuestionPair, QuestionShape } from './match';
import { matchOptions, matchQuestions } from './match';
import type { TestName } from './stats';
import { compareShares } from './stats';

/** One option in both rounds; a side is null where the option was not offered in that round. */
export interface OptionRow {
  /** This round's text, or the previous round's for an option dropped since. */
  readonly option: string;
  readonly previousCount: number | null;
  /** A fraction (0–1) of the previous round's base. */
  readonly previousShare: number | null;
  readonly count: number | null;
  readonly share: number | null;
  /** (share − previousShare) × 100. */
  readonly diffPoints: number | null;
  readonly test: TestName | null;
  readonly p: number | null;
  readonly significant: boolean;
}

/** Who a share is of, in each round. */
export interface Bases {
  readonly previous: number;
  readonly current: number;
}

export interface QuestionComparison {
  /** This round's title. */
  readonly question: string;
  readonly previousQuestion: string;
  readonly matchedBy: MatchedBy;
  readonly multiple: boolean;
  readonly bases: Bases;
  readonly options: readonly OptionRow[];
}

export interface LayeredRow extends OptionRow {
  /** The option of the `within` question this row is in (e.g. the region). */
  readonly within: string;
  readonly bases: Bases;
}

export interface LayeredTitles {
  readonly question: string;
  readonly by: string;
  readonly within: string;
}

export interface LayeredComparison extends LayeredTitles {
  readonly rows: readonly LayeredRow[];
}

/** What the comparison says of each round beside its figures. */
export interface RoundFacts {
  readonly title: string;
  readonly respondents: number;
  readonly rosterSize: number | null;
  readonly firstAnswer: string | null;
  readonly lastAnswer: string | null;
}

export interface Comparison {
  readonly previous: RoundFacts;
  readonly current: RoundFacts;
  readonly questions: readonly QuestionComparison[];
  readonly layered: readonly LayeredComparison[];
  /** This round's layered tables the previous round has no counterpart of. */
  readonly layeredUnmatched: readonly LayeredTitles[];
  /** Matched free-text questions: answers are listed, not counted, so there is nothing to compare. */
  readonly texts: readonly QuestionPair[];
  readonly matching: Matching;
}

/** summary.json's `comparison`. */
export interface ComparisonJson {
  readonly previous: {
    readonly respondents: number;
    readonly rosterSize: number | null;
    readonly firstAnswer: string | null;
    readonly lastAnswer: string | null;
  };
  readonly questions: ReadonlyArray<{ readonly question: string; readonly previousQuestion: string; readonly options: readonly OptionRow[] }>;
  readonly unmatched: { readonly current: readonly string[]; readonly previous: readonly string[] };
}

const isText = (question: QuestionJson) => question.type === 'TEXT' || question.type === 'PARAGRAPH';

/** What a share is of: those it was for (and any who answered it unasked, being counted); a multi-select's, those who answered. */
function baseOf(question: QuestionJson): number {
  return question.type === 'CHECKBOX' ? question.answered : question.base + question.answeredNotAsked;
}

/** This form's questions as the summary counts them (a grid row by row), those left out in 設定 aside. */
export function surveyShapes(survey: Survey, excludedIds: readonly string[]): QuestionShape[] {
  const excluded = new Set(excludedIds);
  return fieldsOf(survey.questions).filter((field) => !excluded.has(field.question.id))
    .map((field) => ({ title: field.title, options: field.kind === 'text' ? null : optionLabels(field) }));
}

/** 設定's pairs with this form's question by title, as the matching names questions. */
export function pairSettings(pairs: readonly PreviousPair[], survey: Survey): PairSetting[] {
  return pairs.map((pair) => ({
    row: pair.row, previous: pair.previous,
    current: pair.currentId === null ? null : survey.questions.find((question) => question.id === pair.currentId)?.title ?? null,
  }));
}

export function shapesOf(round: SummaryJson): QuestionShape[] {
  return Object.entries(round.questions).map(([title, question]) => ({ title, options: isText(question) ? null : Object.keys(question.counts) }));
}

function optionRow(option: string, previousCount: number | null, count: number | null, bases: Bases): OptionRow {
  const share = (value: number | null, base: number) => (value === null || base <= 0 ? null : value / base);
  const previousShare = share(previousCount, bases.previous);
  const currentShare = share(count, bases.current);
  const tested = previousCount !== null && count !== null ? compareShares(previousCount, bases.previous, count, bases.current) : null;
  return {
    option, previousCount, previousShare, count, share: currentShare,
    diffPoints: previousShare !== null && currentShare !== null ? (currentShare - previousShare) * 100 : null,
    test: tested?.test ?? null, p: tested?.p ?? null, significant: tested?.significant ?? false,
  };
}

function questionRows(current: QuestionJson, previous: QuestionJson, bases: Bases): OptionRow[] {
  const rows = matchOptions(Object.keys(current.counts), Object.keys(previous.counts)).rows.map((row) => optionRow(
    row.current ?? row.previous ?? '',
    row.previous === null ? null : previous.counts[row.previous],
    row.current === null ? null : current.counts[row.current],
    bases,
  ));
  // Other answers (その他) are compared when either round has any.
  if (current.other > 0 || previous.other > 0) rows.push(optionRow(SUMMARY.other, previous.other, current.other, bases));
  return rows;
}

/** The labels a table's innermost records are keyed by (every record has them all). */
function innerLabels(cells: Record<string, unknown>): string[] {
  let node: unknown = cells;
  while (typeof node === 'object' && node !== null) {
    const values = Object.values(node);
    if (values.length === 0 || typeof values[0] !== 'object') return Object.keys(node);
    node = values[0];
  }
  return [];
}

type Layered = { cells: Record<string, Record<string, Record<string, number>>>; respondents: Record<string, Record<string, number>> };

/** Per option of `within`: how many chose each option, over how many answered (summed over the `by` classes, one each). */
function blockCounts(table: Layered, within: string, option: string | null): { count: number | null; base: number } {
  const rows = table.cells[within] ?? {};
  const base = Object.values(table.respondents[within] ?? {}).reduce((sum, value) => sum + value, 0);
  if (option === null) return { count: null, base };
  return { count: Object.values(rows).reduce((sum, row) => sum + (row[option] ?? 0), 0), base };
}

function layeredRows(current: Layered, previous: Layered): LayeredRow[] {
  // Those who left the layer's question blank are no group to follow over time.
  const withins = (table: Layered) => Object.keys(table.cells).filter((label) => label !== SUMMARY.blank);
  const options = matchOptions(innerLabels(current.cells), innerLabels(previous.cells)).rows;
  return matchOptions(withins(current), withins(previous)).rows.flatMap((within) => options.map((option) => {
    const now = within.current === null ? { count: null, base: 0 } : blockCounts(current, within.current, option.current);
    const then = within.previous === null ? { count: null, base: 0 } : blockCounts(previous, within.previous, option.previous);
    const bases = { previous: then.base, current: now.base };
    const row = optionRow(option.current ?? option.previous ?? '', then.count, now.count, bases);
    return { ...row, within: within.current ?? within.previous ?? '', bases };
  }));
}

function facts(round: SummaryJson): RoundFacts {
  return {
    title: round.title, respondents: round.respondents, rosterSize: round.roster?.size ?? null,
    firstAnswer: round.firstAnswer, lastAnswer: round.lastAnswer,
  };
}

export function compareRounds(current: SummaryJson, previous: SummaryJson, settings: readonly PairSetting[]): Comparison {
  const matching = matchQuestions(shapesOf(current), shapesOf(previous), settings);
  const questions: QuestionComparison[] = [];
  const texts: QuestionPair[] = [];
  for (const pair of matching.pairs) {
    const now = current.questions[pair.current];
    const then = previous.questions[pair.previous];
    if (isText(now) || isText(then)) {
      texts.push(pair);
      continue;
    }
    const bases = { previous: baseOf(then), current: baseOf(now) };
    questions.push({
      question: pair.current, previousQuestion: pair.previous, matchedBy: pair.by, multiple: now.type === 'CHECKBOX',
      bases, options: questionRows(now, then, bases),
    });
  }

  const counterpart = new Map(matching.pairs.map((pair) => [pair.current, pair.previous]));
  const layered: LayeredComparison[] = [];
  const layeredUnmatched: LayeredTitles[] = [];
  for (const table of current.crosstabs) {
    if (table.within === null) continue;
    const titles = { question: table.question, by: table.by, within: table.within };
    const wanted = { question: counterpart.get(table.question), by: counterpart.get(table.by), within: counterpart.get(table.within) };
    const before = previous.crosstabs.find((other: CrosstabJson) => other.within !== null
      && other.question === wanted.question && other.by === wanted.by && other.within === wanted.within);
    // A multi-select `by` would count a person once per class chosen: summed over the classes, the rates would be wrong.
    const multiple = [current.questions[table.by], before ? previous.questions[before.by] : undefined].some((question) => question?.type === 'CHECKBOX');
    if (!before || multiple) {
      layeredUnmatched.push(titles);
      continue;
    }
    layered.push({ ...titles, rows: layeredRows(table as unknown as Layered, before as unknown as Layered) });
  }

  return { previous: facts(previous), current: facts(current), questions, layered, layeredUnmatched, texts, matching };
}

export function comparisonJson(comparison: Comparison): ComparisonJson {
  const { previous, matching } = comparison;
  return {
    previous: { respondents: previous.respondents, rosterSize: previous.rosterSize, firstAnswer: previous.firstAnswer, lastAnswer: previous.lastAnswer },
    questions: comparison.questions.map(({ question, previousQuestion, options }) => ({ question, previousQuestion, options })),
    unmatched: { current: [...matching.onlyCurrent], previous: [...matching.onlyPrevious, ...matching.leftOut] },
  };
}
