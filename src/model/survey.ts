/**
 * The survey model: what the form asks, independent of where it came from
 * (FormApp in Google, form.json locally, the header row as a fallback).
 */

/**
 * Stands in for the answer in the pre-filled URLs the adapter asks FormApp
 * for (`createResponse(PREFILL_SENTINEL)` on a short-answer question, then
 * `toPrefilledUrl()`). Letters only, so URL encoding leaves it as it is and
 * it can be found and replaced by each person's encoded name.
 */
export const PREFILL_SENTINEL = 'RosterNameGoesHere';

export type ChoiceType = 'RADIO' | 'DROP_DOWN' | 'CHECKBOX';

interface QuestionBase {
  /** Stable across renames and reordering: the form item's id. */
  readonly id: string;
  readonly title: string;
  readonly required: boolean;
  /** Index into Survey.sections. */
  readonly section: number;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly type: ChoiceType;
  readonly options: readonly string[];
  readonly hasOther: boolean;
}

export interface ScaleQuestion extends QuestionBase {
  readonly kind: 'scale';
  readonly low: number;
  readonly high: number;
  readonly lowLabel: string;
  readonly highLabel: string;
}

export interface GridQuestion extends QuestionBase {
  readonly kind: 'grid';
  /** RADIO: one column per row; CHECKBOX: several. */
  readonly type: 'RADIO' | 'CHECKBOX';
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  readonly paragraph: boolean;
}

export type Question = ChoiceQuestion | ScaleQuestion | GridQuestion | TextQuestion;

export interface Section {
  readonly title: string;
  readonly description: string;
}

/**
 * Where the form goes once a section is done (FormApp's PageNavigationType):
 * on to the next section, to a given one (an index into Survey.sections), or
 * nowhere further — the response is submitted, or the form starts again.
 */
export type Navigation =
  | { readonly kind: 'continue' }
  | { readonly kind: 'goTo'; readonly section: number }
  | { readonly kind: 'submit' }
  | { readonly kind: 'restart' };

/** The form's branching, as FormApp tells it. */
export interface Branching {
  /**
   * Per section, indexed like Survey.sections: where the form goes after it
   * when no answer in it chose otherwise (in FormApp, the navigation of the
   * page break that follows the section). Null where that cannot happen and
   * it was not read: after the last section, and after one whose required
   * question branches.
   */
  readonly afterSection: readonly (Navigation | null)[];
  /** Per id of a question whose options lead to sections: per option, in form order, where choosing it leads. */
  readonly byOption: Readonly<Record<string, readonly Navigation[]>>;
}

export interface Survey {
  readonly title: string;
  readonly description: string;
  /** Section 0 is the start of the form, before any page break. */
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
  /** Absent when the form has a single section (nothing can branch) or the model was guessed. */
  readonly branching?: Branching;
  readonly collectsEmail: boolean;
  readonly publishedUrl: string;
  /** False when the form could not be opened and the model was guessed from the header row. */
  readonly fromForm: boolean;
}

/**
 * One answerable column: a question, or one row of a grid (Sheets gives each
 * grid row its own column titled `Title [Row]`). Parsing and counting work on
 * fields so that grids need no special case downstream.
 */
export type Field = ChoiceField | ScaleField | TextField;

interface FieldBase {
  /** The question id, or `questionId:rowIndex` for a grid row. */
  readonly id: string;
  /** The column title Sheets uses: the question title, or `Title [Row]`. */
  readonly title: string;
  readonly question: Question;
}

export interface ChoiceField extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly string[];
  readonly multiple: boolean;
  readonly hasOther: boolean;
  /** The report type this field is listed under in summary.json. */
  readonly reportType: ChoiceType | 'GRID';
}

export interface ScaleField extends FieldBase {
  readonly kind: 'scale';
  readonly low: number;
  readonly high: number;
}

export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly paragraph: boolean;
}

export function fieldsOf(questions: readonly Question[]): Field[] {
  const fields: Field[] = [];
  for (const question of questions) {
    switch (question.kind) {
      case 'choice':
        fields.push({
          kind: 'choice', id: question.id, title: question.title, question, options: question.options,
          multiple: question.type === 'CHECKBOX', hasOther: question.hasOther, reportType: question.type,
        });
        break;
      case 'grid':
        question.rows.forEach((row, index) => fields.push({
          kind: 'choice', id: `${question.id}:${index}`, title: `${question.title} [${row}]`, question,
          options: question.columns, multiple: question.type === 'CHECKBOX', hasOther: false, reportType: 'GRID',
        }));
        break;
      case 'scale':
        fields.push({ kind: 'scale', id: question.id, title: question.title, question, low: question.low, high: question.high });
        break;
      case 'text':
        fields.push({ kind: 'text', id: question.id, title: question.title, question, paragraph: question.paragraph });
        break;
    }
  }
  return fields;
}

/** The labels counted for a choice or scale field, in form order. */
export function optionLabels(field: ChoiceField | ScaleField): string[] {
  if (field.kind === 'choice') return [...field.options];
  const labels: string[] = [];
  for (let value = field.low; value <= field.high; value++) labels.push(String(value));
  return labels;
}
