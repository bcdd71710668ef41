/**
 * SlidesApp: presentations in the user's Drive, their slides, and what is
 * inserted on a slide (text boxes, shapes, tables, images).
 *
 * As on Google, a presentation a script opens is its own copy until it is
 * saved: saveAndClose() (or the end of the execution) saves it, after which
 * the script's objects for it no longer work and the Slides API sees what
 * was made.
 */
import { ContentAlignment, PageElementType, ParagraphAlignment, PredefinedLayout, ShapeType, enumName } from '../enums';
import type { Env } from '../env';
import { fail, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import { imageInfo } from '../png';
import { BlobImpl } from '../utilities';
import { exposeElement, exposePageElement } from './elements';
import type { ElementModel, ImageModel, PresentationModel, ShapeModel, SlideModel, SlidesState, TableModel } from './model';
import { emptyText, newObjectId, PAGE_HEIGHT, PAGE_WIDTH } from './model';
import type { Guard } from './text';

type GS = typeof GoogleAppsScript.Slides;
type GApp = GoogleAppsScript.Slides.SlidesApp;
type GPresentation = GoogleAppsScript.Slides.Presentation;
type GSlide = GoogleAppsScript.Slides.Slide;

const APP_METHODS = ['create', 'openById'] as const;
const APP_CONSTANTS = ['PredefinedLayout', 'ShapeType', 'ParagraphAlignment', 'ContentAlignment', 'PageElementType'] as const;
export const SLIDES_APP = classSpec<GApp>()('SlidesApp', 'SlidesApp', APP_METHODS, APP_CONSTANTS);
const PRESENTATION_METHODS = ['getId', 'getName', 'setName', 'getUrl', 'getSlides', 'appendSlide', 'getPageWidth', 'getPageHeight', 'saveAndClose'] as const;
const PRESENTATION = classSpec<GPresentation>()('SlidesApp', 'Presentation', PRESENTATION_METHODS);
const SLIDE_METHODS = [
  'getObjectId', 'getPageElements', 'getShapes', 'getTables', 'getImages', 'insertTextBox', 'insertShape', 'insertTable', 'insertImage', 'remove',
] as const;
const SLIDE = classSpec<GSlide>()('SlidesApp', 'Slide', SLIDE_METHODS);

/**
 * Google's limits for an inserted image (Slide.insertImage reference): under
 * 50 MB, at most 25 megapixels, PNG, JPEG or GIF.
 */
const IMAGE_BYTES = 50 * 1024 * 1024;
const IMAGE_PIXELS = 25_000_000;
/**
 * The largest table the emulator inserts. Google documents no limit for
 * insertTable; the Slides API inserts at most 20 rows or columns at a time,
 * and the editor offers tables up to 20 × 20: the emulator holds to that,
 * stricter than Google may be.
 */
export const TABLE_LIMIT = 20;

/** The copy of a presentation an execution has open. */
interface Handle {
  readonly presentation: PresentationModel;
  open: boolean;
}

export class SlidesContext {
  private readonly handles: Handle[] = [];

  constructor(readonly env: Env, readonly state: SlidesState) {
    // Google saves what a script changed when the execution ends.
    env.onRunEnd(() => {
      for (const handle of this.handles.splice(0)) if (handle.open) this.close(handle);
    });
  }

  open(presentation: PresentationModel): Handle {
    const handle = { presentation, open: true };
    this.handles.push(handle);
    return handle;
  }

  close(handle: Handle): void {
    handle.open = false;
    for (const slide of handle.presentation.slides) {
      slide.pending = false;
      for (const element of slide.elements) element.pending = false;
    }
  }

  guard(handle: Handle): Guard {
    return {
      env: this.env,
      check: () => {
        // Modelled on DocumentApp's text for a closed document; SlidesApp's own is not documented.
        if (!handle.open) fail('Presentation is closed, its contents cannot be updated.');
      },
    };
  }

  find(id: string): PresentationModel | null {
    return this.state.presentations.find((presentation) => presentation.id === id) ?? null;
  }
}

export class SlidesAppImpl implements Pick<GApp, typeof APP_METHODS[number] | typeof APP_CONSTANTS[number]> {
  readonly PredefinedLayout = PredefinedLayout as unknown as GS['PredefinedLayout'];
  readonly ShapeType = ShapeType as unknown as GS['ShapeType'];
  readonly ParagraphAlignment = ParagraphAlignment as unknown as GS['ParagraphAlignment'];
  readonly ContentAlignment = ContentAlignment as unknown as GS['ContentAlignment'];
  readonly PageElementType = PageElementType as unknown as GS['PageElementType'];

  constructor(private readonly context: SlidesContext) {}

  /**
   * A new presentation in the user's Drive, 16:9, with one slide of the
   * TITLE layout (an empty title and subtitle), as Slides makes it.
   */
  create(name: string): GPresentation {
    if (typeof name !== 'string') signatureMismatch('SlidesApp.create', [name]);
    const { env, state } = this.context;
    const id = `1emulatedPresentation${String(state.nextId++).padStart(6, '0')}`;
    const presentation: PresentationModel = { id, name, owner: env.user, createdAt: env.nowMs(), slides: [], nextObject: 1 };
    const first: SlideModel = { objectId: 'p', layout: 'TITLE', elements: [], pending: true };
    for (const [placeholder, top, height] of [['TITLE', 58.6, 161.5], ['SUBTITLE', 223.1, 62.3]] as const) {
      first.elements.push({
        kind: 'shape', objectId: newObjectId(presentation), shapeType: 'TEXT_BOX', placeholder, text: emptyText(),
        left: 24.5, top, width: 671, height, fill: 'none', outline: false, description: '', pending: true,
      });
    }
    presentation.slides.push(first);
    state.presentations.push(presentation);
    return exposePresentation(this.context, this.context.open(presentation));
  }

  /** Google's text for an id that names no file the user can open (from issue reports). */
  openById(id: string): GPresentation {
    if (typeof id !== 'string') signatureMismatch('SlidesApp.openById', [id]);
    const presentation = this.context.find(id);
    if (!presentation) fail(`Requested entity was not found.`);
    return exposePresentation(this.context, this.context.open(presentation));
  }
}

function exposePresentation(context: SlidesContext, handle: Handle): GPresentation {
  return context.env.expose(new PresentationImpl(context, handle), PRESENTATION);
}

class PresentationImpl implements Pick<GPresentation, typeof PRESENTATION_METHODS[number]> {
  private readonly guard: Guard;

  constructor(private readonly context: SlidesContext, private readonly handle: Handle) {
    this.guard = context.guard(handle);
  }

  private get model(): PresentationModel {
    return this.handle.presentation;
  }

  getId(): string {
    this.guard.check();
    return this.model.id;
  }

  getName(): string {
    this.guard.check();
    return this.model.name;
  }

  setName(name: string): void {
    this.guard.check();
    if (typeof name !== 'string') signatureMismatch('SlidesApp.Presentation.setName', [name]);
    this.model.name = name;
  }

  getUrl(): string {
    this.guard.check();
    return `https://docs.google.com/presentation/d/${this.model.id}/edit`;
  }

  getSlides(): GSlide[] {
    this.guard.check();
    return this.model.slides.map((slide) => exposeSlide(this.context, this.handle, slide));
  }

  /**
   * appendSlide() and appendSlide(PredefinedLayout.BLANK): a slide with
   * nothing on it. Layouts with placeholders are not emulated.
   */
  appendSlide(layout?: unknown): GSlide {
    this.guard.check();
    const name = layout === undefined ? 'BLANK' : enumName(layout, 'PredefinedLayout');
    if (name === null) signatureMismatch('SlidesApp.Presentation.appendSlide', [layout]);
    if (name !== 'BLANK') fail(`The emulator appends BLANK slides only, not ${name}.`);
    const slide: SlideModel = { objectId: newObjectId(this.model), layout: name, elements: [], pending: true };
    this.model.slides.push(slide);
    return exposeSlide(this.context, this.handle, slide);
  }

  getPageWidth(): number {
    this.guard.check();
    return PAGE_WIDTH;
  }

  getPageHeight(): number {
    this.guard.check();
    return PAGE_HEIGHT;
  }

  saveAndClose(): void {
    this.guard.check();
    this.context.close(this.handle);
  }
}

function exposeSlide(context: SlidesContext, handle: Handle, slide: SlideModel): GSlide {
  return context.env.expose(new SlideImpl(context, handle, slide), SLIDE);
}

function numbers(method: string, args: readonly unknown[]): number[] {
  if (args.some((arg) => typeof arg !== 'number' || !Number.isFinite(arg))) signatureMismatch(method, args);
  return args as number[];
}

class SlideImpl implements Pick<GSlide, typeof SLIDE_METHODS[number]> {
  private readonly guard: Guard;

  constructor(private readonly context: SlidesContext, private readonly handle: Handle, private readonly model: SlideModel) {
    const open = context.guard(handle);
    this.guard = {
      env: context.env,
      check: () => {
        open.check();
        if (!handle.presentation.slides.includes(model)) fail(`The slide (${model.objectId}) has been deleted.`);
      },
    };
  }

  private add<M extends ElementModel>(element: M): M {
    this.model.elements.push(element);
    return element;
  }

  private base(left: number, top: number, width: number, height: number) {
    return { objectId: newObjectId(this.handle.presentation), left, top, width, height, description: '', pending: true };
  }

  getObjectId(): string {
    this.guard.check();
    return this.model.objectId;
  }

  getPageElements(): GoogleAppsScript.Slides.PageElement[] {
    this.guard.check();
    return this.model.elements.map((element) => exposePageElement(this.guard, this.model, element));
  }

  getShapes(): GoogleAppsScript.Slides.Shape[] {
    this.guard.check();
    return this.model.elements.filter((element): element is ShapeModel => element.kind === 'shape').map((element) => exposeElement(this.guard, this.model, element));
  }

  getTables(): GoogleAppsScript.Slides.Table[] {
    this.guard.check();
    return this.model.elements.filter((element): element is TableModel => element.kind === 'table').map((element) => exposeElement(this.guard, this.model, element));
  }

  getImages(): GoogleAppsScript.Slides.Image[] {
    this.guard.check();
    return this.model.elements.filter((element): element is ImageModel => element.kind === 'image').map((element) => exposeElement(this.guard, this.model, element));
  }

  /** insertTextBox(text, left, top, width, height); without a place, at the top left, 300 × 60. */
  insertTextBox(text: string, ...place: number[]): GoogleAppsScript.Slides.Shape {
    this.guard.check();
    const method = 'SlidesApp.Slide.insertTextBox';
    if (typeof text !== 'string' || (place.length !== 0 && place.length !== 4)) signatureMismatch(method, [text, ...place]);
    const [left, top, width, height] = place.length === 4 ? numbers(method, [text, ...place].slice(1)) : [0, 0, 300, 60];
    const shape = this.add<ShapeModel>({
      kind: 'shape', ...this.base(left, top, width, height), shapeType: 'TEXT_BOX', placeholder: null,
      text: { ...emptyText(), text }, fill: 'none', outline: false,
    });
    return exposeElement(this.guard, this.model, shape);
  }

  /** insertShape(shapeType, left, top, width, height): filled and outlined as the theme has it until set. */
  insertShape(shapeType: unknown, ...place: number[]): GoogleAppsScript.Slides.Shape {
    this.guard.check();
    const method = 'SlidesApp.Slide.insertShape';
    const name = enumName(shapeType, 'ShapeType');
    if (name === null || place.length !== 4) signatureMismatch(method, [shapeType, ...place]);
    const [left, top, width, height] = numbers(method, place);
    const text = name === 'TEXT_BOX' ? 'none' : null;
    const shape = this.add<ShapeModel>({
      kind: 'shape', ...this.base(left, top, width, height), shapeType: name, placeholder: null, text: emptyText(),
      fill: text, outline: name !== 'TEXT_BOX',
    });
    return exposeElement(this.guard, this.model, shape);
  }

  /**
   * insertTable(numRows, numColumns, left, top, width, height): columns of
   * equal width, each row at least height / numRows tall (Slides makes a row
   * taller to fit its text). At most TABLE_LIMIT rows and columns.
   */
  insertTable(numRows: unknown, numColumns?: unknown, ...place: number[]): GoogleAppsScript.Slides.Table {
    this.guard.check();
    const method = 'SlidesApp.Slide.insertTable';
    const args = [numRows, numColumns, ...place];
    if (place.length !== 4 || !Number.isInteger(numRows) || !Number.isInteger(numColumns)) signatureMismatch(method, args);
    if (typeof numRows !== 'number' || typeof numColumns !== 'number') signatureMismatch(method, args);
    const [left, top, width, height] = numbers(method, place);
    if (numRows < 1 || numColumns < 1) fail(`A table needs at least one row and one column, not ${numRows} × ${numColumns}.`);
    if (numRows > TABLE_LIMIT || numColumns > TABLE_LIMIT) {
      fail(`A table of ${numRows} × ${numColumns} is more than the emulator inserts (at most ${TABLE_LIMIT} rows and ${TABLE_LIMIT} columns).`);
    }
    const table = this.add<TableModel>({
      kind: 'table', ...this.base(left, top, width, height),
      columnWidths: Array.from({ length: numColumns }, () => width / numColumns),
      rowHeights: Array.from({ length: numRows }, () => height / numRows),
      cells: Array.from({ length: numRows }, () => Array.from({ length: numColumns }, () => ({ text: emptyText(), fill: null, contentAlignment: null }))),
      border: null,
    });
    return exposeElement(this.guard, this.model, table);
  }

  /**
   * insertImage(blob, left, top, width, height): the image is scaled to fit
   * the box and centred in it, keeping its aspect ratio (Slide reference).
   * PNG, JPEG or GIF, under 50 MB and 25 megapixels, else refused.
   */
  insertImage(blobSource: unknown, ...place: number[]): GoogleAppsScript.Slides.Image {
    this.guard.check();
    const method = 'SlidesApp.Slide.insertImage';
    const blob = this.context.env.unwrap(blobSource, BlobImpl);
    if (!blob || place.length !== 4) signatureMismatch(method, [blobSource, ...place]);
    const [left, top, width, height] = numbers(method, place);
    const bytes = blob.bytes();
    const info = imageInfo(bytes);
    // The emulator's wording: Google's texts for these refusals are not documented.
    if (!info) fail('The image is not a PNG, JPEG or GIF image.');
    if (bytes.length >= IMAGE_BYTES) fail(`The image is ${bytes.length} bytes: images must be less than 50 MB.`);
    if (info.width * info.height > IMAGE_PIXELS) fail(`The image is ${info.width} × ${info.height} pixels: images cannot exceed 25 megapixels.`);
    const scale = Math.min(width / info.width, height / info.height);
    const [w, h] = [info.width * scale, info.height * scale];
    const image = this.add<ImageModel>({
      kind: 'image', ...this.base(left + (width - w) / 2, top + (height - h) / 2, w, h),
      contentType: info.contentType, pixelWidth: info.width, pixelHeight: info.height, bytes: bytes.length, chartId: blob.origin?.chartId ?? null,
    });
    return exposeElement(this.guard, this.model, image);
  }

  remove(): void {
    this.guard.check();
    const { slides } = this.handle.presentation;
    slides.splice(slides.indexOf(this.model), 1);
  }
}
