/**
 * From respondents to every figure of the summary: one pass over the model,
 * pure, shared by the sheets and summary.json.
 */
import type { Day } from '../model/dates';
import { dayOf } from '../model/dates';
import type { MissingColumn, Respondent } from '../model/respondents';
import type { Field, Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { SUMMARY } from '../messages';
import type { SummarySettings } from '../settings/settings';
import { readColumns } from './columns';
import type { Classes, CrossEntry } from './crosstab';
import { classesOf, crossTab } from './crosstab';
import { reachFinder } from './reach';
import type { ChoiceTally, TextTally } from './tally';
import { tallyChoice } from './tally';

/** 整理番号 or an address that several roster rows (1-based sheet rows) share. */
export interface RosterDuplicate {
  readonly key: 'id' | 'email';
  readonly value: string;
  readonly rows: readonly number[];
}

/** The roster side of the response rate, computed by the caller from the roster and who answered. */
export interface RosterFigures {
  readonly size: number;
  readonly responded: number;
  /** Rows not matched to answers by that key until fixed: they bear on `responded`, so 回答状況 lists them. */
  readonly duplicates: readonly RosterDuplicate[];
  /** Per roster attribute column (e.g. 圏域): per value, how many were sent and answered. */
  readonly attributes: ReadonlyArray<{
    readonly title: string;
    readonly values: ReadonlyArray<{ readonly label: string; readonly sent: number; readonly answered: number }>;
  }>;
}

export interface DayCount {
  readonly day: Day;
  readonly web: number;
  readonly paper: number;
}

export interface Summary {
  readonly survey: Survey;
  readonly respondents: number;
  readonly channels: { readonly web: number; readonly paper: number };
  readonly roster: RosterFigures | null;
  readonly perDay: readonly DayCount[];
  readonly choices: readonly ChoiceTally[];
  readonly texts: readonly TextTally[];
  /** Every cross table in sheet order; one the response sheet's columns cannot give is named, not built. */
  readonly crosstabs: readonly CrossEntry[];
  /** The 分類 questions, with each respondent's class on them (the free-text sheet lists it beside their answers). */
  readonly classifiers: readonly Classes[];
  /** Every question the response sheet has no column for (left out of the summary or not). */
  readonly missingColumns: readonly MissingColumn[];
  /** Of the fields summarized, those without a column: shown as 列なし where their table would be. */
  readonly withoutColumn: readonly MissingColumn[];
  /** Response-sheet columns that belong to no question. */
  readonly ignoredColumns: readonly string[];
  readonly settings: SummarySettings;
}

export interface SummaryInput {
  readonly survey: Survey;
  readonly respondents: readonly Respondent[];
  readonly roster: RosterFigures | null;
  readonly settings: SummarySettings;
  readonly timeZone: string;
  readonly missingColumns: readonly MissingColumn[];
  readonly ignoredColumns: readonly string[];
}

export function summarize(input: SummaryInput): Summary {
  const { survey, respondents, settings } = input;
  const excluded = new Set(settings.excludedIds);
  const missing = new Set(input.missingColumns.map((column) => column.field.id));
  const fields = fieldsOf(survey.questions).filter((field) => !excluded.has(field.question.id));
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  // A field without a column is left out, paper answers and all: counted alone they would stand for everyone.
  const withoutColumn = input.missingColumns.filter((column) => !excluded.has(column.field.question.id));
  // Each field's picks are worked out once, then shared by its tally and every cross table that reads it.
  const { counted, texts } = readColumns(fields.filter((field) => !missing.has(field.id)), respondents);
  const reachOf = reachFinder(survey, settings.audiences, respondents);
  const countedById = new Map(counted.map((column) => [column.field.id, column]));
  const classes = new Map<string, Classes>();
  /** A choice field's classes, worked out once however many tables it splits. */
  const classesFor = (id: string): Classes | null => {
    const column = countedById.get(id);
    if (!column || column.field.kind !== 'choice') return null;
    const known = classes.get(id) ?? classesOf(column.field, column.picks, SUMMARY.other, SUMMARY.blank);
    classes.set(id, known);
    return known;
  };
  const classifiers = settings.classifierIds.map(classesFor).filter((found): found is Classes => found !== null);
  /** The field behind `id` when it has no column and could have been read as `kind` (else it is skipped as before). */
  const withoutColumnAs = (id: string, kind: 'choice' | 'counted'): Field | null => {
    const field = missing.has(id) ? fieldById.get(id) : undefined;
    if (!field || field.kind === 'text' || (kind === 'choice' && field.kind !== 'choice')) return null;
    return field;
  };

  const crosstabs: CrossEntry[] = [];
  for (const id of settings.classifierIds) {
    const unread = withoutColumnAs(id, 'choice');
    if (unread) {
      crosstabs.push({ kind: 'noColumn', question: null, by: unread, within: null, missing: [unread] });
      continue;
    }
    const by = classesFor(id);
    if (!by) continue;
    for (const field of fields) {
      if (field.kind === 'text' || field.id === id) continue;
      const column = countedById.get(field.id);
      if (column) crosstabs.push(crossTab(column.field, column.picks, by, null));
      else crosstabs.push({ kind: 'noColumn', question: field, by: by.field, within: null, missing: [field] });
    }
  }
  for (const layered of settings.layered) {
    const question = countedById.get(layered.questionId);
    const by = classesFor(layered.byId);
    const within = classesFor(layered.withinId);
    if (question && by && within) {
      crosstabs.push(crossTab(question.field, question.picks, by, within));
      continue;
    }
    const parts = [
      question?.field ?? withoutColumnAs(layered.questionId, 'counted'),
      by?.field ?? withoutColumnAs(layered.byId, 'choice'),
      within?.field ?? withoutColumnAs(layered.withinId, 'choice'),
    ];
    const [target, byField, withinField] = parts;
    if (target && byField && withinField) {
      crosstabs.push({ kind: 'noColumn', question: target, by: byField, within: withinField, missing: parts.filter((part): part is Field => part !== null && missing.has(part.id)) });
    }
  }

  return {
    survey,
    respondents: respondents.length,
    channels: countChannels(respondents),
    roster: input.roster,
    perDay: countPerDay(respondents, input.timeZone),
    choices: counted.map((column) => tallyChoice(column, reachOf(column.field.question.id, (respondent) => column.picks[respondent].length > 0))),
    texts: texts.map((column) => {
      const wrote = new Set(column.answers.map((answer) => answer.respondent));
      return { ...column, reach: reachOf(column.field.question.id, (respondent) => wrote.has(respondent)) };
    }),
    crosstabs,
    classifiers,
    missingColumns: input.missingColumns,
    withoutColumn,
    ignoredColumns: input.ignoredColumns,
    settings,
  };
}

function countChannels(respondents: readonly Respondent[]): { web: number; paper: number } {
  const channels = { web: 0, paper: 0 };
  for (let i = 0; i < respondents.length; i++) channels[respondents[i].channel]++;
  return channels;
}

function countPerDay(respondents: readonly Respondent[], timeZone: string): DayCount[] {
  const days = new Map<Day, { web: number; paper: number }>();
  for (let i = 0; i < respondents.length; i++) {
    const respondent = respondents[i];
    if (!respondent.receivedAt) continue;
    const day = dayOf(respondent.receivedAt, timeZone);
    const entry = days.get(day) ?? { web: 0, paper: 0 };
    entry[respondent.channel]++;
    days.set(day, entry);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts }));
}
