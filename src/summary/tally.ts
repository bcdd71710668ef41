/**
 * Counting answers. Every figure in the summary sheets and in summary.json
 * comes from here, so the sheets and the JSON cannot disagree.
 */
import type { FieldAnswer } from '../model/cells';
import type { Respondent } from '../model/respondents';
import type { ChoiceField, Field, ScaleField, TextField } from '../model/survey';
import { optionLabels } from '../model/survey';

export type CountedField = ChoiceField | ScaleField;

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
  /** "Other" answers verbatim, with who gave them, in sheet order. */
  readonly others: ReadonlyArray<{ readonly respondent: Respondent; readonly text: string }>;
  /** Respondents who left it blank (or were not asked). */
  readonly unanswered: number;
}

export interface TextTally {
  readonly field: TextField;
  readonly answers: ReadonlyArray<{ readonly respondent: Respondent; readonly text: string }>;
}

const NONE: readonly number[] = [];

/** The options an answer picks, as indexes into optionLabels(field); -1 stands for "other". */
export function picks(field: CountedField, answer: FieldAnswer | undefined): readonly number[] {
  if (!answer) return NONE;
  if (answer.kind === 'choice') return answer.other === null ? answer.selected : [...answer.selected, -1];
  if (answer.kind === 'scale' && field.kind === 'scale') return [answer.value - field.low];
  return [-1];
}

export function otherText(answer: FieldAnswer | undefined): string | null {
  if (!answer) return null;
  if (answer.kind === 'choice') return answer.other;
  if (answer.kind === 'text') return answer.text;
  return null;
}

export function emptyCounts(size: number): { answered: number; counts: number[]; other: number } {
  return { answered: 0, counts: new Array<number>(size).fill(0), other: 0 };
}

export function addTo(target: { answered: number; counts: number[]; other: number }, chosen: readonly number[]): void {
  if (chosen.length === 0) return;
  target.answered++;
  for (const index of chosen) {
    if (index < 0) target.other++;
    else target.counts[index]++;
  }
}

export function tallyChoice(field: CountedField, respondents: readonly Respondent[]): ChoiceTally {
  const labels = optionLabels(field);
  const totals = emptyCounts(labels.length);
  const others: Array<{ respondent: Respondent; text: string }> = [];
  for (const respondent of respondents) {
    const answer = respondent.answers.get(field.id);
    const chosen = picks(field, answer);
    addTo(totals, chosen);
    if (chosen.includes(-1)) others.push({ respondent, text: otherText(answer) ?? '' });
  }
  return { field, labels, ...totals, others, unanswered: respondents.length - totals.answered };
}

export function tallyText(field: TextField, respondents: readonly Respondent[]): TextTally {
  const answers: Array<{ respondent: Respondent; text: string }> = [];
  for (const respondent of respondents) {
    const answer = respondent.answers.get(field.id);
    if (answer?.kind === 'text' && answer.text.trim() !== '') answers.push({ respondent, text: answer.text });
  }
  return { field, answers };
}

export function isCounted(field: Field): field is CountedField {
  return field.kind !== 'text';
}
