/**
 * Embedded charts: the builder the script fills in, the chart it inserts,
 * and the Charts service with its ChartType enum. Charts are data (type,
 * ranges, options, anchor); nothing is drawn here.
 */
import { ChartType, enumName } from '../enums';
import { fail, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import { blankPng } from '../png';
import { serviceBlob } from '../utilities';
import type { SheetsContext } from './context';
import { sheetById, type ChartModel, type SheetModel } from './model';
import { RangeImpl, exposeArea } from './range';

const BUILDER_METHODS = [
  'addRange', 'clearRanges', 'getChartType', 'getRanges', 'removeRange', 'setChartType', 'setNumHeaders',
  'setOption', 'setPosition', 'build',
] as const;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export const EMBEDDED_CHART_BUILDER = classSpec<GBuilder>()('SpreadsheetApp', 'EmbeddedChartBuilder', BUILDER_METHODS);

const CHART_METHODS = ['getAs', 'getBlob', 'getChartId', 'getContainerInfo', 'getNumHeaders', 'getOptions', 'getRanges', 'modify'] as const;
/** getId() is documented by Google ("a stable identifier … unique across the spreadsheet") but missing from @types. */
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart & { getId(): string };
const EMBEDDED_CHART = classSpec<GChart>()('SpreadsheetApp', 'EmbeddedChart', [...CHART_METHODS, 'getId']);

const INFO_METHODS = ['getAnchorColumn', 'getAnchorRow', 'getOffsetX', 'getOffsetY'] as const;
type GInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;
const CONTAINER_INFO = classSpec<GInfo>()('SpreadsheetApp', 'ContainerInfo', INFO_METHODS);

type GOptions = GoogleAppsScript.Charts.ChartOptions;
const CHART_OPTIONS = classSpec<GOptions>()('Charts', 'ChartOptions', ['get']);

type GCharts = GoogleAppsScript.Charts.Charts;
export const CHARTS = classSpec<GCharts>()('Charts', 'Charts', [], ['ChartType']);

export function chartIdText(chartId: number): string {
  return `u${chartId}`;
}

/** A chart Sheets draws without a width or height option: 600 × 371 px. */
const CHART_SIZE = { width: 600, height: 371 } as const;

function pixels(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

type Draft = Omit<ChartModel, 'chartId' | 'type' | 'anchorRow' | 'anchorColumn'> & {
  chartId: number | null;
  type: string | null;
  anchorRow: number | null;
  anchorColumn: number;
};

function copyDraft(model: Draft): Draft {
  return { ...model, ranges: model.ranges.map((range) => ({ ...range })), options: { ...model.options } };
}

export class EmbeddedChartBuilderImpl implements Pick<GBuilder, typeof BUILDER_METHODS[number]> {
  constructor(private readonly context: SheetsContext, private readonly sheet: SheetModel, private readonly draft: Draft) {}

  static blank(context: SheetsContext, sheet: SheetModel): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(context, sheet, {
      chartId: null, type: null, ranges: [], options: {}, numHeaders: -1, anchorRow: null, anchorColumn: 1, offsetX: 0, offsetY: 0,
    });
  }

  private get self(): GBuilder {
    return this as unknown as GBuilder;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): GBuilder {
    const raw = this.context.env.unwrap(range, RangeImpl);
    if (!raw) signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.addRange', [range]);
    const { row, column, numRows, numColumns } = raw.area;
    this.draft.ranges.push({ sheetId: raw.sheet.id, row, column, numRows, numColumns });
    return this.self;
  }

  clearRanges(): GBuilder {
    this.draft.ranges.length = 0;
    return this.self;
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): GBuilder {
    const raw = this.context.env.unwrap(range, RangeImpl);
    if (!raw) signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.removeRange', [range]);
    const index = this.draft.ranges.findIndex((r) => r.sheetId === raw.sheet.id && r.row === raw.area.row
      && r.column === raw.area.column && r.numRows === raw.area.numRows && r.numColumns === raw.area.numColumns);
    if (index >= 0) this.draft.ranges.splice(index, 1);
    return this.self;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return exposeRanges(this.context, this.draft.ranges);
  }

  /** null until a type is set. */
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (this.draft.type === null ? null : ChartType[this.draft.type as keyof typeof ChartType]) as GoogleAppsScript.Charts.ChartType;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    const name = enumName(type, 'ChartType');
    if (name === null) signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setChartType', [type]);
    this.draft.type = name;
    return this.self;
  }

  setNumHeaders(headers: number): GBuilder {
    if (typeof headers !== 'number') signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders', [headers]);
    this.draft.numHeaders = headers;
    return this.self;
  }

  setOption(option: string, value: unknown): GBuilder {
    if (typeof option !== 'string') signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setOption', [option, value]);
    this.draft.options[option] = value;
    return this.self;
  }

  setPosition(...args: number[]): GBuilder {
    if (args.length !== 4 || args.some((arg) => typeof arg !== 'number')) signatureMismatch('SpreadsheetApp.EmbeddedChartBuilder.setPosition', args);
    const [anchorRowPos, anchorColPos, offsetX, offsetY] = args;
    Object.assign(this.draft, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this.self;
  }

  /**
   * The emulator insists on a chart type and a position before build(); the
   * add-on always sets both, and a chart without them would not show as meant.
   */
  build(): GChart {
    if (this.draft.type === null) fail('EmbeddedChartBuilder.build(): no chart type was set (setChartType or asXxxChart).');
    if (this.draft.anchorRow === null) fail('EmbeddedChartBuilder.build(): no position was set (setPosition).');
    return this.context.env.expose(new EmbeddedChartImpl(this.context, this.sheet, copyDraft(this.draft)), EMBEDDED_CHART);
  }
}

function exposeRanges(context: SheetsContext, ranges: ChartModel['ranges']): GoogleAppsScript.Spreadsheet.Range[] {
  return ranges.map((range) => {
    const sheet = sheetById(context.workbook, range.sheetId);
    if (!sheet) fail('The sheet a chart range refers to has been deleted.');
    return exposeArea(context, sheet, { ...range, wholeColumns: false, wholeRows: false });
  });
}

export class EmbeddedChartImpl implements Pick<GChart, typeof CHART_METHODS[number] | 'getId'> {
  constructor(private readonly context: SheetsContext, readonly sheet: SheetModel, readonly draft: Draft) {}

  /** The model to store when the chart is inserted. */
  toModel(chartId: number): ChartModel {
    const draft = copyDraft(this.draft);
    return { ...draft, chartId, type: draft.type ?? 'COLUMN', anchorRow: draft.anchorRow ?? 1 };
  }

  getChartId(): number | null {
    return this.draft.chartId;
  }

  /**
   * A PNG of the chart at its size in the sheet. The emulator draws nothing:
   * the picture is blank, and the Node-side views know which chart it shows
   * (the local run draws that chart itself). Only image/png is converted:
   * Google documents no other type for a chart, so the emulator accepts no
   * other (its own wording).
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (typeof contentType !== 'string') signatureMismatch('SpreadsheetApp.EmbeddedChart.getAs', [contentType]);
    if (contentType !== 'image/png') fail(`Converting a chart to ${contentType} is not supported; the emulator converts charts to image/png only.`);
    return this.getBlob();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    if (this.draft.chartId === null) fail('The chart has not been inserted into a sheet.');
    const png = blankPng(pixels(this.draft.options.width, CHART_SIZE.width), pixels(this.draft.options.height, CHART_SIZE.height));
    return serviceBlob(this.context.env, png, 'image/png', null, { chartId: chartIdText(this.draft.chartId) });
  }

  getId(): string {
    if (this.draft.chartId === null) fail('The chart has not been inserted into a sheet.');
    return chartIdText(this.draft.chartId);
  }

  getContainerInfo(): GInfo {
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.draft;
    const info: Pick<GInfo, typeof INFO_METHODS[number]> = {
      getAnchorRow: () => anchorRow ?? 1, getAnchorColumn: () => anchorColumn, getOffsetX: () => offsetX, getOffsetY: () => offsetY,
    };
    return this.context.env.expose(info, CONTAINER_INFO);
  }

  getNumHeaders(): number {
    return this.draft.numHeaders;
  }

  getOptions(): GOptions {
    const options = { ...this.draft.options };
    const view: Pick<GOptions, 'get'> = { get: (option: string) => (option in options ? options[option] : null) };
    return this.context.env.expose(view, CHART_OPTIONS);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return exposeRanges(this.context, this.draft.ranges);
  }

  modify(): GBuilder {
    return this.context.env.expose(new EmbeddedChartBuilderImpl(this.context, this.sheet, copyDraft(this.draft)), EMBEDDED_CHART_BUILDER);
  }
}

/** A chart already in a sheet. */
export function exposeStoredChart(context: SheetsContext, sheet: SheetModel, model: ChartModel): GChart {
  return context.env.expose(new EmbeddedChartImpl(context, sheet, copyDraft(model)), EMBEDDED_CHART);
}
