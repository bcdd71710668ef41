/**
 * Every answer read once, into what the counting needs: per choice or scale
 * field, the options each respondent picked, in an array indexed like the
 * respondents; per field, the texts people wrote. A summary reads each field
 * many times (its tally, and every cross table it is in or classifies): those
 * passes then loop over plain arrays instead of looking each answer up in
 * each respondent's map again.
 */
import type { FieldAnswer } from '../model/cells';
import type { Respondent } from '../model/respondents';
import type { ChoiceField, Field, ScaleField, TextField } from '../model/survey';

export type CountedField = ChoiceField | ScaleField;

/** Per respondent, the options their answer picks (see picks), indexed like the respondents. */
export type PicksColumn = readonly (readonly number[])[];

/** A text someone wrote, and who: `respondent` indexes the respondents summarized. */
export interface WrittenAnswer {
  readonly respondent: number;
  readonly text: string;
}

export interface CountedColumn {
  readonly field: CountedField;
  readonly picks: PicksColumn;
  /** "Other" answers verbatim (or answers outside the options), in respondent order. */
  readonly others: readonly WrittenAnswer[];
}

export interface TextColumn {
  readonly field: TextField;
  /** The answers that are more than spaces, in respondent order. */
  readonly answers: readonly WrittenAnswer[];
}

const NONE: readonly number[] = [];
const OTHER_ONLY: readonly number[] = [-1];
const SINGLES: Array<readonly number[]> = [];

/** [index], shared: a scale field's picks would otherwise be a new array per respondent. */
function single(index: number): readonly number[] {
  return (SINGLES[index] ??= [index]);
}

/**
 * The options an answer picks, as indexes into optionLabels(field); -1 stands
 * for "other". A plain choice gives the answer's own array, not a copy.
 */
function picks(field: CountedField, answer: FieldAnswer): readonly number[] {
  if (answer.kind === 'choice') return answer.other === null ? answer.selected : [...answer.selected, -1];
  if (answer.kind === 'scale' && field.kind === 'scale') return single(answer.value - field.low);
  return OTHER_ONLY;
}

function otherText(answer: FieldAnswer): string {
  if (answer.kind === 'choice') return answer.other ?? '';
  return answer.kind === 'text' ? answer.text : '';
}

/** The fields' columns, each kind in the order of `fields`. */
export function readColumns(fields: readonly Field[], respondents: readonly Respondent[]): { counted: CountedColumn[]; texts: TextColumn[] } {
  const counted: CountedColumn[] = [];
  const texts: TextColumn[] = [];
  const readers = new Map<string, (answer: FieldAnswer, respondent: number) => void>();
  for (const field of fields) {
    if (field.kind === 'text') {
      const answers: WrittenAnswer[] = [];
      texts.push({ field, answers });
      readers.set(field.id, (answer, respondent) => {
        if (answer.kind === 'text' && answer.text.trim() !== '') answers.push({ respondent, text: answer.text });
      });
    } else {
      // Those who left the field blank keep NONE.
      const chosen = new Array<readonly number[]>(respondents.length).fill(NONE);
      const others: WrittenAnswer[] = [];
      counted.push({ field, picks: chosen, others });
      readers.set(field.id, (answer, respondent) => {
        chosen[respondent] = picks(field, answer);
        if (chosen[respondent].includes(-1)) others.push({ respondent, text: otherText(answer) });
      });
    }
  }
  respondents.forEach((respondent, index) => {
    // Walking the answers a respondent gave, rather than asking their map for each field, skips their blanks.
    respondent.answers.forEach((answer, id) => readers.get(id)?.(answer, index));
  });
  return { counted, texts };
}
