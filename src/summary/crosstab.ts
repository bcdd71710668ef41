/**
 * Cross tables: a question's answers split by a 分類 question, optionally one
 * table per option of a third ("layered": support × occupation within each
 * region, as the report shows it).
 */
import type { ChoiceField, Field } from '../model/survey';
import { optionLabels } from '../model/survey';
import type { CountedField, PicksColumn } from './columns';
import type { Counts } from './tally';
import { addTo, emptyCounts } from './tally';

/** Where each respondent falls on a classifier: option labels, その他, or 無回答. */
export interface Classes {
  readonly field: ChoiceField;
  /** The field's options, then その他, then 無回答. */
  readonly labels: readonly string[];
  /** Per respondent, indexed like the respondents: indexes into labels, never none. */
  readonly perRespondent: readonly (readonly number[])[];
}

export function classesOf(field: ChoiceField, chosen: PicksColumn, otherLabel: string, blankLabel: string): Classes {
  const labels = [...optionLabels(field), otherLabel, blankLabel];
  const other = labels.length - 2;
  const blankOnly: readonly number[] = [labels.length - 1];
  // The answer's own array where it names options only (nearly everyone): no copy per respondent.
  const perRespondent = chosen.map((indexes) => {
    if (indexes.length === 0) return blankOnly;
    return indexes.includes(-1) ? indexes.map((index) => (index < 0 ? other : index)) : indexes;
  });
  return { field, labels, perRespondent };
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
  readonly kind: 'table';
  readonly question: CountedField;
  readonly by: ChoiceField;
  readonly within: ChoiceField | null;
  readonly labels: readonly string[];
  readonly blocks: readonly CrossBlock[];
  /** Over everyone who answered the question, whatever their class. */
  readonly total: Counts;
}

/** The one block of a plain cross table, for every respondent. */
const SINGLE_BLOCK: readonly number[] = [0];

/** `chosen` is the question's picks column; `by` and `within` are classes of the same respondents. */
export function crossTab(question: CountedField, chosen: PicksColumn, by: Classes, within: Classes | null): CrossTab {
  const labels = optionLabels(question);
  const blockCount = within ? within.labels.length : 1;
  const cells = Array.from({ length: blockCount }, () => by.labels.map(() => emptyCounts(labels.length)));
  const blockTotals = Array.from({ length: blockCount }, () => emptyCounts(labels.length));
  const total = emptyCounts(labels.length);
  for (let respondent = 0; respondent < chosen.length; respondent++) {
    const indexes = chosen[respondent];
    if (indexes.length === 0) continue;
    addTo(total, indexes);
    const blocks = within ? within.perRespondent[respondent] : SINGLE_BLOCK;
    const rows = by.perRespondent[respondent];
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      addTo(blockTotals[block], indexes);
      for (let r = 0; r < rows.length; r++) addTo(cells[block][rows[r]], indexes);
    }
  }
  const blocks: CrossBlock[] = cells.map((rows, block) => ({
    label: within ? within.labels[block] : null,
    rows: rows.map((counts, row) => ({ label: by.labels[row], ...counts })),
    total: blockTotals[block],
  }));
  return { kind: 'table', question, by: by.field, within: within ? within.field : null, labels, blocks, total };
}

/**
 * A table that is not built because a question in it has no column in the
 * response sheet. Built from the paper answers alone it would look complete
 * while standing for a few respondents: it is named, where it would be, instead.
 */
export interface UnbuiltTable {
  readonly kind: 'noColumn';
  /** Null when the 分類 itself has no column: every table by it. */
  readonly question: Field | null;
  readonly by: Field;
  readonly within: Field | null;
  /** Which of question, by and within have no column. */
  readonly missing: readonly Field[];
}

export type CrossEntry = CrossTab | UnbuiltTable;
