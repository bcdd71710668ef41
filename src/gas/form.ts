/**
 * The linked form as a survey model. Reading a form costs one call per item
 * property; that grows with the questions, never with the answers.
 */
import type { Question, Section, Survey } from '../model/survey';
import { spreadsheet } from './sheets';

export type FormReading =
  | { readonly ok: true; readonly survey: Survey; readonly form: GoogleAppsScript.Forms.Form }
  | { readonly ok: false; readonly reason: 'notLinked' | 'cannotOpen'; readonly error?: string };

export function readLinkedForm(): FormReading {
  const url = spreadsheet().getFormUrl();
  if (!url) return { ok: false, reason: 'notLinked' };
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openByUrl(url);
  } catch (error) {
    return { ok: false, reason: 'cannotOpen', error: String(error) };
  }
  return { ok: true, survey: surveyOf(form), form };
}

function surveyOf(form: GoogleAppsScript.Forms.Form): Survey {
  const sections: Section[] = [{ title: form.getTitle(), description: form.getDescription() }];
  const questions: Question[] = [];
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
      case Type.TEXT:
        questions.push({ ...base, kind: 'text', paragraph: false, required: item.asTextItem().isRequired() });
        break;
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
  return {
    title: form.getTitle(), description: form.getDescription(), sections, questions,
    collectsEmail: form.collectsEmail(), publishedUrl: form.getPublishedUrl(), fromForm: true,
  };
}

/**
 * One pre-filled link with `placeholder` as the name answer; callers swap in
 * each person's URL-encoded name, so a mailing makes one form call, not one per person.
 */
export function prefilledUrl(form: GoogleAppsScript.Forms.Form, nameItemId: string, placeholder: string): string | null {
  const item = form.getItemById(Number(nameItemId));
  if (!item || item.getType() !== FormApp.ItemType.TEXT) return null;
  return form.createResponse().withItemResponse(item.asTextItem().createResponse(placeholder)).toPrefilledUrl();
}
