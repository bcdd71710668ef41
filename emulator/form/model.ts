/**
 * The form as the emulator keeps it: items read from the Forms API resource
 * with the numbers Apps Script uses (item ids, and the `entry.N` ids of
 * prefilled URLs), plus the responses submitted so far.
 */
import type { FormItemResource, FormResource, OptionResource } from '../form-resource';

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
function numericId(id: string): number {
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

export function itemsOf(resource: FormResource): ItemModel[] {
  return resource.items.map((item, index): ItemModel => {
    const question = item.questionItem?.question;
    const group = item.questionGroupItem;
    const options = question?.choiceQuestion?.options ?? [];
    const scale = question?.scaleQuestion;
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
