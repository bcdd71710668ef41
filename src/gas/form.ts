/**
 * The linked form as a survey model. The Forms API gives the whole form in
 * one call (forms.get through UrlFetchApp); FormApp then checks in three
 * calls that the API's ids are its own, and tells where a section goes once
 * done, which the API does not hold (two calls a page break). Where the API
 * cannot be used (not enabled in the script's Cloud project, the form not
 * reachable by it) FormApp reads it all, at one call per item property (a
 * choice question with 20 options costs some 27 calls): the same model,
 * only slower. Either way it grows with the questions, never with the
 * answers, and the result is kept in the document cache (see workbook.ts)
 * so that dialogs do not pay it each time.
 */
import type { ApiForm, ApiReading, FormModel } from '../model/form-resource';
import { readApiForm, withAfterSection } from '../model/form-resource';
import type { Branching, Navigation, Question, Section, Survey } from '../model/survey';
import { PREFILL_SENTINEL } from '../model/survey';

export type { FormModel } from '../model/form-resource';

export type FormReading =
  | { readonly ok: true; readonly model: FormModel }
  | { readonly ok: false; readonly reason: 'notLinked' | 'cannotOpen'; readonly error?: string };

const FORMS_API = 'https://forms.googleapis.com/v1/forms/';

export function readForm(url: string | null): FormReading {
  if (!url) return { ok: false, reason: 'notLinked' };
  let form: GoogleAppsScript.Forms.Form | null = null;
  let failure = '';
  const open = (): GoogleAppsScript.Forms.Form | null => {
    if (form === null && failure === '') {
      try {
        form = FormApp.openByUrl(url);
      } catch (error) {
        failure = String(error);
      }
    }
    return form;
  };
  const cannotOpen = (): FormReading => ({ ok: false, reason: 'cannotOpen', error: failure });
  // The spreadsheet names its form by the editor's address, /forms/d/<id>/…; should it give the
  // respondents' /forms/d/e/… instead, FormApp tells the id.
  const id = /\/forms\/d\/(?!e\/)([\w-]+)/.exec(url)?.[1] ?? open()?.getId();
  const reading = id === undefined ? null : fetchForm(id);
  const whole = (): FormReading => {
    const opened = open();
    return opened ? { ok: true, model: modelOf(opened) } : cannotOpen();
  };
  if (!reading) return whole();
  const items = open()?.getItems();
  if (!items) return cannotOpen();
  // The ids are kept in the sheets (郵送回答's id row, 設定): they must be FormApp's, whichever way the form is read.
  // The API writes FormApp's numbers in hexadecimal; should a form not, or have changed since, FormApp reads it all.
  if (items.length !== reading.itemIds.length || (items.length > 0 && String(items[0].getId()) !== reading.itemIds[0])) {
    console.warn('The Forms API\'s items are not FormApp\'s; reading the form through FormApp.');
    return whole();
  }
  if (reading.pageBreaks.length === 0) return { ok: true, model: reading.model };
  const sectionOf = new Map(reading.pageIds.map((pageId, index) => [pageId, index + 1]));
  try {
    return { ok: true, model: withAfterSection(reading, reading.pageBreaks.map(({ itemIndex }) => afterPrevious(items[itemIndex].asPageBreakItem(), sectionOf))) };
  } catch (error) {
    // The form changed between the two reads (an item is no longer a page break): FormApp reads it all.
    console.warn(`The form changed while it was read: ${String(error)}`);
    return whole();
  }
}

/**
 * The form through the Forms API, but where its sections lead once done;
 * null when the API did not answer with a form the add-on can read (then
 * FormApp reads it all, and the log says why).
 */
function fetchForm(id: string): ApiReading | null {
  let answer: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    answer = UrlFetchApp.fetch(FORMS_API + id, { headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` }, muteHttpExceptions: true });
  } catch (error) {
    console.warn(`Forms API unreachable, reading the form through FormApp: ${String(error)}`);
    return null;
  }
  const code = answer.getResponseCode();
  const body = answer.getContentText();
  if (code !== 200) {
    console.warn(`Forms API answered ${code}, reading the form through FormApp: ${body.slice(0, 300)}`);
    return null;
  }
  const reading = readApiForm(JSON.parse(body) as ApiForm);
  if (!reading) console.warn('Forms API gave a form FormApp would read otherwise; reading it through FormApp.');
  return reading;
}

function modelOf(form: GoogleAppsScript.Forms.Form): FormModel {
  const title = form.getTitle();
  const description = form.getDescription();
  const sections: Section[] = [{ title, description }];
  const questions: Question[] = [];
  const prefill: Record<string, string> = {};
  const branches: Branches = { pageBreaks: [], choices: [] };
  const Type = FormApp.ItemType;
  for (const item of form.getItems()) {
    const type = item.getType();
    const base = { id: String(item.getId()), title: item.getTitle(), section: sections.length - 1 };
    switch (type) {
      case Type.PAGE_BREAK:
        sections.push({ title: base.title, description: item.getHelpText() });
        branches.pageBreaks.push({ id: base.id, item });
        break;
      case Type.MULTIPLE_CHOICE: {
        const choice = item.asMultipleChoiceItem();
        const choices = choice.getChoices();
        const required = choice.isRequired();
        branches.choices.push({ id: base.id, section: base.section, required, choices });
        questions.push({ ...base, kind: 'choice', type: 'RADIO', required, options: choices.map((c) => c.getValue()), hasOther: choice.hasOtherOption() });
        break;
      }
      case Type.CHECKBOX: {
        const choice = item.asCheckboxItem();
        questions.push({ ...base, kind: 'choice', type: 'CHECKBOX', required: choice.isRequired(), options: choice.getChoices().map((c) => c.getValue()), hasOther: choice.hasOtherOption() });
        break;
      }
      case Type.LIST: {
        const list = item.asListItem();
        const choices = list.getChoices();
        const required = list.isRequired();
        branches.choices.push({ id: base.id, section: base.section, required, choices });
        questions.push({ ...base, kind: 'choice', type: 'DROP_DOWN', required, options: choices.map((c) => c.getValue()), hasOther: false });
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
  // A form of one section cannot branch: it costs no call to find out.
  const branching = sections.length > 1 ? branchingOf(branches, sections.length) : undefined;
  const lastSection = sections.length - 1;
  const unreadBranching = branching ? questions.filter((question) => question.kind === 'choice' && question.type === 'DROP_DOWN' && question.section < lastSection).map((question) => question.title) : [];
  const survey: Survey = {
    title, description, sections, questions, ...(branching ? { branching } : {}),
    collectsEmail: form.collectsEmail(), publishedUrl: form.getPublishedUrl(), fromForm: true,
  };
  return { survey, prefill, ...(unreadBranching.length > 0 ? { unreadBranching } : {}) };
}

/** What may carry the form's branching: every page break, and the single-choice questions' choices. */
interface Branches {
  readonly pageBreaks: Array<{ readonly id: string; readonly item: GoogleAppsScript.Forms.Item }>;
  readonly choices: Array<{ readonly id: string; readonly section: number; readonly required: boolean; readonly choices: GoogleAppsScript.Forms.Choice[] }>;
}

/**
 * The form's branching, in few calls. A single-choice question's first
 * choice says whether it branches at all (a choice without navigation reads
 * null, and an item's choices all have one or none has); a branching
 * question's other choices cost two calls each. A page break (the way on
 * from the section before it) costs two calls, and is not read after a
 * section where a required question that branches always decides.
 */
function branchingOf(branches: Branches, sectionCount: number): Branching {
  const sectionOf = new Map(branches.pageBreaks.map((pageBreak, index) => [pageBreak.id, index + 1]));
  const toPage = (page: GoogleAppsScript.Forms.PageBreakItem) => toSection(page, sectionOf);
  const navigation = (type: GoogleAppsScript.Forms.PageNavigationType | null, page: () => GoogleAppsScript.Forms.PageBreakItem | null) =>
    navigationOf(type, page, sectionOf);
  const byOption: Record<string, readonly Navigation[]> = {};
  const decided = new Set<number>();
  for (const { id, section, required, choices } of branches.choices) {
    // Navigation has no effect on the last section.
    if (section === sectionCount - 1 || choices.length === 0) continue;
    const first = choices[0].getPageNavigationType();
    if (first === null || first === undefined) continue;
    byOption[id] = choices.map((choice, index) => {
      if (index === 0) return navigation(first, () => choice.getGotoPage());
      // Most choices of a branching question name a section: asked first, the page saves asking the type.
      const page = choice.getGotoPage();
      return page ? toPage(page) : navigation(choice.getPageNavigationType(), () => null);
    });
    if (required) decided.add(section);
  }
  const afterSection = branches.pageBreaks.map(({ item }, section) => (decided.has(section) ? null : afterPrevious(item.asPageBreakItem(), sectionOf)));
  return { afterSection: [...afterSection, null], byOption };
}

/** A page break's navigation, which is that of the section before it ("after the page before this break"): two calls. */
function afterPrevious(pageBreak: GoogleAppsScript.Forms.PageBreakItem, sectionOf: ReadonlyMap<string, number>): Navigation {
  return navigationOf(pageBreak.getPageNavigationType(), () => pageBreak.getGoToPage(), sectionOf);
}

/** FormApp's navigation as the model's; `page` is asked only for GO_TO_PAGE. `sectionOf`: page break id → the section it starts. */
function navigationOf(
  type: GoogleAppsScript.Forms.PageNavigationType | null, page: () => GoogleAppsScript.Forms.PageBreakItem | null, sectionOf: ReadonlyMap<string, number>,
): Navigation {
  const Nav = FormApp.PageNavigationType;
  if (type === Nav.SUBMIT) return { kind: 'submit' };
  if (type === Nav.RESTART) return { kind: 'restart' };
  const target = type === Nav.GO_TO_PAGE ? page() : null;
  return target ? toSection(target, sectionOf) : { kind: 'continue' };
}

function toSection(page: GoogleAppsScript.Forms.PageBreakItem, sectionOf: ReadonlyMap<string, number>): Navigation {
  const section = sectionOf.get(String(page.getId()));
  return section === undefined ? { kind: 'continue' } : { kind: 'goTo', section };
}
