import type { FieldAnswer } from '../../../src/model/cells';
import type { Audience } from '../../../src/model/routing';
import { routedQuestions, wasAsked } from '../../../src/model/routing';
import type { Branching, ChoiceQuestion, Navigation, Question, Survey } from '../../../src/model/survey';
import { sampleForm, sampleSurvey, surveyFromForm } from '../helpers/sample-survey';

const next: Navigation = { kind: 'continue' };
const goTo = (section: number): Navigation => ({ kind: 'goTo', section });
const submit: Navigation = { kind: 'submit' };

const choice = (id: string, section: number, options: string[], more: Partial<ChoiceQuestion> = {}): ChoiceQuestion => ({
  id, title: id, section, kind: 'choice', type: 'RADIO', options, hasOther: false, required: true, ...more,
});
const text = (id: string, section: number): Question => ({ id, title: id, section, kind: 'text', paragraph: false, required: false });

function survey(sectionCount: number, questions: Question[], branching: Branching): Survey {
  const sections = Array.from({ length: sectionCount }, (_, index) => ({ title: `s${index}`, description: '' }));
  return { title: 't', description: '', sections, questions, branching, collectsEmail: false, publishedUrl: '', fromForm: true };
}

/** Answers by question id: an option index, 'other', or nothing. */
function answers(picked: Record<string, number | 'other'>): Map<string, FieldAnswer> {
  return new Map(Object.entries(picked).map(([id, pick]) => [id, pick === 'other'
    ? { kind: 'choice', selected: [], other: 'ほか' }
    : { kind: 'choice', selected: [pick], other: null }]));
}

const asked = (audience: Audience | undefined, picked: Record<string, number | 'other'>) =>
  audience === undefined || wasAsked(audience, answers(picked));

describe('the sample form: ⑤ はい → ⑤-1..⑤-3, いいえ → ⑤-4, both on to ⑥; ⑥ いいえ → ⑥-1', () => {
  const sample = sampleSurvey();
  const id = (marker: string) => sample.questions.find((question) => question.title.startsWith(marker))?.id as string;
  const routed = routedQuestions(sample);
  const [support, trained] = [id('⑤ '), id('⑥ ')];

  it('routes ⑤-1..⑤-3 by ⑤ はい, ⑤-4 by ⑤ いいえ and ⑥-1 by ⑥ いいえ, and every other question to everyone', () => {
    expect(Object.fromEntries(routed)).toEqual({
      [id('⑤-1')]: [[{ questionId: support, outcomes: [0] }]],
      [id('⑤-2')]: [[{ questionId: support, outcomes: [0] }]],
      [id('⑤-3')]: [[{ questionId: support, outcomes: [0] }]],
      [id('⑤-4')]: [[{ questionId: support, outcomes: [1] }]],
      [id('⑥-1')]: [[{ questionId: trained, outcomes: [1] }]],
    });
  });

  it('asks ⑤-4 of who answered いいえ to ⑤, not of who answered はい, nor of a paper respondent who left ⑤ blank', () => {
    const why = routed.get(id('⑤-4'));
    expect(asked(why, { [support]: 1 })).toBe(true);
    expect(asked(why, { [support]: 0 })).toBe(false);
    expect(asked(why, {})).toBe(false);
    expect(asked(routed.get(id('⑤-1')), {})).toBe(false);
    // ⑥ is where both branches meet: asked of everyone, a blank ⑤ included.
    expect(routed.has(trained)).toBe(false);
  });

  it('asks ⑤-4 of everyone once the はい section no longer jumps past it, as Forms would show it to both', () => {
    const form = sampleForm();
    const breakAfterYes = form.items.find((item) => item.itemId === 's20');
    if (breakAfterYes) breakAfterYes.pageBreakItem = {};
    const routes = routedQuestions(surveyFromForm(form));
    expect(routes.has(id('⑤-4'))).toBe(false);
    expect(routes.get(id('⑤-1'))).toEqual([[{ questionId: support, outcomes: [0] }]]);
  });

  it('leaves a form without sections unrouted', () => {
    const form = sampleForm();
    form.items = form.items.filter((item) => !item.pageBreakItem);
    expect(surveyFromForm(form).branching).toBeUndefined();
    expect(routedQuestions(surveyFromForm(form)).size).toBe(0);
  });
});

describe("Google's navigation rules", () => {
  it('a blank answer to a question that need not be answered follows the section’s own way on, and the words say so', () => {
    // Section 0: q (optional) A → section 2; B, or blank → section 1 (continue), which then submits.
    const s = survey(3, [choice('q', 0, ['A', 'B'], { required: false }), text('one', 1), text('two', 2)], {
      afterSection: [next, submit, next], byOption: { q: [goTo(2), next] },
    });
    const routed = routedQuestions(s);
    expect(routed.get('one')).toEqual([[{ questionId: 'q', outcomes: [1, 'none'] }]]);
    expect(routed.get('two')).toEqual([[{ questionId: 'q', outcomes: [0] }]]);
    expect(asked(routed.get('one'), {})).toBe(true);
    expect(asked(routed.get('two'), {})).toBe(false);
  });

  it('with two branching questions on a page, the last one answered decides', () => {
    // p (optional) and then r (optional) in section 0: r's answer wins; r blank leaves it to p; both blank: continue.
    const s = survey(4, [
      choice('p', 0, ['P1', 'P2'], { required: false }), choice('r', 0, ['R1', 'R2'], { required: false }),
      text('one', 1), text('two', 2), text('three', 3),
    ], { afterSection: [next, submit, submit, next], byOption: { p: [goTo(2), goTo(3)], r: [goTo(3), goTo(2)] } });
    const routed = routedQuestions(s);
    expect(asked(routed.get('three'), { p: 0, r: 0 })).toBe(true);
    expect(asked(routed.get('two'), { p: 0, r: 0 })).toBe(false);
    expect(asked(routed.get('two'), { p: 0 })).toBe(true);
    expect(asked(routed.get('one'), {})).toBe(true);
    expect(asked(routed.get('one'), { p: 1 })).toBe(false);
  });

  it('a required branching question decides alone: the questions before it on the page never do', () => {
    const s = survey(3, [choice('p', 0, ['P1', 'P2']), choice('r', 0, ['R1', 'R2']), text('one', 1), text('two', 2)], {
      afterSection: [next, submit, next], byOption: { p: [goTo(2), next], r: [next, goTo(2)] },
    });
    expect(routedQuestions(s).get('one')).toEqual([[{ questionId: 'r', outcomes: [0] }]]);
  });

  it('an option that submits ends the way; a jump back leads nowhere new; navigation on the last page is ignored', () => {
    const s = survey(3, [
      choice('q', 0, ['続ける', '送信', '戻る']), text('one', 1), choice('last', 2, ['X', 'Y']), text('end', 2),
    ], { afterSection: [next, next, next], byOption: { q: [next, submit, goTo(0)], last: [submit, goTo(1)] } });
    const routed = routedQuestions(s);
    expect(routed.get('one')).toEqual([[{ questionId: 'q', outcomes: [0] }]]);
    expect(routed.get('end')).toEqual([[{ questionId: 'q', outcomes: [0] }]]);
  });

  it('an "Other" answer continues (FormApp does not tell where it leads), and branches within a branch meet again', () => {
    // q: A → 1, B → 2, Other → 1 (continue). Section 1: r: R1 → 3, R2 → 2. Everything meets at 3.
    const s = survey(4, [
      choice('q', 0, ['A', 'B'], { hasOther: true }), choice('r', 1, ['R1', 'R2']), text('two', 2), text('three', 3),
    ], { afterSection: [next, next, next, next], byOption: { q: [next, goTo(2)], r: [goTo(3), next] } });
    const routed = routedQuestions(s);
    expect(routed.get('r')).toEqual([[{ questionId: 'q', outcomes: [0, 'other'] }]]);
    expect(routed.get('two')).toEqual([[{ questionId: 'q', outcomes: [1] }], [{ questionId: 'q', outcomes: [0, 'other'] }, { questionId: 'r', outcomes: [1] }]]);
    expect(routed.has('three')).toBe(false);
    expect(asked(routed.get('two'), { q: 'other', r: 1 })).toBe(true);
    expect(asked(routed.get('two'), { q: 'other', r: 0 })).toBe(false);
  });

  it('a section no answer leads to stays everyone’s: FormApp may not show the way there (a drop-down’s)', () => {
    const s = survey(3, [choice('q', 0, ['A', 'B']), text('one', 1), text('two', 2)], {
      afterSection: [goTo(2), next, next], byOption: {},
    });
    expect(routedQuestions(s).size).toBe(0);
  });

  it('a checkbox condition holds when one ticked option is among its answers', () => {
    const audience: Audience = [[{ questionId: 'c', outcomes: [2] }]];
    expect(wasAsked(audience, new Map([['c', { kind: 'choice', selected: [0, 2], other: null }]]))).toBe(true);
    expect(wasAsked(audience, new Map([['c', { kind: 'choice', selected: [0, 1], other: null }]]))).toBe(false);
  });
});
