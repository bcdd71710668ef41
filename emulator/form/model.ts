/**
 * The form as the emulator keeps it: items read from the Forms API resource
 * with the numbers Apps Script uses (item ids, and the `entry.N` ids of
 * prefilled URLs), plus the responses submitted so far.
 */
import type { FormItemResource, FormResource, OptionResource, PageBreakResource } from '../form-resource';

export type ItemTypeName =
  | 'CHECKBOX' | 'CHECKBOX_GRID' | 'DATE' | 'DATETIME' | 'DURATION' | 'GRID' | 'IMAGE' | 'LIST' | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK' | 'PARAGRAPH_TEXT' | 'SCALE' | 'SECTION_HEADER' | 'TEXT' | 'TIME' | 'VIDEO' | 'FILE_UPLOAD';

export interface ItemModel {
  readonly index: number;
  readonly itemId: string;
  /** Apps Script's Item.getId(). */
  readonly id: number;
  readonly type: ItemTypeName;
  readonly title: string;
  readonly helpText: string;
  readonly required: boolean;
  /** The form's options without the "Other" one. */
  readonly choices: readonly OptionResource[];
  readonly hasOther: boolean;
  readonly scale: { readonly low: number; readonly high: number; readonly lowLabel: string; readonly highLabel: string } | null;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** One per answerable question: the item's question, or each grid row. */
  readonly entryIds: readonly number[];
  /** Whether the options lead to sections ("Go to section based on answer"): then every one has a navigation. */
  readonly branches: boolean;
  /** A page break's navigation, which is that of the section before it; null for other items. */
  readonly afterPrevious: NavigationModel | null;
}

/** FormApp.PageNavigationType, and for GO_TO_PAGE the itemId of the page break gone to. */
export interface NavigationModel {
  readonly type: 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';
  readonly target: string | null;
}

export type ResponseValue = string | string[] | Array<string | null> | Array<string[] | null>;

export interface ResponseModel {
  readonly id: string;
  /** Epoch ms. */
  readonly timestamp: number;
  readonly email: string;
  readonly answers: ReadonlyArray<{ readonly itemId: string; readonly value: ResponseValue }>;
}

export interface FormState {
  /** Replaced when staff edit the form (Emulator.replaceForm). */
  resource: FormResource;
  readonly responses: ResponseModel[];
  /** FormApp cannot open the form (deleted, or the user lost access). */
  unavailable: boolean;
}

/** Forms API ids are the hex form of Apps Script's numbers; other ids (hand-written samples) get a stable hash. */
export function numericId(id: string): number {
  if (/^[0-9a-f]{1,8}$/i.test(id)) return parseInt(id, 16);
  let hash = 0x811c9dc5;
  for (const ch of id) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}

function typeOf(item: FormItemResource): ItemTypeName {
  if (item.pageBreakItem) return 'PAGE_BREAK';
  if (item.textItem) return 'SECTION_HEADER';
  if (item.imageItem) return 'IMAGE';
  if (item.videoItem) return 'VIDEO';
  if (item.questionGroupItem) return item.questionGroupItem.grid?.columns.type === 'CHECKBOX' ? 'CHECKBOX_GRID' : 'GRID';
  const question = item.questionItem?.question;
  if (question?.choiceQuestion) return ({ RADIO: 'MULTIPLE_CHOICE', CHECKBOX: 'CHECKBOX', DROP_DOWN: 'LIST' } as const)[question.choiceQuestion.type];
  if (question?.textQuestion) return question.textQuestion.paragraph ? 'PARAGRAPH_TEXT' : 'TEXT';
  if (question?.scaleQuestion) return 'SCALE';
  if (question?.dateQuestion) return question.dateQuestion.includeTime ? 'DATETIME' : 'DATE';
  if (question?.timeQuestion) return question.timeQuestion.duration ? 'DURATION' : 'TIME';
  if (question?.fileUploadQuestion) return 'FILE_UPLOAD';
  throw new Error(`Form item ${item.itemId} has no kind the emulator knows.`);
}

/**
 * An option's or a page break's navigation. A resource the Forms API would
 * refuse (both fields set, or a section that is not a page break) stops here
 * rather than being guessed at.
 */
export function navigationOf(where: string, goTo: OptionResource | PageBreakResource, sections: ReadonlySet<string>): NavigationModel {
  if (goTo.goToAction && goTo.goToSectionId) throw new Error(`${where} has both goToAction and goToSectionId; the Forms API takes one.`);
  if (goTo.goToSectionId !== undefined) {
    if (!sections.has(goTo.goToSectionId)) throw new Error(`${where} goes to "${goTo.goToSectionId}", which is no page break of the form.`);
    return { type: 'GO_TO_PAGE', target: goTo.goToSectionId };
  }
  const type = goTo.goToAction === 'RESTART_FORM' ? 'RESTART' : goTo.goToAction === 'SUBMIT_FORM' ? 'SUBMIT' : 'CONTINUE';
  return { type, target: null };
}

const navigates = (goTo: OptionResource | PageBreakResource) => goTo.goToAction !== undefined || goTo.goToSectionId !== undefined;

export function itemsOf(resource: FormResource): ItemModel[] {
  const sections = new Set(resource.items.filter((item) => item.pageBreakItem).map((item) => item.itemId));
  return resource.items.map((item, index): ItemModel => {
    const question = item.questionItem?.question;
    const group = item.questionGroupItem;
    const options = question?.choiceQuestion?.options ?? [];
    const scale = question?.scaleQuestion;
    const branches = options.some(navigates);
    if (branches && question?.choiceQuestion?.type === 'CHECKBOX') throw new Error(`Form item ${item.itemId}: checkbox options cannot lead to sections.`);
    options.forEach((option, at) => navigationOf(`Form item ${item.itemId}, option ${at + 1},`, option, sections));
    return {
      index, itemId: item.itemId, id: numericId(item.itemId), type: typeOf(item),
      title: item.title ?? '', helpText: item.description ?? '',
      required: question?.required ?? group?.questions.some((row) => row.required) ?? false,
      choices: options.filter((option) => !option.isOther),
      hasOther: options.some((option) => option.isOther),
      scale: scale ? { low: scale.low ?? 1, high: scale.high, lowLabel: scale.lowLabel ?? '', highLabel: scale.highLabel ?? '' } : null,
      rows: group?.questions.map((row) => row.rowQuestion?.title ?? '') ?? [],
      columns: group?.grid?.columns.options.map((option) => option.value ?? '') ?? [],
      entryIds: question ? [numericId(question.questionId)] : group?.questions.map((row) => numericId(row.questionId)) ?? [],
      branches,
      afterPrevious: item.pageBreakItem ? navigationOf(`Page break ${item.itemId}`, item.pageBreakItem, sections) : null,
    };
  });
}

export function collectsEmail(resource: FormResource): boolean {
  const type = resource.settings?.emailCollectionType;
  return type === 'VERIFIED' || type === 'RESPONDER_INPUT';
}

export function editUrl(resource: FormResource): string {
  return `https://docs.google.com/forms/d/${resource.formId}/edit`;
}

export function publishedUrl(resource: FormResource): string {
  if (resource.responderUri) return resource.responderUri;
  const token = Buffer.from(resource.formId).toString('base64url');
  return `https://docs.google.com/forms/d/e/1FAIpQLS${token}/viewform`;
}
