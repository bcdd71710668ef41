/**
 * Draws a planned deck (src/report) as a new Google Slides presentation in
 * the user's Drive: the only code that names SlidesApp or the Slides API.
 *
 * SlidesApp places everything — slides, text boxes, the accent lines,
 * tables, the chart pictures — with two calls an element, never one per
 * table cell. The rest goes to the Slides API in a few batches once the deck
 * is saved: the styles (SlidesApp would take four to six calls a text), the
 * cells' text, the header fill, the table rules and the column widths
 * (SlidesApp cannot set a column's width at all).
 */
import type { Align, Deck, Element, RuleElement, TableElement, TextElement } from '../report/deck';
import { BORDER_WEIGHT, chartKey, COLORS, FONT } from '../report/deck';
import { REPORT } from '../messages';
import type { ChartPicture } from './sheets';

type Page = GoogleAppsScript.Slides.Slide;
type Request = GoogleAppsScript.Slides.Schema.Request;
type Placed = { readonly objectId: string; readonly element: TextElement | RuleElement | TableElement };

/** Requests per batchUpdate: each call stays well inside what one API request carries. */
const BATCH = 1000;
/** A table's rows start this high; Slides makes each as tall as its text. */
const MIN_ROW_HEIGHT = 20;

export interface DeckMade {
  readonly url: string;
  readonly slides: number;
}

const ALIGN: Record<Align, string> = { start: 'START', center: 'CENTER', end: 'END' };

function rgb(hex: string): GoogleAppsScript.Slides.Schema.RgbColor {
  const part = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { red: part(1), green: part(3), blue: part(5) };
}

function slidesApi(): GoogleAppsScript.Slides {
  // The advanced service exists only when appsscript.json enables it.
  if (typeof Slides === 'undefined' || !Slides) throw new Error(REPORT.noSlidesApi);
  return Slides;
}

/** A text's style (and alignment, unless it starts at the left), in a shape or, with `cellLocation`, a table cell. */
function textRequests(objectId: string, style: { size: number; bold: boolean; color: string }, align: Align, cellLocation?: GoogleAppsScript.Slides.Schema.TableCellLocation): Request[] {
  const where = { objectId, textRange: { type: 'ALL' }, ...(cellLocation ? { cellLocation } : {}) };
  return [
    {
      updateTextStyle: {
        ...where, fields: 'fontFamily,fontSize,foregroundColor,bold',
        style: { fontFamily: FONT, fontSize: { magnitude: style.size, unit: 'PT' }, foregroundColor: { opaqueColor: { rgbColor: rgb(style.color) } }, bold: style.bold },
      },
    },
    ...(align === 'start' ? [] : [{ updateParagraphStyle: { ...where, fields: 'alignment', style: { alignment: ALIGN[align] } } }]),
  ];
}

function tableRequests(objectId: string, table: TableElement): Request[] {
  const requests: Request[] = [];
  table.rows.forEach((row, rowIndex) => {
    const bold = rowIndex === 0 || table.boldRows.includes(rowIndex);
    row.forEach((text, columnIndex) => {
      // An empty cell has nothing to hold a style.
      if (text === '') return;
      const cellLocation = { rowIndex, columnIndex };
      requests.push({ insertText: { objectId, cellLocation, text } }, ...textRequests(objectId, { size: table.size, bold, color: COLORS.ink }, table.align[columnIndex], cellLocation));
    });
  });
  requests.push({
    updateTableCellProperties: {
      objectId, tableRange: { location: { rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: table.columnWidths.length },
      fields: 'tableCellBackgroundFill.solidFill.color',
      tableCellProperties: { tableCellBackgroundFill: { solidFill: { color: { rgbColor: rgb(COLORS.headerFill) } } } },
    },
  });
  requests.push({
    updateTableBorderProperties: {
      objectId, borderPosition: 'ALL', fields: 'tableBorderFill.solidFill.color,weight',
      tableBorderProperties: { tableBorderFill: { solidFill: { color: { rgbColor: rgb(COLORS.border) } } }, weight: { magnitude: BORDER_WEIGHT, unit: 'PT' } },
    },
  });
  table.columnWidths.forEach((width, column) => requests.push({
    updateTableColumnProperties: { objectId, columnIndices: [column], fields: 'columnWidth', tableColumnProperties: { columnWidth: { magnitude: width, unit: 'PT' } } },
  }));
  return requests;
}

function styleRequests({ objectId, element }: Placed): Request[] {
  switch (element.kind) {
    case 'text': return textRequests(objectId, element, element.align);
    case 'rule': return [{
      updateShapeProperties: {
        objectId, fields: 'shapeBackgroundFill.solidFill.color,outline.propertyState',
        shapeProperties: { shapeBackgroundFill: { solidFill: { color: { rgbColor: rgb(element.color) } } }, outline: { propertyState: 'NOT_RENDERED' } },
      },
    }];
    case 'table': return tableRequests(objectId, element);
  }
}

/** Places one element with SlidesApp; returns what the API must style. */
function place(page: Page, element: Element, pictures: ReadonlyMap<string, ChartPicture>): Placed | null {
  const { left, top, width, height } = element.box;
  switch (element.kind) {
    case 'text':
      return { objectId: page.insertTextBox(element.text, left, top, width, height).getObjectId(), element };
    case 'rule':
      return { objectId: page.insertShape(SlidesApp.ShapeType.RECTANGLE, left, top, width, height).getObjectId(), element };
    case 'table':
      return { objectId: page.insertTable(element.rows.length, element.columnWidths.length, left, top, width, element.rows.length * MIN_ROW_HEIGHT).getObjectId(), element };
    case 'chart': {
      const picture = pictures.get(chartKey(element.source));
      if (!picture) throw new Error(`No picture of the chart at ${chartKey(element.source)}.`);
      page.insertImage(picture, left, top, width, height).setDescription(element.description);
      return null;
    }
  }
}

/**
 * A new presentation named deck.name with the deck's slides, each chart the
 * picture `pictures` has under its chartKey. Nothing existing is opened or changed.
 */
export function drawDeck(deck: Deck, pictures: ReadonlyMap<string, ChartPicture>): DeckMade {
  const presentation = SlidesApp.create(deck.name);
  const id = presentation.getId();
  const url = presentation.getUrl();
  // The title slide Slides starts every presentation with: the deck brings its own.
  const [first] = presentation.getSlides();
  const placed: Placed[] = [];
  for (const slide of deck.slides) {
    const page = presentation.appendSlide(SlidesApp.PredefinedLayout.BLANK);
    for (const element of slide.elements) {
      const done = place(page, element, pictures);
      if (done) placed.push(done);
    }
  }
  first.remove();
  // Once saved, what SlidesApp made can be reached by the Slides API.
  presentation.saveAndClose();
  const requests = placed.flatMap(styleRequests);
  const api = slidesApi();
  for (let start = 0; start < requests.length; start += BATCH) api.Presentations.batchUpdate({ requests: requests.slice(start, start + BATCH) }, id);
  return { url, slides: deck.slides.length };
}
