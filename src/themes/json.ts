/** summary.json's `themes`: one object per coded question and theme, 未分類 last. */
import type { ThemeTable } from './tables';

export interface ThemeJson {
  /** The question's title, as summary.json's `questions` names it. */
  readonly question: string;
  /** The theme's name (as the codebook or staff wrote it), or 未分類. */
  readonly theme: string;
  /** Answers in the theme. An answer may be in several themes. */
  readonly count: number;
  /** The question's non-empty answers. */
  readonly answers: number;
  /** 分類 question title → option → answers in the theme from respondents who chose it. */
  readonly byClassifier: Record<string, Record<string, number>>;
}

export function themesJson(tables: readonly ThemeTable[]): ThemeJson[] {
  return tables.flatMap((table) => table.rows.map((row): ThemeJson => ({
    question: table.coding.field.title,
    theme: row.name,
    count: row.answers.length,
    answers: table.coding.answers.length,
    byClassifier: Object.fromEntries(table.classifiers.map((classifier, c) => [
      classifier.title, Object.fromEntries(classifier.labels.map((label, l) => [label, row.byClassifier[c][l]])),
    ])),
  })));
}
