/**
 * The survey model from the Forms API's answer to forms.get
 * (https://developers.google.com/forms/api/reference/rest/v1/forms): the
 * whole form in one call, where FormApp takes a call per item property.
 * The model is the one FormApp gives (src/gas/form.ts), id for id, except
 * where a section goes once done: a page break in the API has no fields, so
 * those navigations are read from FormApp afterwards (withAfterSection).
 */
import type { Branching, Navigation, Question, Section, Survey } from './survey';
import { PREFILL_SENTINEL } from './survey';

/** What the add-on needs of the form, as plain data that can be cached. */
export interface FormModel {
  readonly survey: Survey;
  /**
   * Per short-answer question id, the form's pre-filled link with
   * PREFILL_SENTINEL as that question's answer: a reminder swaps in each
   * person's URL-encoded name without opening the form again.
   */
  readonly prefill: Readonly<Record<string, string>>;
  /**
   * Drop-down questions whose answers may lead to sections but were read
   * without the Forms API: FormApp tells only a multiple-choice question's
   * navigation, so these count as if they did not branch (their titles).
   */
  readonly unreadBranching?: readonly string[];
}

/**
 * The Form resource as far as the add-on reads it. The API writes proto3
 * JSON: a field at its default (false, 0, '') is left out.
 */
export interface ApiForm {
  readonly info?: { readonly title?: string; readonly description?: string };
  readonly settings?: { readonly emailCollectionType?: string };
  readonly items?: readonly ApiItem[];
  readonly responderUri?: string;
}

interface ApiItem {
  readonly itemId?: string;
  readonly title?: string;
  readonly description?: string;
  readonly questionItem?: { readonly question?: ApiQuestion };
  readonly questionGroupItem?: { readonly questions?: readonly ApiQuestion[]; readonly grid?: { readonly columns?: ApiChoices } };
  readonly pageBreakItem?: object;
}

interface ApiQuestion {
  readonly questionId?: string;
  readonly required?: boolean;
  readonly choiceQuestion?: ApiChoices;
  readonly textQuestion?: { readonly paragraph?: boolean };
  readonly scaleQuestion?: { readonly low?: number; readonly high?: number; readonly lowLabel?: string; readonly highLabel?: string };
  readonly dateQuestion?: { readonly includeTime?: boolean };
  readonly timeQuestion?: { readonly duration?: boolean };
  readonly rowQuestion?: { readonly title?: string };
}

interface ApiChoices {
  readonly type?: string;
  readonly options?: readonly ApiOption[];
}

interface ApiOption {
  readonly value?: string;
  readonly isOther?: boolean;
  readonly goToAction?: string;
  readonly goToSectionId?: string;
}

/** The form read through the API, and the page breaks whose navigation only FormApp can tell. */
export interface ApiReading {
  readonly model: FormModel;
  /**
   * Per section whose way on must be read (not the last, not one a required
   * branching question decides): the index, among the form's items, of the
   * page break after it.
   */
  readonly pageBreaks: ReadonlyArray<{ readonly itemIndex: number; readonly afterSection: number }>;
  /** The page breaks' ids (FormApp's numbers), in form order: the break at index i starts section i + 1. */
  readonly pageIds: readonly string[];
  /** Every item's id (FormApp's number), in form order, to check the reading against FormApp's items. */
  readonly itemIds: readonly string[];
}

/**
 * FormApp's number for an API id: the API writes item and question ids as
 * hexadecimal (an item's getId(), a question's `entry.N` in prefilled links).
 */
function numberOf(id: string | undefined): string | null {
  return id !== undefined && /^[0-9a-f]{1,8}$/i.test(id) ? String(parseInt(id, 16)) : null;
}

const ACTIONS: Readonly<Record<string, Navigation>> = {
  NEXT_SECTION: { kind: 'continue' }, RESTART_FORM: { kind: 'restart' }, SUBMIT_FORM: { kind: 'submit' },
};

/**
 * The survey model of an API form; null when the answer is not a form the
 * add-on can read as FormApp would (an id that is not hexadecimal, a choice
 * question of no type known), and FormApp should read it instead.
 */
export function readApiForm(form: ApiForm): ApiReading | null {
  const title = form.info?.title ?? '';
  const description = form.info?.description ?? '';
  const publishedUrl = form.responderUri ?? '';
  const sections: Section[] = [{ title, description }];
  const questions: Question[] = [];
  const prefill: Record<string, string> = {};
  const items = form.items ?? [];
  const breaks: number[] = [];
  const pageIds: string[] = [];
  const itemIds: string[] = [];
  const branchingQuestions: Array<{ readonly id: string; readonly section: number; readonly required: boolean; readonly options: readonly ApiOption[] }> = [];
  for (const [index, item] of items.entries()) {
    const id = numberOf(item.itemId);
    if (id === null) return null;
    itemIds.push(id);
    const base = { id, title: item.title ?? '', section: sections.length - 1 };
    if (item.pageBreakItem) {
      breaks.push(index);
      pageIds.push(id);
      sections.push({ title: base.title, description: item.description ?? '' });
      continue;
    }
    const group = item.questionGroupItem;
    if (group) {
      const rows = group.questions ?? [];
      questions.push({
        ...base, kind: 'grid', type: group.grid?.columns?.type === 'CHECKBOX' ? 'CHECKBOX' : 'RADIO', required: rows.some((row) => row.required === true),
        rows: rows.map((row) => row.rowQuestion?.title ?? ''), columns: (group.grid?.columns?.options ?? []).map((option) => option.value ?? ''),
      });
      continue;
    }
    const question = item.questionItem?.question;
    // Section headers, images and videos ask nothing.
    if (!question) continue;
    const required = question.required === true;
    const choice = question.choiceQuestion;
    if (choice) {
      const type = choice.type === 'CHECKBOX' ? 'CHECKBOX' : choice.type === 'DROP_DOWN' ? 'DROP_DOWN' : choice.type === 'RADIO' ? 'RADIO' : null;
      if (type === null) return null;
      const options = choice.options ?? [];
      const listed = options.filter((option) => option.isOther !== true);
      questions.push({ ...base, kind: 'choice', type, required, options: listed.map((option) => option.value ?? ''), hasOther: type !== 'DROP_DOWN' && listed.length < options.length });
      if (type !== 'CHECKBOX' && options.some((option) => option.goToAction !== undefined || option.goToSectionId !== undefined)) {
        branchingQuestions.push({ id, section: base.section, required, options: listed });
      }
    } else if (question.textQuestion) {
      const paragraph = question.textQuestion.paragraph === true;
      questions.push({ ...base, kind: 'text', paragraph, required });
      if (!paragraph) {
        const entry = numberOf(question.questionId);
        if (entry === null) return null;
        prefill[id] = `${publishedUrl}?usp=pp_url&entry.${entry}=${PREFILL_SENTINEL}`;
      }
    } else if (question.scaleQuestion) {
      const scale = question.scaleQuestion;
      questions.push({ ...base, kind: 'scale', required, low: scale.low ?? 0, high: scale.high ?? 0, lowLabel: scale.lowLabel ?? '', highLabel: scale.highLabel ?? '' });
    } else if (question.dateQuestion || question.timeQuestion) {
      // A date with a time, and a duration, are not read by FormApp's path either.
      const dated = question.dateQuestion ? question.dateQuestion.includeTime !== true : question.timeQuestion?.duration !== true;
      if (dated) questions.push({ ...base, kind: 'text', paragraph: false, required });
    }
    // A file upload asks for nothing the add-on counts.
  }
  const survey: Survey = {
    title, description, sections, questions,
    collectsEmail: form.settings?.emailCollectionType === 'VERIFIED' || form.settings?.emailCollectionType === 'RESPONDER_INPUT',
    publishedUrl, fromForm: true,
  };
  // A form of one section cannot branch.
  if (sections.length === 1) return { model: { survey, prefill }, pageBreaks: [], pageIds, itemIds };
  const sectionOf = new Map(pageIds.map((pageId, index) => [pageId, index + 1]));
  const byOption: Record<string, readonly Navigation[]> = {};
  const decided = new Set<number>();
  for (const { id, section, required, options } of branchingQuestions) {
    // Navigation has no effect on the last section.
    if (section === sections.length - 1 || options.length === 0) continue;
    byOption[id] = options.map((option): Navigation => {
      const target = numberOf(option.goToSectionId);
      const goTo = target === null ? undefined : sectionOf.get(target);
      if (goTo !== undefined) return { kind: 'goTo', section: goTo };
      return ACTIONS[option.goToAction ?? ''] ?? { kind: 'continue' };
    });
    if (required) decided.add(section);
  }
  const branching: Branching = { afterSection: sections.map(() => null), byOption };
  const pageBreaks = breaks.flatMap((itemIndex, afterSection) => (decided.has(afterSection) ? [] : [{ itemIndex, afterSection }]));
  return { model: { survey: { ...survey, branching }, prefill }, pageBreaks, pageIds, itemIds };
}

/** The model with each read section's way on, as FormApp told it (`navigations` in the order of `reading.pageBreaks`). */
export function withAfterSection(reading: ApiReading, navigations: readonly Navigation[]): FormModel {
  const { survey } = reading.model;
  if (!survey.branching) return reading.model;
  const afterSection = [...survey.branching.afterSection];
  reading.pageBreaks.forEach(({ afterSection: at }, index) => {
    afterSection[at] = navigations[index];
  });
  return { ...reading.model, survey: { ...survey, branching: { ...survey.branching, afterSection } } };
}
