import type { ApiForm } from '../../../src/model/form-resource';
import { readApiForm, withAfterSection } from '../../../src/model/form-resource';
import { PREFILL_SENTINEL } from '../../../src/model/survey';

/** Three sections: a required question in the first leads on by its answer; the second's way on is FormApp's to tell. */
const form: ApiForm = {
  info: { title: '調査', description: '説明' },
  settings: { emailCollectionType: 'VERIFIED' },
  responderUri: 'https://docs.google.com/forms/d/e/1FAIpQL/viewform',
  items: [
    { itemId: '0000000a', title: '氏名', questionItem: { question: { questionId: '000000ff', required: true, textQuestion: {} } } },
    {
      itemId: '0000000b', title: '参加',
      questionItem: { question: { questionId: '00000100', required: true, choiceQuestion: { type: 'RADIO', options: [{ value: 'はい', goToSectionId: '0000000d' }, { value: 'いいえ', goToAction: 'SUBMIT_FORM' }, { isOther: true, goToAction: 'NEXT_SECTION' }] } } },
    },
    { itemId: '0000000c', title: '満足度', questionItem: { question: { questionId: '00000101', scaleQuestion: { high: 5 } } } },
    { itemId: '0000000d', title: '第2部', description: '会場の方', pageBreakItem: {} },
    { itemId: '0000000e', title: '感想', questionItem: { question: { questionId: '00000102', textQuestion: { paragraph: true } } } },
    { itemId: '0000000f', title: '第3部', pageBreakItem: {} },
    { itemId: '00000010', title: '日時', questionItem: { question: { questionId: '00000103', dateQuestion: { includeTime: true } } } },
  ],
};

describe('readApiForm', () => {
  const reading = readApiForm(form);

  it('reads ids as FormApp numbers them, and fields the API leaves out at their defaults', () => {
    const questions = reading?.model.survey.questions ?? [];
    expect(questions.map((question) => question.id)).toEqual(['10', '11', '12', '14']);
    expect(reading?.itemIds).toEqual(['10', '11', '12', '13', '14', '15', '16']);
    // A scale whose lower bound is 0 comes without `low`; a question not required, without `required`.
    expect(questions[2]).toMatchObject({ kind: 'scale', low: 0, high: 5, required: false, lowLabel: '' });
    expect(questions[1]).toMatchObject({ kind: 'choice', options: ['はい', 'いいえ'], hasOther: true, required: true });
    expect(reading?.model.survey).toMatchObject({ title: '調査', collectsEmail: true, sections: [{ title: '調査' }, { title: '第2部', description: '会場の方' }, { title: '第3部', description: '' }] });
  });

  it('links a short answer for pre-filling by its question number', () => {
    expect(reading?.model.prefill).toEqual({ 10: `https://docs.google.com/forms/d/e/1FAIpQL/viewform?usp=pp_url&entry.255=${PREFILL_SENTINEL}` });
  });

  it('reads where each answer leads, and asks FormApp only for sections no required answer decides', () => {
    expect(reading?.model.survey.branching?.byOption).toEqual({ 11: [{ kind: 'goTo', section: 1 }, { kind: 'submit' }] });
    // The first section's way on is decided by 参加; the last has none.
    expect(reading?.pageBreaks).toEqual([{ itemIndex: 5, afterSection: 1 }]);
  });

  it('names each page break by FormApp\'s number, and puts the ways on FormApp tells after their sections', () => {
    expect(reading?.pageIds).toEqual(['13', '15']);
    const model = withAfterSection(reading!, [{ kind: 'goTo', section: 2 }]);
    expect(model.survey.branching?.afterSection).toEqual([null, { kind: 'goTo', section: 2 }, null]);
  });

  it('leaves a form whose ids are not the API\'s to FormApp', () => {
    expect(readApiForm({ ...form, items: [{ itemId: 'i01', title: 'x', questionItem: { question: { questionId: 'q', textQuestion: {} } } }] })).toBeNull();
  });
});
