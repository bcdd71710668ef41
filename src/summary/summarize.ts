/**
 * From respondents to every figure of the summary: one pass over the model,
 * pure, shared by the sheets and summary.json.
 */
import type { Day } from '../model/dates';
import { dayOf } from '../model/dates';
import type { Respondent } from '../model/respondents';
import type { Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { SUMMARY } from '../messages';
import type { SummarySettings } from '../settings/settings';
import { readColumns } from './columns';
import type { Classes, CrossTab } from './crosstab';
import { classesOf, crossTab } from './crosstab';
import { reachFinder } from './reach';
import type { ChoiceTally, TextTally } from './tally';
import { tallyChoice } from './tally';

/** The roster side of the response rate, computed by the caller from the roster and who answered. */
export interface RosterFigures {
  readonly size: number;
  readonly responded: number;
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
  readonly crosstabs: readonly CrossTab[];
  /** The 分類 questions, with each respondent's class on them (the free-text sheet lists it beside their answers). */
  readonly classifiers: readonly Classes[];
  readonly settings: SummarySettings;
}

export interface SummaryInput {
  readonly survey: Survey;
  readonly respondents: readonly Respondent[];
  readonly roster: RosterFigures | null;
  readonly settings: SummarySettings;
  readonly timeZone: string;
}

export function summarize(input: SummaryInput): Summary {
  const { survey, respondents, settings } = input;
  const excluded = new Set(settings.excludedIds);
  const fields = fieldsOf(survey.questions).filter((field) => !excluded.has(field.question.id));
  // Each field's picks are worked out once, then shared by its tally and every cross table that reads it.
  const { counted, texts } = readColumns(fields, respondents);
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

  const crosstabs: CrossTab[] = [];
  for (const by of classifiers) {
    for (const { field, picks } of counted) {
      if (field.id !== by.field.id) crosstabs.push(crossTab(field, picks, by, null));
    }
  }
  for (const layered of settings.layered) {
    const question = countedById.get(layered.questionId);
    const by = classesFor(layered.byId);
    const within = classesFor(layered.withinId);
    if (question && by && within) crosstabs.push(crossTab(question.field, question.picks, by, within));
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
