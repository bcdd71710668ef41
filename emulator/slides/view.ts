/**
 * A read-only picture of the presentations in the emulated Drive: what the
 * tests check and what the local run turns into a .pptx. Sizes in points.
 */
import type { Alignment, ContentAlignmentName, ElementModel, PresentationModel, TextModel } from './model';
import { PAGE_HEIGHT, PAGE_WIDTH } from './model';

export interface TextView {
  readonly text: string;
  /** null: never set (the theme's default). */
  readonly fontSize: number | null;
  readonly bold: boolean | null;
  readonly fontFamily: string | null;
  /** '#rrggbb' */
  readonly color: string | null;
  readonly align: Alignment | null;
}

export interface BoxView {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export type ElementView =
  | {
    readonly kind: 'shape'; readonly objectId: string; readonly box: BoxView; readonly shapeType: string; readonly text: TextView;
    /** '#rrggbb', 'none', or null for the theme's fill. */
    readonly fill: string | null; readonly outline: boolean; readonly description: string;
  }
  | {
    readonly kind: 'table'; readonly objectId: string; readonly box: BoxView; readonly description: string;
    readonly columnWidths: readonly number[];
    /** Each row's minimum height: Slides makes a row taller to fit its text. */
    readonly rowHeights: readonly number[];
    readonly cells: ReadonlyArray<ReadonlyArray<{ readonly text: TextView; readonly fill: string | null; readonly contentAlignment: ContentAlignmentName | null }>>;
    /** Every border's colour ('#rrggbb') and weight (points), or null for the table style's. */
    readonly border: { readonly color: string; readonly weight: number } | null;
  }
  | {
    readonly kind: 'image'; readonly objectId: string; readonly box: BoxView; readonly description: string;
    readonly contentType: string; readonly pixelWidth: number; readonly pixelHeight: number;
    /** The sheet chart it is a picture of (its id in the workbook view), or null. */
    readonly chartId: string | null;
  };

export interface SlideView {
  readonly objectId: string;
  readonly elements: readonly ElementView[];
}

export interface PresentationView {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** Whose Drive it is in: the user who made it. */
  readonly owner: string;
  readonly createdAt: Date;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly slides: readonly SlideView[];
}

function textView(model: TextModel): TextView {
  return { text: model.text, ...model.style, align: model.alignment };
}

function elementView(element: ElementModel): ElementView {
  const common = { objectId: element.objectId, box: { left: element.left, top: element.top, width: element.width, height: element.height }, description: element.description };
  switch (element.kind) {
    case 'shape':
      return { kind: 'shape', ...common, shapeType: element.shapeType, text: textView(element.text), fill: element.fill, outline: element.outline };
    case 'table':
      return {
        kind: 'table', ...common, columnWidths: [...element.columnWidths], rowHeights: [...element.rowHeights],
        cells: element.cells.map((row) => row.map((cell) => ({ text: textView(cell.text), fill: cell.fill, contentAlignment: cell.contentAlignment }))),
        border: element.border ? { ...element.border } : null,
      };
    case 'image':
      return {
        kind: 'image', ...common, contentType: element.contentType, pixelWidth: element.pixelWidth, pixelHeight: element.pixelHeight, chartId: element.chartId,
      };
  }
}

export function presentationView(model: PresentationModel): PresentationView {
  return {
    id: model.id, name: model.name, url: `https://docs.google.com/presentation/d/${model.id}/edit`, owner: model.owner,
    createdAt: new Date(model.createdAt), pageWidth: PAGE_WIDTH, pageHeight: PAGE_HEIGHT,
    slides: model.slides.map((slide) => ({ objectId: slide.objectId, elements: slide.elements.map(elementView) })),
  };
}

/** Every text on a slide, in order: its text boxes' and its tables' cells' (a row's cells joined by tabs). */
export function slideText(slide: SlideView): string {
  return slide.elements.flatMap((element) => {
    if (element.kind === 'shape') return [element.text.text];
    if (element.kind === 'table') return element.cells.map((row) => row.map((cell) => cell.text.text).join('\t'));
    return [];
  }).join('\n');
}
