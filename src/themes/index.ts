/**
 * 自由記述の分類, from the sheets as read to everything 集計を作成 writes and
 * says about it: the 自由記述 sheet's theme columns, テーマ集計, the codebook's
 * 確認 column, summary.json's `themes`, and the messages.
 */
import type { CellValue } from '../model/cells';
import type { Respondent } from '../model/respondents';
import type { SheetPlan } from '../model/sheet-plan';
import { matchKey, questionLabel } from '../model/text';
import { codebookNoteText, codebookProblemText, THEMES } from '../messages';
import type { TextColumns } from '../summary/sheets/texts';
import type { Summary } from '../summary/summarize';
import type { Codebook } from './codebook';
import { readCodebook } from './codebook';
import type { Coding } from './coding';
import { codeAnswers } from './coding';
import { NO_HAND_CODING, readHandCoding } from './hand';
import type { ThemeJson } from './json';
import { themesJson } from './json';
import { respondentKeys } from './respondent-keys';
import { themesSheet } from './sheet';
import { themeTables } from './tables';
import { textColumns } from './text-columns';

type Grid = readonly (readonly CellValue[])[];

export interface ThemeInput {
  readonly summary: Summary;
  /** The respondents summarized, in the same order. */
  readonly respondents: readonly Respondent[];
  readonly timeZone: string;
  /** The codebook sheet; null when there is none. */
  readonly codebook: Grid | null;
  /** 自由記述 as it was before this run: the themes staff typed. Null when not read. */
  readonly texts: Grid | null;
  /** テーマ集計 is there from an earlier run: rewritten even with nothing coded, so that no old figure stays. */
  readonly hasThemesSheet: boolean;
}

export interface ThemeOutputs {
  readonly coding: Coding;
  /** Null when nothing is coded: 自由記述 stays as it was without the coding. */
  readonly textColumns: TextColumns | null;
  /** テーマ集計; null when there is nothing to write. */
  readonly sheet: SheetPlan | null;
  /** The codebook's 確認 column from row 1 (1-based column); null when it already says this. */
  readonly checks: { readonly column: number; readonly values: CellValue[][] } | null;
  readonly json: ThemeJson[];
  /** What staff must act on: for 集計を作成's dialog. */
  readonly warnings: readonly string[];
  /** What they should know: for its toast. */
  readonly info: readonly string[];
}

const EMPTY_CODEBOOK: Codebook = { themes: [], problems: [], notes: [], filledRows: 0, checkColumn: 4, rows: 0 };

export function themeOutputs(input: ThemeInput): ThemeOutputs {
  const { summary } = input;
  const codebook = input.codebook ? readCodebook(input.codebook, summary.survey) : EMPTY_CODEBOOK;
  const fields = summary.texts.map((tally) => tally.field);
  const hand = input.texts ? readHandCoding(input.texts, fields) : NO_HAND_CODING;
  const coding = codeAnswers({ texts: summary.texts, codebook, hand, keys: respondentKeys(input.respondents, input.timeZone) });
  const tables = coding.active ? themeTables(coding, summary.classifiers) : [];
  const warnings = [
    ...coding.problems.map((problem) => THEMES.atRow(problem.row, codebookProblemText(problem))),
    ...coding.unknownNames.map(({ field, name, count }) => THEMES.unknownName(questionLabel(field.title), name, count)),
    ...hand.orphans.map(({ title, count }) => THEMES.orphans(title, count)),
  ];
  const info = [
    ...(tables.length > 0 ? [THEMES.done(tables.length)] : []),
    ...coding.questions.flatMap((question) => (question.dropped > 0 ? [THEMES.dropped(questionLabel(question.field.title), question.dropped)] : [])),
  ];
  return {
    coding,
    textColumns: coding.active ? textColumns(coding) : null,
    sheet: coding.active || input.hasThemesSheet ? themesSheet(coding, tables) : null,
    checks: input.codebook ? changedChecks(input.codebook, codebook.checkColumn, checkColumn(codebook, coding)) : null,
    json: themesJson(tables),
    warnings,
    info,
  };
}

/** 確認, row by row: what is wrong with the row, or how many answers its theme holds. */
function checkColumn(codebook: Codebook, coding: Coding): CellValue[][] {
  const lines = new Map<number, string[]>();
  const say = (row: number, line: string) => lines.set(row, [...(lines.get(row) ?? []), line]);
  for (const problem of coding.problems) say(problem.row, codebookProblemText(problem));
  for (const note of codebook.notes) say(note.row, codebookNoteText(note));
  for (const theme of codebook.themes) {
    const question = coding.questions.find((candidate) => candidate.field.id === theme.fieldId);
    const coded = question?.themes.find((candidate) => matchKey(candidate.name) === theme.key);
    if (coded) for (const row of theme.rows) say(row, THEMES.matched(coded.answers.length));
  }
  return Array.from({ length: Math.max(codebook.rows, 1) }, (_, index) => [index === 0 ? THEMES.header.check : (lines.get(index + 1) ?? []).join('\n')]);
}

/** The 確認 column to write, unless the sheet already holds exactly it (the usual re-run: one write fewer). */
function changedChecks(sheet: Grid, column: number, values: CellValue[][]): { column: number; values: CellValue[][] } | null {
  const same = values.every(([cell], row) => String(sheet[row]?.[column - 1] ?? '') === cell);
  return same ? null : { column, values };
}
