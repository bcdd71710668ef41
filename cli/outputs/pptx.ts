/**
 * report.pptx: the deck 報告スライドを作成 made in the emulated Drive, slide
 * for slide, for PowerPoint or LibreOffice Impress. Text boxes, the accent
 * lines and the tables are written as the deck has them (positions, type,
 * column widths, fills); where the deck has a picture of a sheet chart (the
 * emulator draws none), the sheet chart itself is written as a native chart
 * from the same cells: same kind, same categories in the same order, same
 * figures, so that it can be edited in PowerPoint.
 */
import { writeFile } from 'node:fs/promises';
import PptxGenJS from 'pptxgenjs';
import type { ElementView, PresentationView, TextView } from '../../emulator';
import type { ChartView, WorkbookView } from '../../emulator/view';
import { chartTable } from './chart-spec';

type Slide = PptxGenJS.Slide;

/** pptxgenjs places in inches; the deck is in points. */
const inch = (points: number) => points / 72;
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();
const ALIGN = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'justify' } as const;
/** A native chart's text: never below the deck's smallest type. */
const CHART_FONT_SIZE = 12;
/** For a chart that names no colours of its own: Sheets' default series colours first, then ten more, so that a pie of up to 20 slices repeats none. */
const PALETTE = [
  '4285F4', 'EA4335', 'FBBC04', '34A853', 'FF6D01', '46BDC6', '7BAAF7', 'F07B72', 'FCD04F', '71C287',
  'A142F4', 'F6AEA9', '1A237E', '8D6E63', '00897B', 'C2185B', '9E9D24', '5E35B1', '546E7A', 'EF6C00',
];

function box(element: ElementView) {
  return { x: inch(element.box.left), y: inch(element.box.top), w: inch(element.box.width), h: inch(element.box.height) };
}

/** The deck's text as it was styled; a style left unset would leave the look to chance, so it is an error here. */
function textStyle(text: TextView, where: string) {
  if (text.fontSize === null || text.fontFamily === null || text.color === null) throw new Error(`The deck left the style of ${where} unset: ${JSON.stringify(text)}`);
  return {
    fontFace: text.fontFamily, fontSize: text.fontSize, bold: text.bold ?? false, color: hex(text.color), align: ALIGN[text.align ?? 'START'],
  };
}

function chartOf(view: WorkbookView, chartId: string): ChartView {
  const chart = view.sheets.flatMap((sheet) => sheet.charts).find((candidate) => candidate.id === chartId);
  if (!chart) throw new Error(`The deck shows chart ${chartId}, which no sheet has.`);
  return chart;
}

function addChart(pptx: PptxGenJS, slide: Slide, chart: ChartView, element: ElementView, font: string): void {
  const table = chartTable(chart);
  const series = table.seriesNames.map((name, column) => ({
    name, labels: [...table.categories], values: table.categories.map((_, row) => table.data.find((datum) => datum.row === row && datum.column === column)?.value ?? 0),
  }));
  // The slide's heading names the question: a chart title longer than two lines would leave the chart no room to draw in.
  const titleLines = Math.ceil((Array.from(chart.title).length * CHART_FONT_SIZE) / (element.box.width - 2 * CHART_FONT_SIZE));
  // The sheet chart's own colours, so that the slide matches the sheet.
  const colors = Array.isArray(chart.options.colors) && chart.options.colors.every((color) => typeof color === 'string')
    ? (chart.options.colors as string[]).map(hex) : PALETTE;
  const common = {
    ...box(element), title: chart.title, showTitle: chart.title !== '' && titleLines <= 2, titleFontSize: CHART_FONT_SIZE, titleFontFace: font,
    dataLabelFontSize: CHART_FONT_SIZE, dataLabelFontFace: font, legendFontSize: CHART_FONT_SIZE, legendFontFace: font, chartColors: colors,
  };
  switch (chart.kind) {
    case 'PIE':
      // Like Sheets, a pie shows the first series, each slice with its share.
      slide.addChart(pptx.ChartType.pie, series.slice(0, 1), {
        ...common, showPercent: true, showValue: false, showLegend: true, legendPos: 'r', dataLabelPosition: 'bestFit', showLeaderLines: true,
      });
      return;
    case 'BAR':
    case 'COLUMN': {
      // Sheets lists a bar chart's categories, and the bars within each, from the top; PowerPoint draws the first at the bottom.
      const horizontal = chart.kind === 'BAR';
      const seriesColors = colors.slice(0, Math.max(1, series.length));
      const ordered = horizontal
        ? series.map((each) => ({ ...each, labels: [...each.labels].reverse(), values: [...each.values].reverse() })).reverse()
        : series;
      slide.addChart(pptx.ChartType.bar, ordered, {
        ...common, barDir: horizontal ? 'bar' : 'col', showValue: true, showLegend: series.length > 1, legendPos: 'b',
        // One colour a series, as Sheets draws it; every category named.
        chartColors: horizontal ? [...seriesColors].reverse() : seriesColors, catAxisLabelFrequency: '1',
        // Shares (前回との比較) read as the sheet shows them: 47.6%, not 0.476.
        ...(table.percent ? { dataLabelFormatCode: '0.0%', valAxisLabelFormatCode: '0%' } : {}),
        catAxisLabelFontSize: CHART_FONT_SIZE, catAxisLabelFontFace: font, valAxisLabelFontSize: CHART_FONT_SIZE, valAxisLabelFontFace: font,
      });
      return;
    }
    case 'LINE':
      slide.addChart(pptx.ChartType.line, series, {
        ...common, showLegend: series.length > 1, legendPos: 'b', catAxisLabelFontSize: CHART_FONT_SIZE, valAxisLabelFontSize: CHART_FONT_SIZE,
      });
      return;
    default:
      throw new Error(`A ${chart.kind} chart has no native counterpart in report.pptx.`);
  }
}

function addElement(pptx: PptxGenJS, slide: Slide, element: ElementView, workbook: WorkbookView, font: string): void {
  switch (element.kind) {
    case 'shape':
      if (element.shapeType === 'TEXT_BOX') {
        slide.addText(element.text.text, { ...box(element), ...textStyle(element.text, `text box ${element.objectId}`), valign: 'top', fit: 'none', wrap: true });
      } else if (element.shapeType === 'RECTANGLE') {
        if (element.fill === null) throw new Error(`The deck left the fill of ${element.objectId} to the theme.`);
        slide.addShape(pptx.ShapeType.rect, { ...box(element), fill: element.fill === 'none' ? { type: 'none' } : { color: hex(element.fill) }, line: element.outline ? { color: '000000', width: 1 } : { type: 'none' } });
      } else throw new Error(`A ${element.shapeType} shape has no counterpart in report.pptx.`);
      return;
    case 'table': {
      const rows = element.cells.map((row, r) => row.map((cell, c) => ({
        text: cell.text.text,
        options: {
          // An empty cell has no style of its own: it takes the one the deck gives its column's other cells.
          ...(cell.text.text === '' ? {} : textStyle(cell.text, `table ${element.objectId} cell ${r},${c}`)),
          valign: 'top' as const,
          ...(cell.fill ? { fill: { color: hex(cell.fill) } } : {}),
        },
      })));
      const border = element.border ? { type: 'solid' as const, pt: element.border.weight, color: hex(element.border.color) } : undefined;
      slide.addTable(rows, {
        x: inch(element.box.left), y: inch(element.box.top), w: inch(element.box.width), colW: element.columnWidths.map(inch),
        rowH: element.rowHeights.map(inch), fontFace: font, autoPage: false, ...(border ? { border } : {}),
      });
      return;
    }
    case 'image':
      if (element.chartId === null) throw new Error(`Image ${element.objectId} is not a sheet chart: report.pptx draws only those.`);
      addChart(pptx, slide, chartOf(workbook, element.chartId), element, font);
  }
}

/** The typeface the deck is set in: what its text boxes say. */
function deckFont(deck: PresentationView): string {
  for (const slide of deck.slides) {
    for (const element of slide.elements) if (element.kind === 'shape' && element.text.fontFamily) return element.text.fontFamily;
  }
  return 'sans-serif';
}

export async function writeReportPptx(deck: PresentationView, workbook: WorkbookView, file: string): Promise<void> {
  const pptx = new PptxGenJS();
  // 10 × 5.625 in: the deck's 720 × 405 pt.
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.name;
  const font = deckFont(deck);
  for (const page of deck.slides) {
    const slide = pptx.addSlide();
    for (const element of page.elements) addElement(pptx, slide, element, workbook, font);
  }
  // stream(), not writeFile(): pptxgenjs 4.0.1's writeFile in Node ignores `compression` (and stores the zip uncompressed).
  await writeFile(file, await pptx.stream({ compression: true }) as Buffer);
}
