/**
 * Who was asked which question. A question on a branch of the form was put
 * only to the respondents whose answers led there, so its figures are over
 * them and the others were not asked — they are not 無回答.
 *
 * Who was led to a question is data, an Audience: the answers that lead
 * there, worked out once from the form's branching (or written by staff in
 * 設定) and read for each respondent by wasAsked. The rules are Google's
 * (FormApp.PageNavigationType): after a section the form follows the last
 * option chosen on it that has a navigation, else the section's own; an
 * option's navigation has no effect on the last section.
 */
import type { FieldAnswer } from './cells';
import type { ChoiceQuestion, Navigation, Question, Survey } from './survey';

/** One answer to a choice question: an option's index, その他, or no answer at all. */
export type Outcome = number | 'other' | 'none';

/** The answer to a choice question is one of `outcomes` (for a checkbox question: one ticked option is). */
export interface Step {
  readonly questionId: string;
  /** Option indexes ascending, then 'other', then 'none'. */
  readonly outcomes: readonly Outcome[];
}

/** Answers that lead to a question: every step holds. The empty route holds for everyone. */
export type Route = readonly Step[];

/** Who was asked a question: the respondents for whom one of the routes holds. */
export type Audience = readonly Route[];

const EVERYONE: Audience = [[]];

const CONTINUE: Navigation = { kind: 'continue' };

function isEveryone(audience: Audience): boolean {
  return audience.some((route) => route.length === 0);
}

function holds(step: Step, answer: FieldAnswer | undefined): boolean {
  if (answer?.kind !== 'choice' || (answer.selected.length === 0 && answer.other === null)) return step.outcomes.includes('none');
  if (answer.other !== null && step.outcomes.includes('other')) return true;
  return answer.selected.some((index) => step.outcomes.includes(index));
}

/** Whether a respondent with these answers (by field id) was led to a question with this audience. */
export function wasAsked(audience: Audience, answers: ReadonlyMap<string, FieldAnswer>): boolean {
  return audience.some((route) => route.every((step) => holds(step, answers.get(step.questionId))));
}

/** Every answer a question can get, as outcomes: a required one is never left blank on the web. */
function outcomesOf(question: ChoiceQuestion): Outcome[] {
  const outcomes: Outcome[] = question.options.map((_, index) => index);
  if (question.hasOther) outcomes.push('other');
  if (!question.required) outcomes.push('none');
  return outcomes;
}

/** Outcomes in their one order, so that equal steps compare equal. */
export function sortedOutcomes(outcomes: Iterable<Outcome>): Outcome[] {
  const rank = (outcome: Outcome) => (typeof outcome === 'number' ? outcome : outcome === 'other' ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER);
  return [...new Set(outcomes)].sort((a, b) => rank(a) - rank(b));
}

const sameOutcomes = (a: readonly Outcome[], b: readonly Outcome[]) => a.length === b.length && a.every((outcome, index) => outcome === b[index]);

/** `wide` holds whenever `narrow` does: each of its steps is met by a step of `narrow` that allows no more. */
function covers(wide: Route, narrow: Route): boolean {
  return wide.every((step) => narrow.some((other) => other.questionId === step.questionId
    && other.outcomes.every((outcome) => step.outcomes.includes(outcome))));
}

/**
 * Routes merged where they meet again: two routes that differ only in one
 * question's answers become one, and a question whose every answer leads on
 * drops out. After ⑤ はい → A and ⑤ いいえ → B meet at ⑥, ⑥ is for everyone.
 */
function simplify(routes: readonly Route[], questions: ReadonlyMap<string, Question>): Route[] {
  const order = new Map([...questions.keys()].map((id, index) => [id, index]));
  let current = routes.map((route) => [...route].sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)));
  for (;;) {
    current = current.filter((route, index) => !current.some((other, at) => at !== index && covers(other, route) && (at < index || !covers(route, other))));
    const merged = mergeOnce(current, questions);
    if (!merged) return current;
    current = merged;
  }
}

function mergeOnce(routes: readonly Step[][], questions: ReadonlyMap<string, Question>): Step[][] | null {
  for (let i = 0; i < routes.length; i++) {
    for (let j = i + 1; j < routes.length; j++) {
      const [a, b] = [routes[i], routes[j]];
      if (a.length !== b.length || a.some((step, k) => step.questionId !== b[k].questionId)) continue;
      const differing = a.flatMap((step, k) => (sameOutcomes(step.outcomes, b[k].outcomes) ? [] : [k]));
      if (differing.length !== 1) continue;
      const k = differing[0];
      const outcomes = sortedOutcomes([...a[k].outcomes, ...b[k].outcomes]);
      const question = questions.get(a[k].questionId);
      const all = question?.kind === 'choice' ? outcomesOf(question) : [];
      const every = all.every((outcome) => outcomes.includes(outcome));
      const route = every ? a.filter((_, at) => at !== k) : a.map((step, at) => (at === k ? { questionId: step.questionId, outcomes } : step));
      return [...routes.slice(0, i), route, ...routes.slice(i + 1, j), ...routes.slice(j + 1)];
    }
  }
  return null;
}

/** An option's navigation per outcome, grouped by where it leads. */
function destinations(question: ChoiceQuestion, byOption: readonly Navigation[]): Array<{ navigation: Navigation; outcomes: Outcome[] }> {
  const groups = new Map<string, { navigation: Navigation; outcomes: Outcome[] }>();
  const add = (navigation: Navigation, outcome: Outcome) => {
    const key = navigation.kind === 'goTo' ? `goTo:${navigation.section}` : navigation.kind;
    const group = groups.get(key) ?? { navigation, outcomes: [] };
    group.outcomes.push(outcome);
    groups.set(key, group);
  };
  question.options.forEach((_, index) => add(byOption[index] ?? CONTINUE, index));
  // FormApp does not show where "Other" leads; Forms' default for an option is to continue.
  if (question.hasOther) add(CONTINUE, 'other');
  return [...groups.values()];
}

/** Per section, indexed like survey.sections: who reaches it ([] for a section no answer leads to). */
function sectionAudiences(survey: Survey): Audience[] {
  const { branching, sections } = survey;
  if (!branching) return sections.map(() => EVERYONE);
  const questions = new Map(survey.questions.map((question) => [question.id, question]));
  const last = sections.length - 1;
  const arriving: Route[][] = sections.map((_, index) => (index === 0 ? [[]] : []));
  const audiences: Audience[] = [];
  for (let section = 0; section <= last; section++) {
    const routes = simplify(arriving[section], questions);
    audiences.push(routes);
    if (section === last || routes.length === 0) continue;
    const go = (navigation: Navigation, via: Route) => {
      const target = navigation.kind === 'continue' ? section + 1 : navigation.kind === 'goTo' ? navigation.section : null;
      // Submitting or starting again ends the way; so does a jump back, because a respondent sent back
      // cannot submit the answer that sent them there (they would be sent back again).
      if (target === null || target <= section || target > last) return;
      for (const route of routes) arriving[target].push([...route, ...via]);
    };
    const deciders = survey.questions.filter((question): question is ChoiceQuestion => question.section === section
      && question.kind === 'choice' && branching.byOption[question.id] !== undefined);
    // The last option chosen that has a navigation decides; a question left blank leaves it to those before it.
    let blanks: Step[] = [];
    let decided = false;
    for (let index = deciders.length - 1; index >= 0 && !decided; index--) {
      const question = deciders[index];
      for (const { navigation, outcomes } of destinations(question, branching.byOption[question.id])) {
        go(navigation, [...blanks, { questionId: question.id, outcomes: sortedOutcomes(outcomes) }]);
      }
      // A required question is answered on the web, so the questions before it never decide; a blank one
      // on paper leads nowhere (the paper's instructions depended on the answer).
      if (question.required) decided = true;
      else blanks = [...blanks, { questionId: question.id, outcomes: ['none'] }];
    }
    // Null only where a required question decides (see Branching), so never read here.
    if (!decided) go(branching.afterSection[section] ?? CONTINUE, blanks);
  }
  return audiences;
}

/** Per question id, who was asked it: only the questions that not everyone was asked. */
export function routedQuestions(survey: Survey): Map<string, Audience> {
  const bySection = sectionAudiences(survey);
  const routed = new Map<string, Audience>();
  for (const question of survey.questions) {
    const audience = bySection[question.section] ?? EVERYONE;
    // A section no answer leads to, as FormApp tells it, is more likely reached through navigation FormApp
    // does not show (a drop-down's, by its reference; an "Other" option's) than never: it stays everyone's.
    if (audience.length === 0 || isEveryone(audience)) continue;
    routed.set(question.id, audience);
  }
  return routed;
}
