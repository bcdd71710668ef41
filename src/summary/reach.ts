/**
 * Who each question was for. A question on a branch of the form, or limited
 * in 設定, is counted over the respondents routed to it (its base); the
 * others were not asked it, and are 対象外 rather than 無回答. Someone who
 * answered it without being routed there (possible on paper) is counted with
 * the others and shown apart, never dropped.
 */
import type { Respondent } from '../model/respondents';
import type { Audience } from '../model/routing';
import { routedQuestions, wasAsked } from '../model/routing';
import type { Survey } from '../model/survey';
import { questionLabel } from '../model/text';
import { SUMMARY } from '../messages';
import type { AudienceSetting } from '../settings/settings';

export interface Reach {
  readonly audience: Audience;
  /** Respondents routed to the question, whether they then answered it or not. */
  readonly base: number;
  /** Respondents not routed to it who left it blank: 対象外. */
  readonly notAsked: number;
  /** Respondents not routed to it who answered it all the same: counted with the others. */
  readonly answeredNotAsked: number;
}

/** One condition of an audience, in words: ⑤, 『いいえ』, and whether a blank answer also leads there. */
export interface AudienceStepWords {
  readonly question: string;
  readonly options: readonly string[];
  readonly unanswered: boolean;
}

/** Per question id, the audience of each question not everyone was asked: the form's branching, overridden by 設定. */
function audiencesOf(survey: Survey, settings: readonly AudienceSetting[]): Map<string, Audience> {
  const audiences = routedQuestions(survey);
  for (const { questionId, condition } of settings) audiences.set(questionId, [[condition]]);
  return audiences;
}

/**
 * The reach of any question, given who answered it; null for a question
 * everyone was asked. Each audience (the questions of a section share one)
 * is checked against every respondent once.
 */
export function reachFinder(survey: Survey, settings: readonly AudienceSetting[], respondents: readonly Respondent[]):
  (questionId: string, answered: (respondent: number) => boolean) => Reach | null {
  const audiences = audiencesOf(survey, settings);
  const askedBy = new Map<Audience, boolean[]>();
  return (questionId, answered) => {
    const audience = audiences.get(questionId);
    if (!audience) return null;
    let asked = askedBy.get(audience);
    if (!asked) {
      asked = respondents.map((respondent) => wasAsked(audience, respondent.answers));
      askedBy.set(audience, asked);
    }
    let base = 0;
    let notAsked = 0;
    let answeredNotAsked = 0;
    for (let respondent = 0; respondent < asked.length; respondent++) {
      if (asked[respondent]) base++;
      else if (answered(respondent)) answeredNotAsked++;
      else notAsked++;
    }
    return { audience, base, notAsked, answeredNotAsked };
  };
}

/** 「対象：⑤で『いいえ』と回答した 24 人」, from the audience itself. */
export function audienceLine(reach: Reach, survey: Survey): string {
  const questions = new Map(survey.questions.map((question) => [question.id, question]));
  const words = reach.audience.map((route) => route.map((step): AudienceStepWords => {
    const question = questions.get(step.questionId);
    const options = question?.kind === 'choice' ? question.options : [];
    return {
      question: question ? questionLabel(question.title) : step.questionId,
      options: step.outcomes.flatMap((outcome) => (typeof outcome === 'number' ? [options[outcome] ?? ''] : outcome === 'other' ? [SUMMARY.other] : [])),
      unanswered: step.outcomes.includes('none'),
    };
  }));
  return SUMMARY.audience(words, reach.base);
}
