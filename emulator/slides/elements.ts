/**
 * What sits on a slide: shapes (text boxes among them), tables with their
 * cells, rows and columns, images, and the generic PageElement that
 * getPageElements() hands out. Positions and sizes are in points.
 */
import { ContentAlignment, PageElementType, ShapeType, enumName } from '../enums';
import { fail, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import type { CellModel, ContentAlignmentName, ElementModel, ImageModel, ShapeModel, SlideModel, TableModel } from './model';
import type { Guard } from './text';
import { exposeText, hexColor } from './text';

type GS = typeof GoogleAppsScript.Slides;
type GShape = GoogleAppsScript.Slides.Shape;
type GTable = GoogleAppsScript.Slides.Table;
type GCell = GoogleAppsScript.Slides.TableCell;
type GColumn = GoogleAppsScript.Slides.TableColumn;
type GRow = GoogleAppsScript.Slides.TableRow;
type GImage = GoogleAppsScript.Slides.Image;
type GElement = GoogleAppsScript.Slides.PageElement;
type GFill = GoogleAppsScript.Slides.Fill;
type GBorder = GoogleAppsScript.Slides.Border;

const PLACED = ['getObjectId', 'getPageElementType', 'getLeft', 'getTop', 'getWidth', 'getHeight', 'getDescription', 'setDescription', 'remove'] as const;
const SHAPE_METHODS = [...PLACED, 'getShapeType', 'getText', 'getFill', 'getBorder'] as const;
const TABLE_METHODS = [...PLACED, 'getNumRows', 'getNumColumns', 'getCell', 'getColumn', 'getRow'] as const;
const IMAGE_METHODS = [...PLACED, 'getInherentWidth', 'getInherentHeight'] as const;
const ELEMENT_METHODS = ['getObjectId', 'getPageElementType', 'getLeft', 'getTop', 'getWidth', 'getHeight', 'asShape', 'asTable', 'asImage', 'remove'] as const;
const CELL_METHODS = ['getText', 'getFill', 'getRowIndex', 'getColumnIndex', 'getContentAlignment', 'setContentAlignment'] as const;
const COLUMN_METHODS = ['getIndex', 'getWidth', 'getNumCells'] as const;
const ROW_METHODS = ['getIndex', 'getMinimumHeight', 'getNumCells'] as const;
const FILL_METHODS = ['isVisible', 'setSolidFill', 'setTransparent'] as const;
const BORDER_METHODS = ['isVisible', 'setTransparent'] as const;

const SHAPE = classSpec<GShape>()('SlidesApp', 'Shape', SHAPE_METHODS);
const TABLE = classSpec<GTable>()('SlidesApp', 'Table', TABLE_METHODS);
const IMAGE = classSpec<GImage>()('SlidesApp', 'Image', IMAGE_METHODS);
const PAGE_ELEMENT = classSpec<GElement>()('SlidesApp', 'PageElement', ELEMENT_METHODS);
const TABLE_CELL = classSpec<GCell>()('SlidesApp', 'TableCell', CELL_METHODS);
const TABLE_COLUMN = classSpec<GColumn>()('SlidesApp', 'TableColumn', COLUMN_METHODS);
const TABLE_ROW = classSpec<GRow>()('SlidesApp', 'TableRow', ROW_METHODS);
const FILL = classSpec<GFill>()('SlidesApp', 'Fill', FILL_METHODS);
const BORDER = classSpec<GBorder>()('SlidesApp', 'Border', BORDER_METHODS);

/** A guard that also fails once the element (or its slide) has been removed. */
function placedGuard(guard: Guard, slide: SlideModel, element: ElementModel): Guard {
  return {
    env: guard.env,
    check: () => {
      guard.check();
      if (!slide.elements.includes(element)) fail(`The page element (${element.objectId}) has been deleted.`);
    },
  };
}

function typeOf(element: ElementModel): GS['PageElementType'][keyof GS['PageElementType']] {
  const name = element.kind === 'shape' ? 'SHAPE' : element.kind === 'table' ? 'TABLE' : 'IMAGE';
  return PageElementType[name] as unknown as GS['PageElementType'][keyof GS['PageElementType']];
}

/** What every element on a page has: an id, a place, alt text, and removal. */
abstract class Placed<M extends ElementModel> {
  protected readonly guard: Guard;

  constructor(guard: Guard, protected readonly slide: SlideModel, protected readonly model: M) {
    this.guard = placedGuard(guard, slide, model);
  }

  getObjectId(): string {
    this.guard.check();
    return this.model.objectId;
  }

  getPageElementType(): GS['PageElementType'][keyof GS['PageElementType']] {
    this.guard.check();
    return typeOf(this.model);
  }

  getLeft(): number {
    this.guard.check();
    return this.model.left;
  }

  getTop(): number {
    this.guard.check();
    return this.model.top;
  }

  getWidth(): number {
    this.guard.check();
    return this.model.width;
  }

  getHeight(): number {
    this.guard.check();
    return this.model.height;
  }

  getDescription(): string {
    this.guard.check();
    return this.model.description;
  }

  /** Returns this element, typed as each of the classes that have the method. */
  setDescription(description: string): GShape & GTable & GImage {
    this.guard.check();
    if (typeof description !== 'string') signatureMismatch(`SlidesApp.${this.constructor.name.replace(/Impl$/, '')}.setDescription`, [description]);
    this.model.description = description;
    return this as unknown as GShape & GTable & GImage;
  }

  remove(): void {
    this.guard.check();
    this.slide.elements.splice(this.slide.elements.indexOf(this.model), 1);
  }
}

class FillImpl implements Pick<GFill, typeof FILL_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly target: { fill: string | null }) {}

  isVisible(): boolean {
    this.guard.check();
    return this.target.fill !== 'none';
  }

  /** setSolidFill(hexString) or setSolidFill(red, green, blue), 0–255 each; other overloads are not emulated. */
  setSolidFill(...args: unknown[]): void {
    this.guard.check();
    if (args.length === 1) {
      this.target.fill = hexColor(args[0], 'SlidesApp.Fill.setSolidFill');
      return;
    }
    if (args.length !== 3 || args.some((value) => typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 255)) {
      signatureMismatch('SlidesApp.Fill.setSolidFill', args);
    }
    this.target.fill = `#${(args as number[]).map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  }

  setTransparent(): void {
    this.guard.check();
    this.target.fill = 'none';
  }
}

class BorderImpl implements Pick<GBorder, typeof BORDER_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly model: ShapeModel) {}

  isVisible(): boolean {
    this.guard.check();
    return this.model.outline;
  }

  setTransparent(): GBorder {
    this.guard.check();
    this.model.outline = false;
    return this as unknown as GBorder;
  }
}

export class ShapeImpl extends Placed<ShapeModel> implements Pick<GShape, typeof SHAPE_METHODS[number]> {
  getShapeType(): GS['ShapeType'][keyof GS['ShapeType']] {
    this.guard.check();
    return ShapeType[this.model.shapeType as keyof typeof ShapeType] as unknown as GS['ShapeType'][keyof GS['ShapeType']];
  }

  getText(): GoogleAppsScript.Slides.TextRange {
    this.guard.check();
    return exposeText(this.guard, this.model.text);
  }

  getFill(): GFill {
    this.guard.check();
    return this.guard.env.expose(new FillImpl(this.guard, this.model), FILL);
  }

  getBorder(): GBorder {
    this.guard.check();
    return this.guard.env.expose(new BorderImpl(this.guard, this.model), BORDER);
  }
}

class TableCellImpl implements Pick<GCell, typeof CELL_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly model: CellModel, private readonly row: number, private readonly column: number) {}

  getText(): GoogleAppsScript.Slides.TextRange {
    this.guard.check();
    return exposeText(this.guard, this.model.text);
  }

  getFill(): GFill {
    this.guard.check();
    return this.guard.env.expose(new FillImpl(this.guard, this.model), FILL);
  }

  getRowIndex(): number {
    this.guard.check();
    return this.row;
  }

  getColumnIndex(): number {
    this.guard.check();
    return this.column;
  }

  getContentAlignment(): GS['ContentAlignment'][keyof GS['ContentAlignment']] {
    this.guard.check();
    return ContentAlignment[this.model.contentAlignment ?? 'TOP'] as unknown as GS['ContentAlignment'][keyof GS['ContentAlignment']];
  }

  setContentAlignment(alignment: GS['ContentAlignment'][keyof GS['ContentAlignment']]): GCell {
    this.guard.check();
    const name = enumName(alignment, 'ContentAlignment');
    if (name === null || name === 'UNSUPPORTED') signatureMismatch('SlidesApp.TableCell.setContentAlignment', [alignment]);
    this.model.contentAlignment = name as ContentAlignmentName;
    return this as unknown as GCell;
  }
}

/** Google's reference gives no text for an index outside the table; this is the emulator's. */
function index(value: unknown, size: number, what: string, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) signatureMismatch(method, args);
  if (value < 0 || value >= size) fail(`The ${what} index (${value}) is out of bounds: the table has ${size} ${what}s.`);
  return value;
}

export class TableImpl extends Placed<TableModel> implements Pick<GTable, typeof TABLE_METHODS[number]> {
  getNumRows(): number {
    this.guard.check();
    return this.model.cells.length;
  }

  getNumColumns(): number {
    this.guard.check();
    return this.model.columnWidths.length;
  }

  getCell(rowIndex: number, columnIndex: number): GCell {
    this.guard.check();
    const method = 'SlidesApp.Table.getCell';
    const row = index(rowIndex, this.model.cells.length, 'row', method, [rowIndex, columnIndex]);
    const column = index(columnIndex, this.model.columnWidths.length, 'column', method, [rowIndex, columnIndex]);
    return this.guard.env.expose(new TableCellImpl(this.guard, this.model.cells[row][column], row, column), TABLE_CELL);
  }

  getColumn(columnIndex: number): GColumn {
    this.guard.check();
    const column = index(columnIndex, this.model.columnWidths.length, 'column', 'SlidesApp.Table.getColumn', [columnIndex]);
    const view: Pick<GColumn, typeof COLUMN_METHODS[number]> = {
      getIndex: () => column,
      getWidth: () => this.model.columnWidths[column],
      getNumCells: () => this.model.cells.length,
    };
    return this.guard.env.expose(view, TABLE_COLUMN);
  }

  getRow(rowIndex: number): GRow {
    this.guard.check();
    const row = index(rowIndex, this.model.cells.length, 'row', 'SlidesApp.Table.getRow', [rowIndex]);
    const view: Pick<GRow, typeof ROW_METHODS[number]> = {
      getIndex: () => row,
      getMinimumHeight: () => this.model.rowHeights[row],
      getNumCells: () => this.model.columnWidths.length,
    };
    return this.guard.env.expose(view, TABLE_ROW);
  }
}

export class ImageImpl extends Placed<ImageModel> implements Pick<GImage, typeof IMAGE_METHODS[number]> {
  /** The picture's own size in points (its pixels at 96 per inch). */
  getInherentWidth(): number {
    this.guard.check();
    return this.model.pixelWidth * 0.75;
  }

  getInherentHeight(): number {
    this.guard.check();
    return this.model.pixelHeight * 0.75;
  }
}

export function exposeElement(guard: Guard, slide: SlideModel, element: ShapeModel): GShape;
export function exposeElement(guard: Guard, slide: SlideModel, element: TableModel): GTable;
export function exposeElement(guard: Guard, slide: SlideModel, element: ImageModel): GImage;
export function exposeElement(guard: Guard, slide: SlideModel, element: ElementModel): GShape | GTable | GImage;
export function exposeElement(guard: Guard, slide: SlideModel, element: ElementModel): GShape | GTable | GImage {
  const { env } = guard;
  switch (element.kind) {
    case 'shape': return env.expose(new ShapeImpl(guard, slide, element), SHAPE);
    case 'table': return env.expose(new TableImpl(guard, slide, element), TABLE);
    case 'image': return env.expose(new ImageImpl(guard, slide, element), IMAGE);
  }
}

/** The generic PageElement: what it is, where it is, and as...() for the specific class. */
export function exposePageElement(guard: Guard, slide: SlideModel, element: ElementModel): GElement {
  const placed = placedGuard(guard, slide, element);
  const as = <K extends ElementModel['kind']>(kind: K, name: string) => () => {
    placed.check();
    // Google's reference gives no text for a page element taken for another kind; this is the emulator's.
    if (element.kind !== kind) fail(`The page element is not a ${name}.`);
    return exposeElement(guard, slide, element);
  };
  const view: Pick<GElement, typeof ELEMENT_METHODS[number]> = {
    getObjectId: () => { placed.check(); return element.objectId; },
    getPageElementType: () => { placed.check(); return typeOf(element); },
    getLeft: () => { placed.check(); return element.left; },
    getTop: () => { placed.check(); return element.top; },
    getWidth: () => { placed.check(); return element.width; },
    getHeight: () => { placed.check(); return element.height; },
    asShape: as('shape', 'Shape') as () => GShape,
    asTable: as('table', 'Table') as () => GTable,
    asImage: as('image', 'Image') as () => GImage,
    remove: () => { placed.check(); slide.elements.splice(slide.elements.indexOf(element), 1); },
  };
  return guard.env.expose(view, PAGE_ELEMENT);
}
