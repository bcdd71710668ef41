/**
 * Cross tables: a question's answers split by a 分類 question, optionally one
 * table per option of a third ("layered": support × occupation within each
 * region, as the report shows it).
 */
import type { Respondent } from '../model/respondents';
import type { ChoiceField } from '../model/survey';
import { optionLabels } from '../model/survey';
import type { Counts, CountedField } from './tally';
import { addTo, emptyCounts, picks } from './tally';

/** Where a respondent falls on a classifier: option labels, その他, or 無回答. */
export interface Classes {
  readonly labels: readonly string[];
  classify(respondent: Respondent): number[];
}

export function classesOf(field: ChoiceField, otherLabel: string, blankLabel: string): Classes {
  const labels = [...optionLabels(field), otherLabel, blankLabel];
  const other = labels.length - 2;
  const blank = labels.length - 1;
  return {
    labels,
    classify(respondent) {
      const chosen = picks(field, respondent.answers.get(field.id));
      if (chosen.length === 0) return [blank];
      return chosen.map((index) => (index < 0 ? other : index));
    },
  };
}

export interface CrossRow extends Counts {
  readonly label: string;
}

export interface CrossBlock {
  /** The `within` option this block is for; null for a plain cross table. */
  readonly label: string | null;
  /** One row per classifier label (options, その他, 無回答), zeros included. */
  readonly rows: readonly CrossRow[];
  readonly total: Counts;
}

export interface CrossTab {
  readonly question: CountedField;
  readonly by: ChoiceField;
  readonly within: ChoiceField | null;
  readonly labels: readonly string[];
  readonly blocks: readonly CrossBlock[];
  /** Over everyone who answered the question, whatever their class. */
  readonly total: Counts;
}

export function crossTab(
  question: CountedField, by: ChoiceField, within: ChoiceField | null, respondents: readonly Respondent[],
  labels: { other: string; blank: string },
): CrossTab {
  const byClasses = classesOf(by, labels.other, labels.blank);
  const withinClasses = within ? classesOf(within, labels.other, labels.blank) : null;
  const size = optionLabels(question).length;
  const blockCount = withinClasses ? withinClasses.labels.length : 1;
  const cells = Array.from({ length: blockCount }, () => byClasses.labels.map(() => emptyCounts(size)));
  const blockTotals = Array.from({ length: blockCount }, () => emptyCounts(size));
  const total = emptyCounts(size);
  for (const respondent of respondents) {
    const chosen = picks(question, respondent.answers.get(question.id));
    if (chosen.length === 0) continue;
    addTo(total, chosen);
    const blocks = withinClasses ? withinClasses.classify(respondent) : [0];
    const rows = byClasses.classify(respondent);
    for (const block of blocks) {
      addTo(blockTotals[block], chosen);
      for (const row of rows) addTo(cells[block][row], chosen);
    }
  }
  const blocks: CrossBlock[] = cells.map((rows, block) => ({
    label: withinClasses ? withinClasses.labels[block] : null,
    rows: rows.map((counts, row) => ({ label: byClasses.labels[row], ...counts })),
    total: blockTotals[block],
  }));
  return { question, by, within, labels: optionLabels(question), blocks, total };
}
