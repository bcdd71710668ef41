/**
 * Counting answers. Every figure in the summary sheets and in summary.json
 * comes from here, so the sheets and the JSON cannot disagree.
 */
import { optionLabels } from '../model/survey';
import type { CountedColumn, CountedField, TextColumn, WrittenAnswer } from './columns';
import type { Reach } from './reach';

export interface Counts {
  /** Respondents who answered the field at all. */
  readonly answered: number;
  /** Per option label, in form order: respondents who chose it. */
  readonly counts: readonly number[];
  /** Respondents with an answer outside the options ("Other", or an option since renamed). */
  readonly other: number;
}

export interface ChoiceTally extends Counts {
  readonly field: CountedField;
  readonly labels: readonly string[];
  /** "Other" answers verbatim, in sheet order. */
  readonly others: readonly WrittenAnswer[];
  /** Respondents who left it blank: among those routed to it, for a question on a branch. */
  readonly unanswered: number;
  /** Who the question was for; null when everyone was asked it. */
  readonly reach: Reach | null;
}

/** Text answers are listed, not counted: the column as read, and who the question was for. */
export interface TextTally extends TextColumn {
  readonly reach: Reach | null;
}

export function emptyCounts(size: number): { answered: number; counts: number[]; other: number } {
  return { answered: 0, counts: new Array<number>(size).fill(0), other: 0 };
}

export function addTo(target: { answered: number; counts: number[]; other: number }, chosen: readonly number[]): void {
  if (chosen.length === 0) return;
  target.answered++;
  // Indexed loops here and in the cross tables: they run for every respondent of a dozen tables, mostly
  // before the engine optimises them, and an iterator per loop then costs about as much as the counting.
  for (let i = 0; i < chosen.length; i++) {
    const index = chosen[i];
    if (index < 0) target.other++;
    else target.counts[index]++;
  }
}

export function tallyChoice({ field, picks, others }: CountedColumn, reach: Reach | null): ChoiceTally {
  const labels = optionLabels(field);
  const totals = emptyCounts(labels.length);
  for (let respondent = 0; respondent < picks.length; respondent++) addTo(totals, picks[respondent]);
  const unanswered = reach ? reach.base - (totals.answered - reach.answeredNotAsked) : picks.length - totals.answered;
  return { field, labels, ...totals, others, unanswered, reach };
}
