/**
 * FormApp over a Forms API resource: the form, its items (typed views with
 * Google's asXxxItem conversions), item responses, form responses with
 * prefilled URLs, and submission into the linked response sheet.
 */
import { DestinationType, ItemType, PageNavigationType, enumName } from '../enums';
import type { Env } from '../env';
import { fail, signatureMismatch } from '../errors';
import { classSpec, type ClassSpec } from '../expose';
import type { WorkbookModel } from '../spreadsheet/model';
import { writeResponse } from './destination';
import {
  collectsEmail, editUrl, itemsOf, navigationOf, publishedUrl, type FormState, type ItemModel, type ItemTypeName, type NavigationModel,
  type ResponseValue,
} from './model';

type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;

/** Apps Script's text when FormApp cannot open a form (unknown id, or no access). */
const FORM_NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** Apps Script's text for an answer the item cannot take. */
const INVALID_RESPONSE = 'Invalid response submitted to item.';

export interface FormsContext {
  readonly env: Env;
  readonly workbook: WorkbookModel;
  readonly state: () => FormState | null;
}

const BASE = ['getId', 'getTitle', 'getHelpText', 'getType', 'getIndex'] as const;
const AS = [
  'asCheckboxItem', 'asMultipleChoiceItem', 'asListItem', 'asScaleItem', 'asGridItem', 'asCheckboxGridItem',
  'asTextItem', 'asParagraphTextItem', 'asPageBreakItem', 'asSectionHeaderItem',
  'asDateItem', 'asDateTimeItem', 'asTimeItem', 'asDurationItem',
] as const;
const ITEM = classSpec<GItem>()('FormApp', 'Item', [...BASE, ...AS]);
const CHOICE_ITEM = [...BASE, 'getChoices', 'isRequired', 'createResponse'] as const;
const loose = <G, M extends keyof G & string>(spec: ClassSpec<G, M>) => spec as unknown as ClassSpec<unknown, never>;
const SPECS: Partial<Record<ItemTypeName, ClassSpec<unknown, never>>> = {
  MULTIPLE_CHOICE: loose(classSpec<GoogleAppsScript.Forms.MultipleChoiceItem>()('FormApp', 'MultipleChoiceItem', [...CHOICE_ITEM, 'hasOtherOption'])),
  CHECKBOX: loose(classSpec<GoogleAppsScript.Forms.CheckboxItem>()('FormApp', 'CheckboxItem', [...CHOICE_ITEM, 'hasOtherOption'])),
  LIST: loose(classSpec<GoogleAppsScript.Forms.ListItem>()('FormApp', 'ListItem', CHOICE_ITEM)),
  SCALE: loose(classSpec<GoogleAppsScript.Forms.ScaleItem>()('FormApp', 'ScaleItem', [
    ...BASE, 'isRequired', 'createResponse', 'getLowerBound', 'getUpperBound', 'getLeftLabel', 'getRightLabel',
  ])),
  GRID: loose(classSpec<GoogleAppsScript.Forms.GridItem>()('FormApp', 'GridItem', [...BASE, 'isRequired', 'createResponse', 'getRows', 'getColumns'])),
  CHECKBOX_GRID: loose(classSpec<GoogleAppsScript.Forms.CheckboxGridItem>()('FormApp', 'CheckboxGridItem', [
    ...BASE, 'isRequired', 'createResponse', 'getRows', 'getColumns',
  ])),
  TEXT: loose(classSpec<GoogleAppsScript.Forms.TextItem>()('FormApp', 'TextItem', [...BASE, 'isRequired', 'createResponse'])),
  PARAGRAPH_TEXT: loose(classSpec<GoogleAppsScript.Forms.ParagraphTextItem>()('FormApp', 'ParagraphTextItem', [...BASE, 'isRequired', 'createResponse'])),
  PAGE_BREAK: loose(classSpec<GoogleAppsScript.Forms.PageBreakItem>()('FormApp', 'PageBreakItem', [...BASE, 'getPageNavigationType', 'getGoToPage'])),
  SECTION_HEADER: loose(classSpec<GoogleAppsScript.Forms.SectionHeaderItem>()('FormApp', 'SectionHeaderItem', BASE)),
  DATE: loose(classSpec<GoogleAppsScript.Forms.DateItem>()('FormApp', 'DateItem', [...BASE, 'isRequired'])),
  DATETIME: loose(classSpec<GoogleAppsScript.Forms.DateTimeItem>()('FormApp', 'DateTimeItem', [...BASE, 'isRequired'])),
  TIME: loose(classSpec<GoogleAppsScript.Forms.TimeItem>()('FormApp', 'TimeItem', [...BASE, 'isRequired'])),
  DURATION: loose(classSpec<GoogleAppsScript.Forms.DurationItem>()('FormApp', 'DurationItem', [...BASE, 'isRequired'])),
};

type GChoice = GoogleAppsScript.Forms.Choice;
const CHOICE = classSpec<GChoice>()('FormApp', 'Choice', ['getValue', 'getPageNavigationType', 'getGotoPage', 'isCorrectAnswer']);
const ITEM_RESPONSE = classSpec<GItemResponse>()('FormApp', 'ItemResponse', ['getItem', 'getResponse']);

type AnyItemMethods =
  | Pick<GoogleAppsScript.Forms.MultipleChoiceItem, 'getChoices' | 'hasOtherOption' | 'isRequired'>
  & Pick<GoogleAppsScript.Forms.ScaleItem, 'getLowerBound' | 'getUpperBound' | 'getLeftLabel' | 'getRightLabel'>
  & Pick<GoogleAppsScript.Forms.GridItem, 'getRows' | 'getColumns'>
  & Pick<GoogleAppsScript.Forms.PageBreakItem, 'getPageNavigationType' | 'getGoToPage'>
  & Pick<GItem, typeof BASE[number] | typeof AS[number]>;

/** One class behind every item view; the spec it is exposed with decides which methods the script sees. */
class ItemImpl implements AnyItemMethods {
  constructor(private readonly forms: FormsContext, readonly model: ItemModel, private readonly items: readonly ItemModel[]) {}

  getId(): number { return this.model.id; }
  getTitle(): string { return this.model.title; }
  getHelpText(): string { return this.model.helpText; }
  getType(): GoogleAppsScript.Forms.ItemType { return ItemType[this.model.type]; }
  getIndex(): number { return this.model.index; }
  isRequired(): boolean { return this.model.required; }
  hasOtherOption(): boolean { return this.model.hasOther; }
  getLowerBound(): number { return this.model.scale?.low ?? 1; }
  getUpperBound(): number { return this.model.scale?.high ?? 5; }
  getLeftLabel(): string { return this.model.scale?.lowLabel ?? ''; }
  getRightLabel(): string { return this.model.scale?.highLabel ?? ''; }
  getRows(): string[] { return [...this.model.rows]; }
  getColumns(): string[] { return [...this.model.columns]; }

  /**
   * Google's reference for Choice.getPageNavigationType and getGotoPage:
   * "This method applies only to choices associated with MultipleChoiceItems;
   * for other choices, it returns null." So a drop-down's choices read null
   * here even where the form's drop-down leads to sections, and so do the
   * choices of an item without navigation (an item's choices either all have
   * one or none has: FormApp.PageNavigationType).
   */
  getChoices(): GChoice[] {
    const sections = new Set(this.items.filter((item) => item.type === 'PAGE_BREAK').map((item) => item.itemId));
    const navigates = this.model.type === 'MULTIPLE_CHOICE' && this.model.branches;
    return this.model.choices.map((option, index) => {
      const navigation = navigates ? navigationOf(`Form item ${this.model.itemId}, option ${index + 1},`, option, sections) : null;
      const choice: Pick<GChoice, 'getValue' | 'getPageNavigationType' | 'getGotoPage' | 'isCorrectAnswer'> = {
        getValue: () => option.value ?? '',
        getPageNavigationType: () => (navigation ? PageNavigationType[navigation.type] : null) as GoogleAppsScript.Forms.PageNavigationType,
        getGotoPage: () => this.pageOf(navigation),
        isCorrectAnswer: () => false,
      };
      return this.forms.env.expose(choice, CHOICE);
    });
  }

  /** The navigation after the section before this page break (the resource's extension; CONTINUE when unset). */
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return PageNavigationType[this.model.afterPrevious?.type ?? 'CONTINUE'];
  }

  /** The page break that section jumps to; null unless its navigation is GO_TO_PAGE. */
  getGoToPage(): GoogleAppsScript.Forms.PageBreakItem {
    return this.pageOf(this.model.afterPrevious);
  }

  private pageOf(navigation: NavigationModel | null): GoogleAppsScript.Forms.PageBreakItem {
    const target = navigation?.target ? this.items.find((item) => item.itemId === navigation.target) : undefined;
    return (target ? exposeItem(this.forms, target, this.items, 'PAGE_BREAK') : null) as GoogleAppsScript.Forms.PageBreakItem;
  }

  /** Checks the answer as Google does and wraps it as an ItemResponse. */
  createResponse(response: unknown): GItemResponse {
    const value = checkedAnswer(this.model, response);
    return this.forms.env.expose(new ItemResponseImpl(this.forms, this.model, this.items, value), ITEM_RESPONSE);
  }

  private as<T>(type: ItemTypeName): T {
    if (this.model.type !== type) fail(`Invalid conversion for item type: ${this.model.type}`);
    return exposeItem(this.forms, this.model, this.items, type) as T;
  }

  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem { return this.as('CHECKBOX'); }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem { return this.as('MULTIPLE_CHOICE'); }
  asListItem(): GoogleAppsScript.Forms.ListItem { return this.as('LIST'); }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem { return this.as('SCALE'); }
  asGridItem(): GoogleAppsScript.Forms.GridItem { return this.as('GRID'); }
  asCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem { return this.as('CHECKBOX_GRID'); }
  asTextItem(): GoogleAppsScript.Forms.TextItem { return this.as('TEXT'); }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem { return this.as('PARAGRAPH_TEXT'); }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem { return this.as('PAGE_BREAK'); }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem { return this.as('SECTION_HEADER'); }
  asDateItem(): GoogleAppsScript.Forms.DateItem { return this.as('DATE'); }
  asDateTimeItem(): GoogleAppsScript.Forms.DateTimeItem { return this.as('DATETIME'); }
  asTimeItem(): GoogleAppsScript.Forms.TimeItem { return this.as('TIME'); }
  asDurationItem(): GoogleAppsScript.Forms.DurationItem { return this.as('DURATION'); }
}

class ItemResponseImpl implements Pick<GItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    private readonly forms: FormsContext,
    readonly item: ItemModel,
    private readonly items: readonly ItemModel[],
    readonly answer: ResponseValue,
  ) {}

  getItem(): GItem {
    return exposeItem(this.forms, this.item, this.items, null) as GItem;
  }

  /** A string, or an array for checkbox and grid items (a copy: changing it changes nothing). */
  getResponse(): string {
    const value = this.answer;
    return (Array.isArray(value) ? value.map((v) => (Array.isArray(v) ? [...v] : v)) : value) as string;
  }
}

/** `as` null: the generic Item view. */
function exposeItem(forms: FormsContext, model: ItemModel, items: readonly ItemModel[], as: ItemTypeName | null): unknown {
  const spec = as === null ? ITEM : SPECS[as];
  if (!spec) fail(`Invalid conversion for item type: ${model.type}`);
  return forms.env.expose(new ItemImpl(forms, model, items) as never, spec as ClassSpec<unknown, never>);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** An answer the item accepts, or Google's "Invalid response submitted to item." */
export function checkedAnswer(item: ItemModel, response: unknown): ResponseValue {
  const options = item.choices.map((choice) => choice.value ?? '');
  const bad = (): never => fail(INVALID_RESPONSE);
  switch (item.type) {
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      if (!isString(response)) return bad();
      if (!options.includes(response) && !(item.type === 'MULTIPLE_CHOICE' && item.hasOther)) return bad();
      return response;
    case 'CHECKBOX': {
      if (!Array.isArray(response) || !response.every(isString)) return bad();
      const others = response.filter((value) => !options.includes(value));
      if (others.length > (item.hasOther ? 1 : 0)) return bad();
      return [...response];
    }
    case 'SCALE': {
      const low = item.scale?.low ?? 1;
      const high = item.scale?.high ?? 5;
      if (typeof response !== 'number' || !Number.isInteger(response) || response < low || response > high) return bad();
      return String(response);
    }
    case 'GRID':
      if (!Array.isArray(response) || response.length !== item.rows.length) return bad();
      if (!response.every((value) => value === null || (isString(value) && item.columns.includes(value)))) return bad();
      return response as Array<string | null>;
    case 'CHECKBOX_GRID':
      if (!Array.isArray(response) || response.length !== item.rows.length) return bad();
      if (!response.every((value) => value === null || (Array.isArray(value) && value.every((v) => isString(v) && item.columns.includes(v))))) return bad();
      return response.map((value) => (value === null ? null : [...value])) as Array<string[] | null>;
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      if (!isString(response)) return bad();
      return response;
    default:
      return fail(`Responses to ${item.type} items are not emulated.`);
  }
}

/** Java's URLEncoder, which Forms' prefilled links follow: spaces as '+', only A-Z a-z 0-9 . - * _ kept. */
function urlEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

function prefilledParameters(item: ItemModel, value: ResponseValue): string[] {
  const options = item.choices.map((choice) => choice.value ?? '');
  const entry = item.entryIds[0];
  const one = (id: number, text: string) => `entry.${id}=${urlEncode(text)}`;
  const choice = (text: string) => (options.includes(text) ? [one(entry, text)]
    : [one(entry, '__other_option__'), `entry.${entry}.other_option_response=${urlEncode(text)}`]);
  switch (item.type) {
    case 'MULTIPLE_CHOICE': case 'LIST': return choice(value as string);
    case 'CHECKBOX': return (value as string[]).flatMap(choice);
    case 'GRID': return (value as Array<string | null>).flatMap((text, row) => (text === null ? [] : [one(item.entryIds[row], text)]));
    case 'CHECKBOX_GRID':
      return (value as Array<string[] | null>).flatMap((texts, row) => (texts ?? []).map((text) => one(item.entryIds[row], text)));
    default: return [one(entry, value as string)];
  }
}

const RESPONSE_METHODS = [
  'withItemResponse', 'toPrefilledUrl', 'submit', 'getTimestamp', 'getRespondentEmail', 'getItemResponses', 'getId',
  'getResponseForItem', 'getEditResponseUrl',
] as const;
const FORM_RESPONSE = classSpec<GFormResponse>()('FormApp', 'FormResponse', RESPONSE_METHODS);

interface Answer { readonly itemId: string; readonly value: ResponseValue }

class FormResponseImpl implements Pick<GFormResponse, typeof RESPONSE_METHODS[number]> {
  private readonly answers: Answer[];

  constructor(
    private readonly forms: FormsContext,
    private readonly state: FormState,
    private readonly items: readonly ItemModel[],
    private submitted: { id: string; timestamp: number; email: string } | null,
    answers: readonly Answer[] = [],
  ) {
    this.answers = [...answers];
  }

  private get self(): GFormResponse {
    return this as unknown as GFormResponse;
  }

  withItemResponse(response: GItemResponse): GFormResponse {
    const raw = this.forms.env.unwrap(response, ItemResponseImpl);
    if (!raw) signatureMismatch('FormApp.FormResponse.withItemResponse', [response]);
    const itemId = raw.item.itemId;
    const index = this.answers.findIndex((answer) => answer.itemId === itemId);
    const answer = { itemId, value: raw.answer };
    if (index >= 0) this.answers[index] = answer;
    else this.answers.push(answer);
    return this.self;
  }

  private ordered(): Answer[] {
    return this.items.flatMap((item) => this.answers.filter((answer) => answer.itemId === item.itemId));
  }

  toPrefilledUrl(): string {
    const parameters = this.ordered().flatMap((answer) => {
      const item = this.items.find((candidate) => candidate.itemId === answer.itemId);
      return item ? prefilledParameters(item, answer.value) : [];
    });
    return `${publishedUrl(this.state.resource)}?usp=pp_url${parameters.map((p) => `&${p}`).join('')}`;
  }

  /** Records the response (timestamped now, without a respondent e-mail) and appends it to the linked sheet. */
  submit(): GFormResponse {
    const env = this.forms.env;
    const record = { id: `2_ABaOnu${this.state.responses.length + 1}`, timestamp: env.nowMs(), email: '', answers: this.ordered() };
    this.state.responses.push(record);
    writeResponse(env, this.forms.workbook, this.state, this.items, record);
    return env.expose(new FormResponseImpl(this.forms, this.state, this.items, record, record.answers), FORM_RESPONSE);
  }

  /** null until submitted. */
  getTimestamp(): GoogleAppsScript.Base.Date {
    return (this.submitted ? this.forms.env.newDate(this.submitted.timestamp) : null) as GoogleAppsScript.Base.Date;
  }

  getRespondentEmail(): string {
    return this.submitted?.email ?? '';
  }

  getId(): string {
    return (this.submitted?.id ?? null) as string;
  }

  getEditResponseUrl(): string {
    return `${publishedUrl(this.state.resource)}?edit2=${this.submitted?.id ?? ''}`;
  }

  getItemResponses(): GItemResponse[] {
    return this.ordered().map((answer) => this.itemResponse(answer));
  }

  getResponseForItem(item: GItem): GItemResponse {
    const raw = this.forms.env.unwrap(item, ItemImpl);
    if (!raw) signatureMismatch('FormApp.FormResponse.getResponseForItem', [item]);
    const answer = this.answers.find((candidate) => candidate.itemId === raw.model.itemId);
    return (answer ? this.itemResponse(answer) : null) as GItemResponse;
  }

  private itemResponse(answer: Answer): GItemResponse {
    const item = this.items.find((candidate) => candidate.itemId === answer.itemId) as ItemModel;
    return new ItemImpl(this.forms, item, this.items).createResponse(
      item.type === 'SCALE' ? Number(answer.value) : answer.value,
    );
  }
}

const FORM_METHODS = [
  'getId', 'getTitle', 'getDescription', 'getPublishedUrl', 'getEditUrl', 'collectsEmail', 'isAcceptingResponses',
  'getItems', 'getItemById', 'getResponses', 'getResponse', 'createResponse', 'getDestinationId', 'getDestinationType',
] as const;
export const FORM = classSpec<GForm>()('FormApp', 'Form', FORM_METHODS);

class FormImpl implements Pick<GForm, typeof FORM_METHODS[number]> {
  private readonly items: ItemModel[];

  constructor(private readonly forms: FormsContext, private readonly state: FormState) {
    this.items = itemsOf(state.resource);
  }

  getId(): string { return this.state.resource.formId; }
  getTitle(): string { return this.state.resource.info.title; }
  getDescription(): string { return this.state.resource.info.description ?? ''; }
  getPublishedUrl(): string { return publishedUrl(this.state.resource); }
  getEditUrl(): string { return editUrl(this.state.resource); }
  collectsEmail(): boolean { return collectsEmail(this.state.resource); }
  isAcceptingResponses(): boolean { return true; }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    const type = itemType === undefined ? null : enumName(itemType, 'ItemType');
    if (itemType !== undefined && type === null) signatureMismatch('FormApp.Form.getItems', [itemType]);
    return this.items
      .filter((item) => type === null || item.type === type)
      .map((item) => exposeItem(this.forms, item, this.items, null) as GItem);
  }

  getItemById(id: number): GItem {
    if (typeof id !== 'number') signatureMismatch('FormApp.Form.getItemById', [id]);
    const item = this.items.find((candidate) => candidate.id === id);
    return (item ? exposeItem(this.forms, item, this.items, null) : null) as GItem;
  }

  /** All responses, or those submitted at or after `timestamp`. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GFormResponse[] {
    if (timestamp !== undefined && !(timestamp instanceof Date)) signatureMismatch('FormApp.Form.getResponses', [timestamp]);
    const from = timestamp === undefined ? -Infinity : timestamp.getTime();
    return this.state.responses
      .filter((response) => response.timestamp >= from)
      .map((response) => this.forms.env.expose(new FormResponseImpl(this.forms, this.state, this.items, response, response.answers), FORM_RESPONSE));
  }

  getResponse(responseId: string): GFormResponse {
    const response = this.state.responses.find((candidate) => candidate.id === responseId);
    if (!response) fail(FORM_NOT_FOUND);
    return this.forms.env.expose(new FormResponseImpl(this.forms, this.state, this.items, response, response.answers), FORM_RESPONSE);
  }

  createResponse(): GFormResponse {
    return this.forms.env.expose(new FormResponseImpl(this.forms, this.state, this.items, null), FORM_RESPONSE);
  }

  /** The linked spreadsheet; the emulator's wording when the form has none. */
  getDestinationId(): string {
    if (this.forms.workbook.formSheetId === null) fail('This form has no response destination.');
    return this.forms.workbook.id;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (this.forms.workbook.formSheetId === null) fail('This form has no response destination.');
    return DestinationType.SPREADSHEET;
  }
}

const APP_METHODS = ['openById', 'openByUrl', 'getActiveForm'] as const;
const APP_CONSTANTS = ['ItemType', 'DestinationType', 'PageNavigationType'] as const;
type GApp = GoogleAppsScript.Forms.FormApp;
export const FORM_APP = classSpec<GApp>()('FormApp', 'FormApp', APP_METHODS, APP_CONSTANTS);

export class FormAppImpl implements Pick<GApp, typeof APP_METHODS[number] | typeof APP_CONSTANTS[number]> {
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly PageNavigationType = PageNavigationType;

  constructor(private readonly forms: FormsContext) {}

  openById(id: string): GForm {
    if (typeof id !== 'string') signatureMismatch('FormApp.openById', [id]);
    const state = this.forms.state();
    if (!state || state.unavailable || state.resource.formId !== id) fail(FORM_NOT_FOUND);
    return this.forms.env.expose(new FormImpl(this.forms, state), FORM);
  }

  /** The id is read from '/forms/d/<id>/…'; a published '/forms/d/e/…' link names no form FormApp can open. */
  openByUrl(url: string): GForm {
    if (typeof url !== 'string') signatureMismatch('FormApp.openByUrl', [url]);
    const id = /\/forms\/d\/([^/?#]+)/.exec(url)?.[1];
    if (!id) fail('Invalid argument: url');
    return this.openById(id);
  }

  /** The script is bound to a spreadsheet, not a form. */
  getActiveForm(): GForm {
    return null as unknown as GForm;
  }
}
