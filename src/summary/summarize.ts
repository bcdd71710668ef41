/**
 * From respondents to every figure of the summary: one pass over the model,
 * pure, shared by the sheets and summary.json.
 */
import type { Day } from '../model/dates';
import { dayOf } from '../model/dates';
import type { Respondent } from '../model/respondents';
import type { ChoiceField, Field, Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { SUMMARY } from '../messages';
import type { SummarySettings } from '../settings/settings';
import type { CrossTab } from './crosstab';
import { crossTab } from './crosstab';
import type { ChoiceTally, CountedField, TextTally } from './tally';
import { isCounted, tallyChoice, tallyText } from './tally';

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
  readonly classifiers: readonly ChoiceField[];
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
  const byId = new Map<string, Field>(fields.map((field) => [field.id, field]));
  const choiceField = (id: string): ChoiceField | null => {
    const field = byId.get(id);
    return field && field.kind === 'choice' ? field : null;
  };
  const classifiers = settings.classifierIds.map(choiceField).filter((field): field is ChoiceField => field !== null);
  const counted = fields.filter(isCounted);
  const labels = { other: SUMMARY.other, blank: SUMMARY.blank };

  const crosstabs: CrossTab[] = [];
  for (const by of classifiers) {
    for (const question of counted) {
      if (question.id !== by.id) crosstabs.push(crossTab(question, by, null, respondents, labels));
    }
  }
  for (const layered of settings.layered) {
    const question = byId.get(layered.questionId);
    const by = choiceField(layered.byId);
    const within = choiceField(layered.withinId);
    if (question && isCounted(question) && by && within) crosstabs.push(crossTab(question as CountedField, by, within, respondents, labels));
  }

  return {
    survey,
    respondents: respondents.length,
    channels: {
      web: respondents.filter((respondent) => respondent.channel === 'web').length,
      paper: respondents.filter((respondent) => respondent.channel === 'paper').length,
    },
    roster: input.roster,
    perDay: countPerDay(respondents, input.timeZone),
    choices: counted.map((field) => tallyChoice(field, respondents)),
    texts: fields.flatMap((field) => (field.kind === 'text' ? [tallyText(field, respondents)] : [])),
    crosstabs,
    classifiers,
    settings,
  };
}

function countPerDay(respondents: readonly Respondent[], timeZone: string): DayCount[] {
  const days = new Map<Day, { web: number; paper: number }>();
  for (const respondent of respondents) {
    if (!respondent.receivedAt) continue;
    const day = dayOf(respondent.receivedAt, timeZone);
    const entry = days.get(day) ?? { web: 0, paper: 0 };
    entry[respondent.channel]++;
    days.set(day, entry);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts }));
}
