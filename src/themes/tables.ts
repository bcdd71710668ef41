/**
 * The figures of テーマ集計 and of summary.json's `themes`, from one place so
 * that the sheet and the JSON cannot disagree: per coded question, each theme
 * and 未分類 with its answers, and the same split by each 分類 question.
 */
import { THEMES } from '../messages';
import type { Classes } from '../summary/crosstab';
import type { CodedAnswer, Coding, QuestionCoding } from './coding';

export interface ThemeRow {
  /** The theme's name; 未分類 for the answers in none. */
  readonly name: string;
  /** False for a name typed by hand that the codebook lacks; true for 未分類. */
  readonly inCodebook: boolean;
  readonly uncoded: boolean;
  /** Indexes into the question's answers. */
  readonly answers: readonly number[];
  /** Per classifier (in `ThemeTable.classifiers` order): answers per listed label. */
  readonly byClassifier: readonly (readonly number[])[];
}

export interface ClassifierColumns {
  readonly title: string;
  /** The 分類 question's options, then その他 and 無回答 when one of the question's answers falls there. */
  readonly labels: readonly string[];
  /** The question's answers per label: the base of each column. */
  readonly answers: readonly number[];
}

export interface ThemeTable {
  readonly coding: QuestionCoding;
  readonly classifiers: readonly ClassifierColumns[];
  /** The themes in codebook order (then names typed by hand), then 未分類. */
  readonly rows: readonly ThemeRow[];
}

/** A question is coded once the codebook gives it a theme or staff typed one by hand. */
export function codedQuestions(coding: Coding): QuestionCoding[] {
  return coding.questions.filter((question) => question.themes.length > 0);
}

export function themeTables(coding: Coding, classifiers: readonly Classes[]): ThemeTable[] {
  return codedQuestions(coding).map((question) => {
    const { answers } = question;
    const columns = classifiers.map((classes) => {
      const all = countBy(classes, answers, answers.map((_, index) => index));
      const options = classes.field.options.length;
      // Every option, zeros included; その他 and 無回答 only when someone who answered is in them.
      const listed = all.flatMap((count, label) => (label < options || count > 0 ? [label] : []));
      return { classes, listed, all };
    });
    const row = (name: string, inCodebook: boolean, uncoded: boolean, indexes: readonly number[]): ThemeRow => ({
      name, inCodebook, uncoded, answers: indexes,
      byClassifier: columns.map(({ classes, listed }) => {
        const counts = countBy(classes, answers, indexes);
        return listed.map((label) => counts[label]);
      }),
    });
    return {
      coding: question,
      classifiers: columns.map(({ classes, listed, all }) => ({
        title: classes.field.title, labels: listed.map((label) => classes.labels[label]), answers: listed.map((label) => all[label]),
      })),
      rows: [
        ...question.themes.map((theme) => row(theme.name, theme.inCodebook, false, theme.answers)),
        row(THEMES.uncoded, true, true, question.uncoded),
      ],
    };
  });
}

/** Answers per label of `classes` (a respondent with several, e.g. checkboxes, counts under each). */
function countBy(classes: Classes, answers: readonly CodedAnswer[], indexes: readonly number[]): number[] {
  const counts = new Array<number>(classes.labels.length).fill(0);
  for (const index of indexes) for (const label of classes.perRespondent[answers[index].respondent]) counts[label]++;
  return counts;
}
