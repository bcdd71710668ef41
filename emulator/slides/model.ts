/**
 * Presentations as the emulator holds them: what SlidesApp and the Slides
 * advanced service read and change, and what the Node-side view shows.
 * Sizes are in points; a new presentation's page is 720 × 405 (16:9), as
 * SlidesApp.create makes it.
 */

export const PAGE_WIDTH = 720;
export const PAGE_HEIGHT = 405;

export type Alignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';
export type ContentAlignmentName = 'TOP' | 'MIDDLE' | 'BOTTOM';

/** null: never set, the theme's default applies. */
export interface TextStyleModel {
  fontSize: number | null;
  bold: boolean | null;
  fontFamily: string | null;
  /** '#rrggbb' */
  color: string | null;
}

/**
 * One text with one style: the add-on styles a text as a whole (SlidesApp's
 * getText() and the API's textRange ALL), which is all the emulator offers.
 */
export interface TextModel {
  text: string;
  style: TextStyleModel;
  alignment: Alignment | null;
}

interface ElementBase {
  readonly objectId: string;
  left: number;
  top: number;
  width: number;
  height: number;
  description: string;
  /** Made by SlidesApp since the presentation was last saved: the Slides API cannot see it yet. */
  pending: boolean;
}

export interface ShapeModel extends ElementBase {
  readonly kind: 'shape';
  readonly shapeType: string;
  readonly text: TextModel;
  /** '#rrggbb', 'none' (transparent), or null for the theme's fill. */
  fill: string | null;
  outline: boolean;
  /** A layout's placeholder (the first slide of a new presentation has a title and a subtitle). */
  readonly placeholder: 'TITLE' | 'SUBTITLE' | null;
}

export interface CellModel {
  readonly text: TextModel;
  /** '#rrggbb', or null for the table style's. */
  fill: string | null;
  contentAlignment: ContentAlignmentName | null;
}

export interface TableModel extends ElementBase {
  readonly kind: 'table';
  readonly columnWidths: number[];
  /** Each row's minimum height; Slides makes a row taller to fit its text. */
  readonly rowHeights: number[];
  readonly cells: CellModel[][];
  /** Every border of the table, when set as one ('#rrggbb', points); null: the table style's. */
  border: { color: string; weight: number } | null;
}

export interface ImageModel extends ElementBase {
  readonly kind: 'image';
  readonly contentType: string;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly bytes: number;
  /** The sheet chart the image is a picture of, when it came from EmbeddedChart.getAs. */
  readonly chartId: string | null;
}

export type ElementModel = ShapeModel | TableModel | ImageModel;

export interface SlideModel {
  readonly objectId: string;
  readonly layout: string;
  readonly elements: ElementModel[];
  pending: boolean;
}

export interface PresentationModel {
  readonly id: string;
  name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly slides: SlideModel[];
  nextObject: number;
}

export interface SlidesState {
  readonly presentations: PresentationModel[];
  nextId: number;
}

export function emptyText(): TextModel {
  return { text: '', style: { fontSize: null, bold: null, fontFamily: null, color: null }, alignment: null };
}

export function newObjectId(presentation: PresentationModel): string {
  return `g${presentation.id.slice(-6)}_${presentation.nextObject++}`;
}

/** Every element of the presentation, with its slide. */
export function elementsOf(presentation: PresentationModel): Array<{ slide: SlideModel; element: ElementModel }> {
  return presentation.slides.flatMap((slide) => slide.elements.map((element) => ({ slide, element })));
}
