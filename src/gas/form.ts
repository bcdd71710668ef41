/**
 * The linked form as a survey model. Reading a form costs one call per item
 * property (a choice question with 20 options costs some 27 calls); that grows
 * with the questions, never with the answers, and the result is kept in the
 * document cache (see workbook.ts) so that dialogs do not pay it each time.
 */
import type { Question, Section, Survey } from '../model/survey';
import { PREFILL_SENTINEL } from '../model/survey';

/** What the add-on needs of the form, as plain data that can be cached. */
export interface FormModel {
  readonly survey: Survey;
  /**
   * Per short-answer question id, the form's pre-filled link with
   * PREFILL_SENTINEL as that question's answer: a reminder swaps in each
   * person's URL-encoded name without opening the form again.
   */
  readonly prefill: Readonly<Record<string, string>>;
}

export type FormReading =
  | { readonly ok: true; readonly model: FormModel }
  | { readonly ok: false; readonly reason: 'notLinked' | 'cannotOpen'; readonly error?: string };

export function readForm(url: string | null): FormReading {
  if (!url) return { ok: false, reason: 'notLinked' };
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openByUrl(url);
  } catch (error) {
    return { ok: false, reason: 'cannotOpen', error: String(error) };
  }
  return { ok: true, model: modelOf(form) };
}

function modelOf(form: GoogleAppsScript.Forms.Form): FormModel {
  const title = form.getTitle();
  const description = form.getDescription();
  const sections: Section[] = [{ title, description }];
  const questions: Question[] = [];
  const prefill: Record<string, string> = {};
  const Type = FormApp.ItemType;
  for (const item of form.getItems()) {
    const type = item.getType();
    const base = { id: String(item.getId()), title: item.getTitle(), section: sections.length - 1 };
    switch (type) {
      case Type.PAGE_BREAK:
        sections.push({ title: item.getTitle(), description: item.getHelpText() });
        break;
      case Type.MULTIPLE_CHOICE: {
        const choice = item.asMultipleChoiceItem();
        questions.push({ ...base, kind: 'choice', type: 'RADIO', required: choice.isRequired(), options: choice.getChoices().map((c) => c.getValue()), hasOther: choice.hasOtherOption() });
        break;
      }
      case Type.CHECKBOX: {
        const choice = item.asCheckboxItem();
        questions.push({ ...base, kind: 'choice', type: 'CHECKBOX', required: choice.isRequired(), options: choice.getChoices().map((c) => c.getValue()), hasOther: choice.hasOtherOption() });
        break;
      }
      case Type.LIST: {
        const list = item.asListItem();
        questions.push({ ...base, kind: 'choice', type: 'DROP_DOWN', required: list.isRequired(), options: list.getChoices().map((c) => c.getValue()), hasOther: false });
        break;
      }
      case Type.SCALE: {
        const scale = item.asScaleItem();
        questions.push({ ...base, kind: 'scale', required: scale.isRequired(), low: scale.getLowerBound(), high: scale.getUpperBound(), lowLabel: scale.getLeftLabel(), highLabel: scale.getRightLabel() });
        break;
      }
      case Type.GRID: {
        const grid = item.asGridItem();
        questions.push({ ...base, kind: 'grid', type: 'RADIO', required: grid.isRequired(), rows: grid.getRows(), columns: grid.getColumns() });
        break;
      }
      case Type.CHECKBOX_GRID: {
        const grid = item.asCheckboxGridItem();
        questions.push({ ...base, kind: 'grid', type: 'CHECKBOX', required: grid.isRequired(), rows: grid.getRows(), columns: grid.getColumns() });
        break;
      }
      case Type.TEXT: {
        const text = item.asTextItem();
        questions.push({ ...base, kind: 'text', paragraph: false, required: text.isRequired() });
        prefill[base.id] = form.createResponse().withItemResponse(text.createResponse(PREFILL_SENTINEL)).toPrefilledUrl();
        break;
      }
      case Type.PARAGRAPH_TEXT:
        questions.push({ ...base, kind: 'text', paragraph: true, required: item.asParagraphTextItem().isRequired() });
        break;
      case Type.DATE:
        questions.push({ ...base, kind: 'text', paragraph: false, required: item.asDateItem().isRequired() });
        break;
      case Type.TIME:
        questions.push({ ...base, kind: 'text', paragraph: false, required: item.asTimeItem().isRequired() });
        break;
      default:
        // Section headers, images and videos ask nothing.
        break;
    }
  }
  const survey: Survey = {
    title, description, sections, questions, collectsEmail: form.collectsEmail(), publishedUrl: form.getPublishedUrl(), fromForm: true,
  };
  return { survey, prefill };
}
