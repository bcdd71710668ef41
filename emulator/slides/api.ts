/**
 * The Slides advanced service (the Slides API): Slides.Presentations.batchUpdate
 * with the requests that set what SlidesApp cannot, or only call by call —
 * text in table cells, text and paragraph styles, a shape's fill and
 * outline, cell fills, table borders and column widths. Any other request is refused as
 * not emulated.
 *
 * As on Google, a batch is checked whole and applied whole or not at all,
 * and it sees only what has been saved: objects a script inserted with
 * SlidesApp are found once the presentation is saved (saveAndClose, or the
 * end of the execution).
 */
import type { Env } from '../env';
import { ServiceError, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import type { CellModel, ElementModel, PresentationModel, TableModel, TextModel } from './model';
import { elementsOf } from './model';
import type { SlidesContext } from './slides-app';

type GService = GoogleAppsScript.Slides;
type GCollection = GoogleAppsScript.Slides.Collection.PresentationsCollection;
type Request = GoogleAppsScript.Slides.Schema.Request;
type Location = GoogleAppsScript.Slides.Schema.TableCellLocation;

export const SLIDES_SERVICE = classSpec<GService>()('Slides', 'Slides', [], ['Presentations']);
const PRESENTATIONS = classSpec<GCollection>()('Slides', 'Presentations', ['batchUpdate']);

/** The Slides API refuses a column narrower than 32 points (406,400 EMU; UpdateTableColumnPropertiesRequest reference). */
export const MIN_COLUMN_WIDTH = 32;

/** How Apps Script reports an advanced service's HTTP error. */
class ApiError extends ServiceError {
  constructor(message: string) {
    super(`API call to slides.presentations.batchUpdate failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

class Invalid extends Error {}

type Kind =
  | 'insertText' | 'updateTextStyle' | 'updateParagraphStyle' | 'updateShapeProperties'
  | 'updateTableCellProperties' | 'updateTableBorderProperties' | 'updateTableColumnProperties';
const KINDS: readonly Kind[] = [
  'insertText', 'updateTextStyle', 'updateParagraphStyle', 'updateShapeProperties',
  'updateTableCellProperties', 'updateTableBorderProperties', 'updateTableColumnProperties',
];

type Body = Record<string, unknown>;

function fieldsOf(body: Body): string[] {
  const fields = typeof body.fields === 'string' ? body.fields.split(',').map((field) => field.trim()).filter(Boolean) : [];
  // Google's text for a request without fields.
  if (fields.length === 0) throw new Invalid("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  return fields;
}

function hex(color: unknown): string {
  const rgb = (color as { opaqueColor?: { rgbColor?: { red?: number; green?: number; blue?: number } } } | undefined)?.opaqueColor?.rgbColor;
  if (!rgb) throw new Invalid('Only an rgbColor is emulated for a colour.');
  const part = (value: number | undefined) => {
    const n = value ?? 0;
    if (typeof n !== 'number' || n < 0 || n > 1) throw new Invalid(`A colour component must be between 0 and 1, not ${String(value)}.`);
    return Math.round(n * 255).toString(16).padStart(2, '0');
  };
  return `#${part(rgb.red)}${part(rgb.green)}${part(rgb.blue)}`;
}

function points(dimension: unknown, what: string): number {
  const { magnitude, unit } = (dimension ?? {}) as { magnitude?: unknown; unit?: unknown };
  if (typeof magnitude !== 'number' || (unit !== 'PT' && unit !== 'EMU')) throw new Invalid(`${what} needs a magnitude and a unit (PT or EMU).`);
  return unit === 'EMU' ? magnitude / 12_700 : magnitude;
}

/** Applies batches to one presentation; `check` runs them on a copy first. */
class Batch {
  /** What the API can see: every saved element, by id. */
  private readonly saved: Map<string, ElementModel>;

  constructor(presentation: PresentationModel) {
    this.saved = new Map(elementsOf(presentation).filter(({ element }) => !element.pending).map(({ element }) => [element.objectId, element]));
  }

  private element(objectId: unknown): ElementModel {
    const found = typeof objectId === 'string' ? this.saved.get(objectId) : undefined;
    if (!found) throw new Invalid(`The object (${String(objectId)}) could not be found.`);
    return found;
  }

  private table(objectId: unknown): TableModel {
    const element = this.element(objectId);
    if (element.kind !== 'table') throw new Invalid(`The object (${String(objectId)}) is not a table.`);
    return element;
  }

  private cell(table: TableModel, location: Location | undefined): CellModel {
    const row = location?.rowIndex ?? 0;
    const column = location?.columnIndex ?? 0;
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= table.cells.length || column >= table.columnWidths.length) {
      throw new Invalid(`The table cell location (${row}, ${column}) is outside the table (${table.cells.length} × ${table.columnWidths.length}).`);
    }
    return table.cells[row][column];
  }

  /** The text a request names: a shape's, or with cellLocation a table cell's. */
  private text(body: Body): TextModel {
    const element = this.element(body.objectId);
    if (body.cellLocation !== undefined) {
      if (element.kind !== 'table') throw new Invalid(`The object (${element.objectId}) is not a table: cellLocation names a table cell.`);
      return this.cell(element, body.cellLocation as Location).text;
    }
    if (element.kind !== 'shape') throw new Invalid(`The object (${element.objectId}) has no text${element.kind === 'table' ? ': name a cell with cellLocation' : ''}.`);
    return element.text;
  }

  /** The whole text (textRange ALL, which is all the emulator offers), never an empty one. */
  private styled(body: Body): TextModel {
    const range = body.textRange as { type?: unknown } | undefined;
    if (range?.type !== 'ALL') throw new Invalid('Only a textRange of type ALL is emulated.');
    const text = this.text(body);
    // Google's reference does not say what styling no text does; the emulator refuses it.
    if (text.text === '') throw new Invalid(`The object (${String(body.objectId)}) has no text to style.`);
    return text;
  }

  apply(kind: Kind, body: Body): void {
    switch (kind) {
      case 'insertText': {
        const text = this.text(body);
        const at = body.insertionIndex ?? 0;
        if (typeof body.text !== 'string' || body.text === '') throw new Invalid('The text to insert is empty.');
        if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > text.text.length) {
          throw new Invalid(`The insertion index (${String(at)}) must be within the existing text (0 to ${text.text.length}).`);
        }
        text.text = text.text.slice(0, at) + body.text + text.text.slice(at);
        return;
      }
      case 'updateTextStyle': {
        const fields = fieldsOf(body);
        const text = this.styled(body);
        const style = (body.style ?? {}) as Record<string, unknown>;
        for (const field of fields) {
          if (field === 'fontSize') {
            const size = points(style.fontSize, 'fontSize');
            if (size <= 0) throw new Invalid(`The font size must be positive, not ${size}.`);
            text.style.fontSize = size;
          } else if (field === 'bold') text.style.bold = style.bold === true;
          else if (field === 'fontFamily') {
            if (typeof style.fontFamily !== 'string' || style.fontFamily === '') throw new Invalid('fontFamily is empty.');
            text.style.fontFamily = style.fontFamily;
          } else if (field === 'foregroundColor') text.style.color = hex(style.foregroundColor);
          else throw new Invalid(`The emulator does not set the text style field ${field}.`);
        }
        return;
      }
      case 'updateParagraphStyle': {
        const fields = fieldsOf(body);
        const text = this.styled(body);
        for (const field of fields) {
          if (field !== 'alignment') throw new Invalid(`The emulator does not set the paragraph style field ${field}.`);
          const alignment = (body.style as { alignment?: unknown } | undefined)?.alignment;
          if (alignment !== 'START' && alignment !== 'CENTER' && alignment !== 'END' && alignment !== 'JUSTIFIED') {
            throw new Invalid(`Invalid value at 'requests.update_paragraph_style.style.alignment' (${String(alignment)}).`);
          }
          text.alignment = alignment;
        }
        return;
      }
      case 'updateShapeProperties': {
        const fields = fieldsOf(body);
        const shape = this.element(body.objectId);
        if (shape.kind !== 'shape') throw new Invalid(`The object (${shape.objectId}) is not a shape.`);
        const properties = (body.shapeProperties ?? {}) as { shapeBackgroundFill?: { solidFill?: { color?: unknown } }; outline?: { propertyState?: unknown } };
        for (const field of fields) {
          if (field === 'shapeBackgroundFill.solidFill.color') shape.fill = hex({ opaqueColor: properties.shapeBackgroundFill?.solidFill?.color });
          else if (field === 'outline.propertyState') {
            const state = properties.outline?.propertyState;
            if (state !== 'RENDERED' && state !== 'NOT_RENDERED') throw new Invalid(`Invalid outline propertyState ${String(state)}.`);
            shape.outline = state === 'RENDERED';
          } else throw new Invalid(`The emulator does not set the shape field ${field}.`);
        }
        return;
      }
      case 'updateTableCellProperties': {
        const table = this.table(body.objectId);
        const range = body.tableRange as { location?: Location; rowSpan?: number; columnSpan?: number } | undefined;
        if (range) this.cell(table, range.location);
        const first = range ? [range.location?.rowIndex ?? 0, range.location?.columnIndex ?? 0] : [0, 0];
        const rows = range ? range.rowSpan ?? 1 : table.cells.length;
        const columns = range ? range.columnSpan ?? 1 : table.columnWidths.length;
        if (first[0] + rows > table.cells.length || first[1] + columns > table.columnWidths.length || rows < 1 || columns < 1) {
          throw new Invalid('The table range is outside the table.');
        }
        const properties = (body.tableCellProperties ?? {}) as { tableCellBackgroundFill?: { solidFill?: { color?: unknown } }; contentAlignment?: unknown };
        const changes: Array<(cell: CellModel) => void> = fieldsOf(body).map((field) => {
          if (field === 'tableCellBackgroundFill.solidFill.color' || field === 'tableCellBackgroundFill') {
            const color = hex({ opaqueColor: properties.tableCellBackgroundFill?.solidFill?.color });
            return (cell) => { cell.fill = color; };
          }
          if (field === 'contentAlignment') {
            const alignment = properties.contentAlignment;
            if (alignment !== 'TOP' && alignment !== 'MIDDLE' && alignment !== 'BOTTOM') throw new Invalid(`Invalid contentAlignment ${String(alignment)}.`);
            return (cell) => { cell.contentAlignment = alignment; };
          }
          throw new Invalid(`The emulator does not set the table cell field ${field}.`);
        });
        for (let r = first[0]; r < first[0] + rows; r++) {
          for (let c = first[1]; c < first[1] + columns; c++) for (const change of changes) change(table.cells[r][c]);
        }
        return;
      }
      case 'updateTableBorderProperties': {
        const fields = fieldsOf(body);
        const table = this.table(body.objectId);
        // The whole table's borders at once is all the emulator sets.
        if ((body.borderPosition ?? 'ALL') !== 'ALL' || body.tableRange !== undefined) throw new Invalid('Only borderPosition ALL over the whole table is emulated.');
        const properties = (body.tableBorderProperties ?? {}) as { tableBorderFill?: { solidFill?: { color?: unknown } }; weight?: unknown };
        const border = { ...(table.border ?? { color: '#000000', weight: 1 }) };
        for (const field of fields) {
          if (field === 'tableBorderFill.solidFill.color') border.color = hex({ opaqueColor: properties.tableBorderFill?.solidFill?.color });
          else if (field === 'weight') {
            border.weight = points(properties.weight, 'weight');
            if (border.weight <= 0) throw new Invalid(`The border weight must be positive, not ${border.weight}.`);
          } else throw new Invalid(`The emulator does not set the table border field ${field}.`);
        }
        table.border = border;
        return;
      }
      case 'updateTableColumnProperties': {
        const table = this.table(body.objectId);
        for (const field of fieldsOf(body)) if (field !== 'columnWidth') throw new Invalid(`The emulator does not set the table column field ${field}.`);
        const width = points((body.tableColumnProperties as { columnWidth?: unknown } | undefined)?.columnWidth, 'columnWidth');
        if (width < MIN_COLUMN_WIDTH) throw new Invalid(`The column width (${width} pt) is less than the minimum of ${MIN_COLUMN_WIDTH} pt.`);
        const indices = Array.isArray(body.columnIndices) && body.columnIndices.length > 0
          ? body.columnIndices as number[] : table.columnWidths.map((_, index) => index);
        for (const index of indices) {
          if (!Number.isInteger(index) || index < 0 || index >= table.columnWidths.length) throw new Invalid(`The column index ${index} is outside the table.`);
          table.columnWidths[index] = width;
        }
        table.width = table.columnWidths.reduce((sum, each) => sum + each, 0);
        return;
      }
    }
  }

  run(requests: readonly Request[]): void {
    requests.forEach((request, index) => {
      const entries = Object.entries(request ?? {}).filter(([, value]) => value !== undefined);
      if (entries.length !== 1) throw new ApiError(`Invalid requests[${index}]: a request names exactly one kind of update.`);
      const [kind, body] = entries[0];
      if (!KINDS.includes(kind as Kind)) throw new ApiError(`Invalid requests[${index}].${kind}: the emulator does not emulate this request.`);
      try {
        this.apply(kind as Kind, body as Body);
      } catch (error) {
        if (error instanceof Invalid) throw new ApiError(`Invalid requests[${index}].${kind}: ${error.message}`);
        throw error;
      }
    });
  }
}

class PresentationsImpl implements Pick<GCollection, 'batchUpdate'> {
  private revisions = 0;

  constructor(private readonly context: SlidesContext) {}

  batchUpdate(resource: GoogleAppsScript.Slides.Schema.BatchUpdatePresentationRequest, presentationId: string): GoogleAppsScript.Slides.Schema.BatchUpdatePresentationResponse {
    if (typeof resource !== 'object' || resource === null || typeof presentationId !== 'string') signatureMismatch('Slides.Presentations.batchUpdate', [resource, presentationId]);
    const presentation = this.context.find(presentationId);
    if (!presentation) throw new ApiError('Requested entity was not found.');
    const requests = resource.requests ?? [];
    // Checked on a copy first: a batch with one bad request changes nothing.
    new Batch(structuredClone(presentation)).run(requests);
    new Batch(presentation).run(requests);
    return { presentationId, replies: requests.map(() => ({})), writeControl: { requiredRevisionId: `emulated-${++this.revisions}` } };
  }
}

/** The `Slides` global when the manifest enables the advanced service. */
export function slidesService(env: Env, context: SlidesContext): GService {
  return env.expose<GService, never>({ Presentations: env.expose(new PresentationsImpl(context), PRESENTATIONS) }, SLIDES_SERVICE);
}
